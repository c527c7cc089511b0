// manual_shots: makes the pictures of the user manual (docs/manual/images) from the real window.
//
// It fills a throwaway database with the demo office (DemoData: the same seed every time), logs
// in as each role through the real AccountService, opens the real MainWindow, pages and dialogs,
// and saves what the screen shows. `make manual` runs it under Xvfb (tools/manual/make-manual.sh)
// with the per-user folders pointed at a temporary directory, so the person's own settings, logs
// and databases are never touched and every run starts from the same state.
//
// Usage: manual_shots OUTPUT_FOLDER [--only NAME]   (NAME: one picture's file name without .png)

#include "Bootstrap.h"
#include "FirstRunDialog.h"
#include "LetterWindow.h"
#include "LettersPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RegisterPage.h"
#include "RequestView.h"
#include "SettingsPage.h"
#include "model/LetterQuery.h"
#include "model/RequestQuery.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/DatabaseAccess.h"
#include "services/DemoData.h"
#include "services/LetterRegister.h"
#include "services/RequestService.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

using namespace dsr;

// The size of the window in every picture: a common office monitor's, less the task bar.
constexpr QSize kWindowSize(1360, 820);

// Lets layouts, lazy loads and background reads settle, as a person waits for a page to fill.
void settle(int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

class Shots
{
public:
    Shots(const QString &folder, const QString &only)
        : m_folder(folder)
        , m_only(only)
    {
    }

    bool wanted(const QString &name) const { return m_only.isEmpty() || m_only == name; }

    // Saves what `widget` shows as NAME.png; false (and a message) when it cannot be written.
    bool save(QWidget *widget, const QString &name)
    {
        if (!wanted(name))
            return true;
        settle();
        const QPixmap picture = widget->grab();
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        if (picture.isNull() || !picture.save(path, "PNG")) {
            std::fprintf(stderr, "manual_shots: could not write %s\n", qPrintable(path));
            m_failed = true;
            return false;
        }
        std::printf("%s\n", qPrintable(path));
        ++m_saved;
        return true;
    }

    // The dialog `open` shows (window-modal or not), saved as NAME.png and then closed.
    template<typename Dialog> void saveDialog(const std::function<void()> &open, const QString &name)
    {
        if (!wanted(name))
            return;
        open();
        settle(600);
        Dialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<Dialog *>(w); d && d->isVisible())
                dialog = d;
        if (!dialog) {
            std::fprintf(stderr, "manual_shots: the dialog for %s did not open\n", qPrintable(name));
            m_failed = true;
            return;
        }
        save(dialog, name);
        dialog->reject();
        settle(100);
    }

    void fail(const QString &why)
    {
        std::fprintf(stderr, "manual_shots: %s\n", qPrintable(why));
        m_failed = true;
    }
    bool failed() const { return m_failed; }
    int saved() const { return m_saved; }

private:
    QString m_folder;
    QString m_only;
    bool m_failed = false;
    int m_saved = 0;
};

// The first request of `query` the actor can see, or 0.
qint64 firstRequest(Database &db, const Actor &actor, RequestQuery query)
{
    query.limit = 1;
    auto found = RequestService(db).list(actor, query);
    return found && !found->isEmpty() ? found->first().id : 0;
}

// The role's main window, logged in through the real account service.
std::unique_ptr<MainWindow> logIn(Database &db, const QString &login, const QString &password, Shots &shots)
{
    auto actor = AccountService(db).authenticate(login, password);
    if (!actor) {
        shots.fail(QStringLiteral("login %1 failed: %2").arg(login, actor.error().message));
        return {};
    }
    auto window = std::make_unique<MainWindow>(db, actor.value());
    window->resize(kWindowSize);
    window->show();
    settle(800);
    return window;
}

