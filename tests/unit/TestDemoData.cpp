// Demo data: fills an empty database with valid, searchable synthetic data and refuses any
// database that already holds something.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/DemoData.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "storage/MemberRepository.h"

#include <QSet>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsAnEmptyDatabase()
    {
        TempDatabase t;
        auto report = DemoData::fill(t.db(), 300, 1200, 7, QDate(2025, 11, 26));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->members, 300);
        QCOMPARE(report->requests, 1200);
        QCOMPARE(report->passwords.size(), 8);

        // Every role can log in with its printed password.
        AccountService accounts(t.db());
        QSet<QString> roles;
        for (const auto &[login, pw] : report->passwords) {
            auto actor = accounts.authenticate(login, pw);
            QVERIFY2(actor.ok(), qPrintable(login));
            QVERIFY(!actor->mustChangePassword);
            for (const QString &r : Roles::ids(actor->roles))
                roles.insert(r);
        }
        QCOMPARE(roles.size(), 6);
        const Actor clerk
            = accounts.authenticate(report->passwords[1].first, report->passwords[1].second).value();

        // The members are valid by the same rules as typed ones.
        for (const Member &m : MemberRepository(t.db()).search(QString(), 0).value())
            QVERIFY2(MemberService::validate(m).ok(), qPrintable(m.memberNumber));

        RequestService requests(t.db());
        QSet<RequestStatus> statuses;
        QSet<RequestType> types;
        QSet<int> years;
        RequestQuery all;
        all.limit = 0;
        for (const Request &r : requests.list(clerk, all).value()) {
            statuses.insert(r.status);
            types.insert(r.type);
            years.insert(r.fiscalYear);
            QVERIFY(r.received <= QDate(2025, 11, 26));
        }
        QCOMPARE(statuses.size(), RequestVocabulary::statuses().size());
        QCOMPARE(types.size(), RequestVocabulary::types().size());
        QVERIFY(years.size() >= 3);

        // Variant kanji among the surnames are found by either form.
        RequestQuery q;
        q.text = QStringLiteral("高橋");
        q.limit = 0;
        bool variantSeen = false;
        for (const Request &r : requests.list(clerk, q).value())
            variantSeen |= r.memberName.contains(QStringLiteral("髙"));
        QVERIFY(variantSeen);
    }

    void passwordsDoNotFollowTheSeed()
    {
        TempDatabase a;
        TempDatabase b;
        auto ra = DemoData::fill(a.db(), 5, 5, 1);
        auto rb = DemoData::fill(b.db(), 5, 5, 1);
        QVERIFY(ra.ok() && rb.ok());
        QVERIFY(ra->passwords.first().second != rb->passwords.first().second);
    }

    void refusesADatabaseWithData()
    {
        TempDatabase t;
        t.initialize();
        auto report = DemoData::fill(t.db(), 10, 10);
        QCOMPARE(report.error().code, ErrorCode::Conflict);
        QCOMPARE(MemberRepository(t.db()).count().value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
