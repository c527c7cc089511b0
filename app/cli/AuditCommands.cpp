#include "AuditCommands.h"

#include "CliContext.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "services/AuditService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dsr::cli {

namespace {

Result<QDate> dateOption(const Invocation &inv, const QString &option)
{
    const QString text = inv.value(option);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        return makeError(
            ErrorCode::Usage,
            AuditCommands::tr("--%1 needs a date written YYYY-MM-DD, not “%2”.").arg(option, text));
    return date;
}

QJsonObject toJson(const AuditRecord &r)
{
    // Details are stored as compact JSON; they are embedded as an object, not as a string.
    const QJsonDocument details = QJsonDocument::fromJson(r.details.toUtf8());
    return { { QStringLiteral("seq"), r.seq },
             { QStringLiteral("at_utc"), r.atUtc },
             { QStringLiteral("user_id"), r.userId ? QJsonValue(*r.userId) : QJsonValue() },
             { QStringLiteral("user_login"), r.userLogin },
             { QStringLiteral("action"), r.action },
             { QStringLiteral("entity_type"), r.entityType },
             { QStringLiteral("entity_id"), r.entityId },
             { QStringLiteral("details"),
               details.isObject() ? QJsonValue(details.object()) : QJsonValue(r.details) },
             { QStringLiteral("prev_hash"), r.prevHash },
             { QStringLiteral("hash"), r.hash } };
}

} // namespace

Result<AuditFilter> AuditCommands::filterFrom(const Invocation &inv)
{
    AuditFilter filter;
    if (inv.has(QStringLiteral("since"))) {
        auto d = dateOption(inv, QStringLiteral("since"));
        if (!d)
            return d.error();
        filter.from = d.value();
    }
    if (inv.has(QStringLiteral("until"))) {
        auto d = dateOption(inv, QStringLiteral("until"));
        if (!d)
            return d.error();
        filter.to = d.value();
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return makeError(ErrorCode::Usage, tr("--since is after --until; no entry could match."));
    if (inv.has(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = inv.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return makeError(ErrorCode::Usage,
                             tr("--limit needs a whole number of 1 or more, not “%1”.")
                                 .arg(inv.value(QStringLiteral("limit"))));
        filter.limit = limit;
    }
    filter.actionPrefix = inv.value(QStringLiteral("action"));
    filter.entityType = inv.value(QStringLiteral("entity"));
    filter.userLogin = inv.value(QStringLiteral("by"));
    return filter;
}

Status AuditCommands::verify(CliContext &ctx)
{
    std::optional<AuditCheckpoint> checkpoint;
    if (ctx.invocation().has(QStringLiteral("checkpoint"))) {
        auto read = AuditCheckpointFile::read(ctx.invocation().value(QStringLiteral("checkpoint")));
        if (!read)
            return read.error();
        checkpoint = read.value();
    }
    AuditService audit(ctx.database());
    auto result = audit.verify(ctx.actor(), checkpoint);
    if (!result)
        return result.error();
    // The head is printed whatever the outcome: written down, it is the next checkpoint to compare.
    Console::out(tr("Head: entry %1, hash %2").arg(result->head.seq).arg(result->head.hash));
    if (result->checkpointRefused)
        return makeError(ErrorCode::Validation, result->problem);
    if (!result->intact)
        return makeError(ErrorCode::Failure,
                         tr("The audit trail is broken at entry %1: %2. %n entries before it are "
                            "intact.",
                            nullptr, int(result->checked))
                             .arg(result->firstBadSeq)
                             .arg(result->problem));
    Console::out(tr("The audit trail is intact: %n entries checked.", nullptr, int(result->checked)));
    if (checkpoint)
        Console::out(tr("It matches the checkpoint of %1 at entry %2.")
                         .arg(checkpoint->takenUtc.toString(Qt::ISODate))
                         .arg(checkpoint->head.seq));
    return {};
}

Status AuditCommands::checkpoint(CliContext &ctx)
{
    const QString path = ctx.invocation().value(QStringLiteral("out"));
    AuditService audit(ctx.database());
    auto c = audit.writeCheckpointFile(ctx.actor(), path);
    if (!c)
        return c.error();
    Console::out(
        tr("Checkpoint written to %1: entry %2, hash %3").arg(path).arg(c->head.seq).arg(c->head.hash));
    return {};
}

Status AuditCommands::list(CliContext &ctx)
{
    auto filter = filterFrom(ctx.invocation());
    if (!filter)
        return filter.error();
    AuditService audit(ctx.database());
    auto records = audit.list(ctx.actor(), filter.value());
    if (!records)
        return records.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditRecord &r : records.value())
            array.append(toJson(r));
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return {};
    }
    QStringList lines;
    for (const AuditRecord &r : records.value())
        lines << QStringList { QString::number(r.seq),
                               r.atUtc,
                               r.userLogin.isEmpty() ? QStringLiteral("-") : r.userLogin,
                               r.action,
                               r.entityType + QLatin1Char(':') + r.entityId,
                               r.details }
                     .join(QLatin1Char('\t'));
    if (lines.isEmpty())
        lines << tr("No audit entries match.");
    Console::out(lines.join(QLatin1Char('\n')));
    return {};
}

