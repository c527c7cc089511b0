// dsrctl and several desks on one server (issue 11): `init --app-role`, `upgrade`, moving a single
// desk's SQLite file to an empty server database with `migrate`, the password a server wants, and
// the acceptance tests of the issue — four desks issuing 1,000 letters at once get 1,000 numbers
// without gaps, two desks approving one step get one winner, and the audit chain verifies after.
// The commands that work on both engines run in both passes; what only a server has (roles, a
// second engine to move to, several desks at once) runs in the PostgreSQL pass.

#include "TestSupport.h"
#include "model/Role.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/DemoData.h"
#include "services/LetterService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/Database.h"
#include "storage/RequestRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <unistd.h>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult ctl(const QStringList &args, const QString &stdinText = QString())
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args, stdinText);
}

CliResult as(const QString &db, const QString &login, const QString &password, const QStringList &args)
{
    return ctl(QStringList { QStringLiteral("--db"), db, QStringLiteral("--user"), login,
                             QStringLiteral("--password-stdin") }
                   + args,
               password + QLatin1Char('\n'));
}

QJsonObject object(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList initArgs()
{
    return { QStringLiteral("init"),   QStringLiteral("--admin"), QStringLiteral("admin"),
             QStringLiteral("--name"), QStringLiteral("管理者"),  QStringLiteral("--password-stdin") };
}

Actor signIn(Database &db, const QString &login, const QString &password)
{
    auto actor = AccountService(db).authenticate(login, password);
    if (!actor)
        qFatal("cannot sign in %s: %s", qPrintable(login), qPrintable(actor.error().message));
    return actor.value();
}

// What the letters need from the organisation settings.
void letterSettings(Database &db, const Actor &admin)
{
    SettingsService settings(db);
    auto saved = settings.save(admin, settings.load(admin).value(),
                               { { Setting::HeadName, QStringLiteral("山本一郎") },
                                 { Setting::PostalCode, QStringLiteral("850-0099") },
                                 { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } });
    if (!saved)
        qFatal("settings: %s", qPrintable(saved.error().message));
}

// A single desk's database as people leave it after a while: the demo data (members, requests in
// every state, one account per role), then requests decided and their letters issued (one
// reissued), an attachment, a settings change. Returns clerk1's and auditor1's passwords.
struct Populated
{
    QString clerkPassword;
    QString auditorPassword;
};

Populated populate(const QString &file)
{
    auto opened = Database::open(file);
    if (!opened)
        qFatal("cannot create %s: %s", qPrintable(file), qPrintable(opened.error().message));
    Database &db = *opened.value();
    auto report = DemoData::fill(db, 60, 150, 11);
    if (!report)
        qFatal("demo data: %s", qPrintable(report.error().message));
    QHash<QString, QString> passwords;
    for (const auto &[login, password] : report->passwords)
        passwords.insert(login, password);
    const Actor admin = signIn(db, QStringLiteral("admin"), passwords.value(QStringLiteral("admin")));
    const Actor clerk = signIn(db, QStringLiteral("clerk1"), passwords.value(QStringLiteral("clerk1")));
    const Actor chief = signIn(db, QStringLiteral("chief1"), passwords.value(QStringLiteral("chief1")));
    const Actor manager = signIn(db, QStringLiteral("manager1"), passwords.value(QStringLiteral("manager1")));
    letterSettings(db, admin);
    LetterService letters(db);
    qint64 first = 0;
    for (int i = 0; i < 3; ++i) {
        const qint64 request
            = decidedRequest(db, clerk, chief, manager, QStringLiteral("M-%1").arg(9000 + i));
        auto letter = letters.issue(clerk, request, LetterKind::Disclosure, {});
        if (!letter)
            qFatal("letter: %s", qPrintable(letter.error().message));
        if (i == 0)
            first = letter->id;
        if (i == 1) {
            auto attached = RequestService(db).attach(clerk, request, QStringLiteral("form.png"),
                                                      markedPng("MIGRATE-ATTACHMENT"));
            if (!attached)
                qFatal("attachment: %s", qPrintable(attached.error().message));
        }
    }
    if (auto again = letters.reissue(clerk, first, QStringLiteral("宛先の誤記")); !again)
        qFatal("reissue: %s", qPrintable(again.error().message));
    return { passwords.value(QStringLiteral("clerk1")), passwords.value(QStringLiteral("auditor1")) };
}

// The login role of a server URI: for TempDatabase::path(), the desks' role.
QString roleOf(const QString &uri)
{
    return QUrl(uri).userName();
}

qint64 count(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initAppRoleOnFileIsUsage();
    void upgradeReportsEngineAndSchema();
    void initAppRoleOnEmptyServer();
    void migrateRefusesWhatIsNotADeskFile();
    void migrateCopiesEverything();
    void migrateRefusesNonEmptyTarget();
    void serverPasswordNeverAskedWithoutTerminal();
    void fourDesksIssueThousandLetters();
    void twoDesksApproveOneStep();
};

void TestCliServer::initAppRoleOnFileIsUsage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    const CliResult r = ctl(QStringList { QStringLiteral("--db"), file } + initArgs()
                                + QStringList { QStringLiteral("--app-role"), QStringLiteral("dsr_app") },
                            kPassword + QLatin1Char('\n'));
    EXPECT_EXIT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--app-role")), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(file)); // refused before anything was created
}

