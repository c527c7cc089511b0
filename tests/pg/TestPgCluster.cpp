// The PostgreSQL server the multi-desk tests run against (issue 11), as the project's own script
// sets it up: reachable on 127.0.0.1 through Qt's QPSQL driver with the passwords in its pgpass
// file, version 15 or later, pg_trgm installed, and least privilege from the start — the desks'
// role may connect but not create tables, the owner role may; a wrong password is refused.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

namespace {

QHash<QString, QString> readEnv()
{
    QHash<QString, QString> env;
    QFile f(QStringLiteral(DSR_PG_ENV_FILE));
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;

    // Opens a connection named `name` for the URI's user, with `password` when given (else libpq
    // reads the pgpass file).
    QSqlDatabase open(const QString &name, const QString &uri, const QString &password = {})
    {
        const QUrl url(uri);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!password.isEmpty())
            db.setPassword(password);
        db.open();
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = readEnv();
        if (m_env.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("The PostgreSQL test cluster is not running (no %1). ctest starts it "
                               "(fixture pg, tools/pg-test-cluster.sh); install PostgreSQL with "
                               "tools/install-deps.sh.")
                    .arg(QStringLiteral(DSR_PG_ENV_FILE))));
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing: install libqt6sql6-psql (tools/install-deps.sh).");
        qputenv("PGPASSFILE", m_env.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    }

    void cleanupTestCase()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void appRoleConnectsToAServerWithPgTrgm()
    {
        {
            QSqlDatabase db = open(QStringLiteral("app"), m_env.value(QStringLiteral("DSR_TEST_PG_APP_URI")));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SHOW server_version_num")) && q.next());
            QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT similarity('山田太郎', '山田花子') > 0")) && q.next());
            QVERIFY(q.value(0).toBool());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("app"));
    }

    void appRoleCannotCreateTables()
    {
        {
            QSqlDatabase db = open(QStringLiteral("app"), m_env.value(QStringLiteral("DSR_TEST_PG_APP_URI")));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("CREATE TABLE intruder (i integer)")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("app"));
    }

    void ownerRoleCreatesTheSchema()
    {
        {
            QSqlDatabase db
                = open(QStringLiteral("owner"), m_env.value(QStringLiteral("DSR_TEST_PG_OWNER_URI")));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE schema_probe (i integer)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(db.rollback());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    }

    void wrongPasswordIsRefused()
    {
        {
            QSqlDatabase db
                = open(QStringLiteral("wrong"), m_env.value(QStringLiteral("DSR_TEST_PG_APP_URI")),
                       QStringLiteral("not-the-password"));
            QVERIFY(!db.isOpen());
            QVERIFY2(db.lastError().text().contains(QStringLiteral("password authentication failed")),
                     qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "TestPgCluster.moc"
