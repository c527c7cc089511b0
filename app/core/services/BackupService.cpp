#include "BackupService.h"

#include "../Logging.h"
#include "../security/AuditKey.h"
#include "../security/BackupArchive.h"
#include "../security/DiskFull.h"
#include "../security/FileModes.h"
#include "../storage/AuditRepository.h"
#include "../storage/BackupStorage.h"
#include "../storage/Database.h"
#include "../storage/DatabaseCopy.h"
#include "AuditService.h"
#include "SettingsService.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>

#include <cerrno>
#include <functional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace dsr {

namespace {

constexpr int kManifestFormat = 1;
const QString kManifest = QStringLiteral("manifest.json");
const QString kDatabase = QStringLiteral("database.sqlite");
const QString kAuditKey = QStringLiteral("audit-key.json");
constexpr qint64 kMaxSmallMember = 1024 * 1024;

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject countsJson(const DatabaseFigures &f)
{
    return { { QStringLiteral("members"), f.members },
             { QStringLiteral("requests"), f.requests },
             { QStringLiteral("letters"), f.letters },
             { QStringLiteral("users"), f.users },
             { QStringLiteral("audit_entries"), f.auditEntries },
             { QStringLiteral("last_audit_seq"), f.lastAuditSeq } };
}

// A SQLite file with its journal files, for removal after a failed restore.
void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

bool databaseFilesExist(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        if (QFileInfo::exists(path + suffix))
            return true;
    return false;
}

// Writes out what `file` still buffers and forces it to the disk. `what` names the failure
// ("Cannot write FILE"); a disk without room is said so (DiskFull).
Status syncToDisk(QFileDevice &file, const QString &what)
{
    if (!file.flush()) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            file, error, what,
            makeError(ErrorCode::Failure, BackupService::tr("%1: %2").arg(what, file.errorString())));
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        const int error = errno;
        if (DiskFull::isFullErrno(error))
            return DiskFull::fileError(what);
        return makeError(ErrorCode::Failure, BackupService::tr("%1: %2").arg(what, qt_error_string(error)));
    }
#endif
    return {};
}

// A work folder (the database's copy, a restore's unpacked files) is locked by the run that uses
// it, before anything is written into it. One left by a run that was killed is removed by the next
// run: a full copy of the database is not left lying beside it. On Unix the lock is flock() on a
// file in the folder, which the kernel lets go of when its process ends however it ends, so a
// killed run's folder is known at once (QLockFile judged a lock file that the kill left empty to be
// in use for ever). A folder without a lock file is one whose run was killed before its first
// write, or one that has only just been made: removed once it is a minute old.
constexpr char kWorkLock[] = "in-use.lock";

class WorkLock
{
public:
    explicit WorkLock(const QString &folder)
        : m_path(folder + QLatin1Char('/') + QLatin1String(kWorkLock))
    {
    }
    WorkLock(const WorkLock &) = delete;
    WorkLock &operator=(const WorkLock &) = delete;
    ~WorkLock() { unlock(); }

    // Takes the lock without waiting; `create`: make the lock file when there is none.
    bool tryLock(bool create)
    {
#ifdef Q_OS_UNIX
        m_fd = ::open(QFile::encodeName(m_path).constData(), (create ? O_CREAT : 0) | O_RDWR | O_CLOEXEC,
                      0600);
        if (m_fd < 0)
            return false;
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        return true;
#else
        if (!create && !QFileInfo::exists(m_path))
            return false;
        m_lock = std::make_unique<QLockFile>(m_path);
        m_lock->setStaleLockTime(0);
        return m_lock->tryLock(0);
#endif
    }
    void unlock()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd); // closing the last descriptor lets go of the lock
        m_fd = -1;
#else
        m_lock.reset();
#endif
    }

private:
    QString m_path;
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    std::unique_ptr<QLockFile> m_lock;
#endif
};

