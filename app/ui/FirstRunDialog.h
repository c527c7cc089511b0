#pragma once
// First run: the organisation's details (prefilled with the registry's defaults) and the first
// administrator, saved together by AccountService::initialize — a local database on this
// computer. Beside it, "Connect to a server…" takes the desk to the division's shared database
// instead (ServerConnectionDialog); the dialog then closes with the server's database in hand. Refusals
// appear beside the field they concern and the dialog stays open. AccountService::initialize hashes the
// password (about a second), so it runs on a worker thread (BackgroundTask) with its own connection to the
// database the program opened — and migrated — before this dialog was made; the inputs are held
// meanwhile and there is no Cancel (the set-up is one transaction, over in a second).
// "Try with demo data" fills a separate file in the user's data folder (demoPath(); never a
// database that is not a demo) with DemoData on a worker thread, shows the demo accounts with
// their passwords, and then hands that database over (demoOpened) for the login.

#include "InputHold.h"
#include "Result.h"
#include "model/User.h"
#include "services/DatabaseAccess.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace dsr {

class BackgroundTask;
class Database;
class SettingsForm;

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Database &db, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // The login just created, to prefill the login dialog.
    QString administratorLogin() const;
    SettingsForm *organisationForm() const { return m_organisation; }
    // The set-up is being saved (the inputs are held meanwhile).
    bool isSettingUp() const;
    // After serverConnected or demoOpened: the database to go on with, handed over once.
    DatabaseHandle takeServerDatabase() { return std::move(m_server); }
    DatabaseHandle takeDemoDatabase() { return std::move(m_server); }

    // The demo's size in the window: quick to make, enough for every page to have work.
    static constexpr int DemoMembers = 300;
    static constexpr int DemoRequests = 1000;
    // Where "Try with demo data" puts the demo: demo.sqlite in the user's data folder, or
    // demo-2.sqlite … when that name holds a database that is not a demo.
    QString demoPath() const;
    // The accounts of the demo just made (login, roles, password), open until "Continue".
    QDialog *demoAccountsDialog() const { return m_accounts; }

Q_SIGNALS:
    // "Connect to a server…" opened the division's server database; the dialog is closed.
    void serverConnected();
    // "Try with demo data" made the demo database and its accounts were shown; the dialog is closed.
    void demoOpened();

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void finishSetUp(const Result<Actor> &created);
    QWidget *validateAdministrator(); // the first refused field, or nullptr
    void clearErrors();
    void connectToServer();
    void tryDemo();
    void showDemoAccounts(const QList<QStringList> &accounts);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Database &m_db;
    SettingsForm *m_organisation;
    BackgroundTask *m_task;
    InputHold m_hold;
    DatabaseHandle m_server;
    QPointer<QDialog> m_accounts;
};

} // namespace dsr
