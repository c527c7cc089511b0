// Deadline arithmetic on the business calendar: the DOMAIN.md example, Golden Week, the
// year-end closure, amendment pauses, rolling forward, imported lists and organisation days.

#include "workflow/DeadlineCalendar.h"

#include <QtTest>

using namespace dsr;

class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayOfReceiptIsNotCounted()
    {
        DeadlineCalendar cal;
        const auto r = cal.compute(QDate(2025, 4, 1), 30);
        QCOMPARE(r.deadline, QDate(2025, 5, 1));
        QCOMPARE(r.actBy, QDate(2025, 5, 1));
        QVERIFY(r.explain.first().contains(QStringLiteral("2025-04-02")));
    }

    void goldenWeek()
    {
        DeadlineCalendar cal;
        const auto r = cal.compute(QDate(2025, 4, 5), 30);
        QCOMPARE(r.deadline, QDate(2025, 5, 5)); // こどもの日
        QCOMPARE(r.actBy, QDate(2025, 5, 2)); // Friday before the holidays
        QVERIFY(r.explain.last().contains(QStringLiteral("こどもの日")));
        cal.setRollForward(true);
        QCOMPARE(cal.compute(QDate(2025, 4, 5), 30).actBy, QDate(2025, 5, 7)); // after the 5/6 substitute
        QCOMPARE(cal.closedReason(QDate(2025, 5, 6)), QStringLiteral("休日"));
    }

    void yearEnd()
    {
        DeadlineCalendar cal;
        const auto r = cal.compute(QDate(2025, 11, 30), 30);
        QCOMPARE(r.deadline, QDate(2025, 12, 30));
        QCOMPARE(r.actBy, QDate(2025, 12, 26));
        cal.setRollForward(true);
        QCOMPARE(cal.compute(QDate(2025, 11, 30), 30).actBy, QDate(2026, 1, 5));
        QVERIFY(!cal.closedReason(QDate(2026, 1, 2)).isEmpty());
        QVERIFY(cal.closedReason(QDate(2026, 1, 5)).isEmpty());
    }

    void amendmentPauseIsNotCounted()
    {
        DeadlineCalendar cal;
        // Amendment requested 4/10, amended request arrived 4/19: ten days, both ends inclusive.
        const auto r = cal.compute(QDate(2025, 4, 1), 30, { { QDate(2025, 4, 10), QDate(2025, 4, 19) } });
        QCOMPARE(r.deadline, QDate(2025, 5, 11));
        QCOMPARE(r.actBy, QDate(2025, 5, 9));
        QVERIFY(r.explain.join(QLatin1Char('\n')).contains(QStringLiteral("10")));
        // Two pauses add up.
        const auto two = cal.compute(
            QDate(2025, 4, 1), 30,
            { { QDate(2025, 4, 3), QDate(2025, 4, 4) }, { QDate(2025, 4, 20), QDate(2025, 4, 22) } });
        QCOMPARE(two.deadline, QDate(2025, 5, 6));
    }

    void shortTargetDeadline()
    {
        DeadlineCalendar cal;
        QCOMPARE(cal.compute(QDate(2025, 12, 15), 14).deadline, QDate(2025, 12, 29));
        QCOMPARE(cal.compute(QDate(2025, 12, 15), 14).actBy, QDate(2025, 12, 26));
    }

    void organisationClosedDays()
    {
        DeadlineCalendar cal;
        cal.setOrganisationClosedDays({ { QDate(2025, 5, 1), QStringLiteral("創立記念日") } });
        QCOMPARE(cal.closedReason(QDate(2025, 5, 1)), QStringLiteral("創立記念日"));
        QCOMPARE(cal.compute(QDate(2025, 4, 1), 30).actBy, QDate(2025, 4, 30));
    }

    void importedListWinsForItsYears()
    {
        DeadlineCalendar cal;
        // A (hypothetical) list for 2031 that moves a holiday: the list, not the rules, decides.
        cal.setImportedHolidays({ { 2031,
                                    { { QDate(2031, 1, 1), QStringLiteral("元日") },
                                      { QDate(2031, 6, 2), QStringLiteral("臨時の休日") } } } });
        QCOMPARE(cal.closedReason(QDate(2031, 6, 2)), QStringLiteral("臨時の休日"));
        QCOMPARE(QDate(2031, 11, 3).dayOfWeek(), int(Qt::Monday));
        QVERIFY(cal.closedReason(QDate(2031, 11, 3)).isEmpty()); // 文化の日 is not in that list
        QCOMPARE(cal.holidays(2031).size(), 2);
        QVERIFY(!cal.holidays(2032).isEmpty()); // rules for years the list does not cover
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
