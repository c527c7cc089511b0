#pragma once
// First run: the organisation's details (prefilled with the registry's defaults) and the first
// administrator, saved together by AccountService::initialize — a local database on this
// computer. Beside it, "Connect to a server…" takes the desk to the division's shared database
// instead (ServerConnectionDialog); the dialog then closes with the server's database in hand. Refusals
// appear beside the field they concern and the dialog stays open. AccountService::initialize hashes the
// password (about a second), so it runs on a worker thread (BackgroundTask) with its own connection to the
// database the program opened — and migrated — before this dialog was made; the inputs are held
// meanwhile and there is no Cancel (the set-up is one transaction, over in a second).

#include "InputHold.h"
#include "Result.h"
#include "model/User.h"
#include "services/DatabaseAccess.h"

#include <QDialog>
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
    // After serverConnected: the server database, handed over once.
    DatabaseHandle takeServerDatabase() { return std::move(m_server); }

Q_SIGNALS:
    // "Connect to a server…" opened the division's server database; the dialog is closed.
    void serverConnected();

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void finishSetUp(const Result<Actor> &created);
    QWidget *validateAdministrator(); // the first refused field, or nullptr
    void clearErrors();
    void connectToServer();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Database &m_db;
    SettingsForm *m_organisation;
    BackgroundTask *m_task;
    InputHold m_hold;
    DatabaseHandle m_server;
};

} // namespace dsr
