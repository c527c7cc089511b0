#pragma once
// An administrator sets a temporary password for someone who forgot theirs; the person must
// choose their own at the next login. The new password is hashed by
// AccountService::resetPassword on a worker thread (BackgroundTask, about a second); the fields
// are held meanwhile and there is no Cancel.

#include "InputHold.h"
#include "Result.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ResetPasswordDialog;
}

namespace dsr {

class BackgroundTask;
struct Session;
struct User;

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(Session &session, const User &user, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    // The new password is being saved (the inputs are held meanwhile).
    bool isSaving() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void finishReset(const Status &s);

    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    Session &m_session;
    QString m_login;
    BackgroundTask *m_task;
    InputHold m_hold;
};

} // namespace dsr