void removeAbandonedWork(const QString &folder, const QString &prefix)
{
    const QFileInfoList found = QDir(folder).entryInfoList({ prefix + QLatin1Char('*') },
                                                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &dir : found) {
        const QString lockPath = dir.absoluteFilePath() + QLatin1Char('/') + QLatin1String(kWorkLock);
        if (!QFileInfo::exists(lockPath)) {
            if (dir.lastModified().secsTo(QDateTime::currentDateTime()) < 60)
                continue; // a run that has only just made its folder
        } else {
            WorkLock lock(dir.absoluteFilePath());
            if (!lock.tryLock(false))
                continue; // in use
        }
        if (QDir(dir.absoluteFilePath()).removeRecursively())
            qCInfo(lcServices) << "removed the work folder of a backup or restore that did not finish";
    }
}

// The backup file until it is whole. On Linux an unnamed file in the output's folder (O_TMPFILE):
// a run killed half-way (kill -9, a power cut) leaves nothing behind, and the name appears only when
// linkat gives it — never over an existing file. Elsewhere, or on a file system without unnamed
// files, a temporary file renamed at the end.
class PendingFile
{
public:
    explicit PendingFile(const QString &target)
        : m_target(target)
        , m_temp(target + QStringLiteral(".part-XXXXXX"))
    {
    }

    bool open()
    {
#ifdef Q_OS_LINUX
        const int fd = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(),
                              O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0) {
            if (m_unnamed.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
                return true;
            ::close(fd);
        }
#endif
        m_named = true;
        return m_temp.open();
    }
    QFileDevice &device()
    {
        return m_named ? static_cast<QFileDevice &>(m_temp) : m_unnamed;
    }
    // Why publish() failed, when it was not because the name is taken.
    QString publishError()
    {
        return m_error.isEmpty() ? device().errorString() : m_error;
    }
    // Gives the file its name; false when the name is taken or cannot be given.
    bool publish()
    {
        if (m_named) {
            m_temp.close();
            if (!m_temp.rename(m_target)) // QFile::rename never replaces an existing file
                return false;
            m_temp.setAutoRemove(false);
            return true;
        }
#ifdef Q_OS_LINUX
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_unnamed.handle());
        const bool linked = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD,
                                     QFile::encodeName(m_target).constData(), AT_SYMLINK_FOLLOW)
            == 0;
        if (!linked)
            m_error = qt_error_string(errno);
        m_unnamed.close();
        return linked;
#else
        return false;
#endif
    }

private:
    QString m_target;
    QFile m_unnamed;
    QTemporaryFile m_temp;
    bool m_named = false;
    QString m_error;
};

} // namespace

Status BackupService::checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return makeError(ErrorCode::Validation,
                         tr("The passphrase must have at least %n characters; a backup on a lost disk "
                            "is only as safe as its passphrase.",
                            nullptr, MinimumPassphraseLength));
    return {};
}

Result<BackupOutcome> BackupService::backup(const Actor &actor, const QString &outPath,
                                            const std::optional<QString> &passphrase)
{
    if (Status s = require(actor, Operation::Backup, QStringLiteral("database")); !s)
        return s.error();
    return make(actor, outPath, passphrase, false);
}

