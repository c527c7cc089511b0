#pragma once
// Japanese-era dates (和暦) as letters write them — 令和7年4月1日, 令和元年5月1日 — and the
// fiscal year (年度, April–March) with its era year, per DOMAIN.md §6.

#include <QDate>
#include <QString>
#include <optional>

namespace dsr {

struct EraDate
{
    QString era; // 令和
    QChar initial; // R
    int year = 0; // 1 is written 元年
    int month = 0;
    int day = 0;
};

class JapaneseEra
{
public:
    enum class Digits { HalfWidth, FullWidth };

    // Meiji and later, from 1873-01-01 (before that Japan did not use the Gregorian calendar).
    static std::optional<EraDate> fromDate(const QDate &date);
    // "令和7年4月1日"; an empty string for dates before 1873.
    static QString format(const QDate &date, Digits digits = Digits::HalfWidth);
    // "令和7年度" for the fiscal year that starts on April 1 of `fiscalYear`.
    static QString formatFiscalYear(int fiscalYear, Digits digits = Digits::HalfWidth);
    // The fiscal year (April–March) a date falls in: 2026-03-31 → 2025.
    static int fiscalYearOf(const QDate &date);
    // The era and year by which a fiscal year is named. A fiscal year in which an era began is
    // named in the new era (April 2019 – March 2020 is 令和元年度).
    static EraDate eraOfFiscalYear(int fiscalYear);
    static QString toFullWidthDigits(const QString &text);
    // Reads an era date as clerks write it: 令和8年12月4日, 令和元年5月1日, R8.12.4, R8/12/4, r08-12-04,
    // full-width digits too, for 明治 (M) to 令和 (R). Invalid when the text is not such a date or
    // names a day outside its era (平成31年5月1日 is 令和元年5月1日).
    static QDate parse(const QString &text);
};

} // namespace dsr
