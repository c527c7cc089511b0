#pragma once
// How a request's deadline is counted (DOMAIN.md §4), in one place: the days of each regime, the
// private regime's target, which amendments pause the clock and when pauses count, extensions and
// their limits, the two weeks after a third party's objection, the act-by date, and what is
// overdue or due soon. It sits over the business calendar (DeadlineCalendar, which counts days
// and knows closed days); services, the window and dsrctl ask it, nothing else decides.

#include "../Result.h"
#include "../model/LegalRegime.h"
#include "../model/Request.h"
#include "DeadlineCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dsr {

class OrganisationSettings;

// The extensions recorded on a request (public regime); invalid dates: none.
struct DeadlineExtensions
{
    QDate extendedTo; // the one ordinary extension (art. 83(2))
    QDate specialExtensionTo; // the art. 84 special extension
};

class DeadlinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinePolicy)
public:
    static constexpr int PublicDays = 30; // art. 83(1): the decision within 30 days
    static constexpr int ExtensionMaxDays = 30; // art. 83(2): one extension of up to 30 days
    static constexpr int ObjectionGapDays = 14; // art. 86(3): two weeks between decision and disclosure
    static constexpr int DueSoonOpenDays = 7; // "due soon": act by within this many open days

    // `limitDays` and `targetDays` are the private regime's settings (deadlines.limit_days,
    // deadlines.target_days); the public regime's days are the law's.
    DeadlinePolicy(DeadlineCalendar calendar, LegalRegime regime, int limitDays, int targetDays);
    static DeadlinePolicy fromSettings(DeadlineCalendar calendar, const OrganisationSettings &settings);

    // The same calendar and settings under another regime (dsrctl calendar due --regime).
    DeadlinePolicy withRegime(LegalRegime regime) const
    {
        DeadlinePolicy p = *this;
        p.m_regime = regime;
        return p;
    }
    const DeadlineCalendar &calendar() const { return m_calendar; }
    LegalRegime regime() const { return m_regime; }
    // Calendar days from the day after receipt: public 30, private the organisation's limit.
    int days() const;
    // The private regime's target (the organisation's goal, shorter than the limit); 0 in the
    // public regime, whose only date is the legal deadline.
    int targetDays() const;
    // Days awaiting an amendment are not counted in the public regime only; the private regime's
    // clock runs from arrival.
    bool pausesCount() const { return m_regime == LegalRegime::Public; }
    // Extensions belong to the public regime.
    bool allowsExtensions() const { return m_regime == LegalRegime::Public; }
    // The refusal a private-regime extension gets; success in the public regime.
    Status extensionsAllowed() const;

    // The days an amendment pauses: from the day it is asked for to the day the amended request
    // arrives, both inclusive; while it is still awaited, up to `today`.
    static DateRange amendmentPause(const QDate &requestedOn, const QDate &receivedOn, const QDate &today);

    // The deadline of a request received on `received`: the regime's days, the pauses when they
    // count, then the latest extension beyond it; with the act-by date and the explanation.
    DeadlineResult deadline(const QDate &received, const QList<DateRange> &paused = {},
                            const DeadlineExtensions &extensions = {}) const;
    // Free arguments (dsrctl calendar due): `days` calendar days; pauses only where they count.
    DeadlineResult due(const QDate &received, int days, const QList<DateRange> &paused) const;
    // The open day of the private regime's target; invalid in the public regime.
    QDate target(const QDate &received) const;

    // An ordinary extension to `newDeadline` decided on `today`: once, before the current
    // deadline, after it and at most ExtensionMaxDays later.
    Status checkExtension(const QDate &currentDeadline, bool alreadyExtended, const QDate &newDeadline,
                          const QDate &today) const;
    // The art. 84 special extension: the rest decided by a stated date after the current deadline.
    Status checkSpecialExtension(const QDate &currentDeadline, const QDate &newDeadline) const;
    // After a third party objected, the earliest day of disclosure for a decision on `decidedOn`.
    static QDate disclosureNotBefore(const QDate &decidedOn) { return decidedOn.addDays(ObjectionGapDays); }

    // The date one must act by: the stored act-by date, else the legal deadline.
    static QDate actBy(const QDate &actBy, const QDate &deadline)
    {
        return actBy.isValid() ? actBy : deadline;
    }
    static QDate actBy(const Request &r) { return actBy(r.actBy, r.deadline); }
    // Whether the decision deadline still runs: until the request is decided (what is left then
    // is the notice), notified, closed or withdrawn.
    static bool deadlineRuns(RequestStatus status);
    static QList<RequestStatus> runningStatuses();
    // Running and its act-by date before `today`.
    static bool overdue(const Request &r, const QDate &today);
    // The last act-by day that is "due soon" on `today`: the DueSoonOpenDays-th open day after it.
    QDate dueSoonUntil(const QDate &today) const;
    // The latest act-by date a due-soon request can have, to bound what is fetched before
    // dueSoon() filters: dueSoonUntil(); with a target, later by the days from target to limit
    // plus room for closed days moving either date.
    QDate dueSoonFetchUntil(const QDate &today) const;
    // Running, not overdue, and its act-by date (or, in the private regime, its target) on or
    // before dueSoonUntil(today).
    bool dueSoon(const Request &r, const QDate &today) const;

private:
    DeadlineCalendar m_calendar;
    LegalRegime m_regime;
    int m_limitDays;
    int m_targetDays;
};

} // namespace dsr
