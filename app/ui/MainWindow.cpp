#include "MainWindow.h"
#include <QActionGroup>
#include <QMenu>

#include "AppInfo.h"
#include "ApprovalsPage.h"
#include "AuditLogPage.h"
#include "BackgroundTask.h"
#include "ChangePasswordDialog.h"
#include "DeadlinesPage.h"
#include "DisplayTab.h"
#include "HomePage.h"
#include "InactivityTimer.h"
#include "LettersPage.h"
#include "LockWidget.h"
#include "Logging.h"
#include "ManualWindow.h"
#include "MembersPage.h"
#include "MessageBox.h"
#include "PlaceholderPage.h"
#include "RegisterPage.h"
#include "RequestView.h"
#include "Settings.h"
#include "SettingsPage.h"
#include "StatisticsPage.h"
#include "UiText.h"
#include "security/Permissions.h"
#include "services/AccountService.h"
#include "services/BackupService.h"
#include "services/ChangeFeed.h"
#include "services/DatabaseAccess.h"
#include "services/SettingsService.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QTableWidget>
#include <QUrl>

namespace dsr {

namespace {

constexpr int SectionIdRole = Qt::UserRole;

Operation operationFor(const QString &id)
{
    // Administration alone opens no request contents (DESIGN.md "Who uses it").
    if (id == QLatin1String("approvals"))
        return Operation::RequestApprove;
    if (id == QLatin1String("audit"))
        return Operation::AuditRead;
    if (id == QLatin1String("settings"))
        return Operation::SettingsEdit;
    // home (its figures are all of requests and letters: an administrator or an auditor starts
    // at their own section instead), register, deadlines, members, letters, statistics
    return Operation::RequestRead;
}

} // namespace

MainWindow::MainWindow(Database &db, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session { db, actor }
    , m_lockWidget(new LockWidget(m_session, this))
    , m_inactivity(new InactivityTimer(this))
{
    m_ui->setupUi(this);
    m_ui->rootStackedWidget->addWidget(m_lockWidget);
    m_lockWidget->setUser(actor.displayName, actor.login);

    m_ui->lockNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->lockNowAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->logOutAction, &QAction::triggered, this, &MainWindow::confirmLogOut);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->manualAction->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->manualAction, &QAction::triggered, this, &MainWindow::showManual);
    setUpLanguageMenu();
    setUpDateMenu();
    connect(m_lockWidget, &LockWidget::unlocked, this, &MainWindow::unlock);
    connect(m_lockWidget, &LockWidget::logOutRequested, this, &MainWindow::confirmLogOut);
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, &MainWindow::lock);

    buildNavigation();
    setUpRequestActions();
    setUpStatusBar();
    checkBackups();
    applyIdleLockSetting();
    m_inactivity->activate();
    // Several desks on one database: what the others change shows here within a second or two.
    m_changes = new ChangeFeed(m_session.database, this);
    connect(m_changes, &ChangeFeed::changed, this, &MainWindow::applyChanges);

    // Where the person left the window last time; the first time, centred on the screen.
    // restoreGeometry keeps a window from an unplugged monitor on a screen that exists.
    if (!restoreGeometry(LocalSettings::windowGeometry())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(size().boundedTo(available.size() * 0.95));
            move(available.center() - rect().center());
        }
    }
    qCInfo(lcUi) << "main window opened, user id" << actor.userId;
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::sectionIds()
{
    return { QStringLiteral("home"),       QStringLiteral("register"), QStringLiteral("approvals"),
             QStringLiteral("deadlines"),  QStringLiteral("members"),  QStringLiteral("letters"),
             QStringLiteral("statistics"), QStringLiteral("audit"),    QStringLiteral("settings") };
}

