#include "ResetPasswordDialog.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "Session.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "ui_ResetPasswordDialog.h"

#include <QPushButton>

namespace dsr {

ResetPasswordDialog::ResetPasswordDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
    , m_session(session)
    , m_login(user.login)
    , m_task(new BackgroundTask(session.database, this))
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(tr("Set a temporary password for %1 (%2). Tell it to them in person; "
                                       "they must choose their own password "
                                       "at the next login.")
                                        .arg(user.displayName, user.login));
    connect(m_ui->resetButton, &QPushButton::clicked, this, &ResetPasswordDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ResetPasswordDialog::reject);
    m_ui->newPasswordLineEdit->setFocus();
    m_task->setLabel(tr("Setting the temporary password…"));
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

bool ResetPasswordDialog::isSaving() const
{
    return m_task->isRunning();
}

void ResetPasswordDialog::accept()
{
    if (m_task->isRunning())
        return;
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
    m_hold.hold(
        { m_ui->newPasswordLineEdit, m_ui->confirmPasswordLineEdit, m_ui->resetButton, m_ui->cancelButton });
    // Hashing cannot be stopped halfway and takes a second at most: no Cancel.
    m_task->start(
        [actor = m_session.actor, login = m_login, password](Database &db, TaskProgress &) {
            return AccountService(db).resetPassword(actor, login, password);
        },
        [this](Status s) { finishReset(s); });
}

void ResetPasswordDialog::reject()
{
    // Closing while the password is saved would leave the answer to nobody: wait for it.
    if (m_task->isRunning())
        return;
    QDialog::reject();
}

void ResetPasswordDialog::finishReset(const Status &s)
{
    m_hold.release();
    if (!s) {
        m_ui->errorLabel->showError(s.error().message);
        return;
    }
    m_ui->newPasswordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    QDialog::accept();
}

} // namespace dsr
