#pragma once
// The association's business calendar and deadline arithmetic (DOMAIN.md §4–§5): closed days are
// Saturdays, Sundays, national holidays (the imported Cabinet Office list for the years it
// covers, the rules otherwise), 12/29–1/3 and the organisation's own closed days. Deadlines count
// calendar days from the day after receipt, skip paused ranges, and carry an act-by date.

#include "../model/DateRange.h"
#include "HolidayRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace dsr {

struct DeadlineResult
{
    QDate deadline; // the legal deadline (calendar days)
    QDate actBy; // the open day the decision must be made by
    QStringList explain; // how it was computed, step by step (translated)
};

class DeadlineCalendar
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalendar)
public:
    // Imported Cabinet Office holidays, grouped by year: for these years they replace the rules.
    void setImportedHolidays(const QMap<int, QList<Holiday>> &byYear) { m_imported = byYear; }
    void setOrganisationClosedDays(const QHash<QDate, QString> &days) { m_closed = days; }
    void setRollForward(bool forward) { m_rollForward = forward; }

    QList<Holiday> holidays(int year) const;
    // Why the day is closed (empty when it is open).
    QString closedReason(const QDate &d) const;
    bool isClosed(const QDate &d) const { return !closedReason(d).isEmpty(); }

    // `days` calendar days after `received` (the day of receipt not counted), not counting days
    // inside `paused`; then the act-by date.
    DeadlineResult compute(const QDate &received, int days, const QList<DateRange> &paused = {}) const;
    // The open day for a deadline: the last open day on or before it, or the first on or after it
    // when rolling forward.
    QDate actBy(const QDate &deadline) const;

private:
    const QList<Holiday> &holidaysCached(int year) const;
    QMap<int, QList<Holiday>> m_imported;
    QHash<QDate, QString> m_closed;
    bool m_rollForward = false;
    mutable QHash<int, QList<Holiday>> m_cache;
};

} // namespace dsr