void TestCliServer::upgradeReportsEngineAndSchema()
{
    TempDatabase t;
    t.initialize();
    // The owner upgrades (on SQLite: whoever holds the file).
    const CliResult r
        = ctl({ QStringLiteral("--db"), t.ownerPath(), QStringLiteral("upgrade"), QStringLiteral("--json") });
    EXPECT_EXIT(r, 0);
    const QJsonObject o = object(r);
    QCOMPARE(o.value(QStringLiteral("engine")).toString(), engineName());
    QVERIFY2(!o.value(QStringLiteral("engine_version")).toString().isEmpty(), qPrintable(describe(r)));
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    const CliResult text = ctl({ QStringLiteral("--db"), t.ownerPath(), QStringLiteral("upgrade") });
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("schema version %1").arg(Database::latestSchemaVersion())),
             qPrintable(describe(text)));
    if (onServer()) {
        // The roles recorded by the fixture are granted again; the desks' role may not upgrade.
        QCOMPARE(o.value(QStringLiteral("roles")).toArray(), QJsonArray { roleOf(t.path()) });
        const CliResult desk = ctl({ QStringLiteral("--db"), t.path(), QStringLiteral("upgrade") });
        EXPECT_EXIT(desk, 3);
        QVERIFY2(desk.err.contains(QStringLiteral("owns the schema")), qPrintable(describe(desk)));
    }
    // No such file: not found, and not created.
    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("absent.sqlite"));
    EXPECT_EXIT(ctl({ QStringLiteral("--db"), absent, QStringLiteral("upgrade") }), 4);
    QVERIFY(!QFileInfo::exists(absent));
}

