// Several desks on one server (issue 11), at the storage level: a connection the server dropped
// is opened again before the next transaction, a transaction cut off by the drop leaves nothing
// behind, and desks appending to the audit trail at the same moment keep one chain in one global
// order (the chain head is locked per append). Runs on the project's PostgreSQL test cluster only
// (SERVER_ONLY): a SQLite file neither drops connections nor has separate sessions.

#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/MemberService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace dsr;
using dsr::test::scalar;
using dsr::test::TempDatabase;

namespace {

// Ends the server session of `db` as an administrator would (pg_terminate_backend).
void dropConnection(TempDatabase &t, Database &db)
{
    const qint64 pid = scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    t.execAsOwner(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
}

AuditVerification verified(Database &db)
{
    auto v = AuditService::verifyChain(db);
    if (!v)
        qFatal("cannot verify: %s", qPrintable(v.error().message));
    return v.value();
}

} // namespace

class TestServerResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(test::onServer(), "this suite runs on the PostgreSQL test cluster"); }

    void droppedConnectionIsOpenedAgainForTheNextChange()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
        dropConnection(t, t.db());
        // The statement that finds the server gone fails, and says so: nothing was saved.
        Member m;
        m.memberNumber = QStringLiteral("20000001");
        m.name = QStringLiteral("山田 花子");
        m.kana = QStringLiteral("ヤマダ ハナコ");
        m.birthDate = QDate(1970, 1, 1);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎市試験町1");
        auto first = MemberService(t.db()).add(clerk, m);
        QVERIFY(!first);
        QVERIFY2(first.error().message.contains(QStringLiteral("connection to the database server was lost")),
                 qPrintable(first.error().message));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM members")), 0);
        // The next attempt runs on a fresh connection and goes through, audited.
        auto again = MemberService(t.db()).add(clerk, m);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM members")), 1);
        QVERIFY(verified(t.db()).intact);
    }

    void transactionCutOffByADropLeavesNothing()
    {
        TempDatabase t;
        t.initialize();
        const qint64 entries = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                          "VALUES ('test.cut_off', 'x', '2026-01-01T00:00:00.000Z')")));
            QVERIFY(AuditRepository(t.db()).append(AuditEvent { std::nullopt,
                                                                QStringLiteral("test"),
                                                                QStringLiteral("settings.change"),
                                                                QStringLiteral("settings"),
                                                                QStringLiteral("test.cut_off"),
                                                                {} }));
            dropConnection(t, t.db());
            const Status committed = tx.commit();
            QVERIFY(!committed);
            QVERIFY2(committed.error().message.contains(QStringLiteral("connection"))
                         || committed.error().message.contains(QStringLiteral("server")),
                     qPrintable(committed.error().message));
        }
        // Reconnected by the next transaction: neither the row nor its audit entry is there.
        {
            Transaction tx(t.db());
            QVERIFY2(tx.isActive(), qPrintable(tx.beginError().message));
            QVERIFY(tx.commit());
        }
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'test.cut_off'")),
                 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), entries);
        QVERIFY(verified(t.db()).intact);
    }

    void desksAppendingAtOnceKeepOneChain()
    {
        TempDatabase t;
        t.initialize();
        const qint64 before = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        constexpr int desks = 4;
        constexpr int perDesk = 60;
        std::atomic<int> failures { 0 };
        const QString location = t.path();
        std::vector<std::thread> threads;
        for (int d = 0; d < desks; ++d) {
            threads.emplace_back([&, d] {
                auto db = Database::open(location);
                if (!db) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < perDesk; ++i) {
                    Transaction tx(*db.value());
                    const bool ok = tx.isActive()
                        && AuditRepository(*db.value())
                               .append(AuditEvent { std::nullopt,
                                                    QStringLiteral("desk%1").arg(d),
                                                    QStringLiteral("test.append"),
                                                    QStringLiteral("test"),
                                                    QString::number(i),
                                                    {} })
                        && tx.commit();
                    if (!ok)
                        ++failures;
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), before + desks * perDesk);
        // One order: the sequence numbers run without a gap, and the chain verifies end to end.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT max(seq) - min(seq) + 1 FROM audit_log")),
                 before + desks * perDesk);
        const AuditVerification v = verified(t.db());
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.checked, before + desks * perDesk);
    }
};

QTEST_GUILESS_MAIN(TestServerResilience)
#include "TestServerResilience.moc"