Result<BackupOutcome> BackupService::make(const Actor &actor, const QString &outPath,
                                          const std::optional<QString> &passphrase, bool automatic)
{
    Database &db = database();
    if (!BackupStorage::canCopy(db)) {
        // The exact command for this database; the dump is made as the schema's owner.
        const QUrl url(db.path());
        const QString database = url.path().mid(1);
        const QString command = QStringLiteral("pg_dump --format=custom --file=%1.dump --host=%2 --port=%3 "
                                               "--username=OWNER_ROLE --dbname=%1")
                                    .arg(database, url.host())
                                    .arg(url.port(5432));
        return makeError(ErrorCode::Validation,
                         tr("dsrctl backup copies a database file. A server database is backed up with "
                            "PostgreSQL's tools, as the schema's owner: %1 (see “Backup” in the "
                            "administration guide), and the audit key file with it.")
                             .arg(command));
    }
    if (passphrase)
        if (Status s = checkPassphrase(*passphrase); !s)
            return s.error();
    const QFileInfo out(outPath);
    if (out.exists())
        return makeError(
            ErrorCode::Conflict,
            tr("%1 already exists; a backup never replaces a file. Choose another name.").arg(outPath));
    if (!out.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(out.absolutePath()));

    AuditRepository auditRepository(db);
    auto databaseId = auditRepository.databaseId();
    if (!databaseId)
        return databaseId.error();
    auto keyPath = auditRepository.keyPath();
    if (!keyPath)
        return keyPath.error();
    // The key must be the one the chain is keyed with: a wrong file would make a useless backup.
    if (auto key = AuditKeyFile::load(keyPath.value(), databaseId.value()); !key)
        return key.error();
    QFile keyFile(keyPath.value());
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Failure,
            tr("Cannot read the audit key file %1: %2").arg(keyPath.value(), keyFile.errorString()));
    const QByteArray keyBytes = keyFile.readAll();

    // The copy waits beside the database (a private folder on the same disk), never beside the
    // output, which may be a removable disk: unencrypted, it would be the very thing to avoid.
    const QString beside = QFileInfo(db.path()).absolutePath();
    removeAbandonedWork(beside, QStringLiteral(".dsrdesk-backup-"));
    QTemporaryDir work(beside + QStringLiteral("/.dsrdesk-backup-XXXXXX"));
    WorkLock workLock(work.path());
    if (!work.isValid() || !workLock.tryLock(true) || !FileModes::restrict(work.path()))
        return makeError(ErrorCode::Failure, tr("Cannot make a temporary folder beside the database."));
    const QString copyPath = work.filePath(kDatabase);
    if (Status s = BackupStorage::backupTo(db, copyPath); !s)
        return s.error();

    DatabaseFigures figures;
    int schemaVersion = 0;
    {
        auto copy = Database::open(copyPath);
        if (!copy)
            return copy.error();
        // The quick check before archiving (the full one runs on every restore).
        auto problems = BackupStorage::integrityProblems(*copy.value(), true);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return makeError(ErrorCode::Failure,
                             tr("The database is damaged; no backup was made: %1").arg(problems->first()));
        auto f = BackupStorage::figures(*copy.value());
        if (!f)
            return f.error();
        figures = f.value();
        schemaVersion = copy.value()->schemaVersion();
    }

    const QDateTime created = QDateTime::currentDateTimeUtc();
    const QString copySha = sha256Of(copyPath);
    if (copySha.isEmpty())
        return makeError(ErrorCode::Failure, tr("Cannot read the copy of the database."));
    const QJsonObject manifest {
        { QStringLiteral("format"), kManifestFormat },
        { QStringLiteral("app_version"), QCoreApplication::applicationVersion() },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("engine"), QStringLiteral("SQLite") },
        { QStringLiteral("database_id"), databaseId.value() },
        { QStringLiteral("created_utc"), created.toString(Qt::ISODate) },
        { QStringLiteral("encrypted"), passphrase.has_value() },
        { QStringLiteral("counts"), countsJson(figures) },
        { QStringLiteral("members"),
          QJsonArray { QJsonObject { { QStringLiteral("name"), kDatabase },
                                     { QStringLiteral("size"), QFileInfo(copyPath).size() },
                                     { QStringLiteral("sha256"), copySha } },
                       QJsonObject { { QStringLiteral("name"), kAuditKey },
                                     { QStringLiteral("size"), keyBytes.size() },
                                     { QStringLiteral("sha256"), sha256Of(keyBytes) } } } },
    };

    // Written 0600 in the output's folder, without a name until it is whole (PendingFile).
    PendingFile pending(out.absoluteFilePath());
    if (!pending.open() || !FileModes::restrict(pending.device())) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            pending.device(), error, tr("Cannot write %1").arg(outPath),
            makeError(ErrorCode::Failure,
                      tr("Cannot write %1: %2").arg(outPath, pending.device().errorString())));
    }
    QFileDevice &temp = pending.device();
    auto writer = BackupArchiveWriter::start(temp, passphrase.value_or(QString()));
    if (!writer)
        return writer.error();
    // One write after another, stopping at the first that fails (a full disk is not written to
    // three times more).
    BackupArchiveWriter &archive = *writer.value();
    const std::function<Status()> steps[] = {
        [&] { return archive.addBytes(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented)); },
        [&] { return archive.addFile(kDatabase, copyPath); },
        [&] { return archive.addBytes(kAuditKey, keyBytes); },
        [&] { return archive.finish(); },
    };
    for (const auto &step : steps)
        if (Status s = step(); !s)
            return s.error();
    if (Status s = syncToDisk(temp, tr("Cannot write %1").arg(outPath)); !s)
        return s.error();
    const qint64 size = temp.size();

    // Recorded before the file appears: there is never a copy of everything that the trail does
    // not know of. The passphrase is never part of the entry.
    const AuditEvent event
        = eventFor(actor, QStringLiteral("backup.made"), QStringLiteral("database"), databaseId.value(),
                   { { QStringLiteral("file"), out.fileName() },
                     { QStringLiteral("size"), size },
                     { QStringLiteral("encrypted"), passphrase.has_value() },
                     { QStringLiteral("automatic"), automatic },
                     { QStringLiteral("requests"), figures.requests },
                     { QStringLiteral("audit_seq"), figures.lastAuditSeq } });
    if (Status s = recordOnly(event); !s)
        return makeError(ErrorCode::Failure,
                         tr("No backup was written: it could not be recorded in the audit trail (%1).")
                             .arg(s.error().message));
    // Never over an existing file (a name taken meanwhile is refused).
    if (!pending.publish()) {
        if (QFileInfo::exists(out.absoluteFilePath()))
            return makeError(ErrorCode::Conflict,
                             tr("%1 already exists; a backup never replaces a file.").arg(outPath));
        return makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(outPath, pending.publishError()));
    }
    qCInfo(lcServices) << "backup made: bytes" << size << "encrypted" << passphrase.has_value() << "requests"
                       << figures.requests;
    return BackupOutcome { out.absoluteFilePath(), size, passphrase.has_value(), created, figures };
}

