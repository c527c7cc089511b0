// dsrctl backup and restore through the built dsrctl (issue 13): a backup taken while two other
// processes register requests, restored into a new file and checked — nothing committed before
// the backup is lost and the audit chain is the live one up to that point; the exit codes of every
// refusal; the passphrase in no file the programs write. On PostgreSQL: `dsrctl backup` points to
// pg_dump, and the pg_dump / pg_restore route of docs/ADMINISTRATION.md restores a database whose
// chain verifies.

#include "TestSupport.h"
#include "model/Role.h"
#include "security/FileModes.h"
#include "services/AuditService.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

const QString kPassphrase = QStringLiteral("ajisai-lantern-5521");

CliResult ctl(const QStringList &args, const QString &stdinText = QString())
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args, stdinText,
                     300000);
}

QStringList asAdmin(const QString &db)
{
    return { QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
             QStringLiteral("--password-stdin") };
}

CliResult backup(const QString &db, const QString &out,
                 const QStringList &extra = { QStringLiteral("--passphrase-stdin") },
                 const QString &input = kPassword + QLatin1Char('\n') + kPassphrase + QLatin1Char('\n'))
{
    return ctl(asAdmin(db) + QStringList { QStringLiteral("backup"), QStringLiteral("--out"), out } + extra,
               input);
}

CliResult restore(const QString &archive, const QString &target, const QString &key,
                  const QString &passphrase = kPassphrase)
{
    return ctl({ QStringLiteral("--db"), target, QStringLiteral("--audit-key"), key,
                 QStringLiteral("restore"), archive, QStringLiteral("--passphrase-stdin") },
               passphrase + QLatin1Char('\n'));
}

QList<std::pair<qint64, QString>> chain(Database &db, qint64 upTo)
{
    QList<std::pair<qint64, QString>> rows;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log WHERE seq <= %1 ORDER BY seq").arg(upTo)))
        qFatal("cannot read the audit log");
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return rows;
}

QSet<QString> receiptNumbers(Database &db)
{
    QSet<QString> numbers;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT receipt_no FROM requests")))
        qFatal("cannot read the requests");
    while (q.next())
        numbers.insert(q.value(0).toString());
    return numbers;
}

