#include "DeadlineCalendar.h"

#include <QLocale>

namespace dsr {

const QList<Holiday> &DeadlineCalendar::holidaysCached(int year) const
{
    auto it = m_cache.find(year);
    if (it == m_cache.end())
        it = m_cache.insert(
            year, m_imported.contains(year) ? m_imported.value(year) : HolidayRules::holidays(year));
    return *it;
}

QList<Holiday> DeadlineCalendar::holidays(int year) const
{
    return holidaysCached(year);
}

QString DeadlineCalendar::closedReason(const QDate &d) const
{
    for (const Holiday &h : holidaysCached(d.year()))
        if (h.date == d)
            return h.name;
    if ((d.month() == 12 && d.day() >= 29) || (d.month() == 1 && d.day() <= 3))
        return tr("year-end closure");
    if (const auto it = m_closed.constFind(d); it != m_closed.constEnd())
        return it->isEmpty() ? tr("closed day of the organisation") : *it;
    if (d.dayOfWeek() == Qt::Saturday)
        return tr("Saturday");
    if (d.dayOfWeek() == Qt::Sunday)
        return tr("Sunday");
    return {};
}

QDate DeadlineCalendar::actBy(const QDate &deadline) const
{
    QDate d = deadline;
    for (int guard = 0; guard < 366 && isClosed(d); ++guard)
        d = d.addDays(m_rollForward ? 1 : -1);
    return d;
}

DeadlineResult DeadlineCalendar::compute(const QDate &received, int days,
                                         const QList<DateRange> &paused) const
{
    DeadlineResult r;
    const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
    r.explain << tr("Received %1; the day of receipt is not counted, day 1 is %2.")
                     .arg(iso(received), iso(received.addDays(1)));
    QDate d = received;
    int counted = 0;
    while (counted < days) {
        d = d.addDays(1);
        bool inPause = false;
        for (const DateRange &p : paused)
            inPause |= p.contains(d);
        if (!inPause)
            ++counted;
    }
    for (const DateRange &p : paused)
        r.explain << tr("Paused from %1 to %2 while awaiting an amendment (%3 days not counted).")
                         .arg(iso(p.from), iso(p.to))
                         .arg(p.from.daysTo(p.to) + 1);
    r.deadline = d;
    r.explain << tr("%1 days counted: the deadline is %2.").arg(days).arg(iso(d));
    r.actBy = actBy(d);
    if (r.actBy == d) {
        r.explain << tr("%1 is an open day: act by %1.").arg(iso(d));
    } else {
        QStringList closed;
        const int step = m_rollForward ? 1 : -1;
        for (QDate c = d; c != r.actBy; c = c.addDays(step))
            closed << QStringLiteral("%1 (%2)").arg(iso(c), closedReason(c));
        r.explain << (m_rollForward ? tr("Closed: %1; rolled forward to the next open day %2.")
                                    : tr("Closed: %1; act by the last open day before it, %2."))
                         .arg(closed.join(QStringLiteral(", ")), iso(r.actBy));
    }
    return r;
}

} // namespace dsr
