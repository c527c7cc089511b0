#include "CheckCommands.h"

#include "CliContext.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "services/HealthCheckService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dsr::cli {

Status CheckCommands::check(CliContext &ctx)
{
    HealthCheckService service(ctx.database());
    auto report = service.run(ctx.actor());
    if (!report)
        return report.error();
    const int problems = int(report->problems.size());
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const HealthProblem &p : report->problems) {
            QJsonObject o { { QStringLiteral("id"), p.id }, { QStringLiteral("message"), p.message } };
            if (!p.entity.isEmpty())
                o.insert(QStringLiteral("entity"), p.entity);
            list.append(o);
        }
        const QJsonObject root { { QStringLiteral("ok"), report->ok() },
                                 { QStringLiteral("problems"), list },
                                 { QStringLiteral("checked"), report->checked() } };
        Console::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        // "id<TAB>message": a script greps the id, a person reads the message.
        for (const HealthProblem &p : report->problems)
            Console::out(p.id + QLatin1Char('\t') + p.message);
        if (report->ok())
            Console::out(tr("No problem found: %1").arg(report->summary()));
    }
    if (problems > 0)
        return makeError(ErrorCode::Failure, tr("The check found %n problem(s).", nullptr, problems));
    return {};
}

QList<CommandSpec> CheckCommands::commands()
{
    return {
        { .path = QStringLiteral("check"),
          .options = { CommandCatalog::jsonOption() },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Check the database, the audit trail, the stored files, the numbering and the "
                              "letter settings."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Runs the engine's integrity check (SQLite: PRAGMA integrity_check; PostgreSQL: amcheck when "
              "installed), the foreign keys, the audit chain, every letter's, attachment's, disclosure "
              "document's and redacted copy's SHA-256 against its bytes, the number counters against the "
              "highest numbers issued, and the settings every letter needs. Prints one line per problem "
              "(its id, a tab, the message) and exits with 1 when there is any; otherwise prints what was "
              "checked and exits with 0. JSON: {\"ok\", \"problems\": [{\"id\", \"message\", \"entity\"}], "
              "\"checked\": {counts}}. Problem ids: integrity, foreign_keys, audit_chain, letter_hash, "
              "attachment_hash, disclosure_document_hash, redacted_copy_hash, numbering, settings. Needs an "
              "administrator, auditor or privacy officer; the run is recorded."),
          .needsUser = true,
          .run = &CheckCommands::check },
    };
}

} // namespace dsr::cli
