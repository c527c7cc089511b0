// Demo data: fills an empty database with valid, searchable synthetic data whose states carry the
// work behind them (approval rounds, amendments, letters issued and mailed), the same for the same
// seed, and refuses any database that already holds something.

#include "TestSupport.h"
#include "letters/LetterData.h"
#include "letters/LetterKind.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/DemoData.h"
#include "services/LetterRegister.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/MemberRepository.h"
#include "storage/RequestRepository.h"
#include "text/JapaneseText.h"

#include <QGuiApplication>
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

    // Every state carries its history, as the services wrote it: what the approvers' inboxes, the
    // letters page and the deadline list show is real work.
    void statesCarryTheirHistory()
    {
        TempDatabase t;
        const QDate today(2025, 11, 26);
        auto report = DemoData::fill(t.db(), 150, 700, 5, today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QHash<QString, QString> passwords;
        for (const auto &[login, pw] : report->passwords)
            passwords.insert(login, pw);
        AccountService accounts(t.db());
        const Actor clerk
            = accounts.authenticate(QStringLiteral("clerk1"), passwords[QStringLiteral("clerk1")]).value();
        const Actor chief
            = accounts.authenticate(QStringLiteral("chief1"), passwords[QStringLiteral("chief1")]).value();
        const Actor manager
            = accounts.authenticate(QStringLiteral("manager1"), passwords[QStringLiteral("manager1")])
                  .value();

        // The organisation is complete: nothing a letter prints is missing.
        const OrganisationSettings settings = SettingsService(t.db()).loadForSystem().value();
        for (const RequiredLetterSetting &r : LetterDataBuilder::requiredSettings())
            QVERIFY2(!settings.value(r.key).trimmed().isEmpty(), qPrintable(r.field));

        RequestService requests(t.db());
        WorkflowService workflow(t.db());
        workflow.setToday(today);
        LetterRegister register_(t.db());
        RequestQuery all;
        all.limit = 0;
        const QList<Request> list = requests.list(clerk, all).value();
        QCOMPARE(list.size(), 700);
        LetterQuery everyLetter;
        const QList<Letter> letters = register_.list(clerk, everyLetter).value();
        QMultiHash<qint64, Letter> lettersOf;
        for (const Letter &l : letters)
            lettersOf.insert(l.requestId, l);

        QHash<RequestStatus, int> counts;
        int overdue = 0;
        for (const Request &r : list) {
            ++counts[r.status];
            const WorkflowDetails d = workflow.details(clerk, r.id).value();
            // The steps of the latest approval round (a returned round keeps its untaken steps).
            int round = 0;
            for (const ApprovalStep &s : d.steps)
                round = std::max(round, s.round);
            QList<ApprovalStep> latest;
            for (const ApprovalStep &s : d.steps)
                if (s.round == round)
                    latest << s;
            if (RequestVocabulary::isOpen(r.status) && r.status != RequestStatus::Notified
                && r.deadline < today)
                ++overdue;
            if (r.status == RequestStatus::InApproval) {
                const auto open = std::count_if(latest.begin(), latest.end(),
                                                [](const ApprovalStep &s) { return s.outcome.isEmpty(); });
                QVERIFY2(open > 0, qPrintable(r.receiptNo));
            }
            if (r.status == RequestStatus::AwaitingAmendment) {
                QVERIFY2(std::any_of(d.amendments.begin(), d.amendments.end(),
                                     [](const Amendment &a) { return !a.receivedOn.isValid(); }),
                         qPrintable(r.receiptNo));
            }
            if (r.status == RequestStatus::Returned) {
                QVERIFY2(
                    std::any_of(latest.begin(), latest.end(),
                                [](const ApprovalStep &s) { return s.outcome == QLatin1String("returned"); }),
                    qPrintable(r.receiptNo));
            }
            const bool notified = r.status == RequestStatus::Notified || r.status == RequestStatus::Closed;
            if (notified || r.status == RequestStatus::Decided) {
                QVERIFY2(d.decision.has_value() && d.decidedOn.isValid(), qPrintable(r.receiptNo));
                // Every step of the last round approved.
                QVERIFY2(!latest.isEmpty(), qPrintable(r.receiptNo));
                for (const ApprovalStep &s : latest)
                    QVERIFY2(s.outcome == QLatin1String("approved"), qPrintable(r.receiptNo));
            }
            if (notified) {
                QVERIFY2(d.notifiedOn.isValid(), qPrintable(r.receiptNo));
                if (r.type == RequestType::Complaint)
                    continue; // answered at the counter: no letter
                const auto kind = LetterKinds::forDecision(d.decision->kind, r.type);
                QVERIFY(kind);
                bool mailed = false;
                for (const Letter &l : lettersOf.values(r.id))
                    mailed |= l.kind == LetterKinds::id(*kind) && l.isIssued() && l.mailedOn.isValid()
                        && l.mailedOn == d.notifiedOn;
                QVERIFY2(mailed, qPrintable(r.receiptNo));
            }
        }
        for (RequestStatus s : RequestVocabulary::statuses())
            QVERIFY2(counts.value(s) > 0, qPrintable(RequestVocabulary::id(s)));
        QVERIFY(overdue > 0);

        // The approvers have work waiting.
        QVERIFY(!workflow.approvalInbox(chief).value().isEmpty());
        QVERIFY(!workflow.approvalInbox(manager).value().isEmpty());

        // Every letter is numbered; the numbers of each fiscal year run from 1 without a gap, and
        // some letters wait to be printed, to be mailed, or came back.
        QMap<int, QList<int>> numbers;
        int unprinted = 0, unmailed = 0, returned = 0;
        for (const Letter &l : letters) {
            QVERIFY2(l.isIssued() && l.number > 0, qPrintable(l.receiptNo));
            numbers[l.fiscalYear] << l.number;
            unprinted += !l.printedAt.isValid() ? 1 : 0;
            unmailed += l.printedAt.isValid() && !l.mailedOn.isValid() ? 1 : 0;
            returned += l.returnedOn.isValid() ? 1 : 0;
        }
        QVERIFY(numbers.size() >= 3);
        for (QList<int> &year : numbers) {
            std::sort(year.begin(), year.end());
            for (int i = 0; i < year.size(); ++i)
                QCOMPARE(year[i], i + 1);
        }
        QVERIFY(unprinted > 0);
        QVERIFY(unmailed > 0);
        QVERIFY(returned > 0);

        // The receipt numbers too.
        QMap<int, QList<int>> receipts;
        for (const Request &r : list)
            receipts[r.fiscalYear] << r.sequence;
        for (QList<int> &year : receipts) {
            std::sort(year.begin(), year.end());
            for (int i = 0; i < year.size(); ++i)
                QCOMPARE(year[i], i + 1);
        }

        auto verified = AuditService::verifyChain(t.db());
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    // The same seed gives the same requests, states and letters (not the same passwords).
    void theSeedRepeatsTheData()
    {
        auto summary = [](Database &db, const QList<QPair<QString, QString>> &passwords) {
            QString clerkPassword;
            for (const auto &[login, pw] : passwords)
                if (login == QLatin1String("clerk1"))
                    clerkPassword = pw;
            const Actor clerk
                = AccountService(db).authenticate(QStringLiteral("clerk1"), clerkPassword).value();
            QStringList out;
            RequestQuery all;
            all.limit = 0;
            for (const Request &r : RequestService(db).list(clerk, all).value())
                out << r.receiptNo + QLatin1Char(' ') + RequestVocabulary::id(r.status) + QLatin1Char(' ')
                        + r.memberName;
            for (const Letter &l : LetterRegister(db).list(clerk, LetterQuery {}).value())
                out << l.documentNo + QLatin1Char(' ') + l.receiptNo + QLatin1Char(' ') + l.kind;
            std::sort(out.begin(), out.end());
            return out;
        };
        TempDatabase a;
        TempDatabase b;
        const QDate today(2025, 11, 26);
        auto ra = DemoData::fill(a.db(), 30, 90, 3, today);
        auto rb = DemoData::fill(b.db(), 30, 90, 3, today);
        QVERIFY(ra.ok() && rb.ok());
        const QStringList sa = summary(a.db(), ra->passwords);
        QVERIFY(sa.size() > 90);
        QCOMPARE(sa, summary(b.db(), rb->passwords));
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

int main(int argc, char **argv)
{
    // Letters are rendered (a graphical application object); filling 4,000 requests through the
    // services takes minutes in a Debug build on a busy machine, past QtTest's 5-minute default.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QGuiApplication app(argc, argv);
    TestDemoData test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestDemoData.moc"
