#pragma once
// Backup and restore of a single desk's database (issue 13): the database as of one commit and
// its audit key, with a manifest, in one archive file — encrypted with a passphrase by default
// (security/BackupArchive) — and the way back into a new file, checked before it is handed over.
// A server database is dumped with pg_dump instead (docs/ADMINISTRATION.md).
//
// Archive members: manifest.json (format, program and schema versions, time, counts, every other
// member's size and SHA-256), database.sqlite, audit-key.json (the key file as the program keeps
// it, AuditKeyFile).

#include "../model/DatabaseFigures.h"
#include "ServiceBase.h"

#include <QDateTime>
#include <optional>

namespace dsr {

struct BackupOutcome
{
    QString path;
    qint64 size = 0;
    bool encrypted = true;
    QDateTime createdUtc;
    DatabaseFigures figures; // of the copy
};

struct RestoreOutcome
{
    QString databasePath;
    QString auditKeyPath;
    bool auditKeyWritten = false; // false: the same key was already there
    bool encrypted = true;
    QDateTime backupCreatedUtc;
    QString backupAppVersion;
    int backupSchemaVersion = 0;
    int members = 0; // archive members checked
    qint64 auditEntriesChecked = 0;
    qint64 storedFilesChecked = 0; // letters, attachments, disclosure files whose SHA-256 matched
    DatabaseFigures figures;
};

// The window's backups (設定 ▸ バックアップ): the organisation's folder and generations, the last
// backup recorded in the audit trail, and whether this OS account keeps the automatic passphrase.
struct BackupStatus
{
    QString folder; // empty: no folder chosen, nothing automatic
    int generations = 0;
    std::optional<QDateTime> lastBackupUtc;
    bool automaticPassphraseKept = false;
};

class BackupService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    using ServiceBase::ServiceBase;

    static constexpr int MinimumPassphraseLength = 12;
    // The first login of a day backs up when the last backup is older than this …
    static constexpr int AutomaticAfterHours = 24;
    // … and an administrator is told when it is older than this.
    static constexpr int WarnAfterDays = 7;
    static QString fileSuffix() { return QStringLiteral(".dsrbackup"); }

    // Copies the open database while others keep writing, with its audit key, into `outPath`
    // (created 0600, never replacing an existing file: Conflict). `passphrase` nullopt: not
    // encrypted. Administrators only; recorded as "backup.made" (file name, size, encrypted).
    Result<BackupOutcome> backup(const Actor &actor, const QString &outPath,
                                 const std::optional<QString> &passphrase);

    // Restores `archivePath` into the new file `newDbPath` (Conflict when it exists) and its audit
    // key where the program will look for it (AuditKeyFile::resolve with `auditKeyOverride`; an
    // identical key already there is kept, a different one refused). Then checks the result:
    // integrity, foreign keys, the audit chain, stored files' SHA-256. Any failure leaves nothing
    // behind. Needs no login: whoever holds the archive and its passphrase holds the data.
    static Result<RestoreOutcome> restore(const QString &archivePath, const QString &passphrase,
                                          const QString &newDbPath, const QString &auditKeyOverride = {});

    // Whether `path` is an encrypted backup (Validation when it is no backup, NotFound when missing).
    static Result<bool> isEncrypted(const QString &path);
    static Status checkPassphrase(const QString &passphrase);

    // The folder, the generations, the last backup (any signed-in user: no personal data).
    Result<BackupStatus> status(const Actor &actor);
    // "Back up now": into the folder of the settings under a new generation's name, then the
    // oldest generations beyond the number to keep removed. Administrators only.
    Result<BackupOutcome> backUpToFolder(const Actor &actor, const QString &passphrase);
    // The first login of the day, whoever logs in: when a folder is set, this OS account keeps the
    // automatic passphrase and the last backup is older than AutomaticAfterHours at `nowUtc`, the
    // same as backUpToFolder with that passphrase (recorded as automatic, for `actor`). nullopt
    // when nothing was due or possible.
    Result<std::optional<BackupOutcome>> backUpIfDue(const Actor &actor, const QDateTime &nowUtc);
    // Whether backUpIfDue would back up at `nowUtc`: a folder, the kept passphrase, and no backup
    // within AutomaticAfterHours.
    static bool isAutomaticDue(const BackupStatus &status, const QDateTime &nowUtc);
    // Whether `status` calls for the administrator's attention at `nowUtc`: no backup at all, or
    // the last one older than WarnAfterDays.
    static bool isOverdue(const BackupStatus &status, const QDateTime &nowUtc);

    // The automatic backups' passphrase lives outside the database, readable by this OS account
    // only (docs/ADMINISTRATION.md, "Backup"): a backup must not carry its own passphrase.
    static QString automaticPassphrasePath();
    // Administrators: keeps `passphrase` there (0600), recorded without the passphrase.
    Status setAutomaticPassphrase(const Actor &actor, const QString &passphrase);

    // Generations in a folder (the window's automatic backups): the name of a new one, and the
    // removal of the oldest beyond `keep` — only files named like that, never anything else.
    static QString generationName(const QDateTime &utc);
    static Result<QStringList> pruneGenerations(const QString &folder, int keep);

private:
    Result<BackupOutcome> make(const Actor &actor, const QString &outPath,
                               const std::optional<QString> &passphrase, bool automatic);
    Result<BackupOutcome> makeGeneration(const Actor &actor, const BackupStatus &status,
                                         const QString &passphrase, bool automatic);
};

} // namespace dsr
