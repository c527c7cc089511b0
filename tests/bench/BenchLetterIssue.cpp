// Benchmark: issuing letters (issue 5).
//
//   QT_QPA_PLATFORM=offscreen bench_letter_issue [--letters 100] [--db LOCATION] [--owner URI] [--desks N]
//
// Brings N disclosure requests to an approved decision through the services, then issues one
// letter for each through LetterService — number allocated, template recorded, PDF rendered with
// the Mincho font embedded, bytes and SHA-256 stored, audit entry written — each in its own
// transaction, and reports letters per second. The status quo for comparison: a Writer letter
// converted with `soffice --headless --convert-to pdf`, about 13 letters/s in a batch here.
//
// --db: an empty database to fill with a little demo data — a SQLite file, or a
// postgresql://USER@HOST:PORT/DB URI; default a fresh file in a temporary folder. On a server,
// --owner URI names the same database as the schema's owner, which migrates it and grants it to
// the desks' role of --db; the rest runs as that role. Without --owner, --db must own the schema.
// --desks N: several desks at once (issue 11). The database gets N × (letters + 1) decided
// requests, then N processes of this program — each a desk with its own connection, as clerk1,
// clerk2, … — issue their share one letter at a time, all starting together after one untimed
// letter each (font loading). Reports the total letters/s and each desk's p50/p95/max per
// letter, and checks that the document numbers are distinct and without gaps.

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
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace dsr;

namespace {

[[noreturn]] void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    std::exit(1);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const auto idx = static_cast<qsizetype>(std::min<double>(v.size() - 1, std::ceil(p * v.size()) - 1));
    return v[std::max<qsizetype>(0, idx)];
}

LetterInput benchInput()
{
    LetterInput input;
    input.postageYen = 140;
    input.enclosures = { QStringLiteral("支給記録の写し 1部") };
    return input;
}

// One desk of --desks, in a process of its own: issues the letters of `ids` as `login`. The first
// is untimed (font loading); then it says "ready", waits for "go" on stdin and issues the rest,
// printing each letter's milliseconds and number.
int runDesk(const QString &location, const QString &login, const QList<qint64> &ids)
{
    auto opened = Database::open(location);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    auto user = UserRepository(db).findByLogin(login);
    if (!user || !user.value())
        fail(login, makeError(ErrorCode::NotFound, QStringLiteral("no such demo user")));
    const User u = *user.value();
    const Actor actor { u.id, u.login, u.displayName, u.roles, false };
    LetterService letters(db);
    const LetterInput input = benchInput();
    QTextStream out(stdout);
    auto issue = [&](qint64 id) {
        auto l = letters.issue(actor, id, LetterKind::Disclosure, input);
        if (!l)
            fail(QStringLiteral("issue"), l.error());
        return l->number;
    };
    out << "number " << issue(ids.first()) << "\nready\n";
    out.flush();
    QTextStream in(stdin);
    if (in.readLine() != QLatin1String("go"))
        return 1;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        QElapsedTimer t;
        t.start();
        const int number = issue(ids[i]);
        out << "letter " << t.nsecsElapsed() / 1e6 << ' ' << number << '\n';
    }
    out.flush();
    return 0;
}

