// Several desks on one server (issue 11), at the storage level: a session the server ended while
// the desk was idle is opened again before the next change, a connection lost under a statement
// is reported and the transaction cut off by it leaves nothing behind, desks appending to the
// audit trail at the same moment keep one chain in one global order (the chain head is locked per
// append), and a deadline setting and a desk changing a request take their locks in one order.
// Runs on the project's PostgreSQL test cluster only (SERVER_ONLY): a SQLite file neither drops
// connections nor has separate sessions.

#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace dsr;
using dsr::test::scalar;
using dsr::test::TempDatabase;

namespace {

// Ends the server session of `db` as an administrator would (pg_terminate_backend), and waits
// until the server has closed it.
void dropConnection(TempDatabase &t, Database &db)
{
    const qint64 pid = scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    t.execAsOwner(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    auto owner = Database::open(t.ownerPath());
    QVERIFY(owner);
    for (int i = 0; i < 500; ++i) {
        if (scalar(*owner.value(),
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid))
            == 0)
            return;
        QThread::msleep(10);
    }
    QFAIL("the server did not end the session");
}

QString textOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
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
        Member m;
        m.memberNumber = QStringLiteral("20000001");
        m.name = QStringLiteral("山田 花子");
        m.kana = QStringLiteral("ヤマダ ハナコ");
        m.birthDate = QDate(1970, 1, 1);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎市試験町1");
        // The server ended the session while the desk was idle: the next change notices before
        // its first statement, connects again and goes through, audited.
        dropConnection(t, t.db());
        auto added = MemberService(t.db()).add(clerk, m);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM members")), 1);
        QVERIFY(verified(t.db()).intact);
    }

    void connectionLostMidStatementIsReportedThenOpenedAgain()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
        Member m;
        m.memberNumber = QStringLiteral("20000002");
        m.name = QStringLiteral("山田 太郎");
        m.kana = QStringLiteral("ヤマダ タロウ");
        m.birthDate = QDate(1971, 2, 3);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎市試験町2");
        // A statement that finds the server gone (here: the session ended by the server inside
        // the change's own transaction) fails, and says so: nothing was saved.
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            dropConnection(t, t.db());
            auto cut = MemberService(t.db()).add(clerk, m);
            QVERIFY(!cut);
            QVERIFY2(
                cut.error().message.contains(QStringLiteral("connection to the database server was lost")),
                qPrintable(cut.error().message));
        }
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM members")), 0);
        // The next attempt runs on a fresh connection.
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
    void deadlineSettingWaitsForADeskChangingARequest()
    {
        // A deadline setting updates every open request, then writes the audit trail; a desk
        // changing a request takes that request's row, then the trail. Both take rows first, so
        // the desk is never left waiting for the trail while the settings wait for its row.
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
        const qint64 member = t.addMember(clerk, QStringLiteral("20000003"), QStringLiteral("山田 次郎"),
                                          QStringLiteral("ヤマダ ジロウ"));
        auto request = RequestService(t.db()).registerRequest(
            clerk, test::disclosureDraft(member, QDate::currentDate().addDays(-3)));
        QVERIFY2(request, request ? "" : qPrintable(request.error().message));
        const QString deadlineSql
            = QStringLiteral("SELECT deadline FROM requests WHERE id = %1").arg(request->id);
        const QString before = textOf(t.db(), deadlineSql);

        // The desk changes the request and has not written its audit entry yet.
        auto desk = t.openSecond();
        Transaction deskTx(*desk);
        QVERIFY(deskTx.isActive());
        QSqlQuery touch(desk->connection());
        QVERIFY(touch.exec(
            QStringLiteral("UPDATE requests SET updated_at = updated_at WHERE id = %1").arg(request->id)));

        // Meanwhile an administrator saves a deadline setting: it waits for the request's row.
        auto basis = SettingsService(t.db()).load(admin);
        QVERIFY(basis);
        std::atomic<bool> saved { false };
        QString problem;
        const QString location = t.path();
        std::thread admins([&] {
            auto db = Database::open(location);
            if (!db) {
                problem = db.error().message;
                return;
            }
            const Status s
                = SettingsService(*db.value())
                      .save(admin, basis.value(), { { Setting::LimitDays, QStringLiteral("45") } });
            if (!s)
                problem = s.error().message;
            saved = s.ok();
        });
        bool waiting = false;
        for (int i = 0; i < 500 && !waiting; ++i) {
            // (Asked on a connection outside the desk's transaction, which sees the activity as
            // it was when the transaction first looked.)
            waiting = scalar(t.db(),
                             QStringLiteral(
                                 "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                 "AND datname = current_database()"))
                > 0;
            if (!waiting)
                QThread::msleep(10);
        }
        QVERIFY(waiting);

        // The desk writes its entry and commits: the trail is free, nobody waits in a circle.
        const auto appended = AuditRepository(*desk).append(AuditEvent { clerk.userId,
                                                                         clerk.login,
                                                                         QStringLiteral("request.edit"),
                                                                         QStringLiteral("request"),
                                                                         QString::number(request->id),
                                                                         {} });
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().message));
        QVERIFY(deskTx.commit());
        admins.join();
        QVERIFY2(saved, qPrintable(problem));
        QVERIFY(textOf(t.db(), deadlineSql) != before);
        const AuditVerification v = verified(t.db());
        QVERIFY2(v.intact, qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestServerResilience)
#include "TestServerResilience.moc"
