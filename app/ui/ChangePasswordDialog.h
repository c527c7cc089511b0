#pragma once
// A person changes their own password. Mandatory after an administrator set a temporary one
// (the program goes no further until it succeeds); optional from File → Change password….
// The passwords are checked and hashed by AccountService::changePassword on a worker thread
// (BackgroundTask, about a second); the fields are held meanwhile and there is no Cancel.

#include "InputHold.h"
#include "Result.h"
#include "model/User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace dsr {

class BackgroundTask;
class Database;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Database &db, const Actor &actor, bool mandatory, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    // The actor with "must change password" cleared, once accepted.
    const Actor &actor() const { return m_actor; }
    // The passwords are being checked (the inputs are held meanwhile).
    bool isChangingPassword() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void clearErrors();
    void finishChange(const Result<Actor> &changed);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Database &m_db;
    Actor m_actor;
    BackgroundTask *m_task;
    InputHold m_hold;
};

} // namespace dsr
