#include "CalendarService.h"

#include "../Logging.h"
#include "../storage/AuditRepository.h"
#include "../storage/CalendarRepository.h"
#include "../storage/Database.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "../storage/WorkflowRepository.h"
#include "FreeTextFields.h"

#include <QJsonArray>

namespace dsr {

Result<DeadlineCalendar> CalendarService::calendar()
{
    CalendarRepository repo(database());
    auto imported = repo.importedHolidays();
    if (!imported)
        return imported.error();
    auto closed = repo.closedDays();
    if (!closed)
        return closed.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    DeadlineCalendar cal;
    cal.setImportedHolidays(imported.value());
    cal.setOrganisationClosedDays(closed.value());
    cal.setRollForward(settings->value(Setting::ActByRule) == QLatin1String("next_open_after"));
    return cal;
}

Result<QList<Holiday>> CalendarService::holidays(int year)
{
    auto cal = calendar();
    if (!cal)
        return cal.error();
    return cal->holidays(year);
}

Result<QHash<QDate, QString>> CalendarService::closedDays()
{
    return CalendarRepository(database()).closedDays();
}

Result<DeadlinePolicy> CalendarService::policy()
{
    auto cal = calendar();
    if (!cal)
        return cal.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    return DeadlinePolicy::fromSettings(std::move(cal).value(), settings.value());
}

Result<DeadlineResult> CalendarService::deadlineOfRequest(Database &db, const DeadlinePolicy &policy,
                                                          qint64 requestId, const QDate &received,
                                                          const QDate &today, Extensions extensions)
{
    WorkflowRepository wf(db);
    auto amendments = wf.amendments(requestId);
    if (!amendments)
        return amendments.error();
    QList<DateRange> paused;
    for (const Amendment &a : amendments.value())
        paused << DeadlinePolicy::amendmentPause(a.requestedOn, a.receivedOn, today);
    if (extensions == Extensions::Ignored)
        return policy.deadline(received, paused);
    auto ext = wf.requestFields(requestId, { RequestField::ExtendedTo, RequestField::SpecialExtensionTo });
    if (!ext)
        return ext.error();
    const auto date = [&ext](RequestField field) {
        const QVariant v = ext->value(field);
        return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    };
    return policy.deadline(received, paused,
                           { date(RequestField::ExtendedTo), date(RequestField::SpecialExtensionTo) });
}

Result<DeadlineResult> CalendarService::due(const QDate &received, std::optional<int> days,
                                            const QList<DateRange> &paused, std::optional<LegalRegime> regime)
{
    if (!received.isValid())
        return makeError(ErrorCode::Usage, tr("Give the day the request was received (YYYY-MM-DD)."));
    if (days && (*days < 1 || *days > 366))
        return makeError(ErrorCode::Usage, tr("The number of days must be between 1 and 366."));
    for (const DateRange &p : paused)
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from || p.from <= received)
            return makeError(
                ErrorCode::Usage,
                tr("A paused range must run forwards and start after the day of receipt (FROM:TO)."));
    auto deadlines = policy();
    if (!deadlines)
        return deadlines.error();
    const DeadlinePolicy counting = deadlines->withRegime(regime.value_or(LegalRegime::Public));
    return counting.due(received, days.value_or(counting.days()), paused);
}

Result<RecomputeReport> CalendarService::recomputeOpenRequests(const Actor &actor, const QString &cause,
                                                               const QList<AuditEvent> &causes)
{
    Q_ASSERT(database().inTransaction());
    auto deadlines = policy();
    if (!deadlines)
        return deadlines.error();
    RequestRepository repo(database());
    auto rows = repo.openDeadlines();
    if (!rows)
        return rows.error();
    RecomputeReport report;
    for (const auto &row : rows.value()) {
        ++report.checked;
        auto due
            = deadlineOfRequest(database(), deadlines.value(), row.id, row.received, QDate::currentDate());
        if (!due)
            return due.error();
        const DeadlineResult &d = due.value();
        if (d.deadline == row.deadline && d.actBy == row.actBy)
            continue;
        if (Status s = repo.setDeadline(row.id, d.deadline, d.actBy); !s)
            return s.error();
        RequestHistoryEntry h;
        h.action = QStringLiteral("recompute");
        h.field = QStringLiteral("act_by");
        h.before = row.actBy.toString(Qt::ISODate);
        h.after = d.actBy.toString(Qt::ISODate);
        h.comment = cause;
        if (Status s = repo.addHistory(row.id, actor.userId, actor.login, h); !s)
            return s.error();
        ++report.changed;
    }
    AuditRepository audit(database());
    for (const AuditEvent &e : causes)
        if (auto a = audit.append(e); !a)
            return a.error();
    if (report.changed > 0) {
        AuditEvent e;
        e.userId = actor.userId;
        e.userLogin = actor.login;
        e.action = QStringLiteral("request.deadlines_recomputed");
        e.entityType = QStringLiteral("request");
        e.entityId = QStringLiteral("*");
        e.details = { { QStringLiteral("cause"), cause },
                      { QStringLiteral("checked"), report.checked },
                      { QStringLiteral("changed"), report.changed } };
        if (auto a = audit.append(e); !a)
            return a.error();
    }
    return report;
}