void TestCliServer::initAppRoleOnEmptyServer()
{
    if (!onServer())
        QSKIP("Login roles exist only on a server (PostgreSQL); the SQLite pass checks that --app-role is "
              "refused on a file.");
    TempDatabase server { TempDatabase::Empty {} };
    // The desks' role cannot create the schema of an empty database.
    const CliResult early = ctl(QStringList { QStringLiteral("--db"), server.path() } + initArgs(),
                                kPassword + QLatin1Char('\n'));
    EXPECT_EXIT(early, 1);
    QVERIFY2(early.err.contains(QStringLiteral("--app-role")), qPrintable(describe(early)));
    // A role the server does not have: not found, and nothing set up; init can run again.
    const CliResult unknown
        = ctl(QStringList { QStringLiteral("--db"), server.ownerPath() } + initArgs()
                  + QStringList { QStringLiteral("--app-role"), QStringLiteral("no_such_role") },
              kPassword + QLatin1Char('\n'));
    EXPECT_EXIT(unknown, 4);
    const CliResult done = ctl(QStringList { QStringLiteral("--db"), server.ownerPath() } + initArgs()
                                   + QStringList { QStringLiteral("--app-role"), roleOf(server.path()) },
                               kPassword + QLatin1Char('\n'));
    EXPECT_EXIT(done, 0);
    QVERIFY2(done.out.contains(roleOf(server.path())), qPrintable(describe(done)));
    // The desks now work as the granted role.
    EXPECT_EXIT(as(server.path(), QStringLiteral("admin"), kPassword,
                   { QStringLiteral("user"), QStringLiteral("list") }),
                0);
    const CliResult again = ctl(QStringList { QStringLiteral("--db"), server.ownerPath() } + initArgs(),
                                kPassword + QLatin1Char('\n'));
    EXPECT_EXIT(again, 5);
    // The password in a URI someone wrote is never printed back.
    QString withPassword = server.ownerPath();
    withPassword.replace(QStringLiteral("://dsr_owner@"), QStringLiteral("://dsr_owner:wrong-Secret-77@"));
    const CliResult written = ctl({ QStringLiteral("--db"), withPassword, QStringLiteral("upgrade") });
    QVERIFY2(!written.out.contains(QStringLiteral("wrong-Secret-77"))
                 && !written.err.contains(QStringLiteral("wrong-Secret-77")),
             qPrintable(describe(written)));
}

void TestCliServer::migrateRefusesWhatIsNotADeskFile()
{
    QTemporaryDir dir;
    // The target is never reached: the file is looked at first.
    const QString to = QStringLiteral("postgresql://nobody@127.0.0.1:1/none");
    const auto migrate = [&](const QString &from, const QString &target) {
        return ctl(
            { QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), target });
    };
    EXPECT_EXIT(migrate(dir.filePath(QStringLiteral("absent.sqlite")), to), 4);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const CliResult notSqlite = migrate(junk, to);
    EXPECT_EXIT(notSqlite, 1);
    QVERIFY2(notSqlite.err.contains(junk), qPrintable(describe(notSqlite)));
    // An empty file would become a database if it were opened: refused, and left empty.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    EXPECT_EXIT(migrate(empty, to), 1);
    QCOMPARE(QFileInfo(empty).size(), 0);
    // A SQLite database of another program.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        const QString name = QStringLiteral("foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const CliResult other = migrate(foreign, to);
    EXPECT_EXIT(other, 1);
    QVERIFY2(other.err.contains(QStringLiteral("not a DSR Desk database")), qPrintable(describe(other)));
    // The target must be a server database; the source a file.
    TempDatabase t;
    EXPECT_EXIT(migrate(t.ownerPath(), dir.filePath(QStringLiteral("copy.sqlite"))), 2);
    EXPECT_EXIT(migrate(to, to), 2);
    EXPECT_EXIT(ctl({ QStringLiteral("migrate"), QStringLiteral("--from"), junk }), 2); // no --to
}

