// Benchmark: search-as-you-type in the register (issue 3).
//
//   bench_register_search [--db FILE|postgresql://USER@HOST:PORT/DB] [--owner URI] [--members 30000]
//                         [--requests 100000] [--explain OUT]
//
// Fills the database with demo data when it is empty (a server database: then VACUUM (ANALYZE),
// as autovacuum would shortly after a bulk load). On a server, --owner names the same database as
// the schema's owner: it migrates and fills it and grants it to the desks' role of --db, which
// then runs the keystrokes (without --owner, --db does everything). Then it types 20 representative queries
// one keystroke at a time. Each keystroke does what the register does: count the matches and fetch the first
// page of 200 through RequestService. The same statements then run in the engine's own shell on the same
// database, bound values inlined — the sqlite3 shell (`.timer on`) or psql
// (`\timing on`, over the same loopback connection) — for comparison. Prints p50/p95/max per
// keystroke. --explain writes every keystroke's two statements with their plans to OUT (psql:
// EXPLAIN (ANALYZE, BUFFERS); sqlite3: EXPLAIN QUERY PLAN).

#include "services/DemoData.h"
#include "services/RequestService.h"
#include "storage/Database.h"
#include "storage/RequestRepository.h"
#include "storage/UserRepository.h"
#include "text/JapaneseText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace dsr;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const auto idx = static_cast<qsizetype>(std::min<double>(v.size() - 1, std::ceil(p * v.size()) - 1));
    return v[std::max<qsizetype>(0, idx)];
}

QString sqlLiteral(const QVariant &v)
{
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Long)
        return v.toString();
    QString s = v.toString();
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// Inlines the bound values so the shell runs exactly the statement the program prepared.
QString inlineBinds(QString sql, const QVariantList &binds)
{
    qsizetype pos = 0;
    for (const QVariant &v : binds) {
        pos = sql.indexOf(QLatin1Char('?'), pos);
        const QString lit = sqlLiteral(v);
        sql.replace(pos, 1, lit);
        pos += lit.size();
    }
    return sql;
}

