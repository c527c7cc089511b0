// The audit trail: entries chain, the trail is append-only, and every kind of tampering —
// edit, delete, insert, reorder — is found at the right sequence number.

#include "TestSupport.h"
#include "security/AuditChain.h"
#include "security/AuditKey.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestAudit : public QObject
{
    Q_OBJECT

    // Appends n synthetic entries, each in its own transaction, as services do.
    static void appendEntries(Database &db, int n)
    {
        for (int i = 1; i <= n; ++i) {
            Transaction tx(db);
            AuditRepository repo(db);
            QVERIFY(repo.append(AuditEvent { qint64(1),
                                             QStringLiteral("clerk1"),
                                             QStringLiteral("test.event"),
                                             QStringLiteral("request"),
                                             QString::number(100 + i),
                                             { { QStringLiteral("n"), i } } }));
            QVERIFY(tx.commit());
        }
    }

    // What someone with the sqlite3 tool could do: remove the append-only triggers first.
    static void exec(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(" in ") + sql));
    }
    static void dropGuards(Database &db)
    {
        exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    // The key a new test database was given at its first entry: for forgers who hold it too.
    static std::shared_ptr<const AuditKey> keyOf(Database &db)
    {
        auto key = AuditRepository(db).key();
        if (!key)
            qFatal("no audit key: %s", qPrintable(key.error().message));
        return key.value();
    }
    static AuditVerification verify(Database &db)
    {
        auto r = AuditService::verifyChain(db);
        if (!r.ok())
            qFatal("verify failed to read");
        return r.value();
    }

private Q_SLOTS:
    void entriesChainFromGenesis()
    {
        TempDatabase t;
        appendEntries(t.db(), 5);
        const auto all = AuditRepository(t.db()).list({}).value();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.last().seq, qint64(1));
        QCOMPARE(all.last().prevHash, AuditChain::genesisHash());
        for (int i = 0; i + 1 < all.size(); ++i)
            QCOMPARE(all[i].prevHash, all[i + 1].hash);
        // A new database is keyed from its first entry.
        const auto key = keyOf(t.db());
        for (const AuditRecord &r : all) {
            QCOMPARE(r.scheme, AuditScheme::HmacSha256);
            QCOMPARE(r.hash, AuditChain::computeHash(r, key.get()));
            QVERIFY(r.hash != AuditChain::computeHash(r)); // not without the key
            QCOMPARE(r.hash.size(), 64);
            QVERIFY(r.atUtc.endsWith(QLatin1Char('Z')));
        }
        const auto v = verify(t.db());
        QVERIFY(v.intact);
        QCOMPARE(v.checked, qint64(5));
    }

    void canonicalFormCannotBeImitated()
    {
        AuditRecord a;
        a.seq = 1;
        a.action = QStringLiteral("a");
        a.entityType = QStringLiteral("b;1:c");
        AuditRecord b = a;
        b.action = QStringLiteral("a;1:b");
        b.entityType = QStringLiteral("c");
        QVERIFY(AuditChain::canonical(a) != AuditChain::canonical(b));
        QVERIFY(AuditChain::computeHash(a) != AuditChain::computeHash(b));
    }

    void trailIsAppendOnly()
    {
        TempDatabase t;
        appendEntries(t.db(), 2);
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        QCOMPARE(AuditRepository(t.db()).count().value(), qint64(2));
    }

    void editedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t.db());
        exec(t.db(), QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 6"));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(6));
        QCOMPARE(v.checked, qint64(5));
        QVERIFY(v.problem.contains(QStringLiteral("6")));
    }

    void editedAndRehashedEntryBreaksTheNextLink()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t.db());
        // A careful forger — even one holding the key — recomputes the edited entry's own hash; the
        // successor still points at the old one.
        auto rows = AuditRepository(t.db())
                        .list(AuditFilter { {}, {}, {}, QStringLiteral("104"), {}, {}, 0 })
                        .value();
        QCOMPARE(rows.size(), 1);
        AuditRecord forged = rows.first();
        forged.action = QStringLiteral("test.other");
        forged.hash = AuditChain::computeHash(forged, keyOf(t.db()).get());
        exec(t.db(),
             QStringLiteral("UPDATE audit_log SET action = 'test.other', hash = '%1' WHERE seq = 4")
                 .arg(forged.hash));
        QCOMPARE(verify(t.db()).firstBadSeq, qint64(5));
    }

    void deletedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t.db());
        exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(7));
    }

    void deletedAndRenumberedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t.db());
        exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        exec(t.db(), QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"));
        // Entry 3 is now the old entry 4: its predecessor link points at the removed entry.
        QCOMPARE(verify(t.db()).firstBadSeq, qint64(3));
    }

    void insertedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t.db());
        // Make room after entry 5 and insert a well-formed forgery that links to entry 5.
        exec(t.db(), QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq > 5"));
        exec(t.db(), QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000"));
        auto five = AuditRepository(t.db())
                        .list(AuditFilter { {}, {}, {}, QStringLiteral("105"), {}, {}, 0 })
                        .value();
        AuditRecord forged;
        forged.seq = 6;
        forged.atUtc = five.first().atUtc;
        forged.userId = 1;
        forged.userLogin = QStringLiteral("clerk1");
        forged.action = QStringLiteral("test.event");
        forged.entityType = QStringLiteral("request");
        forged.entityId = QStringLiteral("999");
        forged.details = QStringLiteral("{}");
        forged.prevHash = five.first().hash;
        forged.scheme = AuditScheme::HmacSha256;
        forged.hash = AuditChain::computeHash(forged, keyOf(t.db()).get());
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             { QVariant(forged.seq), QVariant(forged.atUtc), QVariant(*forged.userId),
               QVariant(forged.userLogin), QVariant(forged.action), QVariant(forged.entityType),
               QVariant(forged.entityId), QVariant(forged.details), QVariant(forged.prevHash),
               QVariant(forged.hash), QVariant(2) })
            q.addBindValue(v);
        QVERIFY(q.exec());
        // The forgery itself is consistent; the genuine entry after it no longer follows.
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(7));
        QCOMPARE(v.checked, qint64(6));
    }

    void insertedEntryWithoutRenumberingIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 4);
        dropGuards(t.db());
        exec(t.db(),
             QStringLiteral(
                 "INSERT INTO audit_log VALUES (3, 'x', 1, 'clerk1', 'a', 'b', 'c', '{}', 'p', 'h', 2) "
                 "ON CONFLICT(seq) DO NOTHING"));
        exec(t.db(),
             QStringLiteral(
                 "INSERT INTO audit_log VALUES (7, 'x', 1, 'clerk1', 'a', 'b', 'c', '{}', 'p', 'h', 2)"));
        QCOMPARE(verify(t.db()).firstBadSeq, qint64(5)); // 5 and 6 are missing before 7
    }

    void reorderedEntriesAreFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t.db());
        // Swap entries 4 and 8 by exchanging their sequence numbers.
        exec(t.db(), QStringLiteral("UPDATE audit_log SET seq = -4 WHERE seq = 4"));
        exec(t.db(), QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 8"));
        exec(t.db(), QStringLiteral("UPDATE audit_log SET seq = 8 WHERE seq = -4"));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(4));
    }

    void entryCommitsWithTheChangeItRecords()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const qint64 before = AuditRepository(t.db()).count().value();
        AccountService accounts(t.db());
        QVERIFY(accounts.addUser(
            admin, NewUser { QStringLiteral("clerk1"), QStringLiteral("職員"), { Role::Clerk }, kPassword }));
        const auto last
            = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first();
        QCOMPARE(AuditRepository(t.db()).count().value(), before + 1);
        QCOMPARE(last.action, QStringLiteral("user.create"));
        QCOMPARE(last.userLogin, QStringLiteral("admin"));
        QCOMPARE(last.entityType, QStringLiteral("user"));
        // Ids, not personal data: the display name is not in the entry.
        QVERIFY(!last.details.contains(QStringLiteral("職員")));
        QVERIFY(last.details.contains(QStringLiteral("clerk1")));
    }

    void settingsChangesRecordBeforeAndAfter()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::Regime, QStringLiteral("public") } }));
        const auto last
            = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first();
        QCOMPARE(last.action, QStringLiteral("settings.change"));
        QCOMPARE(last.entityId, QStringLiteral("legal.regime"));
        QCOMPARE(last.details, QStringLiteral("{\"after\":\"public\",\"before\":\"private\"}"));
    }

    void personalSettingsAreAuditedWithoutValues()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::HeadName, QStringLiteral("長崎 次郎") } }));
        const auto last
            = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first();
        QCOMPARE(last.entityId, QStringLiteral("organisation.head_name"));
        QVERIFY(!last.details.contains(QStringLiteral("長崎")));
    }

    void filtersSelectEntries()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        (void)accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x"));
        AuditRepository repo(t.db());
        AuditFilter byUser;
        byUser.userLogin = QStringLiteral("clerk1");
        for (const AuditRecord &r : repo.list(byUser).value())
            QCOMPARE(r.userLogin, QStringLiteral("clerk1"));
        AuditFilter byAction;
        byAction.actionPrefix = QStringLiteral("auth.");
        const auto auth = repo.list(byAction).value();
        QCOMPARE(auth.size(), 1);
        QCOMPARE(auth.first().action, QStringLiteral("auth.login_failed"));
        AuditFilter byEntity;
        byEntity.entityType = QStringLiteral("database");
        QCOMPARE(repo.list(byEntity).value().size(), 1);
        AuditFilter past;
        past.to = QDate(2000, 1, 1);
        QCOMPARE(repo.list(past).value().size(), 0);
        AuditFilter today;
        today.from = QDate::currentDate().addDays(-1);
        today.to = QDate::currentDate().addDays(1);
        QCOMPARE(repo.list(today).value().size(), repo.count().value());
    }

    void csvExportEscapesAndIsRecorded()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        AuditService audit(t.db());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto n = audit.exportCsv(auditor, {}, &buffer);
        QVERIFY(n.ok());
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "seq,at_utc,user_id,user_login,action"));
        QCOMPARE(csv.count("\r\n"), int(n.value()) + 1);
        // JSON details contain commas and quotes: quoted and doubled.
        QVERIFY(csv.contains("\"{\"\"disabled\"\":false,\"\"login\"\":\"\"auditor1\"\""));
        QCOMPARE(
            AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first().action,
            QStringLiteral("audit.export"));
    }

    void csvFileExportIsAtomicAndRecordedAfterwards()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        AuditService audit(t.db());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        auto n = audit.exportCsvFile(auditor, {}, path);
        QVERIFY(n.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), int(n.value()) + 1);
        QCOMPARE(
            AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first().action,
            QStringLiteral("audit.export"));
        // A folder that does not exist: nothing written, nothing recorded.
        const qint64 before = AuditRepository(t.db()).count().value();
        QVERIFY(!audit.exportCsvFile(auditor, {}, dir.filePath(QStringLiteral("missing/audit.csv"))).ok());
        QCOMPARE(AuditRepository(t.db()).count().value(), before);
    }

    void verificationIsRecordedAfterTheWalk()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AuditService audit(t.db());
        auto v = audit.verify(admin);
        QVERIFY(v.ok() && v->intact);
        QCOMPARE(v->checked, qint64(2));
        auto again = audit.verify(admin);
        QCOMPARE(again->checked, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