Result<bool> BackupService::isEncrypted(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Failure, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return BackupArchiveReader::isEncrypted(file);
}

Result<RestoreOutcome> BackupService::restore(const QString &archivePath, const QString &passphrase,
                                              const QString &newDbPath, const QString &auditKeyOverride)
{
    QFile archive(archivePath);
    if (!archive.exists())
        return makeError(ErrorCode::NotFound, tr("There is no backup file %1.").arg(archivePath));
    const QFileInfo target(newDbPath);
    if (newDbPath.isEmpty() || Database::isServerLocation(newDbPath))
        return makeError(ErrorCode::Usage, tr("Restore needs the path of a new database file."));
    if (databaseFilesExist(target.absoluteFilePath()))
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; a backup is restored only into a new file, never over a "
                            "database.")
                             .arg(newDbPath));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(target.absolutePath()));
    if (!archive.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Failure,
                         tr("Cannot read %1: %2").arg(archivePath, archive.errorString()));
    auto encrypted = BackupArchiveReader::isEncrypted(archive);
    if (!encrypted)
        return encrypted.error();
    archive.seek(0);

    // Everything is unpacked into a private folder beside the new file first; only a backup that
    // authenticated and matched its manifest is moved into place.
    removeAbandonedWork(target.absolutePath(), QStringLiteral(".dsrdesk-restore-"));
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.dsrdesk-restore-XXXXXX"));
    WorkLock workLock(work.path());
    if (!work.isValid() || !workLock.tryLock(true) || !FileModes::restrict(work.path()))
        return makeError(ErrorCode::Failure,
                         tr("Cannot make a temporary folder in %1.").arg(target.absolutePath()));
    QFile databaseOut(work.filePath(kDatabase));
    QBuffer manifestOut, keyOut;
    manifestOut.open(QIODevice::WriteOnly);
    keyOut.open(QIODevice::WriteOnly);
    const Error damaged = makeError(ErrorCode::Validation,
                                    tr("The backup file is damaged or no backup of this program: its "
                                       "contents are not what a backup holds. Nothing was restored."));
    auto sinkFor = [&](const QString &name, qint64 size) -> Result<QIODevice *> {
        if (name == kManifest && size <= kMaxSmallMember && manifestOut.size() == 0)
            return static_cast<QIODevice *>(&manifestOut);
        if (name == kAuditKey && size <= kMaxSmallMember && keyOut.size() == 0)
            return static_cast<QIODevice *>(&keyOut);
        if (name == kDatabase && !databaseOut.isOpen()) {
            if (!databaseOut.open(QIODevice::WriteOnly) || !FileModes::restrict(databaseOut))
                return makeError(ErrorCode::Failure,
                                 tr("Cannot write the restored database: %1").arg(databaseOut.errorString()));
            return static_cast<QIODevice *>(&databaseOut);
        }
        return damaged;
    };
    auto members = BackupArchiveReader::read(archive, passphrase, sinkFor);
    if (!members)
        return members.error();
    if (!databaseOut.isOpen())
        return damaged;
    if (Status s = syncToDisk(databaseOut, tr("Cannot write the restored database")); !s)
        return s.error();
    databaseOut.close();

    // The manifest names every other member with its size and SHA-256.
    const QJsonObject manifest = QJsonDocument::fromJson(manifestOut.data()).object();
    if (manifest.value(QStringLiteral("format")).toInt() != kManifestFormat)
        return damaged;
    QHash<QString, QString> expected;
    for (const QJsonValue &v : manifest.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        expected.insert(m.value(QStringLiteral("name")).toString(),
                        m.value(QStringLiteral("sha256")).toString());
    }
    if (expected.size() != members->size() - 1)
        return damaged;
    for (const BackupArchiveReader::Member &m : members.value()) {
        if (m.name == kManifest)
            continue;
        if (expected.value(m.name) != m.sha256)
            return makeError(ErrorCode::Validation,
                             tr("The backup's %1 does not match its SHA-256 in the manifest: the file "
                                "was altered. Nothing was restored.")
                                 .arg(m.name));
    }
    const int schemaVersion = manifest.value(QStringLiteral("schema_version")).toInt();
    if (schemaVersion > Database::latestSchemaVersion())
        return makeError(ErrorCode::Validation,
                         tr("This backup was made by a newer program (database version %1; this program "
                            "knows up to %2). Restore it with that version. Nothing was restored.")
                             .arg(schemaVersion)
                             .arg(Database::latestSchemaVersion()));
    const QString databaseId = manifest.value(QStringLiteral("database_id")).toString();
    const QString keyCopy = work.filePath(kAuditKey);
    if (Status s = AuditKeyFile::writeOwnerOnly(keyCopy, keyOut.data()); !s)
        return s.error();
    auto key = AuditKeyFile::load(keyCopy, databaseId);
    if (!key)
        return makeError(ErrorCode::Validation,
                         tr("The backup's audit key does not belong to its database. Nothing was restored."));

    RestoreOutcome outcome;
    outcome.databasePath = target.absoluteFilePath();
    outcome.encrypted = encrypted.value();
    outcome.backupCreatedUtc
        = QDateTime::fromString(manifest.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    outcome.backupAppVersion = manifest.value(QStringLiteral("app_version")).toString();
    outcome.backupSchemaVersion = schemaVersion;
    outcome.members = int(members->size());

    // The key where the program will look for this database's key.
    outcome.auditKeyPath = AuditKeyFile::resolve(auditKeyOverride, databaseId);
    if (QFileInfo::exists(outcome.auditKeyPath)) {
        auto present = AuditKeyFile::load(outcome.auditKeyPath, databaseId);
        if (!present || present->bytes() != key->bytes())
            return makeError(ErrorCode::Conflict,
                             tr("Another audit key for this database is already at %1; it is never "
                                "replaced. Restore with --audit-key FILE (a new file) to put the backup's "
                                "key elsewhere. Nothing was restored.")
                                 .arg(outcome.auditKeyPath));
    } else {
        if (Status s = AuditKeyFile::create(outcome.auditKeyPath, databaseId, key.value()); !s)
            return s.error();
        outcome.auditKeyWritten = true;
    }
    auto undo = [&] {
        removeDatabaseFiles(outcome.databasePath);
        if (outcome.auditKeyWritten)
            QFile::remove(outcome.auditKeyPath);
    };
    if (!QFile::rename(databaseOut.fileName(), outcome.databasePath)) {
        if (outcome.auditKeyWritten)
            QFile::remove(outcome.auditKeyPath);
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; a backup is restored only into a new file.").arg(newDbPath));
    }

    // The checks, on the restored file as the program will open it.
    auto check = [&]() -> Status {
        auto db = Database::open(outcome.databasePath);
        if (!db)
            return db.error();
        db.value()->setAuditKeyPath(auditKeyOverride);
        auto problems = BackupStorage::integrityProblems(*db.value());
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return makeError(
                ErrorCode::Validation,
                tr("The restored database is damaged: %1").arg(problems->join(QStringLiteral("; "))));
        auto chain = AuditService::verifyChain(*db.value());
        if (!chain)
            return chain.error();
        if (!chain->intact)
            return makeError(ErrorCode::Validation,
                             tr("The restored audit trail is broken at entry %1: %2")
                                 .arg(chain->firstBadSeq)
                                 .arg(chain->problem));
        outcome.auditEntriesChecked = chain->checked;
        auto hashes = DatabaseCopy::verifyStoredHashes(*db.value());
        if (!hashes)
            return makeError(ErrorCode::Validation, hashes.error().message);
        outcome.storedFilesChecked = hashes->letters + hashes->attachments + hashes->disclosureFiles;
        auto figures = BackupStorage::figures(*db.value());
        if (!figures)
            return figures.error();
        outcome.figures = figures.value();
        return {};
    };
    if (Status s = check(); !s) {
        undo();
        return makeError(s.error().code, tr("%1 Nothing was restored.").arg(s.error().message));
    }
    qCInfo(lcServices) << "backup restored: requests" << outcome.figures.requests << "audit entries"
                       << outcome.auditEntriesChecked;
    return outcome;
}