void TestCliServer::migrateCopiesEverything()
{
    if (!onServer())
        QSKIP("Moving a desk needs a server to move to (PostgreSQL pass); the SQLite pass checks the "
              "refused sources.");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    const Populated users = populate(file);
    TempDatabase server { TempDatabase::Empty {} };

    QHash<QString, qint64> before;
    qint64 rows = 0;
    {
        auto source = Database::open(file);
        QVERIFY(source.ok());
        for (const QString &table :
             { QStringLiteral("users"), QStringLiteral("members"), QStringLiteral("requests"),
               QStringLiteral("request_history"), QStringLiteral("decisions"),
               QStringLiteral("approval_steps"), QStringLiteral("letters"), QStringLiteral("attachments"),
               QStringLiteral("audit_log"), QStringLiteral("search_grams"), QStringLiteral("number_counters"),
               QStringLiteral("settings"), QStringLiteral("letter_templates") }) {
            before.insert(table, count(*source.value(), table));
            rows += before.value(table);
        }
    }
    // The demo's own letters (its requests are lived through to their letters) and the four above.
    QVERIFY(before.value(QStringLiteral("letters")) > 4);

    QElapsedTimer timer;
    timer.start();
    const CliResult migrated
        = ctl({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                server.ownerPath(), QStringLiteral("--app-role"), roleOf(server.path()) });
    const qint64 ms = timer.elapsed();
    EXPECT_EXIT(migrated, 0);
    qInfo("migrate: %lld rows of the main tables in %lld ms", rows, ms);
    QVERIFY2(migrated.out.contains(QStringLiteral("Audit chain verified, %1 entries; %2 letters verified; 1 "
                                                  "attachments verified.")
                                       .arg(before.value(QStringLiteral("audit_log")))
                                       .arg(before.value(QStringLiteral("letters")))),
             qPrintable(describe(migrated)));
    QVERIFY2(migrated.out.contains(QRegularExpression(
                 QStringLiteral("\\brequests\\s+%1\\b").arg(before.value(QStringLiteral("requests"))))),
             qPrintable(describe(migrated)));

    {
        // Every table as many rows, the same ids.
        auto target = Database::open(server.path());
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(count(*target.value(), it.key()) == it.value(), qPrintable(it.key()));
        auto source = Database::open(file);
        QVERIFY(source.ok());
        for (const QString &table :
             { QStringLiteral("requests"), QStringLiteral("letters"), QStringLiteral("users") })
            QCOMPARE(scalar(*target.value(), QStringLiteral("SELECT sum(id) FROM %1").arg(table)),
                     scalar(*source.value(), QStringLiteral("SELECT sum(id) FROM %1").arg(table)));
        QCOMPARE(scalar(*target.value(),
                        QStringLiteral("SELECT count(*) FROM letters WHERE replaces_id IS NOT NULL")),
                 1);
        // The planner knows the copy's sizes at once (ANALYZE), not only when autovacuum comes by.
        QCOMPARE(scalar(*target.value(),
                        QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN "
                                       "('requests', 'members', 'letters') AND last_analyze IS NOT NULL")),
                 3);
        QVERIFY(scalar(*target.value(),
                       QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'requests'"))
                > 0);
    }

    // The desks see the same register on the server as on the file.
    for (const QStringList &command :
         { QStringList { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") },
           QStringList { QStringLiteral("letter"), QStringLiteral("list"), QStringLiteral("--json") },
           QStringList { QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("タ"),
                         QStringLiteral("--json") },
           QStringList { QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("タカサキ"),
                         QStringLiteral("--json") } }) {
        const CliResult onFile = as(file, QStringLiteral("clerk1"), users.clerkPassword, command);
        const CliResult onServerDb
            = as(server.path(), QStringLiteral("clerk1"), users.clerkPassword, command);
        EXPECT_EXIT(onFile, 0);
        EXPECT_EXIT(onServerDb, 0);
        QVERIFY2(onFile.out.size() > 50, qPrintable(describe(onFile)));
        QCOMPARE(onServerDb.out, onFile.out);
    }
    // The chain verifies on the server with the same audit key (found by the copied identity).
    const CliResult verified = as(server.path(), QStringLiteral("auditor1"), users.auditorPassword,
                                  { QStringLiteral("audit"), QStringLiteral("verify") });
    EXPECT_EXIT(verified, 0);
    // New rows on the server get new ids (the sequences were moved past the copied ones).
    const CliResult added = as(
        server.path(), QStringLiteral("clerk1"), users.clerkPassword,
        { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--number"),
          QStringLiteral("M-NEW-1"), QStringLiteral("--name"), QStringLiteral("新規 一郎"),
          QStringLiteral("--kana"), QStringLiteral("しんき いちろう"), QStringLiteral("--birth"),
          QStringLiteral("1980-05-06"), QStringLiteral("--postal"), QStringLiteral("850-0001"),
          QStringLiteral("--address"), QStringLiteral("長崎県長崎市桜町2-22"), QStringLiteral("--json") });
    EXPECT_EXIT(added, 0);
    QCOMPARE(object(added).value(QStringLiteral("id")).toInteger(),
             before.value(QStringLiteral("members")) + 1);
    // And the copy cannot be made twice.
    EXPECT_EXIT(ctl({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                      server.ownerPath() }),
                5);
}

void TestCliServer::migrateRefusesNonEmptyTarget()
{
    if (!onServer())
        QSKIP("Moving a desk needs a server to move to (PostgreSQL pass).");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        auto source = Database::open(file);
        QVERIFY(source.ok());
        QVERIFY(
            AccountService(*source.value())
                .initialize({}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword })
                .ok());
    }
    TempDatabase target;
    const Actor admin = target.initialize();
    target.addMember(target.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk }), QStringLiteral("T-1"),
                     QStringLiteral("既存 太郎"), QStringLiteral("キソン タロウ"));
    const qint64 entries = count(target.db(), QStringLiteral("audit_log"));
    const CliResult refused = ctl({ QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                    QStringLiteral("--to"), target.ownerPath() });
    EXPECT_EXIT(refused, 5);
    QVERIFY2(refused.err.contains(QStringLiteral("already holds data")), qPrintable(describe(refused)));
    QCOMPARE(count(target.db(), QStringLiteral("users")), 2);
    QCOMPARE(count(target.db(), QStringLiteral("members")), 1);
    QCOMPARE(count(target.db(), QStringLiteral("audit_log")), entries);

    // A database of another program is refused too, and left as it was.
    TempDatabase foreign { TempDatabase::Empty {} };
    {
        const QString name = QStringLiteral("foreign-owner");
        const QUrl url(foreign.ownerPath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE inventory (x INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const CliResult other = ctl({ QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                  QStringLiteral("--to"), foreign.ownerPath() });
    EXPECT_EXIT(other, 1);
    QVERIFY2(other.err.contains(QStringLiteral("another program")), qPrintable(describe(other)));
}

void TestCliServer::serverPasswordNeverAskedWithoutTerminal()
{
    if (!onServer())
        QSKIP("A password for the database exists only on a server (PostgreSQL).");
    TempDatabase t;
    QTemporaryDir dir;
    const QString emptyPassFile = dir.filePath(QStringLiteral("pgpass"));
    {
        QFile f(emptyPassFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QFile::setPermissions(emptyPassFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), emptyPassFile);
    p.setProcessEnvironment(env);
    // No controlling terminal, as under cron or CI: the refusal stands instead of a prompt.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), t.ownerPath(),
              QStringLiteral("upgrade") });
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const CliResult r { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                        QString::fromUtf8(p.readAllStandardError()) };
    EXPECT_EXIT(r, 3);
    QVERIFY2(r.err.contains(QStringLiteral("PGPASSFILE")), qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
}

// The issue's acceptance: four desks issuing 250 letters each at the same time get 1,000 distinct
// document numbers, none missing, and the chain verifies afterwards.
void TestCliServer::fourDesksIssueThousandLetters()
{
    if (!onServer())
        QSKIP("Several desks at once is the server's case (PostgreSQL); one SQLite file's two desks are "
              "tested in test_cli_letter_issue.");
    TempDatabase t;
    const Actor admin = t.initialize();
    const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    const Actor chief = t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
    const Actor manager = t.addUser(admin, QStringLiteral("manager1"), { Role::Manager });
    letterSettings(t.db(), admin);
    const qint64 request = decidedRequest(t.db(), clerk, chief, manager, QStringLiteral("9002"));
    auto first = LetterService(t.db()).issue(clerk, request, LetterKind::Disclosure, {});
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    const int base = first->number;

    constexpr int kDesks = 4;
    constexpr int kEach = 250;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int i = 0; i < kDesks; ++i) {
        desks.push_back(std::make_unique<QProcess>());
        desks.back()->start(QStringLiteral(DSR_BIN_DIR "/letter_issuer"),
                            { t.path(), QStringLiteral("clerk1"), kPassword, QString::number(first->id),
                              QString::number(kEach) });
    }
    for (auto &p : desks)
        QVERIFY(p->waitForStarted());
    QList<int> numbers;
    QString errors;
    for (auto &p : desks) {
        QVERIFY(p->waitForFinished(600000));
        errors += QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 0, qPrintable(errors));
        for (const QByteArray &line : p->readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                numbers << line.trimmed().toInt();
    }
    qInfo("%d desks issued %d letters each in %lld ms", kDesks, kEach, timer.elapsed());
    QCOMPARE(numbers.size(), kDesks * kEach);
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], base + 1 + i);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT document_no) FROM letters")),
             kDesks * kEach + 1);
    auto chain = AuditService::verifyChain(t.db());
    QVERIFY(chain.ok());
    QVERIFY2(chain->intact, qPrintable(chain->problem));
    QVERIFY(chain->checked >= kDesks * kEach);
}

