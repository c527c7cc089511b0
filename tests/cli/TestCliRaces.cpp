// Races between desks through the built dsrctl (issue 15): three processes act on one request at
// the same moment — approving one step, editing one version, issuing one decision letter. Exactly
// one wins (exit 0); the others are told someone else was faster (exit 5, one line, "meanwhile"),
// nothing is lost or done twice, and the audit chain holds. And a batch of letters killed half-way
// is completed by running it again: the missing letters issued, the others reported as issued,
// numbers without gaps or duplicates.

#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace dsr;
using namespace dsr::test;

namespace {

// Starts one dsrctl per (login, arguments) before waiting for any, so that they race.
QList<CliResult> together(const QString &db, const QList<std::pair<QString, QStringList>> &desks)
{
    std::vector<std::unique_ptr<QProcess>> running;
    for (const auto &[login, args] : desks) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), signedInArgs(db, login) + args);
        running.push_back(std::move(p));
    }
    for (auto &p : running) {
        if (!p->waitForStarted(10000))
            qFatal("dsrctl did not start");
        p->write((kPassword + QLatin1Char('\n')).toUtf8());
    }
    // All passwords delivered before any is waited for: the desks start together.
    for (auto &p : running) {
        p->waitForBytesWritten(10000);
        p->closeWriteChannel();
    }
    QList<CliResult> out;
    for (auto &p : running) {
        if (!p->waitForFinished(120000))
            p->kill();
        p->waitForFinished();
        out.append({ p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                     QString::fromUtf8(p->readAllStandardOutput()),
                     QString::fromUtf8(p->readAllStandardError()) });
    }
    return out;
}

QString describeAll(const QList<CliResult> &results)
{
    QStringList lines;
    for (const CliResult &r : results)
        lines << describe(r);
    return lines.join(QStringLiteral("\n---\n"));
}

// One winner, the others refused as conflicts with the one-line message that says to reload.
bool oneWinner(const QList<CliResult> &results)
{
    int won = 0;
    for (const CliResult &r : results) {
        if (r.exitCode == 0)
            ++won;
        else if (r.exitCode != 5 || !isOneLine(r.err)
                 || !r.err.contains(QStringLiteral("reload"), Qt::CaseInsensitive))
            return false;
    }
    return won == 1;
}

} // namespace

class TestCliRaces : public QObject
{
    Q_OBJECT

    TempDatabase m_t;
    Actor m_admin, m_clerk, m_manager;
    QList<Actor> m_chiefs;
    int m_members = 0;

    qint64 decided()
    {
        return decidedRequest(m_t.db(), m_clerk, m_chiefs[0], m_manager,
                              QStringLiteral("77%1").arg(++m_members, 4, 10, QLatin1Char('0')));
    }