Result<BackupStatus> BackupService::status(const Actor &actor)
{
    if (Status s = require(actor, Operation::SettingsRead); !s)
        return s.error();
    auto settings = SettingsService(database()).loadForSystem();
    if (!settings)
        return settings.error();
    BackupStatus status;
    status.folder = settings->value(Setting::BackupFolder);
    status.generations = settings->intValue(Setting::BackupGenerations);
    status.automaticPassphraseKept = QFileInfo::exists(automaticPassphrasePath());
    AuditFilter filter;
    // By entity first: the (entity_type, entity_id) index finds the few database entries at once.
    filter.entityType = QStringLiteral("database");
    filter.actionPrefix = QStringLiteral("backup.made");
    filter.limit = 1;
    auto last = AuditRepository(database()).list(filter);
    if (!last)
        return last.error();
    if (!last->isEmpty())
        status.lastBackupUtc = QDateTime::fromString(last->first().atUtc, Qt::ISODateWithMs).toUTC();
    return status;
}

bool BackupService::isAutomaticDue(const BackupStatus &status, const QDateTime &nowUtc)
{
    return !status.folder.isEmpty() && status.automaticPassphraseKept
        && (!status.lastBackupUtc
            || status.lastBackupUtc->addSecs(qint64(AutomaticAfterHours) * 3600) <= nowUtc);
}

