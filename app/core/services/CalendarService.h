#pragma once
// The business calendar as users and other services see it: national holidays, the imported
// Cabinet Office list, the organisation's closed days, deadlines with their explanation, and the
// recomputation of every open request's deadline when any of these — or the regime — changes.

#include "../Settings.h"
#include "../workflow/CabinetOfficeList.h"
#include "../workflow/DeadlineCalendar.h"
#include "ServiceBase.h"

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

    // The legal deadline of a request received on `received` under the organisation settings
    // (private: the limit days; public: 30 days), with `paused` ranges not counted.
    static DeadlineResult deadlineFor(const DeadlineCalendar &calendar, const OrganisationSettings &settings,
                                      const QDate &received, const QList<DateRange> &paused = {});
    // A request's deadline with its amendment pauses and extensions (public regime).
    static Result<DeadlineResult> deadlineOfRequest(Database &db, const DeadlineCalendar &calendar,
                                                    const OrganisationSettings &settings, qint64 requestId,
                                                    const QDate &received, const QDate &today);
    // The same for free arguments (`dsrctl calendar due`).
    Result<DeadlineResult> due(const QDate &received, int days, const QList<DateRange> &paused);
    // The organisation's day count for the private regime (setting deadlines.limit_days), the
    // default of `dsrctl calendar due --regime private`. No personal data, no login needed.
    Result<int> privateLimitDays();

    // Imports the list: every line checked first; a bad line → nothing imported (problems filled).
    Result<CabinetOfficeImport> importCabinetOfficeList(const Actor &actor, const QByteArray &bytes);
    Result<RecomputeReport> addClosedDay(const Actor &actor, const QDate &day, const QString &reason);
    Result<RecomputeReport> removeClosedDay(const Actor &actor, const QDate &day);

    // Recomputes every open request inside the caller's transaction; each change gets a history
    // row, and one audit entry sums them up. Used after calendar and settings changes.
    Result<RecomputeReport> recomputeOpenRequests(const Actor &actor, const QString &cause);
};

} // namespace dsr
