#include "LockWidget.h"

#include "ErrorLabel.h"
#include "ui_LockWidget.h"

#include <QIcon>

namespace dsr {

LockWidget::LockWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockWidget>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/dsrdesk.png")).pixmap(96, 96));
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockWidget::unlockRequested);
    connect(m_ui->unlockPasswordLineEdit, &QLineEdit::returnPressed, this, &LockWidget::unlockRequested);
    connect(m_ui->logOutButton, &QPushButton::clicked, this, &LockWidget::logOutRequested);
}

LockWidget::~LockWidget() = default;

void LockWidget::setUser(const QString &displayName, const QString &login)
{
    m_ui->userLabel->setText(
        tr("Signed in as %1 (%2). Enter your password to continue.").arg(displayName, login));
}

QString LockWidget::password() const
{
    return m_ui->unlockPasswordLineEdit->text();
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

} // namespace dsr