bool BackupService::isOverdue(const BackupStatus &status, const QDateTime &nowUtc)
{
    return !status.lastBackupUtc || status.lastBackupUtc->addDays(WarnAfterDays) < nowUtc;
}

Result<BackupOutcome> BackupService::makeGeneration(const Actor &actor, const BackupStatus &status,
                                                    const QString &passphrase, bool automatic)
{
    if (status.folder.isEmpty())
        return makeError(
            ErrorCode::Validation,
            tr("Choose the backup folder first (%1).").arg(Settings::label(Setting::BackupFolder)));
    if (!QFileInfo(status.folder).isDir())
        return makeError(
            ErrorCode::NotFound,
            tr("The backup folder %1 is not there (is the disk connected?).").arg(status.folder));
    const QString path = QDir(status.folder).filePath(generationName(QDateTime::currentDateTimeUtc()));
    auto made = make(actor, path, passphrase, automatic);
    if (!made)
        return made;
    // Only once the new backup is in place do the oldest go.
    if (auto pruned = pruneGenerations(status.folder, status.generations); !pruned)
        qCWarning(lcServices) << "old backups not removed";
    return made;
}

Result<BackupOutcome> BackupService::backUpToFolder(const Actor &actor, const QString &passphrase)
{
    if (Status s = require(actor, Operation::Backup, QStringLiteral("database")); !s)
        return s.error();
    auto current = status(actor);
    if (!current)
        return current.error();
    if (Status s = checkPassphrase(passphrase); !s)
        return s.error();
    return makeGeneration(actor, current.value(), passphrase, false);
}

