#include "JapaneseEra.h"

#include <QRegularExpression>

namespace dsr {

namespace {

struct Era
{
    QDate first;
    const char16_t *name;
    char16_t initial;
};

// Newest first. The first day of an era belongs to the new era.
const Era kEras[] = {
    { QDate(2019, 5, 1), u"令和", u'R' },   { QDate(1989, 1, 8), u"平成", u'H' },
    { QDate(1926, 12, 25), u"昭和", u'S' }, { QDate(1912, 7, 30), u"大正", u'T' },
    { QDate(1868, 1, 25), u"明治", u'M' },
};

const QDate kGregorianAdoption(1873, 1, 1);

QString number(int n, JapaneseEra::Digits digits)
{
    const QString s = QString::number(n);
    return digits == JapaneseEra::Digits::FullWidth ? JapaneseEra::toFullWidthDigits(s) : s;
}

QString yearText(int year, JapaneseEra::Digits digits)
{
    return year == 1 ? QStringLiteral("元") : number(year, digits);
}

} // namespace

std::optional<EraDate> JapaneseEra::fromDate(const QDate &date)
{
    if (!date.isValid() || date < kGregorianAdoption)
        return std::nullopt;
    for (const Era &e : kEras) {
        if (date >= e.first)
            return EraDate { QString::fromUtf16(e.name), QChar(e.initial), date.year() - e.first.year() + 1,
                             date.month(), date.day() };
    }
    return std::nullopt;
}

QString JapaneseEra::format(const QDate &date, Digits digits)
{
    const auto e = fromDate(date);
    if (!e)
        return {};
    return e->era + yearText(e->year, digits) + QStringLiteral("年") + number(e->month, digits)
        + QStringLiteral("月") + number(e->day, digits) + QStringLiteral("日");
}

int JapaneseEra::fiscalYearOf(const QDate &date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

EraDate JapaneseEra::eraOfFiscalYear(int fiscalYear)
{
    // The era in force at the end of the calendar year the fiscal year starts in.
    return fromDate(QDate(fiscalYear, 12, 31)).value_or(EraDate {});
}

QString JapaneseEra::formatFiscalYear(int fiscalYear, Digits digits)
{
    const EraDate e = eraOfFiscalYear(fiscalYear);
    if (e.year == 0)
        return {};
    return e.era + yearText(e.year, digits) + QStringLiteral("年度");
}

QString JapaneseEra::toFullWidthDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(c.unicode() - u'0' + 0xFF10);
    return out;
}

QDate JapaneseEra::parse(const QString &text)
{
    // NFKC folds full-width digits, letters and separators (Ｒ８．１２．４) to ASCII.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression written(QStringLiteral(
        "^(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression initial(
        QStringLiteral("^([MTSHRmtshr])\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"));
    QRegularExpressionMatch m = written.match(t);
    const Era *era = nullptr;
    if (m.hasMatch()) {
        for (const Era &e : kEras)
            if (m.captured(1) == QString::fromUtf16(e.name))
                era = &e;
    } else if (m = initial.match(t); m.hasMatch()) {
        const QChar c = m.captured(1).at(0).toUpper();
        for (const Era &e : kEras)
            if (c == QChar(e.initial))
                era = &e;
    }
    if (!era)
        return {};
    const int year = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
    if (year < 1)
        return {};
    const QDate date(era->first.year() + year - 1, m.captured(3).toInt(), m.captured(4).toInt());
    // The day must belong to the era it was written in: not before the era began, not after the next.
    const auto back = fromDate(date);
    if (!date.isValid() || !back || back->era != QString::fromUtf16(era->name))
        return {};
    return date;
}

} // namespace dsr
