#include "LockWidget.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "Session.h"
#include "services/AccountService.h"
#include "ui_LockWidget.h"

#include <QIcon>

namespace dsr {

LockWidget::LockWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockWidget>())
    , m_session(session)
    , m_task(new BackgroundTask(session.database, this))
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/dsrdesk.png")).pixmap(96, 96));
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockWidget::checkPassword);
    connect(m_ui->unlockPasswordLineEdit, &QLineEdit::returnPressed, this, &LockWidget::checkPassword);
    connect(m_ui->logOutButton, &QPushButton::clicked, this, &LockWidget::logOutRequested);
    m_task->setLabel(tr("Checking your password…"));
}

LockWidget::~LockWidget() = default;

void LockWidget::setUser(const QString &displayName, const QString &login)
{
    m_ui->userLabel->setText(
        tr("Signed in as %1 (%2). Enter your password to continue.").arg(displayName, login));
}

void LockWidget::reset()
{
    m_ui->unlockPasswordLineEdit->clear();
    m_ui->unlockErrorLabel->clearError();
}

void LockWidget::showError(const QString &message)
{
    m_ui->unlockPasswordLineEdit->clear();
    m_ui->unlockErrorLabel->showError(message);
    focusPassword();
}

void LockWidget::focusPassword()
{
    m_ui->unlockPasswordLineEdit->setFocus();
}

bool LockWidget::isCheckingPassword() const
{
    return m_task->isRunning();
}

void LockWidget::checkPassword()
{
    if (m_task->isRunning())
        return;
    const QString password = m_ui->unlockPasswordLineEdit->text();
    if (password.isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    m_ui->unlockErrorLabel->clearError();
    m_ui->unlockPasswordLineEdit->clear();
    // Log out too: leaving while the password is checked would leave the answer to nobody.
    m_hold.hold({ m_ui->unlockPasswordLineEdit, m_ui->unlockButton, m_ui->logOutButton });
    // Hashing cannot be stopped halfway and takes a second at most: no Cancel.
    m_task->start(
        [actor = m_session.actor, password](Database &db, TaskProgress &) {
            return AccountService(db).reauthenticate(actor, password);
        },
        [this](Status s) {
            m_hold.release();
            if (!s) {
                showError(s.error().message);
                return;
            }
            Q_EMIT unlocked();
        });
}

} // namespace dsr
