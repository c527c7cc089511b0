#include "DeadlinePolicy.h"

#include "../Settings.h"

#include <utility>

namespace dsr {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

DeadlinePolicy::DeadlinePolicy(DeadlineCalendar calendar, LegalRegime regime, int limitDays, int targetDays)
    : m_calendar(std::move(calendar))
    , m_regime(regime)
    , m_limitDays(limitDays)
    , m_targetDays(targetDays)
{
}

DeadlinePolicy DeadlinePolicy::fromSettings(DeadlineCalendar calendar, const OrganisationSettings &settings)
{
    return DeadlinePolicy(std::move(calendar), settings.regime(), settings.intValue(Setting::LimitDays),
                          settings.intValue(Setting::TargetDays));
}

int DeadlinePolicy::days() const
{
    return m_regime == LegalRegime::Public ? PublicDays : m_limitDays;
}

int DeadlinePolicy::targetDays() const
{
    // A target at or beyond the limit is no target: the limit comes first.
    if (m_regime == LegalRegime::Public || m_targetDays <= 0 || m_targetDays >= m_limitDays)
        return 0;
    return m_targetDays;
}

DateRange DeadlinePolicy::amendmentPause(const QDate &requestedOn, const QDate &receivedOn,
                                         const QDate &today)
{
    return { requestedOn, receivedOn.isValid() ? receivedOn : today };
}

DeadlineResult DeadlinePolicy::deadline(const QDate &received, const QList<DateRange> &paused,
                                        const DeadlineExtensions &extensions) const
{
    DeadlineResult r = m_calendar.compute(received, days(), pausesCount() ? paused : QList<DateRange> {});
    if (!allowsExtensions())
        return r;
    for (const bool special : { false, true }) {
        const QDate to = special ? extensions.specialExtensionTo : extensions.extendedTo;
        if (!to.isValid() || to <= r.deadline)
            continue;
        r.deadline = to;
        r.actBy = m_calendar.actBy(to);
        r.explain << (special ? tr("Special extension (art. 84) to %1; act by %2.")
                              : tr("Extended to %1; act by %2."))
                         .arg(iso(to), iso(r.actBy));
    }
    return r;
}

DeadlineResult DeadlinePolicy::due(const QDate &received, int days, const QList<DateRange> &paused) const
{
    DeadlineResult r = m_calendar.compute(received, days, pausesCount() ? paused : QList<DateRange> {});
    if (!pausesCount() && !paused.isEmpty())
        r.explain.insert(1,
                         tr("The private regime does not pause for amendments: %n paused range(s) "
                            "not applied.",
                            nullptr, int(paused.size())));
    return r;
}

QDate DeadlinePolicy::target(const QDate &received) const
{
    if (targetDays() == 0 || !received.isValid())
        return {};
    return m_calendar.actBy(received.addDays(targetDays()));
}

Status DeadlinePolicy::extensionsAllowed() const
{
    if (!allowsExtensions())
        return makeError(ErrorCode::Validation,
                         tr("Extensions belong to the public regime; under the private regime decide "
                            "without delay."));
    return {};
}

Status DeadlinePolicy::checkExtension(const QDate &currentDeadline, bool alreadyExtended,
                                      const QDate &newDeadline, const QDate &today) const
{
    if (Status s = extensionsAllowed(); !s)
        return s;
    if (alreadyExtended)
        return makeError(ErrorCode::Validation,
                         tr("The deadline was already extended once; only the art. 84 special extension "
                            "remains."));
    if (today > currentDeadline)
        return makeError(
            ErrorCode::Validation,
            tr("The extension must be decided before the deadline %1.").arg(iso(currentDeadline)));
    const QDate latest = currentDeadline.addDays(ExtensionMaxDays);
    if (newDeadline <= currentDeadline || newDeadline > latest)
        return makeError(ErrorCode::Validation,
                         tr("The new deadline must fall after %1 and at most 30 days later (%2).")
                             .arg(iso(currentDeadline), iso(latest)));
    return {};
}

Status DeadlinePolicy::checkSpecialExtension(const QDate &currentDeadline, const QDate &newDeadline) const
{
    if (Status s = extensionsAllowed(); !s)
        return s;
    if (newDeadline <= currentDeadline)
        return makeError(
            ErrorCode::Validation,
            tr("The special extension must end after the current deadline %1.").arg(iso(currentDeadline)));
    return {};
}

bool DeadlinePolicy::deadlineRuns(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
    case RequestStatus::AwaitingAmendment:
    case RequestStatus::Investigating:
    case RequestStatus::Drafted:
    case RequestStatus::InApproval:
    case RequestStatus::Returned:
        return true;
    case RequestStatus::Decided:
    case RequestStatus::Notified:
    case RequestStatus::Closed:
    case RequestStatus::Withdrawn:
        return false;
    }
    return false;
}

QList<RequestStatus> DeadlinePolicy::runningStatuses()
{
    QList<RequestStatus> out;
    for (RequestStatus s : RequestVocabulary::statuses())
        if (deadlineRuns(s))
            out << s;
    return out;
}

bool DeadlinePolicy::overdue(const Request &r, const QDate &today)
{
    const QDate by = actBy(r);
    return deadlineRuns(r.status) && by.isValid() && by < today;
}

QDate DeadlinePolicy::dueSoonUntil(const QDate &today) const
{
    QDate until = today;
    for (int open = 0; open < DueSoonOpenDays;) {
        until = until.addDays(1);
        if (!m_calendar.isClosed(until))
            ++open;
    }
    return until;
}

QDate DeadlinePolicy::dueSoonFetchUntil(const QDate &today) const
{
    const QDate until = dueSoonUntil(today);
    // A closed run (year-end, Golden Week) is under two weeks; each date may move by one.
    return targetDays() == 0 ? until : until.addDays(days() - targetDays() + 28);
}

bool DeadlinePolicy::dueSoon(const Request &r, const QDate &today) const
{
    const QDate by = actBy(r);
    if (!deadlineRuns(r.status) || !by.isValid() || by < today)
        return false;
    const QDate until = dueSoonUntil(today);
    if (by <= until)
        return true;
    const QDate goal = target(r.received);
    return goal.isValid() && goal <= until;
}

} // namespace dsr