    void chainIntact()
    {
        auto chain = AuditService::verifyChain(m_t.db());
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact, qPrintable(chain->problem));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = m_t.initialize();
        m_clerk = m_t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_t.addUser(m_admin, QStringLiteral("clerk2"), { Role::Clerk });
        m_t.addUser(m_admin, QStringLiteral("clerk3"), { Role::Clerk });
        for (int i = 1; i <= 3; ++i)
            m_chiefs << m_t.addUser(m_admin, QStringLiteral("chief%1").arg(i), { Role::Chief });
        m_manager = m_t.addUser(m_admin, QStringLiteral("manager1"), { Role::Manager });
        QVERIFY(setLetterSettings(m_t.db(), m_admin));
    }

    // Three chiefs approve the step waiting for a chief, without --expect-version: the two who come
    // second find it approved by the first — a conflict, not "not allowed".
    void threeChiefsApproveOneStep()
    {
        for (int round = 0; round < 3; ++round) {
            const Request r = registered(
                m_t.db(), m_clerk,
                disclosureDraft(
                    m_t.addMember(m_clerk, QStringLiteral("78%1").arg(round, 4, 10, QLatin1Char('0')),
                                  QStringLiteral("競合 太郎"), QStringLiteral("キョウゴウ タロウ")),
                    QDate::currentDate().addDays(-3)));
            submitDraft(m_t.db(), r.id, fullDisclosure(), QDate::currentDate(), m_clerk);
            const QStringList approve { QStringLiteral("request"), QStringLiteral("approve"),
                                        QString::number(r.id) };
            const QList<CliResult> results = together(m_t.path(),
                                                      { { QStringLiteral("chief1"), approve },
                                                        { QStringLiteral("chief2"), approve },
                                                        { QStringLiteral("chief3"), approve } });
            QVERIFY2(oneWinner(results), qPrintable(describeAll(results)));
            QCOMPARE(scalar(m_t.db(),
                            QStringLiteral("SELECT count(*) FROM approval_steps WHERE request_id = %1 AND "
                                           "outcome = 'approved'")
                                .arg(r.id)),
                     1);
            QCOMPARE(scalar(m_t.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.approve' "
                                           "AND entity_id = '%1'")
                                .arg(r.id)),
                     1);
        }
        chainIntact();
    }

    // Three clerks edit the version they all looked at: one edit is saved, the others are refused
    // and change nothing.
    void threeClerksEditOneVersion()
    {
        const Request r = registered(
            m_t.db(), m_clerk,
            disclosureDraft(m_t.addMember(m_clerk, QStringLiteral("790001"), QStringLiteral("編集 花子"),
                                          QStringLiteral("ヘンシュウ ハナコ")),
                            QDate::currentDate().addDays(-2)));
        const QString version = QString::number(r.version);
        QList<std::pair<QString, QStringList>> desks;
        for (int i = 1; i <= 3; ++i)
            desks.append({ QStringLiteral("clerk%1").arg(i),
                           { QStringLiteral("request"), QStringLiteral("edit"), QString::number(r.id),
                             QStringLiteral("--notes"), QStringLiteral("desk %1").arg(i),
                             QStringLiteral("--expect-version"), version } });
        const QList<CliResult> results = together(m_t.path(), desks);
        QVERIFY2(oneWinner(results), qPrintable(describeAll(results)));
        const Request after = RequestService(m_t.db()).openById(m_clerk, r.id).value();
        QCOMPARE(after.version, r.version + 1);
        int winner = 0;
        for (int i = 0; i < 3; ++i)
            if (results[i].exitCode == 0)
                winner = i + 1;
        QCOMPARE(after.notes, QStringLiteral("desk %1").arg(winner));
        QCOMPARE(scalar(m_t.db(),
                        QStringLiteral("SELECT count(*) FROM request_history WHERE request_id = %1 AND "
                                       "field = 'notes'")
                            .arg(r.id)),
                 1);
        // A version that is not the stored one is refused the same way, alone.
        const CliResult stale = runDsrctl(
            signedInArgs(m_t.path(), QStringLiteral("clerk1"))
                + QStringList { QStringLiteral("request"), QStringLiteral("edit"), QString::number(r.id),
                                QStringLiteral("--notes"), QStringLiteral("late"),
                                QStringLiteral("--expect-version"), version },
            kPassword + QLatin1Char('\n'));
        EXPECT_EXIT(stale, 5);
        QCOMPARE(RequestService(m_t.db()).openById(m_clerk, r.id)->notes,
                 QStringLiteral("desk %1").arg(winner));
        chainIntact();
    }

    // Three clerks issue the decision letter of one request: one letter, one number.
    void threeDesksIssueOneLetter()
    {
        const qint64 request = decided();
        const qint64 numbersBefore
            = scalar(m_t.db(), QStringLiteral("SELECT count(*) FROM letters WHERE number IS NOT NULL"));
        QList<std::pair<QString, QStringList>> desks;
        for (int i = 1; i <= 3; ++i)
            desks.append(
                { QStringLiteral("clerk%1").arg(i),
                  { QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--kind"),
                    QStringLiteral("disclosure"), QStringLiteral("--request"), QString::number(request) } });
        const QList<CliResult> results = together(m_t.path(), desks);
        QVERIFY2(oneWinner(results), qPrintable(describeAll(results)));
        QCOMPARE(scalar(m_t.db(),
                        QStringLiteral("SELECT count(*) FROM letters WHERE request_id = %1").arg(request)),
                 1);
        QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT count(*) FROM letters WHERE number IS NOT NULL")),
                 numbersBefore + 1);
        QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT max(number) FROM letters")), numbersBefore + 1);
        chainIntact();
    }

    // `letter issue` for 40 requests, killed (SIGKILL) once a few letters are in; the same command
    // again issues exactly the missing ones and names the others as issued already.
    void batchKilledHalfWayIsCompletedByRunningItAgain()
    {
        QStringList args { QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--kind"),
                           QStringLiteral("disclosure") };
        QList<qint64> requests;
        for (int i = 0; i < 40; ++i) {
            requests << decided();
            args << QStringLiteral("--request") << QString::number(requests.last());
        }
        const QString inBatch = [&] {
            QStringList ids;
            for (qint64 id : requests)
                ids << QString::number(id);
            return ids.join(QLatin1Char(','));
        }();
        const qint64 before = scalar(m_t.db(), QStringLiteral("SELECT count(*) FROM letters"));
        auto issuedNow = [&] {
            return scalar(
                m_t.db(),
                QStringLiteral("SELECT count(*) FROM letters WHERE request_id IN (%1)").arg(inBatch));
        };
        QProcess batch;
        batch.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"),
                    signedInArgs(m_t.path(), QStringLiteral("clerk1")) + args);
        QVERIFY(batch.waitForStarted());
        batch.write((kPassword + QLatin1Char('\n')).toUtf8());
        QVERIFY(batch.waitForBytesWritten(10000)); // no event loop runs while this test polls
        batch.closeWriteChannel();
        QElapsedTimer waited;
        waited.start();
        while (issuedNow() < 3 && batch.state() == QProcess::Running && waited.elapsed() < 120000)
            QThread::msleep(5);
        QVERIFY2(batch.state() == QProcess::Running,
                 "the batch ended before it could be killed half-way; give it more requests");
        batch.kill(); // SIGKILL: no cleanup of any kind
        QVERIFY(batch.waitForFinished());
        const qint64 killedAt = issuedNow();
        QVERIFY2(killedAt >= 3 && killedAt < requests.size(),
                 qPrintable(QStringLiteral("%1 letters after %2 ms: %3")
                                .arg(killedAt)
                                .arg(waited.elapsed())
                                .arg(QString::fromUtf8(batch.readAllStandardError()))));

        const CliResult again = runDsrctl(signedInArgs(m_t.path(), QStringLiteral("clerk1")) + args,
                                          kPassword + QLatin1Char('\n'), 300000);
        EXPECT_EXIT(again, 1); // some of the orders were refused: issued already
        QVERIFY2(again.err.contains(QStringLiteral("could not be issued")), qPrintable(describe(again)));
        const QStringList lines = again.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), requests.size() - killedAt);
        // Every request of the batch has exactly one letter; the numbers run without a gap.
        QCOMPARE(issuedNow(), qint64(requests.size()));
        QCOMPARE(
            scalar(m_t.db(),
                   QStringLiteral("SELECT count(*) FROM (SELECT request_id FROM letters WHERE request_id "
                                  "IN (%1) GROUP BY request_id HAVING count(*) > 1) AS twice")
                       .arg(inBatch)),
            0);
        const qint64 total = before + requests.size();
        QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT count(DISTINCT number) FROM letters")), total);
        QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT max(number) FROM letters")), total);
        QCOMPARE(scalar(m_t.db(), QStringLiteral("SELECT min(number) FROM letters")), qint64(1));
        QSqlQuery check(m_t.db().connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        chainIntact();
    }
};

QTEST_GUILESS_MAIN(TestCliRaces)
#include "TestCliRaces.moc"
