#include "StatisticsService.h"

#include "../Logging.h"
#include "../Settings.h"
#include "../letters/StatisticsSheet.h"
#include "../storage/StatisticsRepository.h"
#include "../text/JapaneseEra.h"
#include "CalendarService.h"
#include "SettingsService.h"

#include <QElapsedTimer>
#include <QVector>

namespace dsr {

namespace {

constexpr int kMaxYears = 10;

// Open days of the calendar counted fast over a span: prefix sums of open days, so that the open
// days of (received, decided] are one subtraction however many decisions there are.
class OpenDayCounter
{
public:
    OpenDayCounter(const DeadlineCalendar &calendar, const QDate &first, const QDate &last)
        : m_first(first)
    {
        const qint64 n = first.isValid() && last.isValid() ? first.daysTo(last) + 1 : 0;
        m_prefix.resize(n + 1);
        m_prefix[0] = 0;
        for (qint64 i = 0; i < n; ++i)
            m_prefix[i + 1] = m_prefix[i] + (calendar.isClosed(first.addDays(i)) ? 0 : 1);
    }
    // Open days after `received` up to and including `decided` (the day of receipt not counted,
    // as deadlines count).
    int between(const QDate &received, const QDate &decided) const
    {
        return m_prefix[m_first.daysTo(decided) + 1] - m_prefix[m_first.daysTo(received) + 1];
    }

private:
    QDate m_first;
    QVector<int> m_prefix;
};

bool within(const QDate &d, const StatisticsPeriod &p)
{
    return d.isValid() && d >= p.from && d <= p.to;
}

} // namespace

Result<StatisticsReport> StatisticsService::compute(const Actor &actor, const StatisticsPeriod &period)
{
    if (!period.from.isValid() || !period.to.isValid())
        return makeError(ErrorCode::Validation, tr("Give the first and the last day of the period."));
    if (period.from > period.to)
        return makeError(ErrorCode::Validation, tr("The period starts after it ends."));
    if (period.from.addYears(kMaxYears) <= period.to)
        return makeError(
            ErrorCode::Validation,
            tr("The period is longer than %n years; make the statistics year by year.", nullptr, kMaxYears));
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("statistics")); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();

    CalendarService calendars(database());
    auto policy = calendars.policy();
    if (!policy)
        return policy.error();
    StatisticsRepository repo(database());
    auto rows = repo.requests(period.from, period.to);
    if (!rows)
        return rows.error();

    StatisticsReport report;
    report.period = period;
    report.madeOn = today();
    report.asOf = std::min(period.to, today());
    report.regime = policy->regime();

    // The span the open days are counted over: every receipt and decision of the period.
    QDate first = period.from, last = period.to;
    for (const StatisticsRequestRow &r : std::as_const(rows.value()))
        if (within(r.decidedOn, period) && r.received.isValid() && r.received < first)
            first = r.received;
    const OpenDayCounter openDays(policy->calendar(), first, last);
    QHash<QDate, QDate> targets; // received → the target's open day (private regime)

    QList<int> calendarDays, openDayList;
    QHash<RequestType, QList<int>> calendarByType, openByType;
    for (const StatisticsRequestRow &r : std::as_const(rows.value())) {
        if (within(r.received, period)) {
            ++report.received;
            ++report.receivedByType[r.type];
            ++report.receivedByChannel[r.channel];
            ++report.receivedByMonth[QDate(r.received.year(), r.received.month(), 1)][r.type];
            if (r.extendedTo.isValid())
                ++report.extensionsOrdinary;
            if (r.specialExtensionTo.isValid())
                ++report.extensionsSpecial;
        }
        if (within(r.withdrawnOn, period))
            ++report.withdrawn;
        // Open on asOf: arrived by then, neither decided nor withdrawn by then. A request closed
        // without a decision date (not possible through the workflow) is not open.
        const bool decidedBy = r.decidedOn.isValid() && r.decidedOn <= report.asOf;
        const bool withdrawnBy = r.withdrawnOn.isValid() && r.withdrawnOn <= report.asOf;
        const bool closedUndated
            = !r.decidedOn.isValid() && !r.withdrawnOn.isValid() && !RequestVocabulary::isOpen(r.status);
        if (r.received.isValid() && r.received <= report.asOf && !decidedBy && !withdrawnBy
            && !closedUndated) {
            ++report.open;
            const QDate by = DeadlinePolicy::actBy(r.actBy, r.deadline);
            if (by.isValid() && by < report.asOf)
                ++report.overdueOpen;
        }
        if (within(r.decidedOn, period) && r.received.isValid()) {
            ++report.decided;
            if (r.decision)
                ++report.decisions[r.type][DecisionVocabulary::id(*r.decision)];
            const int days = int(r.received.daysTo(r.decidedOn));
            const int open = openDays.between(r.received, r.decidedOn);
            calendarDays << days;
            openDayList << open;
            calendarByType[r.type] << days;
            openByType[r.type] << open;
            if (r.deadline.isValid() && r.decidedOn <= r.deadline)
                ++report.withinLimit;
            QDate target;
            if (policy->targetDays() > 0) {
                auto it = targets.constFind(r.received);
                target = it != targets.constEnd() ? it.value()
                                                  : targets[r.received] = policy->target(r.received);
            } else {
                target = r.deadline;
            }
            if (target.isValid() && r.decidedOn <= target)
                ++report.withinTarget;
        }
    }
    report.days = { DaySummary::of(calendarDays), DaySummary::of(openDayList) };
    for (RequestType t : RequestVocabulary::types())
        report.daysByType.insert(
            t, { DaySummary::of(calendarByType.value(t)), DaySummary::of(openByType.value(t)) });
    report.decisionCalendarDays = calendarDays;
    std::sort(report.decisionCalendarDays.begin(), report.decisionCalendarDays.end());

