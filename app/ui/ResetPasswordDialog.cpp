#include "ResetPasswordDialog.h"

#include "ErrorLabel.h"
#include "Logging.h"
#include "Session.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "ui_ResetPasswordDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace dsr {

ResetPasswordDialog::ResetPasswordDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
    , m_session(session)
    , m_login(user.login)
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(tr("Set a temporary password for %1 (%2). Tell it to them in person; "
                                       "they must choose their own password "
                                       "at the next login.")
                                        .arg(user.displayName, user.login));
    connect(m_ui->resetButton, &QPushButton::clicked, this, &ResetPasswordDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ResetPasswordDialog::reject);
    m_ui->newPasswordLineEdit->setFocus();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::accept()
{
    m_ui->newPasswordErrorLabel->clearError();
    m_ui->confirmPasswordErrorLabel->clearError();
    m_ui->errorLabel->clearError();
    const QString password = m_ui->newPasswordLineEdit->text();
    if (Status s = PasswordHasher::checkPolicy(password); !s) {
        m_ui->newPasswordErrorLabel->showError(s.error().message);
        m_ui->newPasswordLineEdit->setFocus();
        return;
    }
    if (m_ui->confirmPasswordLineEdit->text() != password) {
        m_ui->confirmPasswordErrorLabel->showError(
            tr("The two passwords differ. Type the same password twice."));
        m_ui->confirmPasswordLineEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = AccountService(m_session.database).resetPassword(m_session.actor, m_login, password);
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        m_ui->errorLabel->showError(s.error().message);
        return;
    }
    m_ui->newPasswordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    QDialog::accept();
}

} // namespace dsr