Result<CabinetOfficeImport> CalendarService::importCabinetOfficeList(const Actor &actor,
                                                                     const QByteArray &bytes)
{
    if (Status s = require(actor, Operation::CalendarEdit, QStringLiteral("calendar")); !s)
        return s.error();
    auto parsed = CabinetOfficeList::parse(bytes);
    if (!parsed)
        return parsed;
    if (!parsed->problems.isEmpty())
        return parsed;
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = CalendarRepository(database()).replaceImported(parsed->byYear); !s)
        return s.error();
    QJsonArray years;
    for (int y : parsed->byYear.keys())
        years.append(y);
    auto recomputed
        = recomputeOpenRequests(actor, QStringLiteral("calendar.import"),
                                { eventFor(actor, QStringLiteral("calendar.import"),
                                           QStringLiteral("calendar"), QStringLiteral("cao"),
                                           { { QStringLiteral("rows"), parsed->rows },
                                             { QStringLiteral("first_year"), parsed->byYear.firstKey() },
                                             { QStringLiteral("last_year"), parsed->byYear.lastKey() } }) });
    if (!recomputed)
        return recomputed.error();
    parsed.value().requestsChecked = recomputed->checked;
    parsed.value().deadlinesChanged = recomputed->changed;
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcServices) << "holiday list imported," << parsed->rows << "rows";
    return parsed;
}

Result<RecomputeReport> CalendarService::addClosedDay(const Actor &actor, const QDate &day,
                                                      const QString &reason)
{
    if (Status s = require(actor, Operation::CalendarEdit, QStringLiteral("calendar")); !s)
        return s.error();
    if (!day.isValid())
        return makeError(ErrorCode::Validation, tr("Give the closed day as YYYY-MM-DD."));
    if (reason.trimmed().size() > 60)
        return makeError(ErrorCode::Validation, tr("The reason may have at most 60 characters."));
    if (Status s = FreeTextFields::checkReason(QStringLiteral("reason"), tr("The reason"), reason); !s)
        return s.error();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto added = CalendarRepository(database()).addClosedDay(day, reason.trimmed(), actor.userId);
    if (!added)
        return added.error();
    if (!added.value())
        return makeError(ErrorCode::Conflict,
                         tr("%1 is already a closed day.").arg(day.toString(Qt::ISODate)));
    auto report = recomputeOpenRequests(
        actor, QStringLiteral("calendar.closed_day_add"),
        { eventFor(actor, QStringLiteral("calendar.closed_day_add"), QStringLiteral("calendar"),
                   day.toString(Qt::ISODate), { { QStringLiteral("reason"), reason.trimmed() } }) });
    if (!report)
        return report.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<RecomputeReport> CalendarService::removeClosedDay(const Actor &actor, const QDate &day)
{
    if (Status s = require(actor, Operation::CalendarEdit, QStringLiteral("calendar")); !s)
        return s.error();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto removed = CalendarRepository(database()).removeClosedDay(day);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return makeError(
            ErrorCode::NotFound,
            tr("%1 is not one of the organisation's closed days.").arg(day.toString(Qt::ISODate)));
    auto report = recomputeOpenRequests(actor, QStringLiteral("calendar.closed_day_remove"),
                                        { eventFor(actor, QStringLiteral("calendar.closed_day_remove"),
                                                   QStringLiteral("calendar"), day.toString(Qt::ISODate)) });
    if (!report)
        return report.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace dsr
