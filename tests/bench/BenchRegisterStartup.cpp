// Benchmark: from process start to the populated register on screen (issue 3).
//
//   QT_QPA_PLATFORM=offscreen bench_register_startup --db FILE|postgresql://USER@HOST:PORT/DB
//
// The database is one filled by bench_register_search (30,000 members, 100,000 requests): a file,
// or a server database reached over the network (loopback here) as the desks' role. The
// login dialog is skipped — its Argon2id check is a fixed ~0.5 s by design and a person types
// the password anyway — so the clock covers process start, opening the database, building the
// main window and the register, fetching its first page and painting it.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace dsr;

namespace {

// Seconds this process has existed, from /proc: covers the dynamic loader and static init too.
double processAge()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / sysconf(_SC_CLK_TCK); // field 22 overall
    return uptime.readAll().split(' ').first().toDouble() - started;
}

class PaintWatcher : public QObject
{
public:
    PaintWatcher(QTableView *view, double *seconds, QElapsedTimer *clock, double offset)
        : m_view(view)
        , m_seconds(seconds)
        , m_clock(clock)
        , m_offset(offset)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0
            && *m_seconds == 0) {
            *m_seconds = m_offset + m_clock->nsecsElapsed() / 1e9;
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    double *m_seconds;
    QElapsedTimer *m_clock;
    double m_offset;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    const double ageAtMain = processAge();
    QApplication app(argc, argv);
    Bootstrap::setApplicationIdentity();
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database file or postgresql:// URI."),
                       QStringLiteral("LOCATION"), QStringLiteral("/tmp/dsr-bench-register.sqlite") });
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
    MainWindow window(*db.value(), Actor { u.id, u.login, u.displayName, u.roles, false });
    window.resize(1400, 900);
    window.showSection(QStringLiteral("register"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("registerTableView"));
    if (!view) {
        std::fprintf(stderr, "register table not found\n");
        return 1;
    }
    double seconds = 0;
    PaintWatcher watcher(view, &seconds, &clock, ageAtMain);
    view->viewport()->installEventFilter(&watcher);
    window.show();
    QTimer::singleShot(10000, &app, &QApplication::quit);
    app.exec();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "process start to populated register painted: %.3f s (%.3f s before main), rows in view model: %d\n",
        seconds, ageAtMain, view->model() ? view->model()->rowCount() : -1);
    std::printf("peak memory: %.0f MB\n", usage.ru_maxrss / 1024.0);
    return seconds > 0 ? 0 : 1;
}