// --desks: prepares the requests, starts the desks together and reports.
int runDesks(const QString &location, int desks, int perDesk, const std::function<qint64()> &decided,
             const std::function<void(qint64)> &issueOne)
{
    // One letter first, as the single desk does: the template is recorded once, not raced for.
    issueOne(decided());
    QElapsedTimer prep;
    prep.start();
    QList<QStringList> idsOf(desks);
    for (int d = 0; d < desks; ++d)
        for (int i = 0; i <= perDesk; ++i)
            idsOf[d] << QString::number(decided());
    std::printf("%d decided requests prepared in %.1f s\n", desks * (perDesk + 1), prep.elapsed() / 1000.0);

    static const QStringList clerks { QStringLiteral("clerk1"), QStringLiteral("clerk2"),
                                      QStringLiteral("clerk3") };
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int d = 0; d < desks; ++d) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 { QStringLiteral("--db"), location, QStringLiteral("--desk-login"),
                   clerks[d % clerks.size()], QStringLiteral("--desk-ids"),
                   idsOf[d].join(QLatin1Char(',')) });
        procs.push_back(std::move(p));
    }
    QList<int> numbers;
    static const QRegularExpression numberLine(QStringLiteral("^number (\\d+)$"));
    for (auto &p : procs) {
        for (;;) {
            if (!p->canReadLine() && !p->waitForReadyRead(120000))
                fail(QStringLiteral("desk"),
                     makeError(ErrorCode::Failure, QStringLiteral("a desk did not start")));
            const QString line = QString::fromUtf8(p->readLine()).trimmed();
            if (auto m = numberLine.match(line); m.hasMatch())
                numbers << m.captured(1).toInt();
            if (line == QLatin1String("ready"))
                break;
        }
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &p : procs)
        p->write("go\n");
    for (auto &p : procs)
        p->waitForBytesWritten();
    QList<QList<double>> times(desks);
    int failed = 0;
    for (int d = 0; d < desks; ++d) {
        procs[d]->closeWriteChannel();
        if (!procs[d]->waitForFinished(1800000) || procs[d]->exitCode() != 0)
            ++failed;
    }
    const double seconds = wall.nsecsElapsed() / 1e9;
    for (int d = 0; d < desks; ++d) {
        for (const QByteArray &raw : procs[d]->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = raw.trimmed().split(' ');
            if (f.value(0) == "letter" && f.size() == 3) {
                times[d] << f[1].toDouble();
                numbers << f[2].toInt();
            }
        }
    }
    if (failed > 0)
        fail(QStringLiteral("desks"),
             makeError(ErrorCode::Failure, QStringLiteral("%1 desk(s) failed").arg(failed)));
    int letters = 0;
    double slowestP95 = 0;
    for (int d = 0; d < desks; ++d) {
        letters += times[d].size();
        slowestP95 = std::max(slowestP95, percentile(times[d], 0.95));
        std::printf("desk %d (%s): %lld letters, p50 %.1f ms, p95 %.1f ms, max %.1f ms per letter\n", d + 1,
                    qPrintable(clerks[d % clerks.size()]), static_cast<long long>(times[d].size()),
                    percentile(times[d], 0.5), percentile(times[d], 0.95), percentile(times[d], 1.0));
    }
    std::sort(numbers.begin(), numbers.end());
    const bool distinct = std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end();
    const bool noGaps = !numbers.isEmpty() && numbers.last() - numbers.first() + 1 == numbers.size();
    std::printf("%d desks at once: %d letters in %.2f s: %.1f letters/s in total; slowest desk's p95 %.1f ms "
                "per letter\n",
                desks, letters, seconds, letters / seconds, slowestP95);
    std::printf("document numbers of the desks' letters: %lld, %s, %s\n",
                static_cast<long long>(numbers.size()), distinct ? "distinct" : "DUPLICATES",
                noGaps ? "no gaps" : "GAPS");
    return distinct && noGaps && letters == desks * perDesk ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("letters"), QStringLiteral("Letters to issue (per desk)."),
                       QStringLiteral("N"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("db"), QStringLiteral("An empty database: file or postgresql:// URI."),
                       QStringLiteral("LOCATION") });
    parser.addOption({ QStringLiteral("desks"), QStringLiteral("Desks issuing at once, one process each."),
                       QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption(
        { QStringLiteral("owner"),
          QStringLiteral("The same server database as its schema's owner: migrates it and grants "
                         "it to the role of --db."),
          QStringLiteral("URI") });
    // Internal: one desk of --desks.
    parser.addOption({ QStringLiteral("desk-login"), QStringLiteral("(internal)"), QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("desk-ids"), QStringLiteral("(internal)"), QStringLiteral("IDS") });
    parser.process(app);
    const int n = parser.value(QStringLiteral("letters")).toInt();
    const int desks = parser.value(QStringLiteral("desks")).toInt();

    QTemporaryDir dir;
    const QString location = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : dir.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(QStringLiteral("desk-login"))) {
        QList<qint64> ids;
        for (const QString &id : parser.value(QStringLiteral("desk-ids")).split(QLatin1Char(',')))
            ids << id.toLongLong();
        return runDesk(location, parser.value(QStringLiteral("desk-login")), ids);
    }
    if (parser.isSet(QStringLiteral("owner"))) {
        // The owner creates the schema and lets the desks' role of --db in; everything else runs
        // as that role, as the desks do.
        auto owner = Database::open(parser.value(QStringLiteral("owner")));
        if (!owner)
            fail(QStringLiteral("open as owner"), owner.error());
        if (Status s = owner.value()->grantApplicationRole(QUrl(location).userName()); !s)
            fail(QStringLiteral("grant"), s.error());
    }
    auto opened = Database::open(location);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    std::printf("%s %s\n", qPrintable(db.engineName()), qPrintable(db.engineVersion()));
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
    LetterService letters(db);
    LetterRegister letterRegister(db);
    LetterBatchService batchService(db);
    const LetterInput input = benchInput();
    if (desks > 0)
        return runDesks(location, desks, n, decided, [&](qint64 id) {
            if (auto l = letters.issue(clerk, id, LetterKind::Disclosure, input); !l)
                fail(QStringLiteral("issue"), l.error());
        });

    QList<qint64> ids;
    for (int i = 0; i < n; ++i)
        ids << decided();
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
