#include "LoginDialog.h"

#include "BackgroundTask.h"
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
    , m_task(new BackgroundTask(db, this))
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
    m_task->setLabel(tr("Signing in…"));
}

LoginDialog::~LoginDialog()
{
    if (m_task->isRunning())
        QGuiApplication::restoreOverrideCursor();
}

bool LoginDialog::isCheckingPassword() const
{
    return m_task->isRunning();
}

void LoginDialog::setLogin(const QString &login)
{
    m_ui->loginLineEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::accept()
{
    if (m_task->isRunning())
        return;
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
    const QString password = m_ui->passwordLineEdit->text();
    m_ui->passwordLineEdit->clear();
    setBusy(true);
    // Hashing cannot be stopped halfway and takes a second at most: no Cancel.
    m_task->start(
        [login, password](Database &db, TaskProgress &) {
            return AccountService(db).authenticate(login, password);
        },
        [this](Result<Actor> actor) { finishLogin(actor); });
}

void LoginDialog::reject()
{
    // Quitting while the password is checked would leave the answer to nobody: wait for it.
    if (m_task->isRunning())
        return;
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->loginButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(!busy);
    m_ui->loginLineEdit->setEnabled(!busy);
    m_ui->passwordLineEdit->setEnabled(!busy);
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void LoginDialog::finishLogin(const Result<Actor> &actor)
{
    setBusy(false);
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