void MainWindow::buildNavigation()
{
    const QHash<QString, QString> titles {
        { QStringLiteral("home"), tr("Home", "navigation: the work waiting for the signed-in person") },
        { QStringLiteral("register"), tr("Register", "navigation: the register of received requests") },
        { QStringLiteral("approvals"), tr("Approvals", "navigation: drafts waiting for approval") },
        { QStringLiteral("deadlines"), tr("Deadlines", "navigation: legal deadlines of open requests") },
        { QStringLiteral("members"), tr("Members", "navigation: the association's members") },
        { QStringLiteral("letters"), tr("Letters", "navigation: response letters") },
        { QStringLiteral("statistics"), tr("Statistics", "navigation: figures of a fiscal year or period") },
        { QStringLiteral("audit"), tr("Audit log", "navigation") },
        { QStringLiteral("settings"), tr("Settings", "navigation") },
    };
    QListWidget *nav = m_ui->navigationListWidget;
    QFont navFont = nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    nav->setFont(navFont);
    for (const QString &id : sectionIds()) {
        Section section { id, titles.value(id), nullptr };
        auto *item = new QListWidgetItem(section.title, nav);
        item->setData(SectionIdRole, id);
        item->setSizeHint(QSize(0, nav->fontMetrics().height() * 2));
        if (Permissions::allowed(m_session.actor.roles, operationFor(id))) {
            section.page = createPage(id, section.title);
            section.page->setObjectName(id + QStringLiteral("Page"));
            m_ui->pagesStackedWidget->addWidget(section.page);
        } else {
            item->setHidden(true);
        }
        m_sections.append(section);
    }
    connect(nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!current)
            return;
        if (QWidget *p = page(current->data(SectionIdRole).toString()))
            m_ui->pagesStackedWidget->setCurrentWidget(p);
    });

    const QStringList visible = visibleSections();
    if (visible.isEmpty()) {
        // Every role opens some page today; this guards against a role added without one.
        auto *none
            = new PlaceholderPage(tr("DSR Desk"), tr("Your account opens no page."),
                                  tr("Ask an administrator to give your account the roles you need."), this);
        m_ui->pagesStackedWidget->addWidget(none);
        m_ui->pagesStackedWidget->setCurrentWidget(none);
        return;
    }
    showSection(startSection());
}

QString MainWindow::startSection() const
{
    // Where the work is: an approver with drafts waiting at their step starts in the approval
    // inbox, where they approve (its list was read when the page was made); everyone else on
    // the home page, or on their only section (administrators, auditors).
    if (auto *approvals = qobject_cast<ApprovalsPage *>(page(QStringLiteral("approvals")));
        approvals && approvals->table()->rowCount() > 0)
        return QStringLiteral("approvals");
    if (page(QStringLiteral("home")))
        return QStringLiteral("home");
    return visibleSections().value(0);
}

QWidget *MainWindow::createPage(const QString &id, const QString &title)
{
    if (id == QLatin1String("audit"))
        return new AuditLogPage(m_session, this);
    if (id == QLatin1String("settings")) {
        auto *settings = new SettingsPage(m_session, this);
        connect(settings, &SettingsPage::organisationSettingsSaved, this, &MainWindow::applyIdleLockSetting);
        connect(settings, &SettingsPage::dateStyleChanged, this, &MainWindow::dateStyleChanged);
        return settings;
    }
    if (id == QLatin1String("home"))
        return new HomePage(m_session, this);
    if (id == QLatin1String("register"))
        return new RegisterPage(m_session, this);
    if (id == QLatin1String("members"))
        return new MembersPage(m_session, this);
    if (id == QLatin1String("approvals"))
        return new ApprovalsPage(m_session, this);
    if (id == QLatin1String("deadlines"))
        return new DeadlinesPage(m_session, this);
    if (id == QLatin1String("letters"))
        return new LettersPage(m_session, 0, this);
    if (id == QLatin1String("statistics"))
        return new StatisticsPage(m_session, this);
    // A section this version does not know: say so, do not pretend.
    return new PlaceholderPage(title, tr("This section is not available in this version."), QString(), this);
}