// A PostgreSQL client program (pg_dump, pg_restore): on PATH, else Debian's versioned folder.
QString pgTool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    QStringList dirs
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(dirs.begin(), dirs.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : dirs) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(v, name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupWhileTwoDesksWriteThenRestore()
    {
        if (onServer())
            QSKIP("A server database is dumped with pg_dump (pgDumpAndRestoreRoute).");
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const qint64 member = t.addMember(clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("live.dsrbackup"));

        const QString stop = out.filePath(QStringLiteral("stop"));
        const QStringList args {
            t.path(), QStringLiteral("clerk1"), kPassword, QString::number(member), QStringLiteral("5000"),
            stop
        };
        QProcess a, b;
        QStringList written[2];
        for (QProcess *p : { &a, &b })
            p->start(QStringLiteral(DSR_BIN_DIR "/request_writer"), args);
        auto collect = [&] {
            int i = 0;
            for (QProcess *p : { &a, &b }) {
                while (p->canReadLine())
                    written[i].append(QString::fromUtf8(p->readLine()).trimmed());
                ++i;
            }
        };
        // Waits until each desk has committed `n` requests in all.
        auto waitFor = [&](qsizetype n) {
            QElapsedTimer waited;
            waited.start();
            while ((written[0].size() < n || written[1].size() < n) && waited.elapsed() < 120000) {
                a.waitForReadyRead(50);
                b.waitForReadyRead(50);
                collect();
            }
            return written[0].size() >= n && written[1].size() >= n;
        };
        // Both desks are writing before the backup starts, and go on writing after it.
        QVERIFY2(waitFor(10),
                 qPrintable(QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError())));
        const QStringList committedBefore = written[0] + written[1];

        const CliResult made = backup(t.path(), archive);
        EXPECT_EXIT(made, 0);
        QVERIFY(made.out.contains(QStringLiteral("encrypted")));
        collect();
        QVERIFY(waitFor(qMax(written[0].size(), written[1].size()) + 5));
        QFile(stop).open(QIODevice::WriteOnly);
        for (QProcess *p : { &a, &b }) {
            QVERIFY(p->waitForFinished(300000));
            QCOMPARE(p->exitCode(), 0);
        }
        collect();
        QCOMPARE(FileModes::mode(archive), 0600);

        QTemporaryDir target;
        const QString restoredPath = target.filePath(QStringLiteral("restored.sqlite"));
        const QString keyPath = target.filePath(QStringLiteral("restored.key"));
        const CliResult restored = restore(archive, restoredPath, keyPath);
        EXPECT_EXIT(restored, 0);
        QVERIFY(restored.out.contains(QStringLiteral("Members: 1")));
        QVERIFY(restored.out.contains(QStringLiteral("Last audit entry: ")));
        QVERIFY(restored.out.contains(QStringLiteral("Last letter: none issued.")));
        QVERIFY(restored.out.contains(QStringLiteral("Audit key written to %1").arg(keyPath)));

        auto copy = Database::open(restoredPath);
        QVERIFY(copy.ok());
        const QSet<QString> restoredNumbers = receiptNumbers(*copy.value());
        const QSet<QString> liveNumbers = receiptNumbers(t.db());
        // Nothing committed before the backup began is missing; nothing is in it that the live
        // database does not hold.
        for (const QString &n : committedBefore)
            QVERIFY2(restoredNumbers.contains(n), qPrintable(n));
        QVERIFY(liveNumbers.contains(restoredNumbers));
        QVERIFY(restoredNumbers.size() >= committedBefore.size());
        QCOMPARE(liveNumbers.size(), written[0].size() + written[1].size());
        QVERIFY(restoredNumbers.size() < liveNumbers.size());
        // The restored trail is the live trail up to its last entry, hash for hash.
        const qint64 last = scalar(*copy.value(), QStringLiteral("SELECT max(seq) FROM audit_log"));
        QCOMPARE(chain(*copy.value(), last), chain(t.db(), last));
        QVERIFY(restored.out.contains(QStringLiteral("Last audit entry: %1 ").arg(last)));
        copy.value().reset();

        // And dsrctl verifies it with the key the restore put in place.
        const CliResult verified
            = ctl({ QStringLiteral("--db"), restoredPath, QStringLiteral("--audit-key"), keyPath,
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                    QStringLiteral("audit"), QStringLiteral("verify") },
                  kPassword + QLatin1Char('\n'));
        EXPECT_EXIT(verified, 0);
        QVERIFY(verified.out.contains(QStringLiteral("intact")));

        // The passphrase is in no file the programs wrote: logs, databases, keys, settings.
        for (const QString &root : { QDir::homePath(), t.dir(), target.path() }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(kPassphrase.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }

    void exitCodes()
    {
        if (onServer())
            QSKIP("SQLite only; the server's refusal is checked in pgDumpAndRestoreRoute.");
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("a.dsrbackup"));
        EXPECT_EXIT(backup(t.path(), archive), 0);
        const QByteArray bytes = [&] {
            QFile f(archive);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        // Never over an existing file (5), usage (2), a clerk (3), a short passphrase (1).
        const CliResult exists = backup(t.path(), archive);
        EXPECT_EXIT(exists, 5);
        QVERIFY(exists.err.contains(QStringLiteral("already exists")));
        EXPECT_EXIT(
            ctl(asAdmin(t.path()) + QStringList { QStringLiteral("backup") }, kPassword + QLatin1Char('\n')),
            2);
        EXPECT_EXIT(backup(t.path(), out.filePath(QStringLiteral("b.dsrbackup")),
                           { QStringLiteral("--passphrase-stdin"), QStringLiteral("--no-encrypt") }),
                    2);
        EXPECT_EXIT(
            ctl({ QStringLiteral("--db"), t.path(), QStringLiteral("--user"), QStringLiteral("clerk1"),
                  QStringLiteral("--password-stdin"), QStringLiteral("backup"), QStringLiteral("--out"),
                  out.filePath(QStringLiteral("c.dsrbackup")), QStringLiteral("--passphrase-stdin") },
                kPassword + QLatin1Char('\n') + kPassphrase + QLatin1Char('\n')),
            3);
        EXPECT_EXIT(backup(t.path(), out.filePath(QStringLiteral("d.dsrbackup")),
                           { QStringLiteral("--passphrase-stdin") }, kPassword + QStringLiteral("\nshort\n")),
                    1);
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("c.dsrbackup"))));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("d.dsrbackup"))));

        // Unencrypted: it works and says what it means, on standard error.
        const QString plain = out.filePath(QStringLiteral("plain.dsrbackup"));
        const CliResult unencrypted
            = backup(t.path(), plain, { QStringLiteral("--no-encrypt") }, kPassword + QLatin1Char('\n'));
        QCOMPARE(unencrypted.exitCode, 0);
        QVERIFY(unencrypted.err.contains(QStringLiteral("NOT encrypted")));
        QTemporaryDir target;
        const CliResult plainRestored
            = ctl({ QStringLiteral("--db"), target.filePath(QStringLiteral("p.sqlite")),
                    QStringLiteral("--audit-key"), target.filePath(QStringLiteral("p.key")),
                    QStringLiteral("restore"), plain });
        EXPECT_EXIT(plainRestored, 0);
        QVERIFY(plainRestored.out.contains(QStringLiteral("not encrypted")));

        // Restore: wrong passphrase, truncated, altered (1) — nothing left; missing input (4);
        // existing target (5); no --db (2).
        const QString newDb = target.filePath(QStringLiteral("new.sqlite"));
        const QString newKey = target.filePath(QStringLiteral("new.key"));
        const CliResult wrong = restore(archive, newDb, newKey, QStringLiteral("ajisai-lantern-5522"));
        EXPECT_EXIT(wrong, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("passphrase is wrong")));
        const QString cut = out.filePath(QStringLiteral("cut.dsrbackup"));
        {
            QFile f(cut);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(bytes.size() - 100));
        }
        const CliResult truncated = restore(cut, newDb, newKey);
        EXPECT_EXIT(truncated, 1);
        QVERIFY(truncated.err.contains(QStringLiteral("truncated")));
        const QString altered = out.filePath(QStringLiteral("altered.dsrbackup"));
        {
            QByteArray changed = bytes;
            changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x40);
            QFile f(altered);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(changed);
        }
        const CliResult alteredResult = restore(altered, newDb, newKey);
        EXPECT_EXIT(alteredResult, 1);
        QVERIFY(alteredResult.err.contains(QStringLiteral("altered")));
        QVERIFY(!QFileInfo::exists(newDb));
        QVERIFY(!QFileInfo::exists(newKey));
        EXPECT_EXIT(restore(out.filePath(QStringLiteral("missing.dsrbackup")), newDb, newKey), 4);
        EXPECT_EXIT(restore(archive, t.path(), newKey), 5);
        EXPECT_EXIT(ctl({ QStringLiteral("restore"), archive, QStringLiteral("--passphrase-stdin") },
                        kPassphrase + QLatin1Char('\n')),
                    2);
        EXPECT_EXIT(restore(archive, newDb, newKey), 0);
        EXPECT_EXIT(restore(archive, newDb, newKey), 5);

        // Help lists both commands.
        const CliResult help = ctl({ QStringLiteral("help"), QStringLiteral("backup") });
        EXPECT_EXIT(help, 0);
        QVERIFY(help.out.contains(QStringLiteral("--no-encrypt")));
    }

    // docs/ADMINISTRATION.md, "Backup" on a server: dsrctl backup refuses and names pg_dump; a
    // custom-format dump restored with pg_restore into a new database passes the same checks.
    void pgDumpAndRestoreRoute()
    {
        if (!onServer())
            QSKIP("The PostgreSQL pass runs this (test_cli_backup_pg).");
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        t.addMember(clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                    QStringLiteral("タナカタロウ"));
        QTemporaryDir out;
        const CliResult refused = backup(t.path(), out.filePath(QStringLiteral("x.dsrbackup")));
        EXPECT_EXIT(refused, 1);
        QVERIFY(refused.err.contains(QStringLiteral("pg_dump --format=custom")));

        const QString pgDump = pgTool(QStringLiteral("pg_dump"));
        const QString pgRestore = pgTool(QStringLiteral("pg_restore"));
        QVERIFY2(!pgDump.isEmpty() && !pgRestore.isEmpty(), "pg_dump and pg_restore are needed");
        const QString dump = out.filePath(QStringLiteral("dsr.dump"));
        QProcess p;
        p.start(pgDump,
                { QStringLiteral("--format=custom"), QStringLiteral("--file"), dump,
                  QStringLiteral("--dbname"), t.ownerPath() });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const QString restoredName = QStringLiteral("%1_restored").arg(QUrl(t.ownerPath()).path().mid(1));
        t.execAsOwner(QStringLiteral("CREATE DATABASE %1").arg(restoredName));
        const QString ownerUri
            = t.ownerPath().left(t.ownerPath().lastIndexOf(QLatin1Char('/')) + 1) + restoredName;
        const QString appUri = t.path().left(t.path().lastIndexOf(QLatin1Char('/')) + 1) + restoredName;
        p.start(pgRestore,
                { QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                  QStringLiteral("--dbname"), ownerUri, dump });
        QVERIFY(p.waitForFinished(120000));
        const QByteArray restoreErrors = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, restoreErrors.constData());

        {
            auto db = Database::open(appUri);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            auto verified = AuditService::verifyChain(*db.value());
            QVERIFY(verified.ok() && verified->intact);
            QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM members")), 1);
            QCOMPARE(chain(*db.value(), verified->head.seq), chain(t.db(), verified->head.seq));
        }
        // The desks' role works on the restored database as on the original: it signs in and
        // verifies the trail.
        const CliResult verified
            = ctl(asAdmin(appUri) + QStringList { QStringLiteral("audit"), QStringLiteral("verify") },
                  kPassword + QLatin1Char('\n'));
        EXPECT_EXIT(verified, 0);
        t.execAsOwner(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(restoredName));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
