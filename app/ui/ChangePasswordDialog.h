#pragma once
// A person changes their own password. Mandatory after an administrator set a temporary one
// (the program goes no further until it succeeds); optional from File → Change password….

#include "model/User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace dsr {

class Database;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Database &db, const Actor &actor, bool mandatory, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    // The actor with "must change password" cleared, once accepted.
    const Actor &actor() const { return m_actor; }

public Q_SLOTS:
    void accept() override;

private:
    void clearErrors();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Database &m_db;
    Actor m_actor;
};

} // namespace dsr
