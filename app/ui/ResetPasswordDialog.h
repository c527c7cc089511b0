#pragma once
// An administrator sets a temporary password for someone who forgot theirs; the person must
// choose their own at the next login.

#include <QDialog>
#include <memory>

namespace Ui {
class ResetPasswordDialog;
}

namespace dsr {

struct Session;
struct User;

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(Session &session, const User &user, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    Session &m_session;
    QString m_login;
};

} // namespace dsr
