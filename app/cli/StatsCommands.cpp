#include "StatsCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "services/StatisticsService.h"
#include "text/JapaneseEra.h"

namespace dsr::cli {

namespace {

// --fiscal-year YYYY, or --from and --to together; anything else is a usage mistake.
Result<StatisticsPeriod> periodFrom(const Invocation &inv)
{
    const bool year = inv.has(QStringLiteral("fiscal-year"));
    const bool from = inv.has(QStringLiteral("from"));
    const bool to = inv.has(QStringLiteral("to"));
    if (year && (from || to))
        return makeError(ErrorCode::Usage,
                         StatsCommands::tr("Give either --fiscal-year or --from and --to, not both."));
    if (year) {
        bool ok = false;
        const int y = inv.value(QStringLiteral("fiscal-year")).trimmed().toInt(&ok);
        if (!ok || y < 1949 || y > 2200)
            return makeError(ErrorCode::Usage,
                             StatsCommands::tr("--fiscal-year needs the Western year the fiscal year starts "
                                               "in (2025 for 令和7年度), not “%1”.")
                                 .arg(inv.value(QStringLiteral("fiscal-year"))));
        return StatisticsPeriod::fiscal(y);
    }
    if (!from || !to)
        return makeError(ErrorCode::Usage,
                         StatsCommands::tr("Give --fiscal-year YYYY, or --from DATE and --to DATE."));
    auto f = CliInput::filterDate(inv, QStringLiteral("from"));
    if (!f)
        return f.error();
    auto t = CliInput::filterDate(inv, QStringLiteral("to"));
    if (!t)
        return t.error();
    if (f.value() > t.value())
        return makeError(ErrorCode::Usage, StatsCommands::tr("--from is after --to."));
    return StatisticsPeriod::between(f.value(), t.value());
}

} // namespace

Status StatsCommands::stats(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto period = periodFrom(inv);
    if (!period)
        return period.error();
    StatisticsService service(ctx.database());
    auto report = service.compute(ctx.actor(), period.value());
    if (!report)
        return report.error();
    // Exports first: a failed export is the command's failure, and nothing is printed as if done.
    if (inv.has(QStringLiteral("csv"))) {
        if (Status s = service.writeCsv(ctx.actor(), report.value(), inv.value(QStringLiteral("csv"))); !s)
            return s;
    }
    if (inv.has(QStringLiteral("pdf"))) {
        if (Status s = service.writePdf(ctx.actor(), report.value(), inv.value(QStringLiteral("pdf"))); !s)
            return s;
    }
    if (inv.has(QStringLiteral("json"))) {
        Console::json(report->toJson());
        return {};
    }
    QList<QStringList> rows { { tr("Figure"), tr("Id"), tr("Value") } };
    for (const StatisticsFigure &f : report->figures())
        rows << QStringList { (f.level > 0 ? QStringLiteral("  ") : QString()) + f.label, f.id, f.text() };
    Console::out(tr("Statistics %1 (%2 – %3)")
                     .arg(report->period.fiscalYear ? JapaneseEra::formatFiscalYear(report->period.fiscalYear)
                                                    : QString(),
                          report->period.from.toString(Qt::ISODate), report->period.to.toString(Qt::ISODate))
                     .simplified());
    Console::out(Console::columns(rows));
    if (inv.has(QStringLiteral("csv")))
        Console::out(tr("CSV written to %1.").arg(inv.value(QStringLiteral("csv"))));
    if (inv.has(QStringLiteral("pdf")))
        Console::out(tr("PDF written to %1.").arg(inv.value(QStringLiteral("pdf"))));
    return {};
}

QList<CommandSpec> StatsCommands::commands()
{
    return {
        { .path = QStringLiteral("stats"),
          .options
          = { { QStringLiteral("fiscal-year"), QStringLiteral("YYYY"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The fiscal year (年度, April–March) starting in April of YYYY: 2025 is "
                                  "令和7年度.") },
              { QStringLiteral("from"), QStringLiteral("DATE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "First day of a free period (YYYY-MM-DD), with --to.") },
              { QStringLiteral("to"), QStringLiteral("DATE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Last day of a free period (YYYY-MM-DD), with --from.") },
              { QStringLiteral("csv"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Also write the figures as CSV (UTF-8 with BOM, opens in Excel).") },
              { QStringLiteral("pdf"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Also write a one-page A4 PDF report.") },
              CommandCatalog::jsonOption() },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Show the statistics of a fiscal year or of a period (統計)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Requests received by type and channel, withdrawn, still open and overdue at the period's "
              "end (or today), decisions by type and kind, extensions, amendments, inquiries and "
              "third-party opinions, days from receipt to decision (median, mean, maximum; calendar "
              "and open days), decisions within the target and the legal limit, letters issued per "
              "kind and mailings returned. Give --fiscal-year or --from and --to. The JSON uses the "
              "ids of “request list” (received.by_type.disclosure, decisions.disclosure.partial …). "
              "The figures hold no personal data; reading them is recorded in the audit trail."),
          .needsUser = true,
          .run = &StatsCommands::stats },
    };
}

} // namespace dsr::cli
