// Disk full (issue 15): a write that fails for lack of space leaves the database as it was and
// says so. The built dsrctl runs as a child with RLIMIT_FSIZE set (and SIGXFSZ ignored), so every
// write past that many bytes of any file fails with EFBIG, as a write to a full disk fails with
// ENOSPC — no root, no mounts. Each case: exit 1, one line on standard error that says the disk is
// full and what to do (never "disk I/O error" or "File too large" alone), every table as before,
// only the sign-in (and the opening of the request) recorded in the audit trail, the database's
// integrity and the audit chain intact, nothing half-written left; then, the limit lifted, the same
// command succeeds.

#include "TestSupport.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace dsr;
using namespace dsr::test;

namespace {

// dsrctl with every file limited to `limitBytes` (0: no limit).
CliResult runLimited(const QStringList &args, const QString &stdinText, qint64 limitBytes)
{
    QProcess p;
    if (limitBytes > 0)
        p.setChildProcessModifier([limitBytes] {
            // Between fork and exec: async-signal-safe calls only. An ignored SIGXFSZ makes the write
            // past the limit fail with EFBIG instead of killing the process.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit { static_cast<rlim_t>(limitBytes), static_cast<rlim_t>(limitBytes) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    p.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), args);
    if (!p.waitForStarted(10000))
        return { -1, {}, QStringLiteral("dsrctl did not start") };
    p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return { -1, {}, QStringLiteral("dsrctl timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// What the database holds, to compare before and after a refused write: every value (blobs too)
// of every table but the audit trail, which is compared entry by entry.
struct Snapshot
{
    QByteArray content;
    QList<std::pair<qint64, QString>> audit; // seq, hash
    QStringList auditActions;
};

Snapshot snapshot(Database &db)
{
    Snapshot s;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' AND name <> 'audit_log' ORDER BY name")))
        qFatal("cannot list the tables");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        hash.addData(table.toUtf8() + '\n');
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                const QByteArray bytes = v.isNull()       ? QByteArray("\\N")
                    : v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex()
                                                          : v.toString().toUtf8();
                hash.addData(bytes + '\t');
            }
            hash.addData("\n");
        }
    }
    s.content = hash.result().toHex();
    QSqlQuery audit(db.connection());
    if (!audit.exec(QStringLiteral("SELECT seq, hash, action FROM audit_log ORDER BY seq")))
        qFatal("cannot read the audit trail");
    while (audit.next()) {
        s.audit.append({ audit.value(0).toLongLong(), audit.value(1).toString() });
        s.auditActions << audit.value(2).toString();
    }
    return s;
}

QString scalarText(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toString();
}

const QString kPassphrase = QStringLiteral("synthetic backup passphrase 7");

enum class Case { MemberImport, RequestAttach, LetterIssue, Backup, Restore };

} // namespace

class TestCliDiskFull : public QObject
{
    Q_OBJECT

    TempDatabase m_t;
    QTemporaryDir m_dir; // the inputs and outputs, beside the database's own folder
    Actor m_admin, m_clerk, m_chief, m_manager;
    qint64 m_receivedRequest = 0;
    qint64 m_decidedRequest = 0;
    int m_nextMember = 70000;
    int m_run = 0;
    QString m_backupToRestore;
    int m_frame = 0; // one page of the write-ahead log: the page and its 24-byte header

    QString dbPath() const { return m_t.path(); }

    // Everything committed is in the database file and the write-ahead log is empty, as after the
    // last program on the database closed it; the limits below are measured from there.
    void settle()
    {
        QSqlQuery q(m_t.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not blocked
        QCOMPARE(QFileInfo(dbPath() + QStringLiteral("-wal")).size(), qint64(0));
    }

    // How far the write-ahead log grows when `args` run (as `login`) on a copy of the database as it
    // is now, whole: the WAL is kept past dsrctl's exit because this process holds the copy open.
    qint64 walGrowth(const QString &login, const QStringList &args)
    {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("calibration.sqlite"));
        // Copied by another process: closing a descriptor of the database file in this one would
        // drop the POSIX locks SQLite holds on it here, and the next program to close the database
        // would take itself for the last and remove the write-ahead log under this connection.
        if (QProcess::execute(QStringLiteral("cp"), { dbPath(), copy }) != 0)
            qFatal("cannot copy the database");
        auto held = Database::open(copy);
        if (!held)
            qFatal("cannot open the copy: %s", qPrintable(held.error().message));
        const CliResult r = runLimited(signedInArgs(copy, login) + args, kPassword + QLatin1Char('\n'), 0);
        if (r.exitCode != 0)
            qFatal("the calibration run failed: %s", qPrintable(describe(r)));
        const qint64 wal = QFileInfo(copy + QStringLiteral("-wal")).size();
        held.value().reset();
        return wal;
    }

    QStringList stray(const QString &folder, const QString &pattern) const
    {
        return QDir(folder).entryList({ pattern }, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    // A CSV file of `rows` new members: megabytes of rows, search grams and index pages, far more
    // than the database holds.
    QString newMembersCsv(int rows)
    {
        QByteArray csv("member_number,name,kana,birth_date,postal_code,address\n");
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("%1,容量 %2,ヨウリョウ ジロウ,1980-01-02,850-0001,長崎市試験町%2\n")
                       .arg(m_nextMember++)
                       .arg(i)
                       .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("members-%1.csv").arg(m_nextMember));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    CliResult adminCommand(const QStringList &args)
    {
        return runDsrctl(signedInArgs(dbPath(), QStringLiteral("admin")) + args,
                         kPassword + QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_admin = m_t.initialize();
        m_clerk = m_t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_chief = m_t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        m_manager = m_t.addUser(m_admin, QStringLiteral("manager1"), { Role::Manager });
        QVERIFY(setLetterSettings(m_t.db(), m_admin));
        const qint64 member = m_t.addMember(m_clerk, QStringLiteral("61001"), QStringLiteral("容量 一郎"),
                                            QStringLiteral("ヨウリョウ イチロウ"));
        m_receivedRequest
            = registered(m_t.db(), m_clerk, disclosureDraft(member, QDate::currentDate().addDays(-1))).id;
        m_decidedRequest = decidedRequest(m_t.db(), m_clerk, m_chief, m_manager, QStringLiteral("61002"));
        m_frame = int(scalar(m_t.db(), QStringLiteral("PRAGMA page_size"))) + 24;

        m_backupToRestore = m_dir.filePath(QStringLiteral("to-restore.dsrbackup"));
        EXPECT_EXIT(runDsrctl(signedInArgs(dbPath(), QStringLiteral("admin"))
                                  + QStringList { QStringLiteral("backup"), QStringLiteral("--out"),
                                                  m_backupToRestore, QStringLiteral("--passphrase-stdin") },
                              kPassword + QLatin1Char('\n') + kPassphrase + QLatin1Char('\n')),
                    0);

        // dsrctl's log (Logging, in the test's private data folder) already longer than the room
        // the cases below leave: writing it fails too, and must not add a line to standard error.
        const QString log
            = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dsrdesk/dsrdesk/logs/dsrctl.log");
        QVERIFY2(QFileInfo::exists(log), qPrintable(log));
        if (QFileInfo(log).size() < 1024 * 1024) {
            QFile f(log);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(1024 * 1024, '-').append('\n'));
        }
    }

    void refusedAndUnchanged_data()
    {
        QTest::addColumn<Case>("which");
        QTest::addColumn<QString>("lang");
        QTest::newRow("member import") << Case::MemberImport << QStringLiteral("en");
        QTest::newRow("request attach") << Case::RequestAttach << QStringLiteral("en");
        QTest::newRow("request attach, in Japanese") << Case::RequestAttach << QStringLiteral("ja");
        QTest::newRow("letter issue") << Case::LetterIssue << QStringLiteral("en");
        QTest::newRow("backup") << Case::Backup << QStringLiteral("en");
        QTest::newRow("restore") << Case::Restore << QStringLiteral("en");
    }

    void refusedAndUnchanged()
    {
        QFETCH(Case, which);
        QFETCH(QString, lang);
        QElapsedTimer timer;
        timer.start();
        settle();
        if (QTest::currentTestFailed())
            return;
        const qint64 databaseBytes = QFileInfo(dbPath()).size();
        const QString backupOut = m_dir.filePath(QStringLiteral("backup-%1.dsrbackup").arg(++m_run));
        const QString restoredDb = m_dir.filePath(QStringLiteral("restored.sqlite"));
        const QString restoredKey = m_dir.filePath(QStringLiteral("restored.key"));

        QString login = QStringLiteral("clerk1");
        QString input = kPassword + QLatin1Char('\n');
        QStringList args;
        qint64 limit = 0;
        switch (which) {
        case Case::MemberImport:
            // The files may not grow past what the database occupies now and a page more: the
            // import runs out of room half-way, when its pages spill into the write-ahead log.
            args = { QStringLiteral("member"), QStringLiteral("import"), newMembersCsv(3000) };
            limit = databaseBytes + 4096;
            break;
        case Case::RequestAttach:
        case Case::LetterIssue:
            args = which == Case::RequestAttach
                ? QStringList { QStringLiteral("request"), QStringLiteral("attach"),
                                QString::number(m_receivedRequest),
                                QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf") }
                : QStringList { QStringLiteral("letter"),    QStringLiteral("issue"),
                                QStringLiteral("--kind"),    QStringLiteral("disclosure"),
                                QStringLiteral("--request"), QString::number(m_decidedRequest) };
            // Room for everything the command writes but its last three pages: the sign-in and the
            // opening of the request are saved, the command's own change runs out of room as it
            // commits.
            limit = walGrowth(login, args) - 3 * m_frame;
            QVERIFY2(limit > 32768 + 4 * m_frame, qPrintable(QString::number(limit)));
            break;
        case Case::Backup:
            // Room for the copy of the database beside it, not for the backup file (the copy, its
            // manifest and the audit key): the output runs out of room.
            login = QStringLiteral("admin");
            args = { QStringLiteral("backup"), QStringLiteral("--out"), backupOut,
                     QStringLiteral("--passphrase-stdin") };
            input += kPassphrase + QLatin1Char('\n');
            limit = databaseBytes + 512;
            break;
        case Case::Restore:
            // Half the backed-up database unpacked, then no room.
            login.clear();
            args = { QStringLiteral("--lang"),
                     lang,
                     QStringLiteral("--db"),
                     restoredDb,
                     QStringLiteral("--audit-key"),
                     restoredKey,
                     QStringLiteral("restore"),
                     m_backupToRestore,
                     QStringLiteral("--passphrase-stdin") };
            input = kPassphrase + QLatin1Char('\n');
            limit = QFileInfo(m_backupToRestore).size() / 2;
            break;
        }
        QStringList full = login.isEmpty() ? args : signedInArgs(dbPath(), login) + args;
        if (!login.isEmpty())
            full[1] = lang;

        const Snapshot before = snapshot(m_t.db());
        const CliResult refused = runLimited(full, input, limit);
        EXPECT_EXIT(refused, 1);
        // Plain words: the disk is full, and what to do.
        if (lang == QLatin1String("ja")) {
            QVERIFY2(refused.err.contains(QStringLiteral("ディスク"))
                         && refused.err.contains(QStringLiteral("空き")),
                     qPrintable(describe(refused)));
        } else {
            QVERIFY2(refused.err.contains(QStringLiteral("disk"))
                         && refused.err.contains(QStringLiteral("full"))
                         && refused.err.contains(QStringLiteral("Free some space")),
                     qPrintable(describe(refused)));
        }
        for (const char *raw :
             { "I/O error", "File too large", "database or disk is full", "Unknown error", "LOG ERROR" })
            QVERIFY2(!refused.err.contains(QLatin1String(raw)), qPrintable(describe(refused)));

        // Every table as it was; the trail as it was but for the sign-in and the opening of the
        // request, which are saved before the command's own change.
        const Snapshot after = snapshot(m_t.db());
        QCOMPARE(after.content, before.content);
        QVERIFY(after.audit.size() >= before.audit.size());
        QCOMPARE(after.audit.mid(0, before.audit.size()), before.audit);
        const QStringList added = after.auditActions.mid(before.audit.size());
        for (const QString &action : added)
            QVERIFY2(action == QLatin1String("auth.login") || action.endsWith(QLatin1String(".view")),
                     qPrintable(added.join(QLatin1Char(' '))));
        // The command itself ran out of room, not the sign-in before it.
        if (!login.isEmpty())
            QVERIFY2(added.contains(QStringLiteral("auth.login")), qPrintable(added.join(QLatin1Char(' '))));
        QCOMPARE(scalarText(m_t.db(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 qint64(0));
        EXPECT_EXIT(adminCommand({ QStringLiteral("audit"), QStringLiteral("verify") }), 0);
        // Nothing half-written left: no backup file under any name, no copy of the database beside
        // it, no restored file, its key or its work folder.
        QVERIFY(!QFileInfo::exists(backupOut));
        QCOMPARE(stray(m_dir.path(), QStringLiteral("*.part-*")), QStringList());
        QCOMPARE(stray(m_t.dir(), QStringLiteral(".dsrdesk-backup-*")), QStringList());
        QCOMPARE(stray(m_dir.path(), QStringLiteral(".dsrdesk-restore-*")), QStringList());
        QCOMPARE(stray(m_dir.path(), QStringLiteral("restored*")), QStringList());

        // With room again, the same command does its work.
        const qint64 members = scalar(m_t.db(), QStringLiteral("SELECT count(*) FROM members"));
        const QString attachments
            = QStringLiteral("SELECT count(*) FROM attachments WHERE request_id = %1").arg(m_receivedRequest);
        const qint64 attached = scalar(m_t.db(), attachments);
        const CliResult done = runLimited(full, input, 0);
        EXPECT_EXIT(done, 0);
        switch (which) {
        case Case::MemberImport:
            QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT count(*) FROM members")), members + 3000);
            break;
        case Case::RequestAttach:
            QCOMPARE(scalar(m_t.db(), attachments), attached + 1);
            break;
        case Case::LetterIssue:
            QCOMPARE(scalar(m_t.db(),
                            QStringLiteral("SELECT count(*) FROM letters WHERE request_id = %1 AND "
                                           "document_no IS NOT NULL")
                                .arg(m_decidedRequest)),
                     qint64(1));
            break;
        case Case::Backup:
            QVERIFY(QFileInfo(backupOut).size() > databaseBytes);
            break;
        case Case::Restore:
            QVERIFY(QFileInfo::exists(restoredDb));
            QVERIFY(QFileInfo::exists(restoredKey));
            for (const QString &file : stray(m_dir.path(), QStringLiteral("restored*")))
                QVERIFY(QFile::remove(m_dir.filePath(file)));
            break;
        }
        qInfo("%s: limit %lld bytes (database %lld), %lld ms: %s", QTest::currentDataTag(),
              static_cast<long long>(limit), static_cast<long long>(databaseBytes),
              static_cast<long long>(timer.elapsed()), qPrintable(refused.err.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestCliDiskFull)
#include "TestCliDiskFull.moc"