void MainWindow::setUpRequestActions()
{
    auto *registerPage = qobject_cast<RegisterPage *>(page(QStringLiteral("register")));
    // A request registered or changed from a member's page shows in the register at once.
    if (auto *members = qobject_cast<MembersPage *>(page(QStringLiteral("members"))); members && registerPage)
        connect(members, &MembersPage::requestsChanged, registerPage, &RegisterPage::refresh);
    // The inbox and the dashboard open requests in the same windows as the register.
    auto open = [this, registerPage](qint64 id) {
        if (!registerPage || m_locked)
            return;
        if (RequestView *view = registerPage->openRequest(id))
            view->showWorkflowTab();
    };
    auto *approvals = qobject_cast<ApprovalsPage *>(page(QStringLiteral("approvals")));
    auto *deadlines = qobject_cast<DeadlinesPage *>(page(QStringLiteral("deadlines")));
    if (approvals) {
        connect(approvals, &ApprovalsPage::openRequestRequested, this, open);
        if (registerPage)
            connect(approvals, &ApprovalsPage::requestsChanged, registerPage, &RegisterPage::refresh);
    }
    if (deadlines)
        connect(deadlines, &DeadlinesPage::openRequestRequested, this, open);
    // The letter register opens a letter's request; a letter mailed there notifies its request.
    if (auto *letters = qobject_cast<LettersPage *>(page(QStringLiteral("letters")))) {
        connect(letters, &LettersPage::openRequestRequested, this, [this, registerPage](qint64 id) {
            if (!registerPage || m_locked)
                return;
            if (RequestView *view = registerPage->openRequest(id))
                view->showLettersTab();
        });
        if (registerPage)
            connect(letters, &LettersPage::lettersChanged, registerPage, &RegisterPage::refresh);
        if (approvals) {
            connect(approvals, &ApprovalsPage::letterDraftsRequested, this, [this, letters] {
                if (m_locked)
                    return;
                showSection(QStringLiteral("letters"));
                letters->showState(LetterState::Draft);
            });
        }
    }
    // The home page's figures open the lists they count.
    if (auto *home = qobject_cast<HomePage *>(page(QStringLiteral("home")))) {
        connect(home, &HomePage::registerRequested, this, [this, registerPage](RegisterPage::Filter filter) {
            if (!registerPage || m_locked)
                return;
            showSection(QStringLiteral("register"));
            registerPage->showFilter(filter);
        });
        connect(home, &HomePage::lettersRequested, this, [this](LetterState state) {
            auto *letters = qobject_cast<LettersPage *>(page(QStringLiteral("letters")));
            if (!letters || m_locked)
                return;
            showSection(QStringLiteral("letters"));
            letters->showState(state);
        });
    }
    const bool canRegister = registerPage && registerPage->canRegister();
    m_ui->newRequestAction->setVisible(canRegister);
    m_ui->newRequestAction->setEnabled(canRegister);
    if (!canRegister)
        return;
    // Ctrl+N did nothing while a request's own window (or a letter's) was the active one: the
    // action's default context is its window. Application-wide it opens the new-request dialog
    // from any window of the desk (modal dialogs still block it). Added to the window as well as
    // to the File menu, so the shortcut does not depend on a menu bar that a desktop may take
    // over as a global (native) menu.
    m_ui->newRequestAction->setShortcut(QKeySequence::New);
    m_ui->newRequestAction->setShortcutContext(Qt::ApplicationShortcut);
    m_ui->newRequestAction->setToolTip(
        UiText::withShortcut(m_ui->newRequestAction->toolTip(), m_ui->newRequestAction->shortcut()));
    addAction(m_ui->newRequestAction);
    connect(m_ui->newRequestAction, &QAction::triggered, this, [this, registerPage] {
        if (m_locked)
            return;
        // A request's window may be the active one: the new request opens over the main window.
        if (!isActiveWindow()) {
            raise();
            activateWindow();
        }
        showSection(QStringLiteral("register"));
        registerPage->newRequest();
    });
}

QStringList MainWindow::visibleSections() const
{
    QStringList ids;
    for (const Section &s : m_sections)
        if (s.page)
            ids << s.id;
    return ids;
}

QWidget *MainWindow::page(const QString &sectionId) const
{
    for (const Section &s : m_sections)
        if (s.id == sectionId)
            return s.page;
    return nullptr;
}

