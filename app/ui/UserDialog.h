#pragma once
// Adds an account (login, name, roles, temporary password) or edits one (name and roles). The
// dialog itself calls AccountService, so a refusal is shown beside the field it concerns and the
// dialog stays open with what was typed. An edit that lost the race to another desk is not
// retried: the service's "changed by someone else" message is shown and the dialog closes, so
// the list reloads. Adding hashes the temporary password, which takes about a second: that runs
// on a worker thread (BackgroundTask) with the inputs held and no Cancel; an edit hashes nothing
// and is saved at once.

#include "InputHold.h"
#include "Result.h"
#include "model/User.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;

namespace Ui {
class UserDialog;
}

namespace dsr {

class BackgroundTask;
struct Session;

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a new account.
    explicit UserDialog(Session &session, QWidget *parent = nullptr);
    // Edits `user` against the version it was loaded with.
    UserDialog(Session &session, const User &user, QWidget *parent = nullptr);
    ~UserDialog() override;

    bool isEditing() const { return m_editing; }
    QCheckBox *roleCheckBox(Role role) const { return m_roleBoxes.value(role); }
    // The login added or edited, once accepted.
    QString login() const;
    // A new account is being saved (the inputs are held meanwhile).
    bool isSaving() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setUp();
    RoleSet checkedRoles() const;
    void clearErrors();
    void addUser();
    Status saveUser();
    void finishSave(const Status &s);

    std::unique_ptr<Ui::UserDialog> m_ui;
    Session &m_session;
    bool m_editing = false;
    User m_user;
    QHash<Role, QCheckBox *> m_roleBoxes;
    BackgroundTask *m_task = nullptr;
    InputHold m_hold;
};

} // namespace dsr