void clerkShots(Database &db, const QString &password, Shots &shots)
{
    auto window = logIn(db, QStringLiteral("clerk1"), password, shots);
    if (!window)
        return;
    const Actor actor = window->actor();
    if (window->page(QStringLiteral("home")) && window->showSection(QStringLiteral("home")))
        shots.save(window.get(), QStringLiteral("clerk-home"));
    window->showSection(QStringLiteral("register"));
    shots.save(window.get(), QStringLiteral("clerk-register"));

    auto *registerPage = qobject_cast<RegisterPage *>(window->page(QStringLiteral("register")));
    if (registerPage)
        shots.saveDialog<QDialog>([registerPage] { registerPage->newRequest(); },
                                  QStringLiteral("clerk-new-request"));

    // A request under investigation, as the clerk works on it.
    RequestQuery investigating;
    investigating.status = RequestStatus::Investigating;
    if (const qint64 id = firstRequest(db, actor, investigating); id && registerPage) {
        if (RequestView *view = registerPage->openRequest(id)) {
            view->resize(1100, 780);
            shots.save(view, QStringLiteral("clerk-request"));
            view->showWorkflowTab();
            shots.save(view, QStringLiteral("clerk-request-workflow"));
            view->close();
        }
    } else {
        shots.fail(QStringLiteral("no request under investigation in the demo"));
    }
    // A decided request's letters.
    RequestQuery notified;
    notified.status = RequestStatus::Notified;
    if (const qint64 id = firstRequest(db, actor, notified); id && registerPage) {
        if (RequestView *view = registerPage->openRequest(id)) {
            view->resize(1100, 780);
            view->showLettersTab();
            shots.save(view, QStringLiteral("clerk-request-letters"));
            view->close();
        }
    }
    window->showSection(QStringLiteral("deadlines"));
    shots.save(window.get(), QStringLiteral("clerk-deadlines"));
    window->showSection(QStringLiteral("members"));
    shots.save(window.get(), QStringLiteral("clerk-members"));

    window->showSection(QStringLiteral("letters"));
    shots.save(window.get(), QStringLiteral("clerk-letters"));
    // One issued letter, as the letter window shows it before printing.
    LetterQuery issued;
    issued.state = LetterState::Issued;
    issued.limit = 1;
    auto letters = LetterRegister(db).list(actor, issued);
    if (auto *lettersPage = qobject_cast<LettersPage *>(window->page(QStringLiteral("letters")));
        lettersPage && letters && !letters->isEmpty()) {
        if (QWidget *letter = lettersPage->openLetter(letters->first().id)) {
            letter->resize(1100, 900);
            settle(1200); // the page is rendered in the background
            shots.save(letter, QStringLiteral("clerk-letter"));
            letter->close();
        }
    } else {
        shots.fail(QStringLiteral("no issued letter in the demo"));
    }
    window->showSection(QStringLiteral("statistics"));
    settle(1500); // the year's figures are read in the background
    shots.save(window.get(), QStringLiteral("clerk-statistics"));
    window->close();
}

void approverShots(Database &db, const QString &login, const QString &password, const QString &prefix,
                   Shots &shots)
{
    auto window = logIn(db, login, password, shots);
    if (!window)
        return;
    // The page the approver starts on, as they first see it.
    shots.save(window.get(), prefix + QStringLiteral("-start"));
    if (window->showSection(QStringLiteral("approvals")))
        shots.save(window.get(), prefix + QStringLiteral("-approvals"));
    window->close();
}

