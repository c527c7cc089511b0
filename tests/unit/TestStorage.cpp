// Storage on real temporary databases (SQLite files, or the PostgreSQL test cluster): the
// connection's settings, migrations, version refusal, the server's grants, transactions,
// optimistic locking between two desks.

#include "Settings.h"
#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/CachedQuery.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestStorage : public QObject
{
    Q_OBJECT

    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void opensWithRequiredPragmas()
    {
        TempDatabase t;
        if (onServer()) {
            // No PRAGMAs on a server: the desk connects as the desks' role (not the owner), and
            // the server's notices stay in its log.
            QCOMPARE(scalar(t.db(), QStringLiteral("SELECT current_user")).toString(),
                     QUrl(t.path()).userName());
            QVERIFY(QUrl(t.path()).userName() != QUrl(t.ownerPath()).userName());
            QCOMPARE(scalar(t.db(), QStringLiteral("SHOW client_min_messages")).toString(),
                     QStringLiteral("warning"));
            // A desk waits for another's locks as long as SQLite's busy timeout, then is told to
            // try again instead of hanging.
            QCOMPARE(scalar(t.db(), QStringLiteral("SHOW lock_timeout")).toString(), QStringLiteral("10s"));
            return;
        }
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(scalar(t.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 5000);
    }

    void migrationsRecordTheSchemaVersion()
    {
        TempDatabase t;
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
                 Database::latestSchemaVersion());
        // Reopening applies nothing twice.
        auto again = t.openSecond();
        QCOMPARE(scalar(*again, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Database::latestSchemaVersion());
    }

    // The database says which engine it runs and at which version (what support and the
    // second engine of issue 11 need to know), as the library or the server itself reports it.
    void reportsItsEngineAndVersion()
    {
        TempDatabase t;
        QCOMPARE(t.db().engineName(), engineName());
        const QString version = t.db().engineVersion();
        if (onServer()) {
            // The server's own words ("16.4 (Debian …)") up to the first space; 15 or later.
            const auto m = QRegularExpression(QStringLiteral("^(\\d+)(\\.\\d+)?$")).match(version);
            QVERIFY2(m.hasMatch(), qPrintable(version));
            QVERIFY2(m.captured(1).toInt() >= 15, qPrintable(version));
            QCOMPARE(version,
                     scalar(t.db(), QStringLiteral("SHOW server_version")).toString().section(u' ', 0, 0));
        } else {
            QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+")).match(version).hasMatch(),
                     qPrintable(version));
            QCOMPARE(version, scalar(t.db(), QStringLiteral("SELECT sqlite_version()")).toString());
        }
        // Every shipped migration comes from the engine's own folder, numbered without a gap, and
        // both engines ship the same versions.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Database::latestSchemaVersion());
        QCOMPARE(QDir(QStringLiteral(":/sql/sqlite")).entryList(QDir::Files).size(),
                 Database::latestSchemaVersion());
        QCOMPARE(QDir(QStringLiteral(":/sql/postgresql")).entryList(QDir::Files),
                 QDir(QStringLiteral(":/sql/sqlite")).entryList(QDir::Files));
    }

    void newerDatabaseIsRefusedNamingBothVersions()
    {
        TempDatabase t;
        // A newer program's upgrade, as its owner ran it.
        t.execAsOwner(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')"));
        auto opened = Database::open(t.path());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("999")), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QString::number(Database::latestSchemaVersion())),
                 qPrintable(opened.error().message));
    }

    void nonDatabaseFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content(
            "these are not database pages, just some text that happens to be long enough\n");
        f.write(content.repeated(20));
        f.close();
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content.repeated(20));
    }

    void foreignDatabaseIsNotMigrated()
    {
        if (onServer()) {
            // A server database that holds another program's tables is not ours to change either.
            TempDatabase t { TempDatabase::Empty {} };
            t.execAsOwner(QStringLiteral("CREATE TABLE accounts (id INTEGER)"));
            auto opened = Database::open(t.ownerPath());
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.contains(QStringLiteral("another program")),
                     qPrintable(opened.error().message));
            t.execAsOwner(QStringLiteral("SELECT id FROM accounts")); // left as it was, nothing added
            auto owner = Database::open(t.ownerPath());
            QVERIFY(!owner.ok());
            return;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
    }

    // On a server the desks' role may not create the schema: the first open names what to do
    // instead (init as the owner) and leaves the database as empty as it was.
    void emptyServerDatabaseNeedsTheOwnersInit()
    {
        if (!onServer())
            QSKIP("SQLite has no roles: whoever may write the file creates its tables on first open.");
        TempDatabase t { TempDatabase::Empty {} };
        auto opened = Database::open(t.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Failure);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(QStringLiteral("empty")) && message.contains(QStringLiteral("owner"))
                     && message.contains(QStringLiteral(" init ")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("password")), qPrintable(message));
        auto owner = Database::open(t.ownerPath()); // the owner's first open creates the schema
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
        QCOMPARE(owner.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*owner.value(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Database::latestSchemaVersion());
    }

    // The append-only records stay so whoever writes: the desks' connection cannot change or
    // remove an audit entry on either engine, and on a server it holds no right to try (grants, not
    // only triggers) nor to change the schema; the owner, who holds every right, is still refused
    // by the trigger.
    void auditLogRefusesChangesToEveryone()
    {
        TempDatabase t;
        t.initialize();
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() > 0);
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        if (onServer()) {
            const QString denied = QStringLiteral("42501"); // insufficient_privilege
            const QStringList refused {
                QStringLiteral("UPDATE audit_log SET action = 'x'"),
                QStringLiteral("DELETE FROM audit_log"),
                QStringLiteral("TRUNCATE audit_log"),
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')"),
                QStringLiteral("UPDATE schema_version SET applied_at = 'x'"),
                QStringLiteral("INSERT INTO app_roles (role) VALUES ('intruder')"),
                QStringLiteral("UPDATE database_identity SET id = 'x'"),
                QStringLiteral("DELETE FROM letters"),
                QStringLiteral("DELETE FROM erasures"),
                QStringLiteral("UPDATE attachments SET description = 'x'"),
                QStringLiteral("UPDATE letter_templates SET body = 'x'"),
                QStringLiteral("CREATE TABLE intruder (id INTEGER)"),
                QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"),
                QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
                QStringLiteral("DROP TABLE audit_log"),
            };
            for (const QString &sql : refused) {
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                QVERIFY2(q.lastError().nativeErrorCode() == denied,
                         qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
            }
        }
        auto owner = Database::open(t.ownerPath());
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
        QSqlQuery o(owner.value()->connection());
        QVERIFY(!o.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
        QVERIFY2(o.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(o.lastError().text()));
        QVERIFY(!o.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY2(o.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(o.lastError().text()));
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'x'")).toInt()
                == 0);
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(dir.path()));
    }

    // A service calling another service's operation: the inner transaction is part of the
    // outer one — its rollback undoes only its own work, and its commit is not durable alone.
    void nestedTransactionIsPartOfTheOuter()
    {
        TempDatabase t;
        SettingsRepository settings(t.db());
        {
            Transaction outer(t.db());
            QVERIFY(settings.store(Setting::Phone, QStringLiteral("000-000-0001"), 0));
            {
                Transaction inner(t.db());
                QVERIFY(inner.isActive());
                QVERIFY(settings.store(Setting::Division, QStringLiteral("inner"), 0));
                // rolled back at the end of this scope
            }
            QCOMPARE(settings.load()->value(Setting::Division),
                     Settings::info(Setting::Division).defaultValue);
            {
                Transaction inner(t.db());
                QVERIFY(settings.store(Setting::Division, QStringLiteral("kept"), 0));
                QVERIFY(inner.commit());
            }
            QVERIFY(t.db().inTransaction());
            // the outer ends without a commit: nothing at all is kept
        }
        QCOMPARE(settings.load()->version(Setting::Phone), qint64(0));
        QCOMPARE(settings.load()->version(Setting::Division), qint64(0));
        {
            Transaction outer(t.db());
            {
                Transaction inner(t.db());
                QVERIFY(settings.store(Setting::Division, QStringLiteral("kept"), 0));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QVERIFY(!t.db().inTransaction());
        QCOMPARE(settings.load()->value(Setting::Division), QStringLiteral("kept"));
    }

    void uncommittedTransactionLeavesNothing()
    {
        TempDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            QVERIFY(SettingsRepository(t.db()).store(Setting::Phone, QStringLiteral("000-000-0000"), 0));
            AuditRepository audit(t.db());
            QVERIFY(audit.append(AuditEvent { {},
                                              QStringLiteral("x"),
                                              QStringLiteral("test.event"),
                                              QStringLiteral("test"),
                                              QStringLiteral("1"),
                                              {} }));
            // no commit: the scope ends here
        }
        auto settings = SettingsRepository(t.db()).load();
        QVERIFY(settings.ok());
        QCOMPARE(settings->version(Setting::Phone), qint64(0));
        QCOMPARE(AuditRepository(t.db()).count().value(), qint64(0));
    }

    void failedOperationLeavesNoAuditEntry()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const qint64 before = AuditRepository(t.db()).count().value();
        AccountService accounts(t.db());
        // Duplicate login: the insert fails, so neither user nor audit entry may stay behind.
        auto dup = accounts.addUser(
            admin, NewUser { QStringLiteral("admin"), QStringLiteral("x"), { Role::Clerk }, kPassword });
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(AuditRepository(t.db()).count().value(), before);
        QCOMPARE(UserRepository(t.db()).count().value(), qint64(1));
    }

    void staleUserUpdateIsRefusedNotOverwritten()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        auto second = t.openSecond();
        AccountService deskA(t.db());
        AccountService deskB(*second);
        auto a = deskA.findUser(admin, QStringLiteral("clerk1"));
        auto b = deskB.findUser(admin, QStringLiteral("clerk1"));
        QVERIFY(a.ok() && b.ok());
        User editA = a.value();
        editA.roles = { Role::Clerk, Role::Chief };
        QVERIFY(deskA.updateUser(admin, editA).ok());
        User editB = b.value();
        editB.displayName = QStringLiteral("別の名前");
        const Status lost = deskB.updateUser(admin, editB);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, ErrorCode::Conflict);
        QVERIFY(lost.error().message.contains(QStringLiteral("reload")));
        auto now = deskA.findUser(admin, QStringLiteral("clerk1"));
        QVERIFY(now->roles.contains(Role::Chief));
        QVERIFY(now->displayName != QStringLiteral("別の名前"));
    }

    void staleSettingsSaveIsRefused()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        auto second = t.openSecond();
        SettingsService deskA(t.db());
        SettingsService deskB(*second);
        const auto basisA = deskA.load(admin);
        const auto basisB = deskB.load(admin);
        QVERIFY(
            deskA.save(admin, basisA.value(), { { Setting::Phone, QStringLiteral("095-000-0001") } }).ok());
        const Status lost
            = deskB.save(admin, basisB.value(), { { Setting::Phone, QStringLiteral("095-000-0002") } });
        QCOMPARE(lost.error().code, ErrorCode::Conflict);
        QCOMPARE(deskA.load(admin)->value(Setting::Phone), QStringLiteral("095-000-0001"));
    }

    void settingsAreValidatedAndAllOrNothing()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        SettingsService settings(t.db());
        const auto basis = settings.load(admin);
        const Status bad = settings.save(admin, basis.value(),
                                         { { Setting::Phone, QStringLiteral("095-111-2222") },
                                           { Setting::LockoutThreshold, QStringLiteral("0") } });
        QCOMPARE(bad.error().code, ErrorCode::Validation);
        QCOMPARE(settings.load(admin)->value(Setting::Phone), QStringLiteral("095-827-3137"));
        QCOMPARE(settings.load(admin)->value(Setting::Regime), QStringLiteral("private"));
        const Status regime
            = settings.save(admin, basis.value(), { { Setting::Regime, QStringLiteral("federal") } });
        QCOMPARE(regime.error().code, ErrorCode::Validation);
    }

    // Statements are kept prepared per connection (one PREPARE per statement on a server, not
    // one per use) and handed out to one user at a time.
    void cachedStatementIsPreparedOnceAndReused()
    {
        TempDatabase t;
        const QString sql = QStringLiteral("SELECT count(*) FROM approval_routes WHERE step_no = ?");
        const QSqlResult *first = nullptr;
        int firstSteps = 0;
        {
            CachedQuery q(t.db(), sql);
            first = q.result();
            q.addBindValue(1);
            QVERIFY(q.exec());
            QVERIFY(q.next());
            firstSteps = q.value(0).toInt();
        }
        QVERIFY(firstSteps > 0);
        CachedQuery again(t.db(), sql);
        QCOMPARE(again.result(), first);
        again.addBindValue(99);
        QVERIFY(again.exec());
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 0); // the new value was bound, not the old one
        QVERIFY(!again.next());
    }

    void cachedStatementInUseIsNotSharedWithANestedUser()
    {
        TempDatabase t;
        const QString sql
            = QStringLiteral("SELECT request_type, decision_kind, step_no FROM approval_routes "
                             "WHERE step_no >= ? ORDER BY request_type, decision_kind, step_no");
        CachedQuery outer(t.db(), sql);
        outer.addBindValue(1);
        QVERIFY(outer.exec());
        int rows = 0;
        while (outer.next()) {
            ++rows;
            // The same statement again while the outer loop reads: a statement of its own.
            CachedQuery inner(t.db(), sql);
            QVERIFY(inner.result() != outer.result());
            inner.addBindValue(outer.value(2).toInt() + 1);
            QVERIFY(inner.exec());
            while (inner.next())
                QVERIFY(inner.value(2).toInt() > outer.value(2).toInt());
        }
        CachedQuery count(t.db(), QStringLiteral("SELECT count(*) FROM approval_routes"));
        QVERIFY(count.exec());
        QVERIFY(count.next());
        QVERIFY(rows > 5);
        QCOMPARE(rows, count.value(0).toInt()); // the outer loop read every row, undisturbed
    }

    void cachedStatementPreparedForSomethingElseIsNotKept()
    {
        TempDatabase t;
        const QString sql = QStringLiteral("SELECT 1");
        {
            CachedQuery q(t.db(), sql);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(QStringLiteral("SELECT 2")));
            QVERIFY(q.exec());
        }
        CachedQuery again(t.db(), sql);
        QVERIFY(again.exec());
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 1);
    }

    void releasedCachedStatementKeepsNoOldSnapshot()
    {
        // A statement back in the cache holds nothing open: what another desk commits afterwards
        // is seen by the next use (on SQLite an unreset statement would pin the old snapshot).
        TempDatabase t;
        const Actor admin = t.initialize();
        auto second = t.openSecond();
        const QString sql = QStringLiteral("SELECT count(*) FROM closed_days");
        auto count = [&] {
            CachedQuery q(t.db(), sql);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(), 0);
        QVERIFY(CalendarRepository(*second).addClosedDay(QDate(2030, 1, 2), QStringLiteral("test"),
                                                         admin.userId));
        QCOMPARE(count(), 1);
        QVERIFY(CalendarRepository(*second).addClosedDay(QDate(2030, 1, 3), QStringLiteral("test"),
                                                         admin.userId));
        QCOMPARE(count(), 2);
    }

    void manyDistinctStatementsStayCorrect()
    {
        // More statements than the cache keeps: the least recently used are dropped, every one
        // still runs what it says.
        TempDatabase t;
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < 260; ++i) {
                CachedQuery q(t.db(), QStringLiteral("SELECT %1 + ?").arg(i));
                q.addBindValue(round);
                QVERIFY(q.exec());
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), i + round);
            }
    }

    void writeLockSerialisesTwoDesks()
    {
        TempDatabase t;
        auto second = t.openSecond();
        Transaction holding(t.db());
        QVERIFY(holding.isActive());
        QSqlQuery q(second->connection());
        if (onServer()) {
            // A server's BEGIN locks nothing: what one writing desk holds until it ends is the
            // audit chain's head, taken by its first entry. The other desk waits for it — here
            // only 200 ms instead of the production timeout — and is then told to try again.
            const AuditEvent event { {},
                                     QStringLiteral("x"),
                                     QStringLiteral("test.event"),
                                     QStringLiteral("test"),
                                     QStringLiteral("1"),
                                     {} };
            QVERIFY(AuditRepository(t.db()).append(event));
            QVERIFY(q.exec(QStringLiteral("SET lock_timeout = '200ms'")));
            Transaction blocked(*second);
            QVERIFY(blocked.isActive());
            const auto appended = AuditRepository(*second).append(event);
            QVERIFY(!appended.ok());
            QCOMPARE(appended.error().code, ErrorCode::Conflict);
            return;
        }
        // Shorten the wait so the test does not sit out the 10 s production timeout.
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout=200")));
        Transaction blocked(*second);
        QVERIFY(!blocked.isActive());
        QCOMPARE(blocked.beginError().code, ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "TestStorage.moc"