Result<std::optional<BackupOutcome>> BackupService::backUpIfDue(const Actor &actor, const QDateTime &nowUtc)
{
    auto current = status(actor);
    if (!current)
        return current.error();
    if (!isAutomaticDue(current.value(), nowUtc) || !BackupStorage::canCopy(database()))
        return std::optional<BackupOutcome>();
    QFile file(automaticPassphrasePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Failure,
            tr("Cannot read the automatic backups' passphrase file %1.").arg(automaticPassphrasePath()));
    // As written by setAutomaticPassphrase; a line end added by hand in an editor is not part of it.
    QString passphrase = QString::fromUtf8(file.readAll());
    while (passphrase.endsWith(QLatin1Char('\n')) || passphrase.endsWith(QLatin1Char('\r')))
        passphrase.chop(1);
    if (Status s = checkPassphrase(passphrase); !s)
        return s.error();
    auto made = makeGeneration(actor, current.value(), passphrase, true);
    if (!made)
        return made.error();
    return std::optional<BackupOutcome>(made.value());
}

QString BackupService::automaticPassphrasePath()
{
    // Beside the audit keys (AuditKeyFile::defaultPath): this OS account's, never the database's.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/dsrdesk/backup-passphrase");
}

Status BackupService::setAutomaticPassphrase(const Actor &actor, const QString &passphrase)
{
    if (Status s = require(actor, Operation::Backup, QStringLiteral("database")); !s)
        return s;
    if (Status s = checkPassphrase(passphrase); !s)
        return s;
    // Recorded first, like a backup: the file is never changed without the trail knowing.
    if (Status s = recordOnly(
            eventFor(actor, QStringLiteral("backup.passphrase_kept"), QStringLiteral("database"), QString()));
        !s)
        return s;
    return AuditKeyFile::writeOwnerOnly(automaticPassphrasePath(), passphrase.toUtf8());
}

QString BackupService::generationName(const QDateTime &utc)
{
    return QStringLiteral("dsrdesk-%1").arg(utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        + fileSuffix();
}

Result<QStringList> BackupService::pruneGenerations(const QString &folder, int keep)
{
    if (keep < 1)
        return makeError(ErrorCode::Usage, tr("At least one backup is kept."));
    static const QRegularExpression ours(QStringLiteral("^dsrdesk-\\d{8}-\\d{6}\\.dsrbackup$"));
    QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(folder));
    QStringList names;
    for (const QString &name : dir.entryList({ QStringLiteral("dsrdesk-*") + fileSuffix() }, QDir::Files))
        if (ours.match(name).hasMatch())
            names << name;
    // The name carries the time: sorted by name is oldest first.
    names.sort();
    QStringList removed;
    while (names.size() > keep) {
        const QString name = names.takeFirst();
        if (!dir.remove(name))
            return makeError(ErrorCode::Failure,
                             tr("Cannot remove the old backup %1.").arg(dir.filePath(name)));
        removed << dir.filePath(name);
    }
    return removed;
}

} // namespace dsr
