#include "ChangePasswordDialog.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "ui_ChangePasswordDialog.h"

#include <QPushButton>

namespace dsr {

ChangePasswordDialog::ChangePasswordDialog(Database &db, const Actor &actor, bool mandatory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_db(db)
    , m_actor(actor)
    , m_task(new BackgroundTask(db, this))
{
    m_ui->setupUi(this);
    if (mandatory) {
        m_ui->explanationLabel->setText(tr(
            "An administrator gave you a temporary password. Choose your own password before you continue."));
        m_ui->cancelButton->setText(tr("Quit"));
    } else {
        m_ui->explanationLabel->setText(tr("Choose a new password for %1.").arg(actor.login));
    }
    connect(m_ui->changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ChangePasswordDialog::reject);
    m_ui->currentPasswordLineEdit->setFocus();
    m_task->setLabel(tr("Changing your password…"));
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

bool ChangePasswordDialog::isChangingPassword() const
{
    return m_task->isRunning();
}

void ChangePasswordDialog::clearErrors()
{
    m_ui->currentPasswordErrorLabel->clearError();
    m_ui->newPasswordErrorLabel->clearError();
    m_ui->confirmPasswordErrorLabel->clearError();
    m_ui->errorLabel->clearError();
}

void ChangePasswordDialog::accept()
{
    if (m_task->isRunning())
        return;
    clearErrors();
    const QString current = m_ui->currentPasswordLineEdit->text();
    const QString fresh = m_ui->newPasswordLineEdit->text();
    if (current.isEmpty()) {
        m_ui->currentPasswordErrorLabel->showError(tr("Enter your current password."));
        m_ui->currentPasswordLineEdit->setFocus();
        return;
    }
    if (Status s = PasswordHasher::checkPolicy(fresh); !s) {
        m_ui->newPasswordErrorLabel->showError(s.error().message);
        m_ui->newPasswordLineEdit->setFocus();
        return;
    }
    if (m_ui->confirmPasswordLineEdit->text() != fresh) {
        m_ui->confirmPasswordErrorLabel->showError(
            tr("The two passwords differ. Type the same password twice."));
        m_ui->confirmPasswordLineEdit->setFocus();
        return;
    }

    m_hold.hold({ m_ui->currentPasswordLineEdit, m_ui->newPasswordLineEdit, m_ui->confirmPasswordLineEdit,
                  m_ui->changeButton, m_ui->cancelButton });
    // Hashing cannot be stopped halfway and takes a second at most: no Cancel.
    m_task->start(
        [actor = m_actor, current, fresh](Database &db, TaskProgress &) -> Result<Actor> {
            Actor changed = actor;
            if (Status s = AccountService(db).changePassword(changed, current, fresh); !s)
                return s.error();
            return changed;
        },
        [this](Result<Actor> changed) { finishChange(changed); });
}

void ChangePasswordDialog::reject()
{
    // Closing while the password is changed would leave the answer to nobody: wait for it.
    if (m_task->isRunning())
        return;
    QDialog::reject();
}

void ChangePasswordDialog::finishChange(const Result<Actor> &changed)
{
    m_hold.release();
    if (!changed) {
        const Error &error = changed.error();
        // Wrong current password belongs beside that field; a refused new one beside its own.
        switch (error.code) {
        case ErrorCode::Authentication:
            m_ui->currentPasswordErrorLabel->showError(error.message);
            m_ui->currentPasswordLineEdit->clear();
            m_ui->currentPasswordLineEdit->setFocus();
            break;
        case ErrorCode::Validation:
            m_ui->newPasswordErrorLabel->showError(error.message);
            m_ui->newPasswordLineEdit->setFocus();
            break;
        default:
            m_ui->errorLabel->showError(error.message);
            break;
        }
        return;
    }
    m_actor = changed.value();
    qCInfo(lcUi) << "password changed, user id" << m_actor.userId;
    m_ui->currentPasswordLineEdit->clear();
    m_ui->newPasswordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    QDialog::accept();
}

} // namespace dsr
