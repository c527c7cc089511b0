#pragma once
// The main window: navigation of DESIGN.md (受付簿 … 設定) limited to what the signed-in user's
// roles allow, the pages, the status bar, and the idle lock. Locking swaps the whole content for
// the lock screen without destroying the pages, so whatever was being typed is still there after
// unlocking with the password.

#include "Session.h"
#include "Settings.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QDialog;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace dsr {

class ChangeFeed;
struct ChangeBatch;
class InactivityTimer;
class LockWidget;
class ManualWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Actor &actor() const { return m_session.actor; }

    // Section ids, in navigation order: home, register, approvals, deadlines, members, letters,
    // statistics, audit, settings.
    static QStringList sectionIds();
    // The sections the user's roles open.
    QStringList visibleSections() const;
    // nullptr for a section the user may not open.
    QWidget *page(const QString &sectionId) const;
    bool showSection(const QString &sectionId);
    // Settings ▸ organisation with the field of `key` focused; false when the user may not open
    // Settings (the letter dialogs then only name the setting).
    bool showSetting(Setting key);
    QString currentSection() const;
    // Where the window opens: the approval inbox for an approver with drafts waiting, else home
    // (or the only section of an administrator or auditor).
    QString startSection() const;

    bool isLocked() const { return m_locked; }
    // The idle time before the lock, from the organisation setting; tests shorten it.
    void setIdleLockInterval(int milliseconds);
    int idleLockInterval() const;

public Q_SLOTS:
    void lock();
    // Help ▸ User manual (F1): the built-in manual, one window brought to the front.
    ManualWindow *showManual();

Q_SIGNALS:
    // The window was closed: the program ends.
    void closed();
    // The person logged out: the window is to be replaced by the login.
    void logOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Section
    {
        QString id;
        QString title;
        QWidget *page = nullptr; // nullptr when hidden
    };
    void buildNavigation();
    QWidget *createPage(const QString &id, const QString &title);
    void setUpRequestActions();
    void setUpStatusBar();
    void applyIdleLockSetting();
    // The lock screen checked the password: back to where the person was.
    void unlock();
    void confirmLogOut();
    void changePassword();
    void showAbout();
    void setUpLanguageMenu();
    // Help ▸ Dates: the desk's date style (also in Settings ▸ Display, which only administrators see).
    void setUpDateMenu();
    // Pages write their dates again in the style just chosen.
    void dateStyleChanged();
    // Other desks' changes: the register, inbox, deadlines, letters and open requests read again
    // (not while locked: then once on unlocking).
    void applyChanges(const ChangeBatch &batch);
    // After login: the automatic backup when one is due (in the background), and for an
    // administrator a warning in the status bar when the last backup is older than a week.
    void checkBackups();
    void showBackupWarning();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session m_session;
    QList<Section> m_sections;
    LockWidget *m_lockWidget;
    InactivityTimer *m_inactivity;
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_backupLabel = nullptr;
    bool m_locked = false;
    ChangeFeed *m_changes = nullptr;
    bool m_changedWhileLocked = false;
    QPointer<QWidget> m_focusBeforeLock;
    QList<QPointer<QDialog>> m_hiddenDialogs;
    QPointer<ManualWindow> m_manual;
};

} // namespace dsr
