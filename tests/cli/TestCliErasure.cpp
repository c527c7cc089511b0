// Erasure, purge and the file rules of issue 9 through the built dsrctl: exit codes of
// `member erase`, `request attachment-erase` and `request purge`, owner-only files, bounded
// imports, two `init` runs racing on one path, and a password that is not UTF-8.

#include "TestSupport.h"
#include "model/Role.h"
#include "security/FileModes.h"
#include "services/RequestService.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

const QString kAdminLine = kPassword + QLatin1Char('\n');

CliResult ctl(const QString &db, const QStringList &args, const QString &stdinText = QString())
{
    return runDsrctl(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db } + args,
        stdinText);
}

CliResult as(const QString &db, const QString &login, const QStringList &args)
{
    return ctl(db, QStringList { QStringLiteral("--user"), login, QStringLiteral("--password-stdin") } + args,
               kAdminLine);
}

QStringList initArgs(const QString &admin)
{
    return { QStringLiteral("init"),   QStringLiteral("--admin"), admin,
             QStringLiteral("--name"), QStringLiteral("管理者"),  QStringLiteral("--password-stdin") };
}

qint64 scalar(const QString &path, const QString &sql)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class TestCliErasure : public QObject
{
    Q_OBJECT

    struct Desk
    {
        TempDatabase t;
        Actor admin;
        Actor clerk;
        Request request;
        qint64 wrongId = 0;
        qint64 keptId = 0;
    };

    static void prepare(Desk &d)
    {
        d.admin = d.t.initialize();
        d.clerk = d.t.addUser(d.admin, QStringLiteral("clerk1"), { Role::Clerk });
        d.t.addUser(d.admin, QStringLiteral("officer1"), { Role::PrivacyOfficer });
        const qint64 member = d.t.addMember(d.clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                                            QStringLiteral("タナカタロウ"));
        d.t.addMember(d.clerk, QStringLiteral("10002"), QStringLiteral("鈴木一郎"),
                      QStringLiteral("スズキイチロウ"));
        Request r;
        r.type = RequestType::Disclosure;
        r.memberId = member;
        r.received = QDate(2025, 4, 10);
        r.channel = Channel::Counter;
        r.summary = QStringLiteral("開示を求める");
        r.identity.documentType = QStringLiteral("drivers_license");
        r.categories = { QStringLiteral("短期給付") };
        r.method = DisclosureMethod::Paper;
        RequestService requests(d.t.db());
        d.request = requests.registerRequest(d.clerk, r).value();
        d.wrongId
            = requests
                  .attach(d.clerk, d.request.id, QStringLiteral("back.png"), markedPng("CLI-MARKER-93be"))
                  ->id;
        d.keptId
            = requests.attach(d.clerk, d.request.id, QStringLiteral("form.png"), markedPng("CLI-KEEP-1c0d"))
                  ->id;
    }

private Q_SLOTS:
    void attachmentErase()
    {
        Desk d;
        prepare(d);
        const QString db = d.t.path();
        const QString n = QString::number(d.wrongId);
        const QStringList erase { QStringLiteral("request"), QStringLiteral("attachment-erase"),
                                  d.request.receiptNo, n };
        const QStringList reason { QStringLiteral("--reason"), QStringLiteral("個人番号カード裏面の誤読取") };
        EXPECT_EXIT(as(db, QStringLiteral("clerk1"), erase + reason), 3);
        EXPECT_EXIT(as(db, QStringLiteral("admin"), erase + reason), 3);
        EXPECT_EXIT(as(db, QStringLiteral("officer1"), erase), 2);
        EXPECT_EXIT(as(db, QStringLiteral("officer1"),
                       erase + QStringList { QStringLiteral("--reason"), QStringLiteral(" ") }),
                    2);
        EXPECT_EXIT(as(db, QStringLiteral("officer1"),
                       QStringList { QStringLiteral("request"), QStringLiteral("attachment-erase"),
                                     d.request.receiptNo, QStringLiteral("9999") }
                           + reason),
                    4);
        const CliResult done = as(db, QStringLiteral("officer1"), erase + reason);
        EXPECT_EXIT(done, 0);
        QVERIFY(done.out.contains(d.request.receiptNo));

        // SQLite: the last connection checkpoints the WAL, so the bytes read are the file's own.
        if (!onServer())
            d.t.db().connection().close();
        QVERIFY(!databaseHolds(d.t, "CLI-MARKER-93be"));
        QVERIFY(databaseHolds(d.t, "CLI-KEEP-1c0d"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM erasures WHERE kind = 'attachment' AND "
                                       "attachment_id = %1")
                            .arg(d.wrongId)),
                 1);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attachment.erase'")),
            1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attachments WHERE id = %1").arg(d.keptId)),
                 1);
        // The request id works as well as the receipt number.
        EXPECT_EXIT(as(db, QStringLiteral("officer1"),
                       QStringList { QStringLiteral("request"), QStringLiteral("attachment-erase"),
                                     QString::number(d.request.id), QString::number(d.keptId) }
                           + reason),
                    0);
    }

    void memberEraseAndPurge()
    {
        Desk d;
        prepare(d);
        const QString db = d.t.path();
        const QStringList reason { QStringLiteral("--reason"), QStringLiteral("本人からの消去請求") };
        EXPECT_EXIT(
            as(db, QStringLiteral("clerk1"),
               QStringList { QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("10002") }
                   + reason),
            3);
        EXPECT_EXIT(as(db, QStringLiteral("officer1"),
                       { QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("10002") }),
                    2);
        EXPECT_EXIT(
            as(db, QStringLiteral("officer1"),
               QStringList { QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("99999") }
                   + reason),
            4);
        // 10001 has a request in progress.
        EXPECT_EXIT(
            as(db, QStringLiteral("officer1"),
               QStringList { QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("10001") }
                   + reason),
            1);
        EXPECT_EXIT(
            as(db, QStringLiteral("officer1"),
               QStringList { QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("10002") }
                   + reason),
            0);
        QVERIFY(!databaseHolds(d.t, QStringLiteral("スズキイチロウ").toUtf8()));

        // Purge: the request, closed eight years ago.
        {
            QSqlQuery q(d.t.db().connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE requests SET status = 'closed' WHERE id = %1").arg(d.request.id)));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO request_history (request_id, at_utc, user_login, action) "
                                      "VALUES (%1, '%2T00:00:00.000Z', 'clerk1', 'close')")
                           .arg(d.request.id)
                           .arg(QDate::currentDate().addYears(-8).toString(Qt::ISODate))));
        }
        const QString latest = QDate::currentDate().addYears(-5).toString(Qt::ISODate);
        const QStringList purge { QStringLiteral("request"), QStringLiteral("purge"),
                                  QStringLiteral("--closed-before") };
        EXPECT_EXIT(as(db, QStringLiteral("clerk1"), purge + QStringList { latest }), 3);
        const CliResult tooNew = as(db, QStringLiteral("officer1"),
                                    purge + QStringList { QDate::currentDate().toString(Qt::ISODate) });
        EXPECT_EXIT(tooNew, 1);
        QVERIFY(tooNew.err.contains(latest));
        EXPECT_EXIT(as(db, QStringLiteral("officer1"), purge + QStringList { QStringLiteral("2020-13-01") }),
                    2);
        const CliResult dry
            = as(db, QStringLiteral("officer1"), purge + QStringList { latest, QStringLiteral("--dry-run") });
        EXPECT_EXIT(dry, 0);
        QVERIFY(dry.out.contains(d.request.receiptNo));
        QVERIFY(databaseHolds(d.t, "CLI-KEEP-1c0d"));
        const CliResult real = as(db, QStringLiteral("officer1"), purge + QStringList { latest });
        EXPECT_EXIT(real, 0);
        QVERIFY(real.out.contains(d.request.receiptNo));
        if (!onServer())
            d.t.db().connection().close();
        QVERIFY(!databaseHolds(d.t, "CLI-KEEP-1c0d"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM erasures WHERE kind = 'request'")), 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM requests WHERE receipt_no = '%1'")
                            .arg(d.request.receiptNo)),
                 1);
        EXPECT_EXIT(as(db, QStringLiteral("officer1"), { QStringLiteral("audit"), QStringLiteral("verify") }),
                    0);
    }

    // Fails before issue 9: files followed the umask (0644 under the usual 022).
    void filesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk/modes.sqlite"));
        EXPECT_EXIT(ctl(db, initArgs(QStringLiteral("admin")), kAdminLine), 0);
        QCOMPARE(FileModes::mode(db), 0600);
        QCOMPARE(FileModes::mode(dir.filePath(QStringLiteral("desk"))), 0700);

        // A desk with a privacy officer; its connection stays open, so dsrctl's writes leave the
        // -wal and -shm files in place.
        Desk d;
        prepare(d);
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        EXPECT_EXIT(as(d.t.path(), QStringLiteral("officer1"),
                       { QStringLiteral("audit"), QStringLiteral("export"), csv }),
                    0);
        QCOMPARE(FileModes::mode(csv), 0600);
        // The database's own files: a server's are the server's, not the desk's.
        if (!onServer()) {
            for (const char *suffix : { "", "-wal", "-shm" }) {
                QVERIFY(QFile::exists(d.t.path() + QLatin1String(suffix)));
                QCOMPARE(FileModes::mode(d.t.path() + QLatin1String(suffix)), 0600);
            }
        }
        // The log file and its folder (HOME is the test's own).
        QDirIterator it(qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath()),
                        { QStringLiteral("dsrctl.log") }, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString log = it.next();
        QCOMPARE(FileModes::mode(log), 0600);
        QCOMPARE(FileModes::mode(QFileInfo(log).absolutePath()), 0700);
    }

    void importsAreBounded()
    {
        Desk d;
        prepare(d);
        QElapsedTimer timer;
        timer.start();
        const CliResult zero
            = as(d.t.path(), QStringLiteral("clerk1"),
                 { QStringLiteral("member"), QStringLiteral("import"), QStringLiteral("/dev/zero") });
        EXPECT_EXIT(zero, 1);
        QVERIFY(zero.err.contains(QStringLiteral("/dev/zero")));
        QVERIFY2(timer.elapsed() < 20000, "refused quickly, without reading");
        QTemporaryDir dir;
        EXPECT_EXIT(as(d.t.path(), QStringLiteral("clerk1"),
                       { QStringLiteral("member"), QStringLiteral("import"), dir.path() }),
                    1);
    }

    // Fails before issue 9: the loser of two simultaneous inits removed the winner's database. On
    // a server both run on one empty database: exactly one sets it up.
    void twoInitsNeverDeleteEachOther()
    {
        for (int round = 0; round < 6; ++round) {
            FreshDatabase fresh(QStringLiteral("race.sqlite"));
            const QString db = fresh.path();
            QProcess a, b;
            const auto start = [&](QProcess &p, const QString &admin) {
                p.start(
                    QStringLiteral(DSR_BIN_DIR "/dsrctl"),
                    QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db }
                        + initArgs(admin));
                QVERIFY(p.waitForStarted());
                p.write(kAdminLine.toUtf8());
                // Written now, not when the test first waits on this process: the run that holds
                // the folder lock must not wait for its password while the other one waits for it.
                QVERIFY(p.waitForBytesWritten(10000));
                p.closeWriteChannel();
            };
            start(a, QStringLiteral("alice"));
            start(b, QStringLiteral("bob"));
            QVERIFY(a.waitForFinished(60000));
            QVERIFY(b.waitForFinished(60000));
            const QList<int> codes { a.exitCode(), b.exitCode() };
            QVERIFY2(codes.count(0) == 1 && codes.count(5) == 1,
                     qPrintable(QStringLiteral("exit codes %1 %2: %3 %4")
                                    .arg(codes[0])
                                    .arg(codes[1])
                                    .arg(QString::fromUtf8(a.readAllStandardError()),
                                         QString::fromUtf8(b.readAllStandardError()))));
            const QString winner = a.exitCode() == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
            if (!onServer())
                QVERIFY(QFile::exists(db));
            EXPECT_EXIT(as(db, winner, { QStringLiteral("user"), QStringLiteral("list") }), 0);
        }
    }

    // Fails before issue 9, deterministically: an init that made the file and then waits for its
    // password let a second init set the file up, and on failing removed the second one's database.
    void initWaitingForItsPasswordKeepsTheOtherOut()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("slow.sqlite"));
        const QStringList base { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db };
        QProcess slow, quick;
        slow.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), base + initArgs(QStringLiteral("alice")));
        QVERIFY(slow.waitForStarted());
        // The slow one has made the file and now waits for its password on standard input.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 20000);
        QTest::qWait(500);
        quick.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), base + initArgs(QStringLiteral("bob")));
        QVERIFY(quick.waitForStarted());
        quick.write(kAdminLine.toUtf8());
        QVERIFY(quick.waitForBytesWritten(10000));
        quick.closeWriteChannel();
        quick.waitForFinished(5000); // done before issue 9; waiting for the folder lock after it
        slow.write(kAdminLine.toUtf8());
        QVERIFY(slow.waitForBytesWritten(10000));
        slow.closeWriteChannel();
        QVERIFY(slow.waitForFinished(60000));
        QVERIFY(quick.waitForFinished(60000));
        const QList<int> codes { slow.exitCode(), quick.exitCode() };
        QVERIFY2(codes.count(0) == 1 && codes.count(5) == 1,
                 qPrintable(QStringLiteral("exit codes %1 %2").arg(codes[0]).arg(codes[1])));
        const QString winner = slow.exitCode() == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
        QVERIFY2(QFile::exists(db), "the winner's database was removed");
        EXPECT_EXIT(as(db, winner, { QStringLiteral("user"), QStringLiteral("list") }), 0);
    }

    void nonUtf8PasswordIsRefused()
    {
        FreshDatabase fresh(QStringLiteral("utf8.sqlite"));
        const QString db = fresh.path();
        QProcess p;
        p.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"),
                QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db }
                    + initArgs(QStringLiteral("admin")));
        QVERIFY(p.waitForStarted());
        p.write(QByteArray("correct-\xff\xfe-horse-42\n"));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("UTF-8")), qPrintable(err));
        QVERIFY(fresh.holdsNothing());
    }
};

QTEST_GUILESS_MAIN(TestCliErasure)
#include "TestCliErasure.moc"
