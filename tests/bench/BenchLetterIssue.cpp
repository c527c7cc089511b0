// Benchmark: issuing letters (issue 5).
//
//   QT_QPA_PLATFORM=offscreen bench_letter_issue [--letters 100]
//
// Brings N disclosure requests to an approved decision through the services, then issues one
// letter for each through LetterService — number allocated, template recorded, PDF rendered with
// the Mincho font embedded, bytes and SHA-256 stored, audit entry written — each in its own
// transaction, and reports letters per second. The status quo for comparison: a Writer letter
// converted with `soffice --headless --convert-to pdf`, about 13 letters/s in a batch here.

#include "services/AccountService.h"
#include "services/DemoData.h"
#include "services/LetterBatchService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace dsr;

namespace {

[[noreturn]] void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("letters"), QStringLiteral("Letters to issue."), QStringLiteral("N"),
                       QStringLiteral("100") });
    parser.process(app);
    const int n = parser.value(QStringLiteral("letters")).toInt();

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    auto demo = DemoData::fill(db, 200, 10);
    if (!demo)
        fail(QStringLiteral("demo"), demo.error());
    AccountService accounts(db);
    auto actorFor = [&](const QString &prefix) {
        for (const auto &[login, pw] : demo->passwords) {
            if (login.startsWith(prefix)) {
                auto a = accounts.authenticate(login, pw);
                if (!a)
                    fail(login, a.error());
                return a.value();
            }
        }
        fail(prefix, makeError(ErrorCode::NotFound, QStringLiteral("no such demo user")));
    };
    const Actor admin = actorFor(QStringLiteral("admin"));
    const Actor clerk = actorFor(QStringLiteral("clerk"));
    const Actor chief = actorFor(QStringLiteral("chief"));
    const Actor manager = actorFor(QStringLiteral("manager"));
    SettingsService settings(db);
    if (Status s = settings.save(admin, settings.load(admin).value(),
                                 { { Setting::HeadName, QStringLiteral("山本一郎") },
                                   { Setting::PostalCode, QStringLiteral("850-0099") },
                                   { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } });
        !s)
        fail(QStringLiteral("settings"), s.error());

    const QList<Member> members = MemberRepository(db).search(QString(), n).value();
    RequestService requests(db);
    WorkflowService wf(db);
    int made = 0;
    auto decided = [&]() -> qint64 {
        Request d;
        d.type = RequestType::Disclosure;
        d.memberId = members[made++ % members.size()].id;
        d.received = QDate::currentDate().addDays(-10);
        d.channel = Channel::Counter;
        d.summary = QStringLiteral("短期給付の記録");
        d.identity.documentType = QStringLiteral("drivers_license");
        d.method = DisclosureMethod::Paper;
        auto r = requests.registerRequest(clerk, d);
        if (!r)
            fail(QStringLiteral("register"), r.error());
        WorkflowInput draft;
        Decision decision;
        decision.kind = DecisionKind::Full;
        decision.data = QStringLiteral("短期給付の支給記録（令和6年度）");
        decision.method = DisclosureMethod::Paper;
        draft.decision = decision;
        for (auto [who, action, in] : { std::tuple { clerk, WorkflowAction::Investigate, WorkflowInput {} },
                                        std::tuple { clerk, WorkflowAction::Draft, draft },
                                        std::tuple { clerk, WorkflowAction::Submit, WorkflowInput {} },
                                        std::tuple { chief, WorkflowAction::Approve, WorkflowInput {} },
                                        std::tuple { manager, WorkflowAction::Approve, WorkflowInput {} } }) {
            if (auto out = wf.perform(who, r->id, action, in); !out)
                fail(RequestWorkflow::id(action), out.error());
        }
        return r->id;
    };
    QList<qint64> ids;
    for (int i = 0; i < n; ++i)
        ids << decided();

    LetterService letters(db);
    LetterRegister letterRegister(db);
    LetterBatchService batchService(db);
    LetterInput input;
    input.postageYen = 140;
    input.enclosures = { QStringLiteral("支給記録の写し 1部") };
    // The first letter loads the font and records the template; it is timed on its own.
    QElapsedTimer first;
    first.start();
    auto one = letters.issue(clerk, ids.takeFirst(), LetterKind::Disclosure, input);
    if (!one)
        fail(QStringLiteral("issue"), one.error());
    const double firstMs = first.nsecsElapsed() / 1e6;

    QList<double> each;
    QElapsedTimer total;
    total.start();
    for (qint64 id : std::as_const(ids)) {
        QElapsedTimer t;
        t.start();
        auto l = letters.issue(clerk, id, LetterKind::Disclosure, input);
        if (!l)
            fail(QStringLiteral("issue"), l.error());
        each << t.nsecsElapsed() / 1e6;
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    std::sort(each.begin(), each.end());

    // The same for another batch through issueMany: each letter still in its own transaction,
    // the next ones rendered on the other cores meanwhile.
    QList<IssueOrder> orders;
    for (int i = 0; i < n; ++i)
        orders << IssueOrder { decided(), LetterKind::Disclosure, input };
    QElapsedTimer batch;
    batch.start();
    const QList<Result<Letter>> issued = batchService.issueMany(clerk, orders);
    const double batchSeconds = batch.nsecsElapsed() / 1e9;
    for (const Result<Letter> &l : issued)
        if (!l)
            fail(QStringLiteral("issueMany"), l.error());
    std::printf("issueMany: %lld letters in %.2f s: %.1f letters/s on %d threads\n",
                static_cast<long long>(issued.size()), batchSeconds, issued.size() / batchSeconds,
                QThread::idealThreadCount());
    std::printf("first letter (font load, template recorded): %.1f ms\n", firstMs);
    std::printf("%lld letters issued in %.2f s: %.1f letters/s (p50 %.1f ms, max %.1f ms per letter)\n",
                static_cast<long long>(each.size()), seconds, each.size() / seconds, each[each.size() / 2],
                each.last());
    // The rendering alone (preview: the same composition, marked 「案」, nothing stored).
    QElapsedTimer p;
    p.start();
    for (int i = 0; i < 20; ++i) {
        if (auto pv = letters.preview(clerk, one->requestId, LetterKind::Disclosure, input); !pv)
            fail(QStringLiteral("preview"), pv.error());
    }
    std::printf("preview (compose and render only): %.1f ms per letter\n", p.nsecsElapsed() / 1e6 / 20);
    std::printf("PDF size of one letter: %lld bytes\n",
                static_cast<long long>(letterRegister.pdf(clerk, one->id)->size()));
    return 0;
}
