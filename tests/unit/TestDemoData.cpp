// Demo data: fills an empty database with valid, searchable synthetic data and refuses any
// database that already holds something.

#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/DemoData.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "storage/MemberRepository.h"
#include "storage/RequestRepository.h"
#include "text/JapaneseText.h"

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

    // Every way the register finds a page of matches (the plan depends on how many match and
    // how) lists and counts exactly the requests a plain scan of their keys finds, in order.
    void registerSearchAgreesWithAScanUnderEveryPlan()
    {
        TempDatabase t;
        const QDate today(2025, 11, 26);
        auto report = DemoData::fill(t.db(), 1200, 4000, 11, today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const Actor clerk = AccountService(t.db())
                                .authenticate(report->passwords[1].first, report->passwords[1].second)
                                .value();
        RequestService requests(t.db());
        RequestRepository repo(t.db());

        QHash<qint64, QString> memberKeys;
        for (const Member &m : MemberRepository(t.db()).search(QString(), 0).value())
            memberKeys.insert(m.id, MemberRepository::searchKeys(m).join(QLatin1Char('\t')));
        RequestQuery all;
        all.limit = 0;
        // The plans are the repository's; the service caps what one call returns (issue 9).
        const QList<Request> everything = repo.list(all).value();
        QCOMPARE(everything.size(), 4000);
        QCOMPARE(requests.list(clerk, all)->size(), RequestService::MaxListRows);
        // Paging on past the cap continues where the capped page ended.
        all.offset = RequestService::MaxListRows;
        const QList<Request> next = requests.list(clerk, all).value();
        QCOMPARE(next.size(), RequestService::MaxListRows);
        QCOMPARE(next.first().id, everything[RequestService::MaxListRows].id);
        QCOMPARE(next.last().id, everything[2 * RequestService::MaxListRows - 1].id);

        struct Case
        {
            QString text;
            RequestRepository::TextPlan plan;
        };
        using Plan = RequestRepository::TextPlan;
        const QList<Case> cases {
            { QStringLiteral("0"), Plan::WalkSortOrder }, // every member number
            { QStringLiteral("ｒ"), Plan::WalkSortOrder }, // every receipt number
            { QStringLiteral("R7"), Plan::MatchSet }, // one fiscal year
            { QStringLiteral("R6-"), Plan::MatchSet },
            { QStringLiteral("R6-00"), Plan::SortMatches },
            { QStringLiteral("田"), Plan::MatchSet }, // a common surname character
            { QStringLiteral("たなか"), Plan::SortMatches },
            { everything[17].memberNumber, Plan::SortMatches }, // one member's number
            { QStringLiteral("髙橋"), Plan::SortMatches },
        };
        for (const Case &c : cases) {
            const QString key = JapaneseText::searchKey(c.text);
            QVERIFY2(repo.planText(key) == c.plan,
                     qPrintable(c.text + QStringLiteral(": plan %1").arg(int(repo.planText(key)))));
            QList<const Request *> expected;
            for (const Request &r : everything) {
                if (memberKeys.value(r.memberId).contains(key)
                    || RequestRepository::searchKeys(r).join(QLatin1Char('\t')).contains(key))
                    expected << &r;
            }
            QVERIFY2(!expected.isEmpty(), qPrintable(c.text));
            // `everything` is in the default order (received, newest first).
            RequestQuery q;
            q.text = c.text;
            q.limit = 0;
            QCOMPARE(repo.count(q).value(), qint64(expected.size()));
            q.countCap = 100;
            QCOMPARE(repo.count(q).value(), qint64(std::min<qsizetype>(expected.size(), 101)));
            QSet<qint64> listed;
            for (const Request &r : repo.list(q).value())
                listed.insert(r.id);
            QSet<qint64> wanted;
            for (const Request *r : expected)
                wanted.insert(r->id);
            QCOMPARE(listed, wanted);
            // The second page of 50, newest first.
            q.limit = 50;
            q.offset = 50;
            const QList<Request> page = repo.list(q).value();
            QCOMPARE(page.size(), std::clamp<qsizetype>(expected.size() - 50, 0, 50));
            for (int i = 0; i < page.size(); ++i)
                QCOMPARE(page[i].id, expected[50 + i]->id);
            // With a filter, counted both ways.
            q.limit = 0;
            q.offset = 0;
            q.status = RequestStatus::Closed;
            const auto closed = std::count_if(expected.begin(), expected.end(), [](const Request *r) {
                return r->status == RequestStatus::Closed;
            });
            QCOMPARE(repo.count(q).value(), qint64(std::min<qsizetype>(closed, 101)));
            QCOMPARE(repo.list(q)->size(), closed);
        }
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
