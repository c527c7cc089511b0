#include "BackupCommands.h"

#include "CliContext.h"
#include "Console.h"
#include "services/BackupService.h"

#include <QFileInfo>
#include <QLocale>

namespace dsr::cli {

namespace {

const QString kPassphraseStdin = QStringLiteral("passphrase-stdin");

// One line of standard input, or typed twice on the terminal without echo: a typo in a backup's
// passphrase would only show the day the backup is needed.
Result<QString> newPassphrase(bool fromStdin)
{
    if (fromStdin)
        return Console::readStdinLine();
    auto first = Console::readHidden(BackupCommands::tr("Passphrase for the backup: "));
    if (!first)
        return first;
    auto second = Console::readHidden(BackupCommands::tr("Type it again: "));
    if (!second)
        return second;
    if (first.value() != second.value())
        return makeError(ErrorCode::Validation,
                         BackupCommands::tr("The two passphrases differ; no backup was made."));
    return first;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Status BackupCommands::backup(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const bool encrypt = !inv.has(QStringLiteral("no-encrypt"));
    if (!encrypt && inv.has(kPassphraseStdin))
        return makeError(ErrorCode::Usage, tr("--no-encrypt and --passphrase-stdin exclude each other."));
    std::optional<QString> passphrase;
    if (encrypt) {
        auto read = newPassphrase(inv.has(kPassphraseStdin));
        if (!read)
            return read.error();
        passphrase = read.value();
    }
    BackupService service(ctx.database());
    auto made = service.backup(ctx.actor(), inv.value(QStringLiteral("out")), passphrase);
    if (!made)
        return made.error();
    Console::out(tr("Backup written to %1 (%2): %3 requests, %4 members, %5 letters, audit entry %6.")
                     .arg(made->path, sizeText(made->size))
                     .arg(made->figures.requests)
                     .arg(made->figures.members)
                     .arg(made->figures.letters)
                     .arg(made->figures.lastAuditSeq));
    if (made->encrypted)
        Console::out(tr("It is encrypted with the passphrase; without it the backup cannot be restored."));
    else
        Console::notice(tr("The backup is NOT encrypted: whoever gets the file can read every member's and "
                           "request's data in it. Keep it only on a disk that is itself encrypted and "
                           "locked away."));
    return {};
}

Status BackupCommands::restore(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    if (inv.global.database.isEmpty())
        return makeError(ErrorCode::Usage,
                         tr("restore needs --db NEW: the path of the new database file to restore into."));
    const QString archive = ctx.positional(0);
    auto encrypted = BackupService::isEncrypted(archive);
    if (!encrypted)
        return encrypted.error();
    QString passphrase;
    if (encrypted.value()) {
        auto read = inv.has(kPassphraseStdin) ? Console::readStdinLine()
                                              : Console::readHidden(tr("Passphrase of the backup: "));
        if (!read)
            return read.error();
        passphrase = read.value();
    }
    auto restored = BackupService::restore(archive, passphrase, inv.global.database, inv.global.auditKey);
    if (!restored)
        return restored.error();
    const RestoreOutcome &r = restored.value();
    const DatabaseFigures &f = r.figures;
    QStringList lines;
    lines << tr("Restored into %1 (backup of %2, program %3, database version %4, %5).")
                 .arg(r.databasePath, r.backupCreatedUtc.toLocalTime().toString(Qt::ISODate),
                      r.backupAppVersion)
                 .arg(r.backupSchemaVersion)
                 .arg(r.encrypted ? tr("encrypted") : tr("not encrypted"));
    lines << (r.auditKeyWritten ? tr("Audit key written to %1.")
                                : tr("Audit key already at %1 (the same key)."))
                 .arg(r.auditKeyPath);
    lines << tr("Members: %1, requests: %2, letters: %3, users: %4.")
                 .arg(f.members)
                 .arg(f.requests)
                 .arg(f.letters)
                 .arg(f.users);
    lines << tr("Last audit entry: %1 at %2 (%3).")
                 .arg(f.lastAuditSeq)
                 .arg(f.lastAuditAtUtc, f.lastAuditAction);
    lines << (f.lastLetterNumber.isEmpty()
                  ? tr("Last letter: none issued.")
                  : tr("Last letter: %1 (%2) of %3.")
                        .arg(f.lastLetterNumber, f.lastLetterKind, f.lastLetterDate));
    lines << tr("Checks passed: integrity, foreign keys, %n audit entries, ", nullptr,
                int(r.auditEntriesChecked))
            + tr("%n stored files' SHA-256.", nullptr, int(r.storedFilesChecked));
    Console::out(lines.join(QLatin1Char('\n')));
    return {};
}

QList<CommandSpec> BackupCommands::commands()
{
    return {
        { .path = QStringLiteral("backup"),
          .options
          = { { QStringLiteral("out"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The backup file to write; it must not exist."), true },
              { kPassphraseStdin,
                {},
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Read the passphrase as one line of standard input (after the "
                                  "acting user's password) instead of asking twice on the terminal.") },
              { QStringLiteral("no-encrypt"),
                {},
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Write the archive unencrypted: anyone holding the file can read "
                                  "all personal data in it.") } },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Back up the database and its audit key into one encrypted file, while "
                              "others keep working."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The database is copied as of one moment with SQLite's online backup (the other desks go on "
              "writing), checked, and written with the audit key and a manifest (versions, time, counts, "
              "SHA-256 of each part) into FILE, encrypted with a passphrase of at least 12 characters "
              "(Argon2id, XChaCha20-Poly1305). The file is readable by its owner only and never replaces "
              "an existing one (exit 5). Administrators only; the backup is recorded in the audit trail "
              "(file name, size, encrypted or not — never the passphrase). A server database is dumped "
              "with pg_dump instead (the command says how)."),
          .needsUser = true,
          .run = &BackupCommands::backup },
        { .path = QStringLiteral("restore"),
          .positionals = { QStringLiteral("FILE") },
          .options = { { kPassphraseStdin,
                         {},
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "Read the passphrase as one line of standard input instead of "
                                           "asking on the terminal.") } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Restore a backup into a new database file given by --db, and check it."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "--db names the new file; an existing file is refused (exit 5): a backup never goes over a "
              "database. The backup must decrypt and match its manifest — a wrong passphrase, a truncated "
              "file or any altered byte is refused (exit 1) and nothing is left behind. The audit key goes "
              "where the program looks for it (--audit-key, DSR_AUDIT_KEY, or the usual place). Then the "
              "database's integrity, foreign keys, audit chain and stored files are checked, and the counts, "
              "the last audit entry and the last letter are printed. A missing FILE is exit 4. Needs no "
              "--user."),
          .opensDatabase = false,
          .run = &BackupCommands::restore },
    };
}

} // namespace dsr::cli
