// DeadlinePolicy, table by table (DOMAIN.md §4): days per regime and the private target, pauses
// counted only in the public regime, extensions and their limits, the objection gap, the act-by
// date, and overdue / due soon at their boundaries over holidays and the year-end closure.

#include "Settings.h"
#include "workflow/DeadlinePolicy.h"

#include <QtTest>

using namespace dsr;

Q_DECLARE_METATYPE(dsr::LegalRegime)
Q_DECLARE_METATYPE(dsr::RequestStatus)
Q_DECLARE_METATYPE(QList<dsr::DateRange>)

namespace {

constexpr LegalRegime Private = LegalRegime::Private;
constexpr LegalRegime Public = LegalRegime::Public;

// The organisation's defaults (DOMAIN.md §4): limit 30, target 14.
DeadlinePolicy policy(LegalRegime regime, int limit = 30, int target = 14)
{
    return DeadlinePolicy(DeadlineCalendar(), regime, limit, target);
}

Request request(RequestStatus status, const QDate &actBy, const QDate &deadline = {},
                const QDate &received = {})
{
    Request r;
    r.status = status;
    r.actBy = actBy;
    r.deadline = deadline.isValid() ? deadline : actBy;
    r.received = received;
    return r;
}

} // namespace

class TestDeadlinePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regimes_data()
    {
        QTest::addColumn<LegalRegime>("regime");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("targetDays");
        QTest::addColumn<bool>("pauses");
        QTest::addColumn<bool>("extensions");
        QTest::newRow("public: the law's 30 days, no target")
            << Public << 45 << 14 << 30 << 0 << true << true;
        QTest::newRow("private: the organisation's limit and target")
            << Private << 30 << 14 << 30 << 14 << false << false;
        QTest::newRow("private: a shorter limit") << Private << 20 << 10 << 20 << 10 << false << false;
        QTest::newRow("private: a target not shorter than the limit is none")
            << Private << 14 << 14 << 14 << 0 << false << false;
    }
    void regimes()
    {
        QFETCH(LegalRegime, regime);
        QFETCH(int, limit);
        QFETCH(int, target);
        const DeadlinePolicy p = policy(regime, limit, target);
        QFETCH(int, days);
        QCOMPARE(p.days(), days);
        QFETCH(int, targetDays);
        QCOMPARE(p.targetDays(), targetDays);
        QFETCH(bool, pauses);
        QCOMPARE(p.pausesCount(), pauses);
        QFETCH(bool, extensions);
        QCOMPARE(p.allowsExtensions(), extensions);
    }

    void fromSettings()
    {
        OrganisationSettings settings;
        QCOMPARE(DeadlinePolicy::fromSettings(DeadlineCalendar(), settings).regime(), LegalRegime::Private);
        settings.set(Setting::Regime, QStringLiteral("public"), 1);
        settings.set(Setting::LimitDays, QStringLiteral("20"), 1);
        const DeadlinePolicy pub = DeadlinePolicy::fromSettings(DeadlineCalendar(), settings);
        QCOMPARE(pub.regime(), LegalRegime::Public);
        QCOMPARE(pub.days(), 30);
        settings.set(Setting::Regime, QStringLiteral("private"), 2);
        settings.set(Setting::TargetDays, QStringLiteral("7"), 1);
        const DeadlinePolicy priv = DeadlinePolicy::fromSettings(DeadlineCalendar(), settings);
        QCOMPARE(priv.days(), 20);
        QCOMPARE(priv.targetDays(), 7);
    }

    void deadline_data()
    {
        QTest::addColumn<LegalRegime>("regime");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QList<DateRange>>("paused");
        QTest::addColumn<QDate>("extendedTo");
        QTest::addColumn<QDate>("specialTo");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("actBy");
        const QDate r(2025, 4, 1);
        const QList<DateRange> pause { { QDate(2025, 4, 10), QDate(2025, 4, 19) } };
        QTest::newRow("public: 30 days") << Public << 30 << r << QList<DateRange> {} << QDate() << QDate()
                                         << QDate(2025, 5, 1) << QDate(2025, 5, 1);
        QTest::newRow("public: ten paused days not counted")
            << Public << 30 << r << pause << QDate() << QDate() << QDate(2025, 5, 11) << QDate(2025, 5, 9);
        QTest::newRow("private: pauses do not count")
            << Private << 30 << r << pause << QDate() << QDate() << QDate(2025, 5, 1) << QDate(2025, 5, 1);
        QTest::newRow("private: the limit's days") << Private << 20 << r << QList<DateRange> {} << QDate()
                                                   << QDate() << QDate(2025, 4, 21) << QDate(2025, 4, 21);
        QTest::newRow("public: extended") << Public << 30 << r << QList<DateRange> {} << QDate(2025, 5, 30)
                                          << QDate() << QDate(2025, 5, 30) << QDate(2025, 5, 30);
        QTest::newRow("public: extended to a Saturday")
            << Public << 30 << r << QList<DateRange> {} << QDate(2025, 5, 31) << QDate() << QDate(2025, 5, 31)
            << QDate(2025, 5, 30);
        QTest::newRow("public: the special extension goes beyond")
            << Public << 30 << r << QList<DateRange> {} << QDate(2025, 5, 30) << QDate(2025, 7, 15)
            << QDate(2025, 7, 15) << QDate(2025, 7, 15);
        QTest::newRow("public: an extension before the deadline changes nothing")
            << Public << 30 << r << QList<DateRange> {} << QDate(2025, 4, 20) << QDate() << QDate(2025, 5, 1)
            << QDate(2025, 5, 1);
        QTest::newRow("private: extensions do not apply")
            << Private << 30 << r << QList<DateRange> {} << QDate(2025, 5, 30) << QDate() << QDate(2025, 5, 1)
            << QDate(2025, 5, 1);
        QTest::newRow("public: year-end closure")
            << Public << 30 << QDate(2025, 11, 30) << QList<DateRange> {} << QDate() << QDate()
            << QDate(2025, 12, 30) << QDate(2025, 12, 26);
    }
    void deadline()
    {
        QFETCH(LegalRegime, regime);
        QFETCH(int, limit);
        QFETCH(QDate, received);
        QFETCH(QList<DateRange>, paused);
        QFETCH(QDate, extendedTo);
        QFETCH(QDate, specialTo);
        const DeadlineResult r = policy(regime, limit).deadline(received, paused, { extendedTo, specialTo });
        QFETCH(QDate, deadline);
        QCOMPARE(r.deadline, deadline);
        QFETCH(QDate, actBy);
        QCOMPARE(r.actBy, actBy);
        QVERIFY(!r.explain.isEmpty());
    }

    void dueWithFreeArguments()
    {
        const QList<DateRange> pause { { QDate(2025, 4, 10), QDate(2025, 4, 19) } };
        // dsrctl calendar due: the same days, pauses only where the regime counts them.
        QCOMPARE(policy(Public).due(QDate(2025, 4, 5), 30, pause).deadline, QDate(2025, 5, 15));
        const DeadlineResult priv = policy(Private).due(QDate(2025, 4, 5), 30, pause);
        QCOMPARE(priv.deadline, QDate(2025, 5, 5));
        QCOMPARE(priv.actBy, QDate(2025, 5, 2));
        QVERIFY(priv.explain.join(QLatin1Char('\n')).contains(QStringLiteral("private regime")));
    }

    void amendmentPause_data()
    {
        QTest::addColumn<QDate>("requested");
        QTest::addColumn<QDate>("arrived");
        QTest::addColumn<QDate>("to");
        QTest::newRow("answered: through the day it arrived")
            << QDate(2025, 4, 10) << QDate(2025, 4, 19) << QDate(2025, 4, 19);
        QTest::newRow("still awaited: through today") << QDate(2025, 4, 10) << QDate() << QDate(2025, 4, 25);
    }
    void amendmentPause()
    {
        QFETCH(QDate, requested);
        QFETCH(QDate, arrived);
        const DateRange r = DeadlinePolicy::amendmentPause(requested, arrived, QDate(2025, 4, 25));
        QCOMPARE(r.from, requested);
        QFETCH(QDate, to);
        QCOMPARE(r.to, to);
    }

    void target_data()
    {
        QTest::addColumn<LegalRegime>("regime");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("target");
        QTest::newRow("private: 14 days") << Private << 30 << QDate(2025, 4, 1) << QDate(2025, 4, 15);
        QTest::newRow("private: a Saturday target acts on Friday")
            << Private << 30 << QDate(2025, 4, 5) << QDate(2025, 4, 18);
        QTest::newRow("private: over the year-end closure")
            << Private << 30 << QDate(2025, 12, 20) << QDate(2025, 12, 26);
        QTest::newRow("private: no target when the limit is as short")
            << Private << 14 << QDate(2025, 4, 1) << QDate();
        QTest::newRow("public: no target") << Public << 30 << QDate(2025, 4, 1) << QDate();
    }
    void target()
    {
        QFETCH(LegalRegime, regime);
        QFETCH(int, limit);
        QFETCH(QDate, received);
        QFETCH(QDate, target);
        QCOMPARE(policy(regime, limit).target(received), target);
    }

    void extension_data()
    {
        QTest::addColumn<LegalRegime>("regime");
        QTest::addColumn<bool>("special");
        QTest::addColumn<bool>("alreadyExtended");
        QTest::addColumn<QDate>("newDeadline");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("allowed");
        // The current deadline is 2025-05-01.
        const QDate before(2025, 4, 20);
        QTest::newRow("within 30 days") << Public << false << false << QDate(2025, 5, 20) << before << true;
        QTest::newRow("exactly 30 days") << Public << false << false << QDate(2025, 5, 31) << before << true;
        QTest::newRow("31 days: over the limit")
            << Public << false << false << QDate(2025, 6, 1) << before << false;
        QTest::newRow("not after the deadline")
            << Public << false << false << QDate(2025, 5, 1) << before << false;
        QTest::newRow("decided on the deadline itself")
            << Public << false << false << QDate(2025, 5, 20) << QDate(2025, 5, 1) << true;
        QTest::newRow("decided after the deadline")
            << Public << false << false << QDate(2025, 5, 20) << QDate(2025, 5, 2) << false;
        QTest::newRow("a second ordinary extension")
            << Public << false << true << QDate(2025, 5, 20) << before << false;
        QTest::newRow("private regime: none")
            << Private << false << false << QDate(2025, 5, 20) << before << false;
        QTest::newRow("special: after the deadline, however far")
            << Public << true << true << QDate(2025, 9, 30) << QDate(2025, 6, 10) << true;
        QTest::newRow("special: not after the deadline")
            << Public << true << false << QDate(2025, 5, 1) << before << false;
        QTest::newRow("special: private regime: none")
            << Private << true << false << QDate(2025, 9, 30) << before << false;
    }
    void extension()
    {
        QFETCH(LegalRegime, regime);
        QFETCH(bool, special);
        QFETCH(bool, alreadyExtended);
        QFETCH(QDate, newDeadline);
        QFETCH(QDate, today);
        const QDate current(2025, 5, 1);
        const DeadlinePolicy p = policy(regime);
        const Status s = special ? p.checkSpecialExtension(current, newDeadline)
                                 : p.checkExtension(current, alreadyExtended, newDeadline, today);
        QFETCH(bool, allowed);
        QCOMPARE(bool(s), allowed);
        if (!s)
            QCOMPARE(s.error().code, ErrorCode::Validation);
    }

    void objectionGap()
    {
        QCOMPARE(DeadlinePolicy::disclosureNotBefore(QDate(2025, 5, 1)), QDate(2025, 5, 15));
        QCOMPARE(DeadlinePolicy::disclosureNotBefore(QDate(2025, 12, 25)), QDate(2026, 1, 8));
    }

    void actBy_data()
    {
        QTest::addColumn<QDate>("actBy");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("the act-by date first")
            << QDate(2025, 5, 9) << QDate(2025, 5, 11) << QDate(2025, 5, 9);
        QTest::newRow("rolled forward past the deadline")
            << QDate(2025, 5, 12) << QDate(2025, 5, 11) << QDate(2025, 5, 12);
        QTest::newRow("none: the deadline") << QDate() << QDate(2025, 5, 11) << QDate(2025, 5, 11);
        QTest::newRow("neither") << QDate() << QDate() << QDate();
    }
    void actBy()
    {
        QFETCH(QDate, actBy);
        QFETCH(QDate, deadline);
        QFETCH(QDate, expected);
        QCOMPARE(DeadlinePolicy::actBy(actBy, deadline), expected);
        QCOMPARE(DeadlinePolicy::actBy(request(RequestStatus::Received, actBy, deadline)), expected);
    }

    void overdue_data()
    {
        QTest::addColumn<RequestStatus>("status");
        QTest::addColumn<QDate>("actBy");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<bool>("overdue");
        // Today is Monday 2025-05-12.
        QTest::newRow("act-by Friday")
            << RequestStatus::Received << QDate(2025, 5, 9) << QDate(2025, 5, 10) << true;
        QTest::newRow("act-by yesterday")
            << RequestStatus::Investigating << QDate(2025, 5, 11) << QDate() << true;
        QTest::newRow("act-by today: not yet")
            << RequestStatus::Investigating << QDate(2025, 5, 12) << QDate() << false;
        QTest::newRow("rolled forward to today")
            << RequestStatus::Received << QDate(2025, 5, 12) << QDate(2025, 5, 10) << false;
        QTest::newRow("no act-by: the deadline, past")
            << RequestStatus::Received << QDate() << QDate(2025, 5, 11) << true;
        QTest::newRow("no act-by: the deadline, today")
            << RequestStatus::Received << QDate() << QDate(2025, 5, 12) << false;
        QTest::newRow("awaiting amendment")
            << RequestStatus::AwaitingAmendment << QDate(2025, 5, 1) << QDate() << true;
        QTest::newRow("in approval") << RequestStatus::InApproval << QDate(2025, 5, 1) << QDate() << true;
        QTest::newRow("returned") << RequestStatus::Returned << QDate(2025, 5, 1) << QDate() << true;
        QTest::newRow("decided: the deadline is met")
            << RequestStatus::Decided << QDate(2025, 5, 1) << QDate() << false;
        QTest::newRow("notified") << RequestStatus::Notified << QDate(2025, 5, 1) << QDate() << false;
        QTest::newRow("closed") << RequestStatus::Closed << QDate(2025, 5, 1) << QDate() << false;
        QTest::newRow("withdrawn") << RequestStatus::Withdrawn << QDate(2025, 5, 1) << QDate() << false;
    }
    void overdue()
    {
        QFETCH(RequestStatus, status);
        QFETCH(QDate, actBy);
        QFETCH(QDate, deadline);
        const Request r = request(status, actBy, deadline);
        QFETCH(bool, overdue);
        QCOMPARE(DeadlinePolicy::overdue(r, QDate(2025, 5, 12)), overdue);
        QCOMPARE(DeadlinePolicy::runningStatuses().contains(status), DeadlinePolicy::deadlineRuns(status));
    }

    void dueSoonUntil_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("until");
        QTest::newRow("an ordinary fortnight") << QDate(2025, 6, 2) << QDate(2025, 6, 11);
        QTest::newRow("over Golden Week") << QDate(2025, 4, 30) << QDate(2025, 5, 13);
        QTest::newRow("over the year-end closure") << QDate(2025, 12, 24) << QDate(2026, 1, 9);
    }
    void dueSoonUntil()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, until);
        QCOMPARE(policy(Public).dueSoonUntil(today), until);
    }

    void dueSoon_data()
    {
        QTest::addColumn<LegalRegime>("regime");
        QTest::addColumn<RequestStatus>("status");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("actBy");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("dueSoon");
        const QDate gw(2025, 4, 30); // due soon through 2025-05-13
        const QDate ye(2025, 12, 24); // due soon through 2026-01-09
        QTest::newRow("act-by today")
            << Public << RequestStatus::Received << QDate(2025, 3, 31) << gw << gw << true;
        QTest::newRow("act-by on the 7th open day, after Golden Week")
            << Public << RequestStatus::Received << QDate(2025, 4, 13) << QDate(2025, 5, 13) << gw << true;
        QTest::newRow("act-by the day after")
            << Public << RequestStatus::Received << QDate(2025, 4, 14) << QDate(2025, 5, 14) << gw << false;
        QTest::newRow("overdue is not due soon")
            << Public << RequestStatus::Received << QDate(2025, 3, 28) << QDate(2025, 4, 28) << gw << false;
        QTest::newRow("act-by over the year-end closure")
            << Public << RequestStatus::Investigating << QDate(2025, 12, 10) << QDate(2026, 1, 9) << ye
            << true;
        QTest::newRow("year-end: the day after") << Public << RequestStatus::Investigating
                                                 << QDate(2025, 12, 12) << QDate(2026, 1, 13) << ye << false;
        QTest::newRow("decided is not due")
            << Public << RequestStatus::Decided << QDate(2025, 4, 2) << QDate(2025, 5, 2) << gw << false;
        // Received 2025-05-23: target 2025-06-06 (within the window of 2025-06-02), act-by
        // 2025-06-20 (the limit's 6/22 is a Sunday).
        const QDate june(2025, 6, 2);
        QTest::newRow("private: the target is due soon")
            << Private << RequestStatus::Received << QDate(2025, 5, 23) << QDate(2025, 6, 20) << june << true;
        QTest::newRow("public: no target")
            << Public << RequestStatus::Received << QDate(2025, 5, 23) << QDate(2025, 6, 20) << june << false;
        QTest::newRow("private: the target passed, the limit not")
            << Private << RequestStatus::Drafted << QDate(2025, 5, 15) << QDate(2025, 6, 13) << june << true;
        QTest::newRow("private: target beyond the window")
            << Private << RequestStatus::Received << QDate(2025, 5, 30) << QDate(2025, 6, 27) << june
            << false;
    }
    void dueSoon()
    {
        QFETCH(LegalRegime, regime);
        QFETCH(RequestStatus, status);
        QFETCH(QDate, received);
        QFETCH(QDate, actBy);
        QFETCH(QDate, today);
        QFETCH(bool, dueSoon);
        QCOMPARE(policy(regime).dueSoon(request(status, actBy, actBy, received), today), dueSoon);
        if (dueSoon) // what the window fetches holds every request due soon
            QVERIFY(actBy <= policy(regime).dueSoonFetchUntil(today));
    }
};

QTEST_GUILESS_MAIN(TestDeadlinePolicy)
#include "TestDeadlinePolicy.moc"
