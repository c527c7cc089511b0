// Benchmark: the statistics of one fiscal year (issue 13) on the 100,000-request database.
//
//   QT_QPA_PLATFORM=offscreen bench_statistics --db FILE|postgresql://… [--year YYYY]
//
// Measures StatisticsService::compute alone (five runs), then the statistics page: from choosing
// the year to the figures and both charts painted (the work runs on the page's worker thread).

#include "Bootstrap.h"
#include "Session.h"
#include "StatisticsPage.h"
#include "services/StatisticsService.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "text/JapaneseEra.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dsr;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Bootstrap::setApplicationIdentity();
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database file or postgresql:// URI."),
                       QStringLiteral("LOCATION"), QStringLiteral("/tmp/dsr-bench-register.sqlite") });
    parser.addOption({ QStringLiteral("year"),
                       QStringLiteral("Fiscal year (default: the last complete one)."),
                       QStringLiteral("YYYY") });
    parser.process(app);
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto clerk = UserRepository(*db.value()).findByLogin(QStringLiteral("clerk1"));
    if (!clerk || !clerk.value()) {
        std::fprintf(stderr, "no clerk1 in the database; fill it with bench_register_search first\n");
        return 1;
    }
    const User u = *clerk.value();
    Session session { *db.value(), Actor { u.id, u.login, u.displayName, u.roles, false } };
    const int year = parser.isSet(QStringLiteral("year"))
        ? parser.value(QStringLiteral("year")).toInt()
        : JapaneseEra::fiscalYearOf(QDate::currentDate()) - 1;

    QList<double> runs;
    qint64 requests = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto report
            = StatisticsService(session.database).compute(session.actor, StatisticsPeriod::fiscal(year));
        runs << t.nsecsElapsed() / 1e6;
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
            return 1;
        }
        requests = report->received;
    }
    std::sort(runs.begin(), runs.end());
    std::printf("fiscal year %d: %lld requests received; compute: median %.0f ms (min %.0f, max %.0f)\n",
                year, static_cast<long long>(requests), runs.at(2), runs.first(), runs.last());

    StatisticsPage page(session);
    page.resize(1400, 900);
    page.show();
    QElapsedTimer shown;
    double ms = 0;
    QObject::connect(&page, &StatisticsPage::reportShown, &page, [&] {
        if (!page.report() || page.report()->period.fiscalYear != year)
            return;
        page.repaint(); // the table and both charts painted
        ms = shown.nsecsElapsed() / 1e6;
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    QTimer::singleShot(200, &page, [&] {
        shown.start();
        page.showFiscalYear(year);
    });
    QTimer::singleShot(60000, &app, &QApplication::quit);
    app.exec();
    std::printf("page: choose the year → figures and charts painted: %.0f ms\n", ms);
    return ms > 0 ? 0 : 1;
}