bool MainWindow::showSection(const QString &sectionId)
{
    if (!page(sectionId))
        return false;
    QListWidget *nav = m_ui->navigationListWidget;
    for (int row = 0; row < nav->count(); ++row) {
        if (nav->item(row)->data(SectionIdRole).toString() == sectionId) {
            nav->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::showSetting(Setting key)
{
    auto *settings = qobject_cast<SettingsPage *>(page(QStringLiteral("settings")));
    if (!settings || !showSection(QStringLiteral("settings")))
        return false;
    return settings->focusSetting(key);
}

QString MainWindow::currentSection() const
{
    const QListWidgetItem *item = m_ui->navigationListWidget->currentItem();
    return item ? item->data(SectionIdRole).toString() : QString();
}

void MainWindow::setUpStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_userLabel->setText(tr("Signed in: %1 (%2)")
                             .arg(m_session.actor.displayName, Roles::displayNames(m_session.actor.roles)));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    const QString path = DatabaseAccess::path(m_session.database);
    if (DatabaseAccess::isServerLocation(path)) {
        const QUrl url(path);
        m_databaseLabel->setText(tr("Database: %1 on %2").arg(url.path().mid(1), url.host()));
        m_databaseLabel->setToolTip(DatabaseAccess::engine(m_session.database) + QLatin1Char('\n') + path);
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
        m_databaseLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    }
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::checkBackups()
{
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupStatusLabel"));
    m_backupLabel->hide();
    statusBar()->addPermanentWidget(m_backupLabel);
    auto status = BackupService(m_session.database).status(m_session.actor);
    if (!status)
        return;
    if (!BackupService::isAutomaticDue(status.value(), QDateTime::currentDateTimeUtc())) {
        showBackupWarning();
        return;
    }
    // The first login of the day backs up by itself, whoever logs in (the administrator chose the
    // folder and the passphrase), on its own connection while the window waits.
    auto *task = BackgroundTask::once(m_session.database, this,
                                      tr("Backing up: the last backup is older than a day…"), false);
    const Actor actor = m_session.actor;
    task->start(
        [actor](Database &db, TaskProgress &) {
            return BackupService(db).backUpIfDue(actor, QDateTime::currentDateTimeUtc());
        },
        [this](Result<std::optional<BackupOutcome>> made) {
            if (!made) {
                qCWarning(lcUi) << "automatic backup failed";
                statusBar()->showMessage(tr("The automatic backup failed: %1").arg(made.error().message));
            } else if (made->has_value())
                statusBar()->showMessage(tr("Backed up automatically."), 10000);
            showBackupWarning();
        });
}

void MainWindow::showBackupWarning()
{
    if (!Permissions::allowed(m_session.actor.roles, Operation::Backup))
        return;
    auto status = BackupService(m_session.database).status(m_session.actor);
    if (!status || !BackupService::isOverdue(status.value(), QDateTime::currentDateTimeUtc()))
        return;
    m_backupLabel->setText(status->lastBackupUtc
                               ? tr("Last backup: %n days ago", nullptr,
                                    int(status->lastBackupUtc->daysTo(QDateTime::currentDateTimeUtc())))
                               : tr("No backup yet"));
    m_backupLabel->setToolTip(tr("Back up in Settings ▸ Backup, or with dsrctl backup."));
    m_backupLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_backupLabel->show();
}

void MainWindow::applyIdleLockSetting()
{
    auto settings = SettingsService(m_session.database).loadForSystem();
    const int minutes = settings ? settings->intValue(Setting::IdleLockMinutes)
                                 : Settings::info(Setting::IdleLockMinutes).defaultValue.toInt();
    setIdleLockInterval(minutes * 60 * 1000);
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_inactivity->setInactivityTimeout(milliseconds);
}

int MainWindow::idleLockInterval() const
{
    return m_inactivity->inactivityTimeout();
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    QWidget *focus = QApplication::focusWidget();
    m_focusBeforeLock = (focus && isAncestorOf(focus)) ? focus : nullptr;
    // Dialogs open over the window (an account being added…) would stay readable above the lock
    // screen: hide them now and bring them back, as they were, after unlocking.
    m_hiddenDialogs.clear();
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            m_hiddenDialogs.append(dialog);
            dialog->hide();
        }
    }
    m_inactivity->deactivate();
    m_ui->rootStackedWidget->setCurrentWidget(m_lockWidget);
    m_ui->changePasswordAction->setEnabled(false);
    m_ui->lockNowAction->setEnabled(false);
    m_ui->newRequestAction->setEnabled(false);
    m_lockWidget->reset();
    m_lockWidget->focusPassword();
    qCInfo(lcUi) << "window locked, user id" << m_session.actor.userId;
}

void MainWindow::applyChanges(const ChangeBatch &batch)
{
    // Locked: nothing is read (every read is audited, and nobody is looking) until unlocked.
    if (m_locked) {
        m_changedWhileLocked = true;
        return;
    }
    const bool requests = batch.unknown || !batch.requests.isEmpty() || !batch.members.isEmpty();
    const bool letters = batch.unknown || !batch.letters.isEmpty();
    qCInfo(lcUi) << "other desks changed" << batch.requests.size() << "requests," << batch.letters.size()
                 << "letters," << batch.members.size() << "members" << (batch.unknown ? "(unspecified)" : "");
    if (auto *registerPage = qobject_cast<RegisterPage *>(page(QStringLiteral("register")))) {
        if (requests)
            registerPage->refresh();
        registerPage->reloadOpenRequests(batch);
    }
    if (requests) {
        if (auto *approvals = qobject_cast<ApprovalsPage *>(page(QStringLiteral("approvals"))))
            approvals->refresh();
        if (auto *deadlines = qobject_cast<DeadlinesPage *>(page(QStringLiteral("deadlines"))))
            deadlines->refresh();
    }
    if (letters || requests) {
        if (auto *lettersPage = qobject_cast<LettersPage *>(page(QStringLiteral("letters"))))
            lettersPage->refresh();
        // Counted again only while shown: showing it counts anyway (each count is audited).
        if (auto *home = qobject_cast<HomePage *>(page(QStringLiteral("home"))); home && home->isVisible())
            home->refresh();
    }
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_lockWidget->reset();
    m_ui->rootStackedWidget->setCurrentWidget(m_ui->workspacePage);
    m_ui->changePasswordAction->setEnabled(true);
    m_ui->lockNowAction->setEnabled(true);
    m_ui->newRequestAction->setEnabled(m_ui->newRequestAction->isVisible());
    for (const QPointer<QDialog> &dialog : std::as_const(m_hiddenDialogs))
        if (dialog)
            dialog->show();
    m_hiddenDialogs.clear();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    m_inactivity->activate();
    if (std::exchange(m_changedWhileLocked, false)) {
        ChangeBatch everything;
        everything.unknown = true;
        applyChanges(everything);
    }
    qCInfo(lcUi) << "window unlocked, user id" << m_session.actor.userId;
}

void MainWindow::confirmLogOut()
{
    if (MessageBox::question(this, tr("Log out"),
                             tr("Log out of DSR Desk? Anything you typed and did not save is lost."))
        != QMessageBox::Yes)
        return;
    qCInfo(lcUi) << "logged out, user id" << m_session.actor.userId;
    Q_EMIT logOutRequested();
}

void MainWindow::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_session.database, m_session.actor, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session.actor = dialog->actor();
        statusBar()->showMessage(tr("Your password was changed."), 5000);
    });
    dialog->open();
}

