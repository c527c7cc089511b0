// The calendar service: importing the Cabinet Office list, the organisation's closed days, and
// recomputing open requests' deadlines when the calendar or the regime changes.

#include "TestSupport.h"
#include "services/CalendarService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/CalendarRepository.h"

#include <QStringEncoder>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestCalendarService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin;
    Actor m_clerk;
    qint64 m_member = 0;

    static QString lastAction(Database &db)
    {
        return AuditRepository(db).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first().action;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_member = t.addMember(m_clerk, QStringLiteral("1"), QStringLiteral("田中太郎"),
                               QStringLiteral("タナカタロウ"));
        t.saveAs(m_fixture);
    }

    void importsThePublishedList()
    {
        TempDatabase t(m_fixture);
        CalendarService calendar(t.db());
        QFile f(QStringLiteral(DSR_TEST_DATA_DIR "/syukujitsu.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = calendar.importCabinetOfficeList(m_admin, f.readAll());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows, 1067);
        QCOMPARE(CalendarRepository(t.db()).importedHolidays()->size(), 73);
        QCOMPARE(lastAction(t.db()), QStringLiteral("calendar.import"));
        QCOMPARE(calendar.holidays(2019)->size(), 22);
        QCOMPARE(calendar.importCabinetOfficeList(m_clerk, "x").error().code, ErrorCode::Permission);
    }

    void badLinesImportNothing()
    {
        TempDatabase t(m_fixture);
        CalendarService calendar(t.db());
        QStringEncoder cp932("CP932");
        const QByteArray bad
            = cp932(QStringLiteral("国民の祝日・休日月日,国民の祝日・休日名称\r\n2030/1/1,元日\r\n"
                                   "2030/2/30,誤り\r\n"));
        auto r = calendar.importCabinetOfficeList(m_admin, bad);
        QVERIFY(r.ok());
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems.first().first, 3);
        QVERIFY(CalendarRepository(t.db()).importedHolidays()->isEmpty());
    }

    void importedListChangesDeadlines()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        Request d;
        d.type = RequestType::Complaint;
        d.memberId = m_member;
        d.received = QDate(2025, 10, 3);
        d.channel = Channel::Counter;
        d.summary = QStringLiteral("苦情");
        auto r = requests.registerRequest(m_clerk, d);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->deadline, QDate(2025, 11, 2)); // Sunday
        QCOMPARE(r->actBy, QDate(2025, 10, 31));
        // A list that makes 10/31 a holiday moves the act-by date back to 10/30.
        const QByteArray list
            = "国民の祝日・休日月日,国民の祝日・休日名称\n2025/1/1,元日\n2025/10/31,臨時休日\n";
        auto imported = CalendarService(t.db()).importCabinetOfficeList(m_admin, list);
        QVERIFY(imported.ok() && imported->problems.isEmpty());
        QCOMPARE(imported->requestsChecked, 1);
        QCOMPARE(imported->deadlinesChanged, 1);
        QCOMPARE(requests.openById(m_clerk, r->id)->actBy, QDate(2025, 10, 30));
        const auto history = requests.history(m_clerk, r->id).value();
        QCOMPARE(history.last().action, QStringLiteral("recompute"));
        QCOMPARE(history.last().before, QStringLiteral("2025-10-31"));
        QCOMPARE(history.last().after, QStringLiteral("2025-10-30"));
    }

    void closedDaysAreAuditedAndRecompute()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        Request d;
        d.type = RequestType::Complaint;
        d.memberId = m_member;
        d.received = QDate(2025, 4, 1);
        d.channel = Channel::Counter;
        d.summary = QStringLiteral("苦情");
        auto r = requests.registerRequest(m_clerk, d);
        QCOMPARE(r->actBy, QDate(2025, 5, 1));
        CalendarService calendar(t.db());
        auto added = calendar.addClosedDay(m_admin, QDate(2025, 5, 1), QStringLiteral("創立記念日"));
        QVERIFY(added.ok());
        QCOMPARE(added->changed, 1);
        QCOMPARE(lastAction(t.db()), QStringLiteral("request.deadlines_recomputed"));
        QCOMPARE(requests.openById(m_clerk, r->id)->actBy, QDate(2025, 4, 30));
        QCOMPARE(calendar.addClosedDay(m_admin, QDate(2025, 5, 1), QString()).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(calendar.addClosedDay(m_clerk, QDate(2025, 5, 2), QString()).error().code,
                 ErrorCode::Permission);
        QVERIFY(calendar.removeClosedDay(m_admin, QDate(2025, 5, 1)).ok());
        QCOMPARE(requests.openById(m_clerk, r->id)->actBy, QDate(2025, 5, 1));
        QCOMPARE(calendar.removeClosedDay(m_admin, QDate(2025, 5, 1)).error().code, ErrorCode::NotFound);
        const auto entries = AuditRepository(t.db())
                                 .list(AuditFilter { {}, QStringLiteral("calendar."), {}, {}, {}, {}, 0 })
                                 .value();
        QCOMPARE(entries.size(), 2);
    }

    // Issue 9: a closed day's reason goes into the audit details; a My Number in it is refused.
    void myNumberInAClosedDayReasonIsRefused()
    {
        TempDatabase t(m_fixture);
        CalendarService calendar(t.db());
        auto refused = calendar.addClosedDay(m_admin, QDate(2025, 5, 2), QStringLiteral("1234ー5678ー9018"));
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("contains what looks like a My Number")),
                 qPrintable(refused.error().message));
        QVERIFY(AuditRepository(t.db())
                    .list(AuditFilter { {}, QStringLiteral("calendar."), {}, {}, {}, {}, 0 })
                    .value()
                    .isEmpty());
    }

    void regimeChangeRecomputes()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        Request d;
        d.type = RequestType::Complaint;
        d.memberId = m_member;
        d.received = QDate(2025, 4, 1);
        d.channel = Channel::Counter;
        d.summary = QStringLiteral("苦情");
        auto r = requests.registerRequest(m_clerk, d);
        SettingsService settings(t.db());
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::LimitDays, QStringLiteral("14") } }));
        QCOMPARE(requests.openById(m_clerk, r->id)->deadline, QDate(2025, 4, 15));
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::Regime, QStringLiteral("public") } }));
        QCOMPARE(requests.openById(m_clerk, r->id)->deadline, QDate(2025, 5, 1));
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::ActByRule, QStringLiteral("next_open_after") } }));
        // 5/1 is open either way; the rule shows on a closed deadline.
        QCOMPARE(requests.openById(m_clerk, r->id)->actBy, QDate(2025, 5, 1));
    }

    void dueChecksItsArguments()
    {
        TempDatabase t(m_fixture);
        CalendarService calendar(t.db());
        QCOMPARE(calendar.due(QDate(), 30, {}).error().code, ErrorCode::Usage);
        QCOMPARE(calendar.due(QDate(2025, 4, 1), 0, {}).error().code, ErrorCode::Usage);
        QCOMPARE(
            calendar.due(QDate(2025, 4, 1), 30, { { QDate(2025, 4, 5), QDate(2025, 4, 3) } }).error().code,
            ErrorCode::Usage);
        auto ok = calendar.due(QDate(2025, 4, 1), 30, { { QDate(2025, 4, 10), QDate(2025, 4, 19) } });
        QCOMPARE(ok->deadline, QDate(2025, 5, 11));
        QCOMPARE(ok->actBy, QDate(2025, 5, 9));
    }
};

QTEST_GUILESS_MAIN(TestCalendarService)
#include "TestCalendarService.moc"
