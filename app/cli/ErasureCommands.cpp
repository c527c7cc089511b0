#include "ErasureCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "Logging.h"
#include "model/Request.h"
#include "services/ErasureService.h"

namespace dsr::cli {

namespace {

// A missing or blank --reason is a usage mistake (exit 2), like a missing argument.
Result<QString> reasonOf(const Invocation &inv)
{
    const QString reason = inv.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Usage,
                         ErasureCommands::tr("--reason needs the reason for the erasure; it is kept in the "
                                             "erasure record."));
    return reason;
}

void warnIfNotCheckpointed(bool checkpointed)
{
    if (!checkpointed)
        Console::out(ErasureCommands::tr("Another desk is reading the database: the erased bytes leave its "
                                         "write-ahead log at the next checkpoint."));
}

} // namespace

Status ErasureCommands::eraseMember(CliContext &ctx)
{
    auto reason = reasonOf(ctx.invocation());
    if (!reason)
        return reason.error();
    ErasureService erasure(ctx.database());
    auto done = erasure.eraseMember(ctx.actor(), ctx.positional(0), reason.value());
    if (!done)
        return done.error();
    Console::out(tr("Erased the personal data of member %1 (%2); erasure record %3.")
                     .arg(done->memberNumber, done->fields.join(QStringLiteral(", ")))
                     .arg(done->erasureId));
    warnIfNotCheckpointed(done->checkpointed);
    return {};
}

Status ErasureCommands::eraseAttachment(CliContext &ctx)
{
    auto reason = reasonOf(ctx.invocation());
    if (!reason)
        return reason.error();
    bool ok = false;
    const qint64 attachmentId
        = ctx.positional(1).normalized(QString::NormalizationForm_KC).trimmed().toLongLong(&ok);
    if (!ok || attachmentId < 1)
        return makeError(
            ErrorCode::Usage,
            tr("N is the attachment's number as “request show” lists it, not “%1”.").arg(ctx.positional(1)));
    ErasureService erasure(ctx.database());
    auto done = erasure.eraseAttachment(ctx.actor(), ctx.positional(0), attachmentId, reason.value());
    if (!done)
        return done.error();
    Console::out(tr("Erased attachment %1 of %2 (%3 bytes); erasure record %4.")
                     .arg(done->attachmentId)
                     .arg(done->receiptNo)
                     .arg(done->size)
                     .arg(done->erasureId));
    warnIfNotCheckpointed(done->checkpointed);
    return {};
}

Status ErasureCommands::purge(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto day = CliInput::filterDate(inv, QStringLiteral("closed-before"));
    if (!day)
        return day.error();
    const bool dryRun = inv.has(QStringLiteral("dry-run"));
    ErasureService erasure(ctx.database());
    auto report = erasure.purge(ctx.actor(), day.value(), dryRun);
    if (!report)
        return report.error();
    if (!report->requests.isEmpty()) {
        QList<QStringList> rows { { tr("Receipt"), tr("Type"), tr("Status"), tr("Received"), tr("Closed") } };
        for (const PurgeCandidate &c : report->requests)
            rows << QStringList { c.receiptNo, c.type, c.status, c.received.toString(Qt::ISODate),
                                  c.closed.toString(Qt::ISODate) };
        Console::out(Console::columns(rows));
    }
    const QString date = report->closedBefore.toString(Qt::ISODate);
    if (dryRun)
        Console::out(tr("%n request(s) closed before %1 would be purged; nothing was changed.", nullptr,
                        int(report->requests.size()))
                         .arg(date));
    else
        Console::out(
            tr("Purged %n request(s) closed before %1.", nullptr, int(report->requests.size())).arg(date));
    warnIfNotCheckpointed(report->checkpointed);
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> ErasureCommands::commands()
{
    return {
        { .path = QStringLiteral("member erase"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "Why the data is erased (kept in the erasure record; at most 500 "
                                           "characters)."),
                         true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Erase a member's personal data (消去, privacy officer only)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Blanks the name, kana, birth date, postal code, address, telephone and affiliation and "
              "removes "
              "the member from the search index; the member number stays so that requests and letters still "
              "refer to it. An erasure record (what, who, when, why — not the erased values) and an audit "
              "entry remain. Refused while the member has a request in progress (exit 1); a missing reason "
              "is exit 2, another role exit 3, an unknown number exit 4."),
          .needsUser = true,
          .run = &ErasureCommands::eraseMember },
        { .path = QStringLiteral("request attachment-erase"),
          .positionals = { QStringLiteral("ID"), QStringLiteral("N") },
          .options
          = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Why the attachment is erased (kept in the erasure record; at most "
                                  "500 characters)."),
                true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Erase attachment N of a request (消去, privacy officer only)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "ID is the request's id or receipt number, N the attachment's number as “request show” lists "
              "it. The file's bytes are removed from the database file; an erasure record (size, type and "
              "the "
              "SHA-256 of the file name and content, who, when, why) and an audit entry remain. A missing "
              "reason is exit 2, another role exit 3, an unknown request or attachment exit 4."),
          .needsUser = true,
          .run = &ErasureCommands::eraseAttachment },
        { .path = QStringLiteral("request purge"),
          .options = { { QStringLiteral("closed-before"), QStringLiteral("YYYY-MM-DD"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "Purge requests closed or withdrawn before this day; it must lie "
                                           "at least the retention period (requests.retention_years) in "
                                           "the past."),
                         true },
                       { QStringLiteral("dry-run"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "List the requests and change nothing.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Purge requests closed longer ago than the retention period (privacy "
                                       "officer only)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "A purged request keeps its receipt number, type, status and dates; its texts, agent, history, "
              "attachments and workflow records are removed and an erasure record is left for each. Issued "
              "letters are official records and are kept. A date later than today minus the retention "
              "period is refused (exit 1)."),
          .needsUser = true,
          .run = &ErasureCommands::purge },
    };
}

} // namespace dsr::cli
