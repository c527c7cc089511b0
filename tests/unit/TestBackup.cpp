// BackupService and the archive (issue 13): a round trip restores every row and a chain that
// verifies, with its audit key; a wrong passphrase, a truncated file and any altered byte are
// refused and leave nothing behind; existing files are never replaced; the file is owner-only; the
// passphrase reaches neither the audit trail nor the files; unencrypted archives are marked.

#include "TestSupport.h"
#include "model/Role.h"
#include "security/AuditKey.h"
#include "security/FileModes.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

const QString kPassphrase = QStringLiteral("sakura-umbrella-7781");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// Everything in `dir` but the entries listed.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_out;

    struct Desk
    {
        TempDatabase t;
        Actor admin;
        Actor clerk;
        qint64 member = 0;
    };

    static void prepare(Desk &d, int requests)
    {
        d.admin = d.t.initialize();
        d.clerk = d.t.addUser(d.admin, QStringLiteral("clerk1"), { Role::Clerk });
        d.member = d.t.addMember(d.clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                                 QStringLiteral("タナカタロウ"));
        RequestService service(d.t.db());
        for (int i = 0; i < requests; ++i)
            QVERIFY(service.registerRequest(d.clerk, disclosureDraft(d.member)).ok());
    }

    QString backupOf(Desk &d, const QString &name, const std::optional<QString> &passphrase = kPassphrase)
    {
        const QString path = m_out.filePath(name);
        auto made = BackupService(d.t.db()).backup(d.admin, path, passphrase);
        if (!made)
            qWarning("%s", qPrintable(made.error().message));
        return made ? made->path : QString();
    }

    // A restore that must be refused with `code` and leave `dir` as it was.
    void expectRefused(const QString &archive, const QString &passphrase, ErrorCode code,
                       const QString &messagePart)
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("restored.sqlite"));
        const QString key = dir.filePath(QStringLiteral("keys/restored.key"));
        auto r = BackupService::restore(archive, passphrase, target, key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Nothing was restored")),
                 qPrintable(r.error().message));
        QCOMPARE(entriesOf(dir.path()), QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        if (onServer())
            QSKIP("A server database is dumped with pg_dump (test_cli_backup_pg).");
    }

    void roundTripRestoresEverythingAndTheChainVerifies()
    {
        Desk d;
        prepare(d, 25);
        const QString archive = backupOf(d, QStringLiteral("round.dsrbackup"));
        QVERIFY(!archive.isEmpty());
        QCOMPARE(FileModes::mode(archive), 0600);
        QVERIFY(!readAll(archive).contains("開示を求める"));
        QVERIFY(!readAll(archive).contains(QByteArray("SQLite format 3")));
        QCOMPARE(BackupService::isEncrypted(archive).value(), true);

        // Recorded with the file's name, size and encryption — never the passphrase.
        const auto last = AuditRepository(d.t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value();
        QCOMPARE(last.first().action, QStringLiteral("backup.made"));
        QVERIFY(last.first().details.contains(QStringLiteral("round.dsrbackup")));
        QVERIFY(last.first().details.contains(QStringLiteral("\"encrypted\":true")));
        QVERIFY(!tableText(d.t.db(), QStringLiteral("audit_log")).contains(kPassphrase));
        QVERIFY(!fileBytes(d.t.path()).contains(kPassphrase.toUtf8()));

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("restored.sqlite"));
        const QString keyPath = dir.filePath(QStringLiteral("keys/restored.key"));
        auto r = BackupService::restore(archive, kPassphrase, target, keyPath);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->databasePath, QFileInfo(target).absoluteFilePath());
        QCOMPARE(r->auditKeyPath, keyPath);
        QVERIFY(r->auditKeyWritten);
        QVERIFY(r->encrypted);
        QCOMPARE(r->figures.requests, 25);
        QCOMPARE(r->figures.members, 1);
        QCOMPARE(r->figures.users, 2);
        QCOMPARE(r->members, 3);
        QCOMPARE(FileModes::mode(target), 0600);
        QCOMPARE(FileModes::mode(keyPath), 0600);
        // The backup.made entry itself came after the copy: the restore ends just before it.
        QCOMPARE(r->figures.lastAuditSeq, last.first().seq - 1);
        QCOMPARE(r->auditEntriesChecked, r->figures.lastAuditSeq);
        // The key in the archive is the live database's key.
        const QString id = AuditRepository(d.t.db()).databaseId().value();
        QCOMPARE(AuditKeyFile::load(keyPath, id)->bytes(),
                 AuditKeyFile::load(AuditRepository(d.t.db()).keyPath().value(), id)->bytes());

        // The restored database opens as the program opens it, and its chain verifies there.
        auto restored = Database::open(target);
        QVERIFY(restored.ok());
        restored.value()->setAuditKeyPath(keyPath);
        auto chain = AuditService::verifyChain(*restored.value());
        QVERIFY(chain.ok() && chain->intact);
        QCOMPARE(scalar(*restored.value(), QStringLiteral("SELECT count(*) FROM requests")), 25);
        // Entry by entry, the restore is the live trail up to the backup.
        for (qint64 seq : { qint64(1), r->figures.lastAuditSeq / 2, r->figures.lastAuditSeq }) {
            const QString sql = QStringLiteral("SELECT hash FROM audit_log WHERE seq = %1").arg(seq);
            QSqlQuery a(restored.value()->connection()), b(d.t.db().connection());
            QVERIFY(a.exec(sql) && a.next() && b.exec(sql) && b.next());
            QCOMPARE(a.value(0).toString(), b.value(0).toString());
        }
        // Nothing is left beside the new file but the file (its journal closed with it).
        restored.value().reset();
        QCOMPARE(entriesOf(dir.path()),
                 QStringList({ QStringLiteral("keys"), QStringLiteral("restored.sqlite") }));
    }

    void sameKeyAlreadyInPlaceIsKeptAndAnotherRefused()
    {
        Desk d;
        prepare(d, 2);
        const QString archive = backupOf(d, QStringLiteral("samekey.dsrbackup"));
        QTemporaryDir dir;
        // No override: the key's usual place, where this database's key already is.
        auto r = BackupService::restore(archive, kPassphrase, dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(!r->auditKeyWritten);
        QCOMPARE(r->auditKeyPath, AuditRepository(d.t.db()).keyPath().value());

        // A different key where this database's key would go is never replaced.
        const QString other = dir.filePath(QStringLiteral("other.key"));
        const QString id = AuditRepository(d.t.db()).databaseId().value();
        QVERIFY(AuditKeyFile::create(other, id, AuditKey::generate().value()).ok());
        const QByteArray before = readAll(other);
        auto refused
            = BackupService::restore(archive, kPassphrase, dir.filePath(QStringLiteral("b.sqlite")), other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.sqlite"))));
        QCOMPARE(readAll(other), before);
    }

    void wrongPassphraseTruncatedAndAlteredAreRefused()
    {
        Desk d;
        prepare(d, 30);
        const QString archive = backupOf(d, QStringLiteral("refusals.dsrbackup"));
        const QByteArray bytes = readAll(archive);
        QVERIFY(bytes.size() > 4096);

        expectRefused(archive, QStringLiteral("sakura-umbrella-7782"), ErrorCode::Validation,
                      QStringLiteral("passphrase is wrong"));
        expectRefused(archive, QString(), ErrorCode::Validation, QStringLiteral("give its passphrase"));

        // Cut anywhere: in the header, in a frame, at a frame's end, one byte short.
        for (qsizetype cut :
             { qsizetype(20), qsizetype(60), bytes.size() / 2, bytes.size() - 17, bytes.size() - 1 }) {
            const QString path = m_out.filePath(QStringLiteral("cut-%1.dsrbackup").arg(cut));
            writeAll(path, bytes.left(cut));
            expectRefused(path, kPassphrase, ErrorCode::Validation, QStringLiteral("truncated"));
        }
        // One byte changed anywhere — the header's salt, cost or stream header, the first frame,
        // the middle, the last byte — and nothing is restored.
        for (qsizetype at : { qsizetype(17), qsizetype(30), qsizetype(40), qsizetype(60), qsizetype(100),
                              bytes.size() / 2, bytes.size() - 1 }) {
            QByteArray altered = bytes;
            altered[at] = char(altered.at(at) ^ 0x01);
            const QString path = m_out.filePath(QStringLiteral("altered-%1.dsrbackup").arg(at));
            writeAll(path, altered);
            QTemporaryDir dir;
            auto r = BackupService::restore(path, kPassphrase, dir.filePath(QStringLiteral("x.sqlite")),
                                            dir.filePath(QStringLiteral("x.key")));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1").arg(at)));
            QCOMPARE(r.error().code, ErrorCode::Validation);
            QCOMPARE(entriesOf(dir.path()), QStringList());
        }
        // Bytes appended after the end.
        const QString longer = m_out.filePath(QStringLiteral("longer.dsrbackup"));
        writeAll(longer, bytes + QByteArray(8, '\0'));
        expectRefused(longer, kPassphrase, ErrorCode::Validation, QStringLiteral("altered"));
        // Not a backup at all.
        const QString text = m_out.filePath(QStringLiteral("text.dsrbackup"));
        writeAll(text, "hello");
        auto notBackup
            = BackupService::restore(text, kPassphrase, m_out.filePath(QStringLiteral("n.sqlite")));
        QCOMPARE(notBackup.error().code, ErrorCode::Validation);
        QCOMPARE(BackupService::restore(m_out.filePath(QStringLiteral("missing")), kPassphrase,
                                        m_out.filePath(QStringLiteral("m.sqlite")))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void existingFilesAreNeverReplaced()
    {
        Desk d;
        prepare(d, 1);
        const QString archive = backupOf(d, QStringLiteral("exists.dsrbackup"));
        const QByteArray before = readAll(archive);
        auto again = BackupService(d.t.db()).backup(d.admin, archive, kPassphrase);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(readAll(archive), before);

        // Restore never goes over a database, the live one least of all.
        auto overLive = BackupService::restore(archive, kPassphrase, d.t.path());
        QCOMPARE(overLive.error().code, ErrorCode::Conflict);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("t.sqlite"));
        writeAll(target, "keep me");
        QCOMPARE(BackupService::restore(archive, kPassphrase, target).error().code, ErrorCode::Conflict);
        QCOMPARE(readAll(target), QByteArray("keep me"));
        // A stray write-ahead log counts as a database too.
        QFile::remove(target);
        writeAll(target + QStringLiteral("-wal"), "wal");
        QCOMPARE(BackupService::restore(archive, kPassphrase, target).error().code, ErrorCode::Conflict);
        QVERIFY(!QFileInfo::exists(target));
    }

    void unencryptedArchiveWorksAndIsMarked()
    {
        Desk d;
        prepare(d, 3);
        const QString archive = backupOf(d, QStringLiteral("plain.dsrbackup"), std::nullopt);
        QVERIFY(!archive.isEmpty());
        QCOMPARE(FileModes::mode(archive), 0600);
        QCOMPARE(BackupService::isEncrypted(archive).value(), false);
        const QByteArray bytes = readAll(archive);
        QVERIFY(bytes.contains("\"encrypted\": false"));
        const auto last = AuditRepository(d.t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value();
        QVERIFY(last.first().details.contains(QStringLiteral("\"encrypted\":false")));

        QTemporaryDir dir;
        auto r = BackupService::restore(archive, QString(), dir.filePath(QStringLiteral("p.sqlite")),
                                        dir.filePath(QStringLiteral("p.key")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(!r->encrypted);
        QCOMPARE(r->figures.requests, 3);

        // Without encryption a changed byte is still caught, by the SHA-256 of the contents.
        for (qsizetype at : { bytes.size() / 3, bytes.size() / 2, bytes.size() - 40 }) {
            QByteArray altered = bytes;
            altered[at] = char(altered.at(at) ^ 0x20);
            const QString path = m_out.filePath(QStringLiteral("plain-altered-%1.dsrbackup").arg(at));
            writeAll(path, altered);
            QTemporaryDir other;
            auto refused = BackupService::restore(path, QString(), other.filePath(QStringLiteral("q.sqlite")),
                                                  other.filePath(QStringLiteral("q.key")));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Validation);
            QCOMPARE(entriesOf(other.path()), QStringList());
        }
        const QString cut = m_out.filePath(QStringLiteral("plain-cut.dsrbackup"));
        writeAll(cut, bytes.left(bytes.size() - 10));
        expectRefused(cut, QString(), ErrorCode::Validation, QStringLiteral("truncated"));
    }

    void onlyAdministratorsBackUpAndPassphrasesAreLongEnough()
    {
        Desk d;
        prepare(d, 1);
        const QString path = m_out.filePath(QStringLiteral("clerk.dsrbackup"));
        auto refused = BackupService(d.t.db()).backup(d.clerk, path, kPassphrase);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QVERIFY(!QFileInfo::exists(path));
        auto shortOne = BackupService(d.t.db()).backup(d.admin, path, QStringLiteral("short"));
        QCOMPARE(shortOne.error().code, ErrorCode::Validation);
        QVERIFY(!QFileInfo::exists(path));
        // Nothing half-written in the folder either.
        for (const QString &name : entriesOf(m_out.path()))
            QVERIFY2(!name.contains(QStringLiteral(".part-")), qPrintable(name));
    }

    void windowBackupsIntoTheFolderAndAutomaticOncePerDay()
    {
        Desk d;
        prepare(d, 2);
        BackupService service(d.t.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto before = service.status(d.clerk);
        QVERIFY(before.ok());
        QVERIFY(before->folder.isEmpty());
        QCOMPARE(before->generations, 7);
        QVERIFY(!before->lastBackupUtc);
        QVERIFY(BackupService::isOverdue(before.value(), now));
        // Nothing automatic without a folder and a kept passphrase.
        QVERIFY(service.backUpIfDue(d.clerk, now).ok());
        QVERIFY(!service.backUpIfDue(d.clerk, now)->has_value());
        QCOMPARE(service.backUpToFolder(d.admin, kPassphrase).error().code, ErrorCode::Validation);

        // The folder must be a full path; generations from 1.
        SettingsService settings(d.t.db());
        const auto basis = settings.load(d.admin).value();
        QCOMPARE(settings.save(d.admin, basis, { { Setting::BackupFolder, QStringLiteral("relative/dir") } })
                     .error()
                     .code,
                 ErrorCode::Validation);
        QTemporaryDir folder;
        QVERIFY(settings
                    .save(d.admin, basis,
                          { { Setting::BackupFolder, folder.path() },
                            { Setting::BackupGenerations, QStringLiteral("2") } })
                    .ok());

        // Back up now: only administrators; the oldest beyond two are removed.
        QCOMPARE(service.backUpToFolder(d.clerk, kPassphrase).error().code, ErrorCode::Permission);
        for (int i = 0; i < 3; ++i) {
            auto made = service.backUpToFolder(d.admin, kPassphrase);
            QVERIFY2(made.ok(), qPrintable(made.error().message));
            QCOMPARE(FileModes::mode(made->path), 0600);
            QTest::qWait(1100); // generation names have whole seconds
        }
        QCOMPARE(entriesOf(folder.path()).size(), 2);
        auto after = service.status(d.clerk).value();
        QVERIFY(after.lastBackupUtc);
        QVERIFY(qAbs(after.lastBackupUtc->secsTo(QDateTime::currentDateTimeUtc())) < 30);
        QVERIFY(!BackupService::isOverdue(after, QDateTime::currentDateTimeUtc()));
        QVERIFY(BackupService::isOverdue(after, QDateTime::currentDateTimeUtc().addDays(8)));

        // The automatic passphrase: administrators keep it, owner-only, outside the database,
        // recorded without itself.
        QCOMPARE(service.setAutomaticPassphrase(d.clerk, kPassphrase).error().code, ErrorCode::Permission);
        QVERIFY(service.setAutomaticPassphrase(d.admin, kPassphrase).ok());
        QCOMPARE(FileModes::mode(BackupService::automaticPassphrasePath()), 0600);
        QVERIFY(!tableText(d.t.db(), QStringLiteral("audit_log")).contains(kPassphrase));
        after = service.status(d.clerk).value();
        QVERIFY(after.automaticPassphraseKept);

        // Due a day after the last backup, whoever logs in; not before.
        QVERIFY(!BackupService::isAutomaticDue(after, QDateTime::currentDateTimeUtc()));
        QVERIFY(!service.backUpIfDue(d.clerk, QDateTime::currentDateTimeUtc())->has_value());
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addSecs(25 * 3600);
        QVERIFY(BackupService::isAutomaticDue(after, tomorrow));
        auto automatic = service.backUpIfDue(d.clerk, tomorrow);
        QVERIFY2(automatic.ok(), qPrintable(automatic.error().message));
        QVERIFY(automatic->has_value());
        QCOMPARE(entriesOf(folder.path()).size(), 2);
        const auto last = AuditRepository(d.t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value();
        QCOMPARE(last.first().action, QStringLiteral("backup.made"));
        QCOMPARE(last.first().userLogin, QStringLiteral("clerk1"));
        QVERIFY(last.first().details.contains(QStringLiteral("\"automatic\":true")));
        // It restores with the kept passphrase.
        QTemporaryDir dir;
        QVERIFY(BackupService::restore((*automatic)->path, kPassphrase,
                                       dir.filePath(QStringLiteral("a.sqlite")),
                                       dir.filePath(QStringLiteral("a.key")))
                    .ok());
        QVERIFY(QFile::remove(BackupService::automaticPassphrasePath()));
    }

    void generationsKeepOnlyTheNewestOfOurFiles()
    {
        QTemporaryDir dir;
        const QDateTime base(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i)
            writeAll(dir.filePath(BackupService::generationName(base.addDays(i))), "x");
        writeAll(dir.filePath(QStringLiteral("notes.txt")), "mine");
        writeAll(dir.filePath(QStringLiteral("dsrdesk-manual.dsrbackup")), "mine too");
        auto removed = BackupService::pruneGenerations(dir.path(), 2);
        QVERIFY(removed.ok());
        QCOMPARE(removed->size(), 3);
        QCOMPARE(entriesOf(dir.path()),
                 QStringList({ BackupService::generationName(base.addDays(3)),
                               BackupService::generationName(base.addDays(4)),
                               QStringLiteral("dsrdesk-manual.dsrbackup"), QStringLiteral("notes.txt") }));
        QCOMPARE(BackupService::pruneGenerations(dir.path(), 0).error().code, ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
