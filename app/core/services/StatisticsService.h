#pragma once
// The statistics (統計) of a fiscal year or of any period: StatisticsReport computed from the
// database (StatisticsRepository) with the business calendar's open days and the deadline rules
// (DeadlinePolicy), and its exports — CSV and a one-page A4 PDF report.
//
// Permission: RequestRead — the clerks, chiefs, managers and the privacy officer, who work the
// register the figures come from. The figures hold no personal data, but they are the register's
// work and its volume; administrators and auditors (who see neither) do not get them. Every
// computation is recorded in the audit trail ("stats.read", with the period), every export by
// writeExport ("stats.export_csv", "stats.export_pdf").

#include "ServiceBase.h"
#include "StatisticsReport.h"

namespace dsr {

class StatisticsService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)
public:
    using ServiceBase::ServiceBase;
    // The day `open` is counted on when the period has not ended (tests fix it).
    void setToday(const QDate &today) { m_today = today; }

    // Validation: invalid dates, `from` after `to`, a period longer than ten years.
    Result<StatisticsReport> compute(const Actor &actor, const StatisticsPeriod &period);

    // Computes the report and writes it; the file is written only with its audit entry.
    Result<StatisticsReport> exportCsv(const Actor &actor, const StatisticsPeriod &period,
                                       const QString &path);
    Result<StatisticsReport> exportPdf(const Actor &actor, const StatisticsPeriod &period,
                                       const QString &path);
    // The same, for a report already shown (the window exports what it shows). The report is
    // re-checked against the actor's permission.
    Status writeCsv(const Actor &actor, const StatisticsReport &report, const QString &path);
    Status writePdf(const Actor &actor, const StatisticsReport &report, const QString &path);

    // The PDF's bytes: organisation name, the period in 和暦, the date made, the figures.
    Result<QByteArray> renderPdf(const StatisticsReport &report);

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    AuditEvent exportEvent(const Actor &actor, const QString &action, const StatisticsReport &report,
                           const QString &path) const;
    QDate m_today;
};

} // namespace dsr
