#pragma once
// The login: login name and password checked by AccountService::authenticate. A refusal (wrong
// password, locked or disabled account) is shown as the service words it, and the person may
// try again; Quit leaves the program.

#include "model/User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace dsr {

class Database;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setLogin(const QString &login);
    // The signed-in user, valid once the dialog was accepted.
    const Actor &actor() const { return m_actor; }

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database &m_db;
    Actor m_actor;
};

} // namespace dsr