    auto amendments = repo.amendmentsRequested(period.from, period.to);
    if (!amendments)
        return amendments.error();
    report.amendments = amendments.value();
    auto inquiries = repo.inquiriesSent(period.from, period.to);
    if (!inquiries)
        return inquiries.error();
    report.inquiries = inquiries.value();
    auto opinions = repo.opinionsSent(period.from, period.to);
    if (!opinions)
        return opinions.error();
    report.thirdPartyOpinions = opinions.value();
    auto letters = repo.lettersIssued(period.from, period.to);
    if (!letters)
        return letters.error();
    report.lettersByKind = letters.value();
    auto returned = repo.mailReturned(period.from, period.to);
    if (!returned)
        return returned.error();
    report.mailReturned = returned.value();

    QJsonObject details { { QStringLiteral("from"), period.from.toString(Qt::ISODate) },
                          { QStringLiteral("to"), period.to.toString(Qt::ISODate) } };
    if (period.fiscalYear)
        details.insert(QStringLiteral("fiscal_year"), period.fiscalYear);
    if (Status s = recordRead(actor, QStringLiteral("stats.read"), QStringLiteral("statistics"),
                              QStringLiteral("-"), details, qint64(rows->size()));
        !s)
        return s.error();
    qCInfo(lcServices) << "statistics of" << period.from << "to" << period.to << "from" << rows->size()
                       << "requests in" << timer.elapsed() << "ms";
    return report;
}

AuditEvent StatisticsService::exportEvent(const Actor &actor, const QString &action,
                                          const StatisticsReport &report, const QString &) const
{
    QJsonObject details { { QStringLiteral("from"), report.period.from.toString(Qt::ISODate) },
                          { QStringLiteral("to"), report.period.to.toString(Qt::ISODate) } };
    if (report.period.fiscalYear)
        details.insert(QStringLiteral("fiscal_year"), report.period.fiscalYear);
    return eventFor(actor, action, QStringLiteral("statistics"), QStringLiteral("-"), details);
}

Status StatisticsService::writeCsv(const Actor &actor, const StatisticsReport &report, const QString &path)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("statistics")); !s)
        return s;
    return writeExport(path, report.toCsv(),
                       exportEvent(actor, QStringLiteral("stats.export_csv"), report, path));
}

Status StatisticsService::writePdf(const Actor &actor, const StatisticsReport &report, const QString &path)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("statistics")); !s)
        return s;
    auto pdf = renderPdf(report);
    if (!pdf)
        return pdf.error();
    return writeExport(path, pdf.value(),
                       exportEvent(actor, QStringLiteral("stats.export_pdf"), report, path));
}

Result<StatisticsReport> StatisticsService::exportCsv(const Actor &actor, const StatisticsPeriod &period,
                                                      const QString &path)
{
    auto report = compute(actor, period);
    if (!report)
        return report;
    if (Status s = writeCsv(actor, report.value(), path); !s)
        return s.error();
    return report;
}

Result<StatisticsReport> StatisticsService::exportPdf(const Actor &actor, const StatisticsPeriod &period,
                                                      const QString &path)
{
    auto report = compute(actor, period);
    if (!report)
        return report;
    if (Status s = writePdf(actor, report.value(), path); !s)
        return s.error();
    return report;
}

Result<QByteArray> StatisticsService::renderPdf(const StatisticsReport &report)
{
    auto settings = SettingsService(database()).loadForSystem();
    if (!settings)
        return settings.error();
    StatisticsSheetData data;
    data.organisation = settings->value(Setting::OrganisationName);
    data.period = report.period.japaneseText();
    data.madeOn = JapaneseEra::format(report.madeOn);
    data.note = tr("Open and overdue requests are counted on %1.").arg(JapaneseEra::format(report.asOf));
    // One page: the days of a type without decisions in the period say nothing and are left out.
    for (const StatisticsFigure &f : report.figures()) {
        bool skip = false;
        for (RequestType t : RequestVocabulary::types())
            if (f.id.startsWith(QStringLiteral("days_to_decision.by_type.%1.").arg(RequestVocabulary::id(t)))
                && report.daysByType.value(t).calendar.count == 0)
                skip = true;
        if (!skip)
            data.lines.append({ f.label, f.text(), f.level });
    }
    return StatisticsSheet::render(data);
}

} // namespace dsr