void MainWindow::setUpLanguageMenu()
{
    // The choice is kept per desk; translations are installed at start-up, so it applies from
    // the next start.
    QMenu *menu = m_ui->helpMenu->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<QString, QString>> languages { { QStringLiteral("ja"), QStringLiteral("日本語") },
                                                     { QStringLiteral("en"), QStringLiteral("English") } };
    for (const auto &[code, name] : languages) {
        QAction *a = menu->addAction(name);
        a->setObjectName(code + QStringLiteral("LanguageAction"));
        a->setCheckable(true);
        a->setChecked(LocalSettings::language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            if (LocalSettings::language() == code)
                return;
            LocalSettings::setLanguage(code);
            MessageBox::information(this, tr("Language"),
                                    tr("The language changes the next time DSR Desk starts."));
        });
    }
}

ManualWindow *MainWindow::showManual()
{
    // One manual window: F1 again brings it to the front instead of opening another.
    if (!m_manual)
        m_manual = new ManualWindow(this);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

void MainWindow::setUpDateMenu()
{
    QMenu *menu = m_ui->helpMenu->addMenu(tr("&Dates"));
    menu->setObjectName(QStringLiteral("dateStyleMenu"));
    auto *group = new QActionGroup(menu);
    for (const UiText::DateStyle style : { UiText::DateStyle::Western, UiText::DateStyle::Era }) {
        const QString id = UiText::dateStyleId(style);
        QAction *a = menu->addAction(UiText::dateStyleName(style));
        a->setObjectName(id + QStringLiteral("DateStyleAction"));
        a->setCheckable(true);
        a->setChecked(UiText::dateStyle() == style);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] {
            if (UiText::dateStyleId(UiText::dateStyle()) == id)
                return;
            DisplayTab::applyDateStyle(id);
            dateStyleChanged();
        });
    }
}

void MainWindow::dateStyleChanged()
{
    const QString id = UiText::dateStyleId(UiText::dateStyle());
    if (QAction *a = findChild<QAction *>(id + QStringLiteral("DateStyleAction")))
        a->setChecked(true);
    if (auto *settings = qobject_cast<SettingsPage *>(page(QStringLiteral("settings"))))
        settings->displayTab()->showCurrentStyle();
    // Lists write their dates when they are drawn; what pages wrote into labels is read again.
    ChangeBatch everything;
    everything.unknown = true;
    applyChanges(everything);
    update();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About DSR Desk"),
                      tr("<p><b>DSR Desk %1</b></p>"
                         "<p>The desk for members' requests about the personal data the association holds: "
                         "disclosure, correction and suspension of use.</p>"
                         "<p>Built with Qt %2.</p>")
                          .arg(QStringLiteral(DSR_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    LocalSettings::setWindowGeometry(saveGeometry());
    event->accept();
    Q_EMIT closed();
}

} // namespace dsr
