#include "FirstRunDialog.h"

#include "BackgroundTask.h"
#include "Logging.h"
#include "ServerConnectionDialog.h"
#include "SettingsForm.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "ui_FirstRunDialog.h"

#include <QPushButton>

namespace dsr {

FirstRunDialog::FirstRunDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_db(db)
    , m_task(new BackgroundTask(db, this))
{
    m_ui->setupUi(this);
    m_organisation = new SettingsForm(SettingsForm::organisationKeys(), false, m_ui->organisationGroupBox);
    m_ui->organisationLayout->addWidget(m_organisation);
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &FirstRunDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FirstRunDialog::reject);
    connect(m_ui->connectServerButton, &QPushButton::clicked, this, &FirstRunDialog::connectToServer);

    // The generated form is created after the .ui widgets; put its fields first in the tab chain.
    QList<QWidget *> chain;
    for (Setting key : SettingsForm::organisationKeys())
        chain << m_organisation->editor(key);
    chain << m_ui->adminLoginLineEdit << m_ui->adminNameLineEdit << m_ui->adminPasswordLineEdit
          << m_ui->adminConfirmLineEdit << m_ui->setUpButton << m_ui->cancelButton
          << m_ui->connectServerButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    m_ui->adminLoginLineEdit->setFocus();
    m_task->setLabel(tr("Setting up DSR Desk…"));
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::connectToServer()
{
    if (isSettingUp())
        return;
    auto *dialog = new ServerConnectionDialog(DatabaseAccess::auditKeyPath(m_db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_server = dialog->takeDatabase();
        Q_EMIT serverConnected();
        QDialog::done(QDialog::Rejected);
    });
    dialog->open();
}

bool FirstRunDialog::isSettingUp() const
{
    return m_task->isRunning();
}

QString FirstRunDialog::administratorLogin() const
{
    return m_ui->adminLoginLineEdit->text().trimmed();
}

void FirstRunDialog::clearErrors()
{
    m_organisation->clearErrors();
    m_ui->adminLoginErrorLabel->clearError();
    m_ui->adminNameErrorLabel->clearError();
    m_ui->adminPasswordErrorLabel->clearError();
    m_ui->adminConfirmErrorLabel->clearError();
    m_ui->errorLabel->clearError();
}

QWidget *FirstRunDialog::validateAdministrator()
{
    QWidget *firstBad = nullptr;
    auto refuse = [&firstBad](ErrorLabel *label, QWidget *field, const QString &message) {
        label->showError(message);
        if (!firstBad)
            firstBad = field;
    };
    if (Status s = AccountService::validateLogin(administratorLogin()); !s)
        refuse(m_ui->adminLoginErrorLabel, m_ui->adminLoginLineEdit, s.error().message);
    if (m_ui->adminNameLineEdit->text().trimmed().isEmpty())
        refuse(m_ui->adminNameErrorLabel, m_ui->adminNameLineEdit, tr("Enter the administrator's name."));
    if (Status s = PasswordHasher::checkPolicy(m_ui->adminPasswordLineEdit->text()); !s)
        refuse(m_ui->adminPasswordErrorLabel, m_ui->adminPasswordLineEdit, s.error().message);
    else if (m_ui->adminConfirmLineEdit->text() != m_ui->adminPasswordLineEdit->text())
        refuse(m_ui->adminConfirmErrorLabel, m_ui->adminConfirmLineEdit,
               tr("The two passwords differ. Type the same password twice."));
    return firstBad;
}

void FirstRunDialog::accept()
{
    if (m_task->isRunning())
        return;
    clearErrors();
    // Check both halves so every refusal shows at once; focus the first one, organisation first
    // (it is on the left).
    QWidget *firstBad = nullptr;
    m_organisation->validate(&firstBad);
    QWidget *badAdministratorField = validateAdministrator();
    if (!firstBad)
        firstBad = badAdministratorField;
    if (firstBad) {
        firstBad->setFocus();
        return;
    }

    const NewUser admin { administratorLogin(),
                          m_ui->adminNameLineEdit->text().trimmed(),
                          { Role::Administrator },
                          m_ui->adminPasswordLineEdit->text() };
    m_hold.hold({ m_organisation, m_ui->adminLoginLineEdit, m_ui->adminNameLineEdit,
                  m_ui->adminPasswordLineEdit, m_ui->adminConfirmLineEdit, m_ui->setUpButton,
                  m_ui->cancelButton });
    // Hashing cannot be stopped halfway and the set-up is one transaction: no Cancel.
    m_task->start(
        [organisation = m_organisation->values(), admin](Database &db, TaskProgress &) {
            return AccountService(db).initialize(organisation, admin);
        },
        [this](Result<Actor> created) { finishSetUp(created); });
}

void FirstRunDialog::reject()
{
    // Closing while the set-up is saved would leave the answer to nobody: wait for it.
    if (m_task->isRunning())
        return;
    QDialog::reject();
}

void FirstRunDialog::finishSetUp(const Result<Actor> &created)
{
    m_hold.release();
    if (!created) {
        m_ui->errorLabel->showError(created.error().message);
        return;
    }
    qCInfo(lcUi) << "first-run set-up done, administrator user id" << created->userId;
    m_ui->adminPasswordLineEdit->clear();
    m_ui->adminConfirmLineEdit->clear();
    QDialog::accept();
}

} // namespace dsr
