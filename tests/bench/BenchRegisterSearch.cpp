// Benchmark: search-as-you-type in the register (issue 3).
//
//   bench_register_search [--db FILE] [--members 30000] [--requests 100000]
//
// Fills FILE with demo data when it is empty, then types 20 representative queries one
// keystroke at a time. Each keystroke does what the register does: count the matches and fetch
// the first page of 200 through RequestService. The same statements then run in the sqlite3
// shell on the same file (`.timer on`), for comparison. Prints p50/p95/max per keystroke.

#include "services/DemoData.h"
#include "services/RequestService.h"
#include "storage/Database.h"
#include "storage/RequestRepository.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"),
                       QStringLiteral("/tmp/dsr-bench-register.sqlite") });
    parser.addOption({ QStringLiteral("members"), QStringLiteral("Members to generate."), QStringLiteral("N"),
                       QStringLiteral("30000") });
    parser.addOption({ QStringLiteral("requests"), QStringLiteral("Requests to generate."),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));

    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    if (UserRepository(db).count().value() == 0) {
        QElapsedTimer t;
        t.start();
        auto filled = DemoData::fill(db, parser.value(QStringLiteral("members")).toInt(),
                                     parser.value(QStringLiteral("requests")).toInt());
        if (!filled) {
            std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
            return 1;
        }
        std::printf("filled %d members and %d requests in %.1f s\n", filled->members, filled->requests,
                    t.elapsed() / 1000.0);
    }
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
    QStringList shellScript { QStringLiteral(".timer on"), QStringLiteral(".output /dev/null") };
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
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("  %-24s %8.1f ms  %lld matches\n", qPrintable(rq.text), appMs.last(),
                            static_cast<long long>(page ? page->total : -1));
            rowsSeen += page ? page->rows.size() : 0;
            ++keystrokes;
            QVariantList b1, b2;
            RequestRepository repo(db);
            shellScript << inlineBinds(repo.countSql(rq, &b1), b1) + QLatin1Char(';');
            shellScript << inlineBinds(repo.listSql(rq, &b2), b2) + QLatin1Char(';');
        }
    }
    std::printf("%d keystrokes over %lld queries, %lld rows fetched\n", keystrokes,
                static_cast<long long>(queries.size()), static_cast<long long>(rowsSeen));
    std::printf("program (count + first page): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                percentile(appMs, 0.5), percentile(appMs, 0.95), percentile(appMs, 1.0));

    // The same statements in the sqlite3 shell.
    QTemporaryFile script;
    script.open();
    script.write(shellScript.join(QLatin1Char('\n')).toUtf8() + '\n');
    script.flush();
    QProcess shell;
    shell.setStandardInputFile(script.fileName());
    shell.start(QStringLiteral("sqlite3"), { path });
    if (!shell.waitForFinished(600000)) {
        std::fprintf(stderr, "sqlite3 did not finish\n");
        return 1;
    }
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> shellTimes;
    auto it
        = timer.globalMatch(QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError()));
    while (it.hasNext())
        shellTimes << it.next().captured(1).toDouble() * 1000.0;
    QList<double> shellMs;
    for (qsizetype i = 0; i + 1 < shellTimes.size(); i += 2)
        shellMs << shellTimes[i] + shellTimes[i + 1];
    std::printf("sqlite3 shell (same statements): p50 %.1f ms, p95 %.1f ms, max %.1f ms (%lld keystrokes)\n",
                percentile(shellMs, 0.5), percentile(shellMs, 0.95), percentile(shellMs, 1.0),
                static_cast<long long>(shellMs.size()));
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory of this process: %.0f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