// Two desks approve the same step of the same request at the same moment, both from the version
// they saw: exactly one approval is recorded, the other desk is refused as a lost race (exit 5).
void TestCliServer::twoDesksApproveOneStep()
{
    if (!onServer())
        QSKIP("Several desks at once is the server's case (PostgreSQL); the SQLite file's two desks are "
              "tested in test_cli_workflow.");
    TempDatabase t;
    const Actor admin = t.initialize();
    const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
    t.addUser(admin, QStringLiteral("chief2"), { Role::Chief });
    WorkflowService wf(t.db());
    constexpr int kRounds = 4;
    for (int round = 0; round < kRounds; ++round) {
        const qint64 member = t.addMember(clerk, QStringLiteral("A-%1").arg(round),
                                          QStringLiteral("山田 花子"), QStringLiteral("ヤマダ ハナコ"));
        auto r = RequestService(t.db()).registerRequest(
            clerk, disclosureDraft(member, QDate::currentDate().addDays(-3)));
        QVERIFY(r.ok());
        WorkflowInput draft;
        Decision d;
        d.kind = DecisionKind::Full;
        d.data = QStringLiteral("給付記録");
        d.method = DisclosureMethod::Paper;
        draft.decision = d;
        for (auto [action, in] : { std::pair { WorkflowAction::Investigate, WorkflowInput {} },
                                   std::pair { WorkflowAction::Draft, draft },
                                   std::pair { WorkflowAction::Submit, WorkflowInput {} } })
            QVERIFY(wf.perform(clerk, r->id, action, in).ok());
        const qint64 version = RequestRepository(t.db()).findById(r->id).value()->version;
        const QStringList action { QStringLiteral("request"), QStringLiteral("approve"),
                                   QString::number(r->id), QStringLiteral("--expect-version"),
                                   QString::number(version) };
        QProcess a, b;
        for (auto [p, login] :
             { std::pair { &a, QStringLiteral("chief1") }, std::pair { &b, QStringLiteral("chief2") } })
            p->start(QStringLiteral(DSR_BIN_DIR "/dsrctl"),
                     QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                   t.path(), QStringLiteral("--user"), login,
                                   QStringLiteral("--password-stdin") }
                         + action);
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        for (QProcess *p : { &a, &b }) {
            p->write((kPassword + QLatin1Char('\n')).toUtf8());
            p->closeWriteChannel();
        }
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        const QList<int> codes { a.exitCode(), b.exitCode() };
        const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
        QVERIFY2(codes.count(0) == 1 && codes.count(5) == 1,
                 qPrintable(QStringLiteral("round %1: exit codes %2 %3: %4")
                                .arg(round)
                                .arg(codes[0])
                                .arg(codes[1])
                                .arg(errors)));
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT count(*) FROM approval_steps WHERE request_id = %1 AND "
                                       "outcome = 'approved'")
                            .arg(r->id)),
                 1);
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.approve' "
                                       "AND entity_id = '%1'")
                            .arg(r->id)),
                 1);
    }
    auto chain = AuditService::verifyChain(t.db());
    QVERIFY(chain.ok());
    QVERIFY2(chain->intact, qPrintable(chain->problem));
}

QTEST_MAIN(TestCliServer)
#include "TestCliServer.moc"