// Runs `lines` in the engine's own shell on `location` — sqlite3 on a file, psql on a server URI
// (password from PGPASSFILE or ~/.pgpass, as the program's) — and collects the statement timings
// it prints, in milliseconds.
bool runShell(const QString &location, const QStringList &lines, QList<double> *ms)
{
    const bool server = Database::isServerLocation(location);
    QTemporaryFile script;
    script.open();
    script.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    script.flush();
    QProcess shell;
    shell.setStandardInputFile(script.fileName());
    if (server)
        shell.start(QStringLiteral("psql"),
                    { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), location });
    else
        shell.start(QStringLiteral("sqlite3"), { location });
    if (!shell.waitForFinished(1800000) || shell.exitStatus() != QProcess::NormalExit
        || shell.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", server ? "psql" : "sqlite3",
                     shell.readAllStandardError().constData());
        return false;
    }
    // psql: "Time: 12.345 ms" (over a second: "Time: 1234.567 ms (00:01.235)"); sqlite3: seconds.
    static const QRegularExpression psqlTimer(QStringLiteral("Time: ([0-9.]+) ms"));
    static const QRegularExpression sqliteTimer(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it
        = (server ? psqlTimer : sqliteTimer)
              .globalMatch(QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError()));
    while (it.hasNext())
        *ms << it.next().captured(1).toDouble() * (server ? 1.0 : 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database file or postgresql:// URI."),
                       QStringLiteral("LOCATION"), QStringLiteral("/tmp/dsr-bench-register.sqlite") });
    parser.addOption({ QStringLiteral("members"), QStringLiteral("Members to generate."), QStringLiteral("N"),
                       QStringLiteral("30000") });
    parser.addOption({ QStringLiteral("requests"), QStringLiteral("Requests to generate."),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("owner"),
          QStringLiteral("The same server database as its schema's owner, to fill and migrate it "
                         "and grant it to the role of --db."),
          QStringLiteral("URI") });
    parser.addOption({ QStringLiteral("explain"), QStringLiteral("Write every statement's plan to FILE."),
                       QStringLiteral("FILE") });
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const bool server = Database::isServerLocation(path);

    // The owner fills an empty database (and on a server lets the desks' role of --db in); the
    // keystrokes then run on --db, as a desk does.
    const QString ownerLocation
        = parser.isSet(QStringLiteral("owner")) ? parser.value(QStringLiteral("owner")) : path;
    {
        auto owner = Database::open(ownerLocation);
        if (!owner) {
            std::fprintf(stderr, "%s\n", qPrintable(owner.error().message));
            return 1;
        }
        Database &odb = *owner.value();
        if (UserRepository(odb).count().value() == 0) {
            QElapsedTimer t;
            t.start();
            auto filled = DemoData::fill(odb, parser.value(QStringLiteral("members")).toInt(),
                                         parser.value(QStringLiteral("requests")).toInt());
            if (!filled) {
                std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
                return 1;
            }
            std::printf("filled %d members and %d requests in %.1f s\n", filled->members, filled->requests,
                        t.elapsed() / 1000.0);
            if (server) {
                // What autovacuum does within a minute or so of a bulk load (PostgreSQL 13 on
                // also vacuums after inserts): the planner's statistics, and the visibility map
                // that lets index-only scans skip the table. Without them the first keystrokes
                // would be planned blind.
                t.restart();
                QSqlQuery vacuum(odb.connection());
                // (Quietly: the owner of the database is not the owner of the shared catalogs.)
                if (!vacuum.exec(QStringLiteral("SET client_min_messages = error"))
                    || !vacuum.exec(QStringLiteral("VACUUM (ANALYZE)"))
                    || !vacuum.exec(QStringLiteral("SET client_min_messages = warning"))) {
                    std::fprintf(stderr, "VACUUM (ANALYZE): %s\n", qPrintable(vacuum.lastError().text()));
                    return 1;
                }
                std::printf("VACUUM (ANALYZE) in %.1f s\n", t.elapsed() / 1000.0);
            }
        }
        if (server && ownerLocation != path) {
            if (Status s = odb.grantApplicationRole(QUrl(path).userName()); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 1;
            }
        }
    }
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    const User clerk = *UserRepository(db).findByLogin(QStringLiteral("clerk1")).value();
    const Actor actor { clerk.id, clerk.login, clerk.displayName, clerk.roles, false };
    RequestService requests(db);

    const QStringList queries {
        QStringLiteral("田中"),     QStringLiteral("山口"),       QStringLiteral("高橋"),
        QStringLiteral("髙橋"),     QStringLiteral("渡辺"),       QStringLiteral("齋藤"),
        QStringLiteral("ﾀﾅｶ"),      QStringLiteral("やまもと"),   QStringLiteral("マツオ　ケンイチ"),
        QStringLiteral("松尾健一"), QStringLiteral("田"),         QStringLiteral("森"),
        QStringLiteral("R7-0001"),  QStringLiteral("R6-12"),      QStringLiteral("0100"),
        QStringLiteral("01002345"), QStringLiteral("浜口　花子"), QStringLiteral("宮崎"),
        QStringLiteral("イワナガ"), QStringLiteral("峰")
    };
    QList<double> appMs;
    QStringList shellScript = server
        ? QStringList { QStringLiteral("\\timing on"), QStringLiteral("\\o /dev/null") }
        : QStringList { QStringLiteral(".timer on"), QStringLiteral(".output /dev/null") };
    const QString explainFile = parser.value(QStringLiteral("explain"));
    QStringList explainScript;
    if (!explainFile.isEmpty())
        explainScript << (server ? QStringLiteral("\\o ") : QStringLiteral(".output ")) + explainFile;
    static const char *const planNames[] = { "walk the sort order", "match set", "sort the matches" };
    int keystrokes = 0;
    qint64 rowsSeen = 0;
    for (const QString &q : queries) {
        const QList<uint> cps = q.toUcs4();
        for (int len = 1; len <= cps.size(); ++len) {
            RequestQuery rq;
            rq.text = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), len);
            rq.limit = 200;
            rq.countCap = 1000; // the register shows "1,000+" beyond this
            QElapsedTimer t;
            t.start();
            // As the register does: count and first page in one call, with its audit entry.
            auto page = requests.page(actor, rq);
            appMs << t.nsecsElapsed() / 1e6;
            if (!page) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(rq.text), qPrintable(page.error().message));
                return 1;
            }
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("  %-24s %8.1f ms  %lld matches (%s)\n", qPrintable(rq.text), appMs.last(),
                            static_cast<long long>(page ? page->total : -1),
                            planNames[static_cast<int>(
                                RequestRepository(db).planText(JapaneseText::searchKey(rq.text)))]);
            rowsSeen += page ? page->rows.size() : 0;
            ++keystrokes;
            QVariantList b1, b2;
            RequestRepository repo(db);
            const QString countSql = inlineBinds(repo.countSql(rq, &b1), b1);
            const QString listSql = inlineBinds(repo.listSql(rq, &b2), b2);
            shellScript << countSql + QLatin1Char(';') << listSql + QLatin1Char(';');
            if (!explainFile.isEmpty()) {
                const auto plan = repo.planText(JapaneseText::searchKey(rq.text));
                const QString label
                    = QStringLiteral("=== %1 (%2): %3")
                          .arg(rq.text, QString::fromLatin1(planNames[static_cast<int>(plan)]));
                const QString echo = server ? QStringLiteral("\\qecho ") : QStringLiteral(".print ");
                const QString explain = server ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ")
                                               : QStringLiteral("EXPLAIN QUERY PLAN ");
                explainScript << echo + label.arg(QStringLiteral("count"))
                              << explain + countSql + QLatin1Char(';')
                              << echo + label.arg(QStringLiteral("first page"))
                              << explain + listSql + QLatin1Char(';');
            }
        }
    }
    std::printf("%d keystrokes over %lld queries, %lld rows fetched\n", keystrokes,
                static_cast<long long>(queries.size()), static_cast<long long>(rowsSeen));
    std::printf("program (count + first page): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                percentile(appMs, 0.5), percentile(appMs, 0.95), percentile(appMs, 1.0));

    // The same statements in the engine's shell.
    QList<double> shellTimes;
    if (!runShell(path, shellScript, &shellTimes))
        return 1;
    QList<double> shellMs;
    for (qsizetype i = 0; i + 1 < shellTimes.size(); i += 2)
        shellMs << shellTimes[i] + shellTimes[i + 1];
    std::printf("%s (same statements): p50 %.1f ms, p95 %.1f ms, max %.1f ms (%lld keystrokes)\n",
                server ? "psql" : "sqlite3 shell", percentile(shellMs, 0.5), percentile(shellMs, 0.95),
                percentile(shellMs, 1.0), static_cast<long long>(shellMs.size()));
    if (shellMs.size() != keystrokes) {
        std::fprintf(stderr, "the shell timed %lld keystrokes, not %d\n",
                     static_cast<long long>(shellMs.size()), keystrokes);
        return 1;
    }
    if (!explainFile.isEmpty()) {
        QList<double> ignored;
        if (!runShell(path, explainScript, &ignored))
            return 1;
        std::printf("plans written to %s\n", qPrintable(explainFile));
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory of this process: %.0f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
