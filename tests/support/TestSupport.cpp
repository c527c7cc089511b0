#include "TestSupport.h"

#include "HostileDocuments.h"

#include "security/MyNumber.h"
#include "services/AccountService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <QtTest>

namespace dsr::test {

namespace {

struct ServerEnv
{
    QString ownerUri; // postgresql://dsr_owner@127.0.0.1:PORT/dsr_test
    QString appUri;
    QString error;
};

const ServerEnv &serverEnv()
{
    static const ServerEnv env = [] {
        ServerEnv e;
        const QString file = qEnvironmentVariable("DSR_PG_ENV_FILE");
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            e.error = QStringLiteral("The PostgreSQL pass needs the project's test cluster, but %1 is not "
                                     "there. ctest starts it (fixture pg, tools/pg-test-cluster.sh); "
                                     "install PostgreSQL with tools/install-deps.sh.")
                          .arg(file.isEmpty() ? QStringLiteral("DSR_PG_ENV_FILE") : file);
            return e;
        }
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            const QString key = QString::fromUtf8(line.left(eq));
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key == QLatin1String("DSR_TEST_PG_OWNER_URI"))
                e.ownerUri = value;
            else if (key == QLatin1String("DSR_TEST_PG_APP_URI"))
                e.appUri = value;
            else if (key == QLatin1String("PGPASSFILE"))
                qputenv("PGPASSFILE", value.toLocal8Bit()); // for this process and the dsrctl it runs
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            e.error = QStringLiteral("Qt's PostgreSQL driver is missing: install libqt6sql6-psql.");
        return e;
    }();
    return env;
}

// The URI of database `name` on the cluster for the role of `uri`.
QString withDatabase(const QString &uri, const QString &name)
{
    return uri.left(uri.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

// Runs `sql` on the Qt SQL connection `name` to `uri` (opened on first use; the password from
// the cluster's pgpass file), stopping the test when it fails.
void execOnServer(const QString &name, const QString &uri, const QString &sql)
{
    const QUrl url(uri);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!db.isOpen() && !db.open())
        qFatal("cannot reach the PostgreSQL test cluster as %s: %s", qPrintable(url.userName()),
               qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

// Runs `sql` on the cluster's maintenance database as the owner role.
void onCluster(const QString &sql)
{
    execOnServer(QStringLiteral("cluster-admin"), serverEnv().ownerUri, sql);
}

// The fixture copies saveAs made on the cluster in this process: dropped when the application
// object goes (a post routine, while the SQL drivers are still there), so a long ctest run does not
// pile them up on the cluster.
QStringList &savedFixtures()
{
    static QStringList names;
    return names;
}

void dropSavedFixtures()
{
    for (const QString &name : std::as_const(savedFixtures())) {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("cluster-admin")));
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
            qWarning("fixture %s left on the test cluster: %s", qPrintable(name),
                     qPrintable(q.lastError().text()));
    }
    savedFixtures().clear();
}

} // namespace

bool onServer()
{
    static const bool server = qEnvironmentVariable("DSR_TEST_ENGINE") == QLatin1String("postgresql");
    return server;
}

