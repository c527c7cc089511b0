#pragma once
// The business calendar as users and other services see it: national holidays, the imported
// Cabinet Office list, the organisation's closed days, deadlines with their explanation, and the
// recomputation of every open request's deadline when any of these — or the regime — changes.

#include "../Settings.h"
#include "../workflow/CabinetOfficeList.h"
#include "../workflow/DeadlineCalendar.h"
#include "../workflow/DeadlinePolicy.h"
#include "ServiceBase.h"

#include <optional>

namespace dsr {

struct RecomputeReport
{
    int checked = 0;
    int changed = 0;
};

class CalendarService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
public:
    using ServiceBase::ServiceBase;

    // The calendar with everything the database holds (no permission needed: dates are public).
    Result<DeadlineCalendar> calendar();
    Result<QList<Holiday>> holidays(int year);
    Result<QHash<QDate, QString>> closedDays();

    // The deadline rules over that calendar, with the organisation's regime, limit and target.
    Result<DeadlinePolicy> policy();
    // A request's deadline as DeadlinePolicy counts it, with its amendments and, unless ignored,
    // its extensions (ignored: the original deadline an extension letter names).
    enum class Extensions { Counted, Ignored };
    static Result<DeadlineResult> deadlineOfRequest(Database &db, const DeadlinePolicy &policy,
                                                    qint64 requestId, const QDate &received,
                                                    const QDate &today,
                                                    Extensions extensions = Extensions::Counted);
    // Free arguments (`dsrctl calendar due`, no login needed): `days` calendar days, or the
    // regime's days when not given; the regime decides whether `paused` counts. Without a regime,
    // the public regime's counting (30 days, pauses counted).
    Result<DeadlineResult> due(const QDate &received, std::optional<int> days, const QList<DateRange> &paused,
                               std::optional<LegalRegime> regime = std::nullopt);

    // Imports the list: every line checked first; a bad line → nothing imported (problems filled).
    Result<CabinetOfficeImport> importCabinetOfficeList(const Actor &actor, const QByteArray &bytes);
    Result<RecomputeReport> addClosedDay(const Actor &actor, const QDate &day, const QString &reason);
    Result<RecomputeReport> removeClosedDay(const Actor &actor, const QDate &day);

    // Recomputes every open request inside the caller's transaction; each change gets a history
    // row, and one audit entry sums them up. Used after calendar and settings changes: the
    // change's own audit entries (`causes`) are appended here, after the requests are updated —
    // rows first, then the audit chain, the order every writer takes, so that a desk changing a
    // request meanwhile never waits for this transaction while holding what it waits for.
    Result<RecomputeReport> recomputeOpenRequests(const Actor &actor, const QString &cause,
                                                  const QList<AuditEvent> &causes);
};

} // namespace dsr
