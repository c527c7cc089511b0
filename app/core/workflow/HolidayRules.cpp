#include "HolidayRules.h"

#include <QMap>
#include <cmath>

namespace dsr {

namespace {

const QDate kLawInForce(1948, 7, 20);
const QDate kSubstituteFrom(1973, 4, 12);
const QDate kSandwichFrom(1985, 12, 27);

QDate nthMonday(int year, int month, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

int equinox(int year, double b1980, double b1900)
{
    // DOMAIN.md §5, checked against the Cabinet Office list 1955–2027.
    if (year >= 1980)
        return static_cast<int>(
            std::floor(b1980 + 0.242194 * (year - 1980) - std::floor((year - 1980) / 4.0)));
    return static_cast<int>(std::floor(b1900 + 0.242194 * (year - 1980) - std::trunc((year - 1983) / 4.0)));
}

// The 国民の祝日 themselves (no 振替休日, no 国民の休日).
QMap<QDate, QString> statutory(int y)
{
    QMap<QDate, QString> h;
    auto add = [&](const QDate &d, const char16_t *name) {
        if (d.isValid() && d >= kLawInForce)
            h.insert(d, QString::fromUtf16(name));
    };
    add(QDate(y, 1, 1), u"元日");
    add(y >= 2000 ? nthMonday(y, 1, 2) : QDate(y, 1, 15), u"成人の日");
    if (y >= 1967)
        add(QDate(y, 2, 11), u"建国記念の日");
    if (y <= 1988)
        add(QDate(y, 4, 29), u"天皇誕生日");
    else if (y <= 2018)
        add(QDate(y, 12, 23), u"天皇誕生日");
    else if (y >= 2020)
        add(QDate(y, 2, 23), u"天皇誕生日");
    add(QDate(y, 3, HolidayRules::vernalEquinoxDay(y)), u"春分の日");
    if (y >= 1989 && y <= 2006)
        add(QDate(y, 4, 29), u"みどりの日");
    if (y >= 2007) {
        add(QDate(y, 4, 29), u"昭和の日");
        add(QDate(y, 5, 4), u"みどりの日");
    }
    add(QDate(y, 5, 3), u"憲法記念日");
    add(QDate(y, 5, 5), u"こどもの日");
    if (y == 2020)
        add(QDate(2020, 7, 23), u"海の日");
    else if (y == 2021)
        add(QDate(2021, 7, 22), u"海の日");
    else if (y >= 2003)
        add(nthMonday(y, 7, 3), u"海の日");
    else if (y >= 1996)
        add(QDate(y, 7, 20), u"海の日");
    if (y == 2020)
        add(QDate(2020, 8, 10), u"山の日");
    else if (y == 2021)
        add(QDate(2021, 8, 8), u"山の日");
    else if (y >= 2016)
        add(QDate(y, 8, 11), u"山の日");
    if (y >= 2003)
        add(nthMonday(y, 9, 3), u"敬老の日");
    else if (y >= 1966)
        add(QDate(y, 9, 15), u"敬老の日");
    add(QDate(y, 9, HolidayRules::autumnalEquinoxDay(y)), u"秋分の日");
    if (y == 2020)
        add(QDate(2020, 7, 24), u"スポーツの日");
    else if (y == 2021)
        add(QDate(2021, 7, 23), u"スポーツの日");
    else if (y >= 2022)
        add(nthMonday(y, 10, 2), u"スポーツの日");
    else if (y == 2019)
        add(nthMonday(y, 10, 2), u"体育の日（スポーツの日）"); // named so in the 2019 list
    else if (y >= 2000)
        add(nthMonday(y, 10, 2), u"体育の日");
    else if (y >= 1966)
        add(QDate(y, 10, 10), u"体育の日");
    add(QDate(y, 11, 3), u"文化の日");
    add(QDate(y, 11, 23), u"勤労感謝の日");

    // One-off days fixed by their own laws.
    if (y == 1959)
        add(QDate(1959, 4, 10), u"結婚の儀");
    if (y == 1989)
        add(QDate(1989, 2, 24), u"大喪の礼");
    if (y == 1990)
        add(QDate(1990, 11, 12), u"即位礼正殿の儀");
    if (y == 1993)
        add(QDate(1993, 6, 9), u"結婚の儀");
    if (y == 2019) {
        add(QDate(2019, 5, 1), u"休日（祝日扱い）");
        add(QDate(2019, 10, 22), u"休日（祝日扱い）");
    }
    return h;
}

} // namespace

int HolidayRules::vernalEquinoxDay(int year)
{
    return equinox(year, 20.8431, 20.8357);
}

int HolidayRules::autumnalEquinoxDay(int year)
{
    return equinox(year, 23.2488, 23.2588);
}

QList<Holiday> HolidayRules::holidays(int year)
{
    if (year < kLawInForce.year())
        return {};
    // The year before and after matter: a Sunday holiday on 12/31 or a sandwich across 1/1.
    QMap<QDate, QString> base = statutory(year);
    QMap<QDate, QString> all = base;
    const QString rest = QString::fromUtf16(u"休日");

    // 国民の休日: a weekday between two 国民の祝日 (from the 1985 amendment). Before 2007 a Sunday
    // in between was already a day off and did not count.
    if (QDate(year, 12, 31) >= kSandwichFrom) {
        for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
            const QDate between = it.key().addDays(1);
            if (between < kSandwichFrom || base.contains(between) || !base.contains(between.addDays(1)))
                continue;
            if (year < 2007 && between.dayOfWeek() == Qt::Sunday)
                continue;
            all.insert(between, rest);
        }
    }

    // 振替休日: a 国民の祝日 on a Sunday makes the next day a holiday (from 1973-04-12); from 2007
    // the nearest following day that is not a holiday.
    for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
        const QDate d = it.key();
        if (d.dayOfWeek() != Qt::Sunday || d < kSubstituteFrom)
            continue;
        QDate next = d.addDays(1);
        if (year >= 2007) {
            while (all.contains(next))
                next = next.addDays(1);
        } else if (all.contains(next)) {
            continue;
        }
        if (next.year() == year)
            all.insert(next, rest);
    }
    // A 12/31 Sunday holiday would move into the next year; none exists, but January 1 of
    // `year` can follow a Sunday of the year before only if 12/31 were a holiday — it is not.

    QList<Holiday> out;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        out.append({ it.key(), it.value() });
    return out;
}

} // namespace dsr