QString engineName()
{
    return onServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

void TempDatabase::createOnServer(const QString &templateDatabase, bool withSchema)
{
    if (!serverEnv().error.isEmpty())
        qFatal("%s", qPrintable(serverEnv().error));
    m_serverDatabase = QStringLiteral("dsr_t_") + QUuid::createUuid().toString(QUuid::Id128);
    onCluster(QStringLiteral("CREATE DATABASE %1 OWNER dsr_owner TEMPLATE %2")
                  .arg(m_serverDatabase,
                       templateDatabase.isEmpty() ? QStringLiteral("template0") : templateDatabase));
    m_ownerLocation = withDatabase(serverEnv().ownerUri, m_serverDatabase);
    m_location = withDatabase(serverEnv().appUri, m_serverDatabase);
    if (!withSchema)
        return;
    // The owner creates (or upgrades) the schema and lets the desks' role in, as an administrator
    // does once with dsrctl init --app-role.
    auto owner = Database::open(m_ownerLocation);
    if (!owner)
        qFatal("cannot create the schema on the server: %s", qPrintable(owner.error().message));
    if (Status s = owner.value()->grantApplicationRole(QUrl(serverEnv().appUri).userName()); !s)
        qFatal("cannot grant the desks' role: %s", qPrintable(s.error().message));
}

void TempDatabase::openDatabase()
{
    auto opened = Database::open(m_location);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

TempDatabase::TempDatabase()
{
    if (onServer()) {
        createOnServer({});
    } else {
        m_location = m_ownerLocation = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    openDatabase();
}

TempDatabase::TempDatabase(Empty)
{
    if (onServer())
        createOnServer({}, false);
    else
        m_location = m_ownerLocation = m_dir.filePath(QStringLiteral("test.sqlite"));
}

TempDatabase::TempDatabase(const QString &templateFile)
{
    if (onServer()) {
        QFile f(templateFile);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the template database's name");
        createOnServer(QString::fromUtf8(f.readAll()).trimmed());
    } else {
        m_location = m_ownerLocation = m_dir.filePath(QStringLiteral("test.sqlite"));
        if (!QFile::copy(templateFile, m_location))
            qFatal("cannot copy the template database");
        QFile(m_location).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    openDatabase();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        onCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

FreshDatabase::FreshDatabase(const QString &fileName)
{
    if (onServer()) {
        m_server = std::make_unique<TempDatabase>();
        m_path = m_server->path();
    } else {
        m_path = m_dir.filePath(fileName);
    }
}

bool FreshDatabase::holdsNothing()
{
    if (!m_server)
        return !QFileInfo::exists(m_path);
    return scalar(m_server->db(), QStringLiteral("SELECT count(*) FROM users")) == 0
        && scalar(m_server->db(), QStringLiteral("SELECT count(*) FROM settings")) == 0;
}

std::unique_ptr<Database> TempDatabase::openSecond() const
{
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open second connection: %s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

Actor TempDatabase::initialize()
{
    AccountService accounts(*m_db);
    auto admin = accounts.initialize(
        {}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
    if (!admin)
        qFatal("initialize failed: %s", qPrintable(admin.error().message));
    return admin.value();
}

Actor TempDatabase::addUser(const Actor &admin, const QString &login, RoleSet roles)
{
    AccountService accounts(*m_db);
    auto id = accounts.addUser(admin, NewUser { login, QStringLiteral("職員 ") + login, roles, kPassword });
    if (!id)
        qFatal("addUser failed: %s", qPrintable(id.error().message));
    // Tests act as users that already changed their first password.
    Actor actor { id.value(), login, QStringLiteral("職員 ") + login, roles, false };
    auto hash = UserRepository(*m_db).passwordHash(id.value());
    if (!hash || !UserRepository(*m_db).setPassword(id.value(), hash.value(), false))
        qFatal("cannot clear must-change flag");
    return actor;
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

bool isOneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && text.endsWith(QLatin1Char('\n'))
        && text.count(QLatin1Char('\n')) == 1;
}

qint64 TempDatabase::addMember(const Actor &clerk, const QString &number, const QString &name,
                               const QString &kana)
{
    Member m;
    m.memberNumber = number;
    m.name = name;
    m.kana = kana;
    m.birthDate = QDate(1970, 1, 1);
    m.postalCode = QStringLiteral("850-0001");
    m.address = QStringLiteral("長崎市試験町1");
    auto added = MemberService(*m_db).add(clerk, m);
    if (!added)
        qFatal("addMember failed: %s", qPrintable(added.error().message));
    return added->id;
}

void TempDatabase::execAsOwner(const QString &sql)
{
    if (!onServer()) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return;
    }
    // A connection of its own, closed again: the database is dropped at the end of the test.
    const QString name = QStringLiteral("owner-") + m_serverDatabase;
    execOnServer(name, m_ownerLocation, sql);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void TempDatabase::liftGuards(const QString &table)
{
    if (onServer()) {
        execAsOwner(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
        return;
    }
    QSqlQuery q(m_db->connection());
    QStringList triggers;
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
    q.addBindValue(table);
    if (!q.exec())
        qFatal("cannot list the triggers of %s", qPrintable(table));
    while (q.next())
        triggers << q.value(0).toString();
    for (const QString &t : triggers)
        execAsOwner(QStringLiteral("DROP TRIGGER %1").arg(t));
}

void TempDatabase::saveAs(const QString &path)
{
    m_db.reset(); // the last connection checkpoints the WAL into the file
    if (onServer()) {
        // A database with no connection is a template for CREATE DATABASE; the file names it.
        const QString copy = QStringLiteral("dsr_f_") + QUuid::createUuid().toString(QUuid::Id128);
        onCluster(
            QStringLiteral("CREATE DATABASE %1 OWNER dsr_owner TEMPLATE %2").arg(copy, m_serverDatabase));
        if (savedFixtures().isEmpty())
            qAddPostRoutine(dropSavedFixtures);
        savedFixtures() << copy;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(copy.toUtf8()) < 0)
            qFatal("cannot write the fixture's name");
        // Reopened as a file is (below): a test that left it at an older schema version has it
        // upgraded — on the server by the owner, as the desks' role may not.
        if (auto owner = Database::open(m_ownerLocation); !owner)
            qFatal("cannot reopen the database as its owner: %s", qPrintable(owner.error().message));
    } else if (!QFile::copy(this->path(), path)) {
        qFatal("cannot copy the fixture database");
    }
    openDatabase();
}

QStringList signedInArgs(const QString &db, const QString &login)
{
    return { QStringLiteral("--lang"),
             QStringLiteral("en"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--user"),
             login,
             QStringLiteral("--password-stdin") };
}

bool setLetterSettings(Database &db, const Actor &admin)
{
    SettingsService settings(db);
    auto basis = settings.load(admin);
    return basis
        && settings.save(admin, basis.value(),
                         { { Setting::HeadName, QStringLiteral("山本一郎") },
                           { Setting::PostalCode, QStringLiteral("850-0099") },
                           { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } });
}

CliResult runDsrctl(const QStringList &args, const QString &stdinText, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), args);
    if (!p.waitForStarted(10000))
        return { -1, {}, QStringLiteral("dsrctl did not start") };
    if (!stdinText.isEmpty())
        p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("dsrctl timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s (%s)", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QByteArray markedPng(const QByteArray &marker)
{
    QByteArray text;
    while (text.size() < 20000)
        text += marker;
    return hostile::pngWithText(text);
}

Request disclosureDraft(qint64 memberId, const QDate &received)
{
    Request r;
    r.type = RequestType::Disclosure;
    r.memberId = memberId;
    r.received = received;
    r.channel = Channel::Counter;
    r.summary = QStringLiteral("短期給付の記録の開示を求める");
    r.identity.documentType = QStringLiteral("drivers_license");
    r.categories = { QStringLiteral("短期給付") };
    r.method = DisclosureMethod::Paper;
    return r;
}

Request registered(Database &db, const Actor &clerk, const Request &draft)
{
    auto r = RequestService(db).registerRequest(clerk, draft);
    if (!r)
        qFatal("register: %s", qPrintable(r.error().message));
    return r.value();
}

Decision fullDisclosure()
{
    Decision d;
    d.kind = DecisionKind::Full;
    d.data = QStringLiteral("短期給付の支給記録（令和6年度）");
    d.method = DisclosureMethod::Paper;
    return d;
}

namespace {
void perform(WorkflowService &wf, const QList<std::tuple<Actor, WorkflowAction, WorkflowInput>> &steps,
             qint64 requestId)
{
    for (const auto &[who, action, in] : steps)
        if (auto out = wf.perform(who, requestId, action, in); !out)
            qFatal("%s: %s", qPrintable(RequestWorkflow::id(action)), qPrintable(out.error().message));
}
} // namespace

void submitDraft(Database &db, qint64 requestId, const Decision &decision, const QDate &on,
                 const Actor &clerk, bool investigate)
{
    WorkflowService wf(db);
    wf.setToday(on);
    WorkflowInput draft;
    draft.decision = decision;
    QList<std::tuple<Actor, WorkflowAction, WorkflowInput>> steps;
    if (investigate)
        steps.append({ clerk, WorkflowAction::Investigate, WorkflowInput {} });
    steps.append(
        { { clerk, WorkflowAction::Draft, draft }, { clerk, WorkflowAction::Submit, WorkflowInput {} } });
    perform(wf, steps, requestId);
}

void decide(Database &db, qint64 requestId, const Decision &decision, const QDate &on, const Actor &clerk,
            const Actor &chief, const Actor &manager, bool investigate)
{
    submitDraft(db, requestId, decision, on, clerk, investigate);
    WorkflowService wf(db);
    wf.setToday(on);
    perform(wf,
            { { chief, WorkflowAction::Approve, WorkflowInput {} },
              { manager, WorkflowAction::Approve, WorkflowInput {} } },
            requestId);
}

qint64 decidedRequest(Database &db, const Actor &clerk, const Actor &chief, const Actor &manager,
                      const QString &memberNumber)
{
    Member m;
    m.memberNumber = memberNumber;
    m.name = QStringLiteral("髙﨑 花子");
    m.kana = QStringLiteral("タカサキ ハナコ");
    m.birthDate = QDate(1975, 6, 1);
    m.postalCode = QStringLiteral("850-0001");
    m.address = QStringLiteral("長崎県長崎市架空町1-2-3");
    auto member = MemberService(db).add(clerk, m);
    if (!member)
        qFatal("member: %s", qPrintable(member.error().message));
    Request d;
    d.type = RequestType::Disclosure;
    d.memberId = member->id;
    d.received = QDate::currentDate().addDays(-5);
    d.channel = Channel::Counter;
    d.summary = QStringLiteral("短期給付の記録");
    d.identity.documentType = QStringLiteral("drivers_license");
    d.method = DisclosureMethod::Paper;
    auto r = RequestService(db).registerRequest(clerk, d);
    if (!r)
        qFatal("register: %s", qPrintable(r.error().message));
    decide(db, r->id, fullDisclosure(), QDate::currentDate(), clerk, chief, manager);
    return r->id;
}

QByteArray fileBytes(const QString &dbPath)
{
    QByteArray all;
    for (const char *suffix : { "", "-wal" }) {
        QFile f(dbPath + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool databaseHolds(TempDatabase &t, const QByteArray &marker)
{
    if (!onServer())
        return fileBytes(t.path()).contains(marker);
    QSqlQuery tables(t.db().connection());
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                    "current_schema() ORDER BY tablename")))
        qFatal("cannot list the tables: %s", qPrintable(tables.lastError().text()));
    while (tables.next()) {
        QSqlQuery q(t.db().connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(tables.value(0).toString())))
            qFatal("cannot read %s: %s", qPrintable(tables.value(0).toString()),
                   qPrintable(q.lastError().text()));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                const QByteArray bytes
                    = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                if (bytes.contains(marker))
                    return true;
            }
    }
    return false;
}

QString tableText(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        qFatal("cannot read %s", qPrintable(table));
    QString out;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            if (q.value(i).typeId() != QMetaType::QByteArray)
                out += q.value(i).toString() + QLatin1Char('\t');
        out += QLatin1Char('\n');
    }
    return out;
}

bool holdsTrace(const QString &stored, const QString &written)
{
    QString digits;
    for (QChar c : written)
        if (MyNumber::digitValue(c) >= 0)
            digits += QChar(u'0' + MyNumber::digitValue(c));
    return stored.contains(written) || stored.contains(digits);
}

} // namespace dsr::test