Status AuditCommands::exportCsv(CliContext &ctx)
{
    auto filter = filterFrom(ctx.invocation());
    if (!filter)
        return filter.error();
    const QString path = ctx.positional(0);
    // Written to a temporary file, recorded, then renamed into place: a failed or unrecorded
    // export never leaves a file, nor half a file where a previous export was.
    auto count = AuditService(ctx.database()).exportCsvFile(ctx.actor(), filter.value(), path);
    if (!count)
        return count.error();
    Console::out(tr("Exported %n audit entries to %1.", nullptr, int(count.value())).arg(path));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

namespace {

QList<OptionSpec> auditFilterOptions()
{
    return {
        { QStringLiteral("since"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries on or after this date (UTC).") },
        { QStringLiteral("until"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries on or before this date (UTC).") },
        { QStringLiteral("action"), QStringLiteral("PREFIX"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Only actions starting with this text, e.g. “auth.” or “permission.denied”.") },
        { QStringLiteral("entity"), QStringLiteral("TYPE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Only entries about this kind of thing, e.g. “user” or “settings”.") },
        { QStringLiteral("by"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries recorded for this login.") },
        { QStringLiteral("limit"), QStringLiteral("N"),
          QT_TRANSLATE_NOOP("CommandCatalog", "At most N entries, the newest first.") },
    };
}

} // namespace

QList<CommandSpec> AuditCommands::commands()
{
    const OptionSpec kJson = CommandCatalog::jsonOption();
    QList<OptionSpec> listOptions = auditFilterOptions();
    listOptions.append(kJson);
    return {
        { .path = QStringLiteral("audit verify"),
          .options
          = { { QStringLiteral("checkpoint"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Also check against a checkpoint written by “audit checkpoint”.") } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Check the audit trail's hash chain from the first entry to the last."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Prints the number of entries checked and the head reached (sequence number and "
              "hash). When an entry was altered, removed, inserted or reordered, exits with 1 "
              "and names the first sequence number that is wrong. With --checkpoint, also "
              "exits with 1 when the trail ends before the checkpoint's entry or has another "
              "hash there. Keyed entries need the database's audit key."),
          .needsUser = true,
          .run = &AuditCommands::verify },
        { .path = QStringLiteral("audit checkpoint"),
          .options
          = { { QStringLiteral("out"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Where to write the checkpoint (JSON)."), true } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Write the head of the audit trail to a file kept outside the database."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The file holds the sequence number, the hash, the time (UTC) and the database id; it is "
              "readable by its owner only, and an existing file is replaced. Taking the checkpoint is "
              "itself recorded, and the checkpoint pins that entry. Keep the file off this machine and "
              "give it to “audit verify --checkpoint” later."),
          .needsUser = true,
          .run = &AuditCommands::checkpoint },
        { .path = QStringLiteral("audit list"),
          .options = listOptions,
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Show audit trail entries."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: an array of objects with seq, at_utc, user_id, user_login, action, "
                              "entity_type, entity_id, details, prev_hash and hash."),
          .needsUser = true,
          .run = &AuditCommands::list },
        { .path = QStringLiteral("audit export"),
          .positionals = { QStringLiteral("FILE.csv") },
          .options = auditFilterOptions(),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Write audit trail entries to a CSV file (UTF-8, for spreadsheets)."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "An existing file is replaced. The export itself is recorded."),
          .needsUser = true,
          .run = &AuditCommands::exportCsv },
    };
}

} // namespace dsr::cli
