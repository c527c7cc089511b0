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

} // namespace dsr::cli
