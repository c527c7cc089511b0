#include "LoginDialog.h"

#include "ErrorLabel.h"
#include "Logging.h"
#include "services/AccountService.h"
#include "services/SettingsService.h"
#include "ui_LoginDialog.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>

namespace dsr {

LoginDialog::LoginDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/dsrdesk.png")).pixmap(64, 64));
    // Whose desk this is, so a person with accounts at two offices knows where they are logging in.
    if (auto settings = SettingsService(db).loadForSystem()) {
        m_ui->organisationLabel->setText(
            tr("%1, %2").arg(settings->value(Setting::OrganisationName), settings->value(Setting::Division)));
    }
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    m_ui->loginLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLogin(const QString &login)
{
    m_ui->loginLineEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::accept()
{
    m_ui->errorLabel->clearError();
    const QString login = m_ui->loginLineEdit->text().trimmed();
    if (login.isEmpty()) {
        m_ui->errorLabel->showError(tr("Enter your login."));
        m_ui->loginLineEdit->setFocus();
        return;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        m_ui->errorLabel->showError(tr("Enter your password."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_ui->loginButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto actor = AccountService(m_db).authenticate(login, m_ui->passwordLineEdit->text());
    QGuiApplication::restoreOverrideCursor();
    m_ui->loginButton->setEnabled(true);
    m_ui->passwordLineEdit->clear();
    if (!actor) {
        m_ui->errorLabel->showError(actor.error().message);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_actor = actor.value();
    qCInfo(lcUi) << "signed in, user id" << m_actor.userId;
    QDialog::accept();
}

} // namespace dsr