void adminShots(Database &db, const QString &password, Shots &shots)
{
    auto window = logIn(db, QStringLiteral("admin"), password, shots);
    if (!window)
        return;
    if (!window->showSection(QStringLiteral("settings"))) {
        shots.fail(QStringLiteral("the administrator has no settings page"));
        return;
    }
    auto *settings = qobject_cast<SettingsPage *>(window->page(QStringLiteral("settings")));
    auto *tabs = settings ? settings->findChild<QTabWidget *>(QStringLiteral("settingsTabWidget")) : nullptr;
    if (!tabs) {
        shots.fail(QStringLiteral("the settings page has no tabs"));
        return;
    }
    // Each tab by the object name of its page, so a reordering does not mix the pictures up.
    const QHash<QString, QString> pictures {
        { QStringLiteral("calendarTab"), QStringLiteral("admin-calendar") },
        { QStringLiteral("approvalRoutesTab"), QStringLiteral("admin-routes") },
        { QStringLiteral("healthCheckTab"), QStringLiteral("admin-check") },
        { QStringLiteral("backupTab"), QStringLiteral("admin-backup") },
    };
    tabs->setCurrentIndex(0);
    shots.save(window.get(), QStringLiteral("admin-settings"));
    for (int i = 0; i < tabs->count(); ++i) {
        const QString name = pictures.value(tabs->widget(i)->objectName());
        if (name.isEmpty())
            continue;
        tabs->setCurrentIndex(i);
        shots.save(window.get(), name);
    }
    window->close();
}

void auditorShots(Database &db, const QString &password, Shots &shots)
{
    auto window = logIn(db, QStringLiteral("auditor1"), password, shots);
    if (!window)
        return;
    if (window->showSection(QStringLiteral("audit")))
        shots.save(window.get(), QStringLiteral("auditor-audit"));
    window->close();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bootstrap::setApplicationIdentity();
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: manual_shots OUTPUT_FOLDER [--only NAME]\n");
        return 2;
    }
    const QString folder = args.at(1);
    const int onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "manual_shots: cannot create %s\n", qPrintable(folder));
        return 1;
    }
    // The manual is Japanese: the window as the association's desks show it.
    Bootstrap::start(QStringLiteral("dsrdesk"), QStringLiteral("ja"), false);

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "manual_shots: no temporary folder\n");
        return 1;
    }
    Shots shots(folder, only);

    // Before any database exists: the first-run screen and the login.
    {
        auto fresh = DatabaseAccess::open(scratch.filePath(QStringLiteral("new.sqlite")),
                                          scratch.filePath(QStringLiteral("new.key")));
        if (!fresh) {
            std::fprintf(stderr, "manual_shots: %s\n", qPrintable(fresh.error().message));
            return 1;
        }
        if (shots.wanted(QStringLiteral("first-run"))) {
            FirstRunDialog first(*fresh.value());
            first.show();
            shots.save(&first, QStringLiteral("first-run"));
        }
    }

    auto opened = DatabaseAccess::open(scratch.filePath(QStringLiteral("demo.sqlite")),
                                       scratch.filePath(QStringLiteral("demo.key")));
    if (!opened) {
        std::fprintf(stderr, "manual_shots: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    DatabaseHandle db = std::move(opened).value();
    if (Status s = AuditService::ensureKeyed(*db); !s) {
        std::fprintf(stderr, "manual_shots: %s\n", qPrintable(s.error().message));
        return 1;
    }
    auto demo = DemoData::fill(*db, 400, 1200);
    if (!demo) {
        std::fprintf(stderr, "manual_shots: demo data: %s\n", qPrintable(demo.error().message));
        return 1;
    }
    QHash<QString, QString> passwords;
    for (const auto &[login, password] : demo->passwords)
        passwords.insert(login, password);

    if (shots.wanted(QStringLiteral("login"))) {
        LoginDialog login(*db);
        login.show();
        shots.save(&login, QStringLiteral("login"));
    }
    clerkShots(*db, passwords.value(QStringLiteral("clerk1")), shots);
    approverShots(*db, QStringLiteral("chief1"), passwords.value(QStringLiteral("chief1")),
                  QStringLiteral("chief"), shots);
    approverShots(*db, QStringLiteral("manager1"), passwords.value(QStringLiteral("manager1")),
                  QStringLiteral("manager"), shots);
    adminShots(*db, passwords.value(QStringLiteral("admin")), shots);
    auditorShots(*db, passwords.value(QStringLiteral("auditor1")), shots);

    if (!only.isEmpty() && shots.saved() == 0)
        shots.fail(QStringLiteral("no picture is called %1").arg(only));
    return shots.failed() ? 1 : 0;
}
