#include "UserDialog.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "ui_UserDialog.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QPushButton>

namespace dsr {

namespace {

// "privacy_officer" → "privacyOfficerCheckBox"
QString checkBoxName(Role role)
{
    const QStringList parts = Roles::id(role).split(QLatin1Char('_'));
    QString name = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        name += parts[i].left(1).toUpper() + parts[i].mid(1);
    return name + QStringLiteral("CheckBox");
}

} // namespace

UserDialog::UserDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_session(session)
{
    setUp();
    setWindowTitle(tr("Add user"));
    m_ui->saveButton->setText(tr("Add user"));
    m_ui->loginLineEdit->setFocus();
}

UserDialog::UserDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_session(session)
    , m_editing(true)
    , m_user(user)
{
    setUp();
    setWindowTitle(tr("Edit user"));
    m_ui->loginLineEdit->setText(user.login);
    // The login is the account's identity in the audit trail; it is never renamed.
    m_ui->loginLineEdit->setReadOnly(true);
    m_ui->nameLineEdit->setText(user.displayName);
    for (auto it = m_roleBoxes.constBegin(); it != m_roleBoxes.constEnd(); ++it)
        it.value()->setChecked(user.roles.contains(it.key()));
    m_ui->passwordGroupBox->hide();
    m_ui->nameLineEdit->setFocus();
}

UserDialog::~UserDialog() = default;

bool UserDialog::isSaving() const
{
    return m_task->isRunning();
}

void UserDialog::setUp()
{
    m_ui->setupUi(this);
    m_task = new BackgroundTask(m_session.database, this);
    m_task->setLabel(tr("Saving the account…"));
    const QList<Role> roles = Roles::all();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        auto *box = new QCheckBox(Roles::displayName(roles[i]), m_ui->rolesGroupBox);
        box->setObjectName(checkBoxName(roles[i]));
        m_ui->rolesGridLayout->addWidget(box, int(i / 2), int(i % 2));
        m_roleBoxes.insert(roles[i], box);
    }
    QWidget *previous = m_ui->nameLineEdit;
    for (Role role : roles) {
        setTabOrder(previous, m_roleBoxes.value(role));
        previous = m_roleBoxes.value(role);
    }
    setTabOrder(previous, m_ui->passwordLineEdit);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &UserDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &UserDialog::reject);
}

QString UserDialog::login() const
{
    return m_ui->loginLineEdit->text().trimmed();
}

RoleSet UserDialog::checkedRoles() const
{
    RoleSet roles;
    for (auto it = m_roleBoxes.constBegin(); it != m_roleBoxes.constEnd(); ++it)
        if (it.value()->isChecked())
            roles.insert(it.key());
    return roles;
}

void UserDialog::clearErrors()
{
    for (ErrorLabel *label : { m_ui->loginErrorLabel, m_ui->nameErrorLabel, m_ui->rolesErrorLabel,
                               m_ui->passwordErrorLabel, m_ui->confirmPasswordErrorLabel, m_ui->errorLabel })
        label->clearError();
}

void UserDialog::accept()
{
    if (m_task->isRunning())
        return;
    clearErrors();
    QWidget *firstBad = nullptr;
    auto refuse = [&firstBad](ErrorLabel *label, QWidget *field, const QString &message) {
        label->showError(message);
        if (!firstBad)
            firstBad = field;
    };
    if (!m_editing) {
        if (Status s = AccountService::validateLogin(login()); !s)
            refuse(m_ui->loginErrorLabel, m_ui->loginLineEdit, s.error().message);
    }
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        refuse(m_ui->nameErrorLabel, m_ui->nameLineEdit, tr("Enter the person's name."));
    if (checkedRoles().isEmpty())
        refuse(m_ui->rolesErrorLabel, m_roleBoxes.value(Role::Clerk),
               tr("Give the account at least one role."));
    if (!m_editing) {
        if (Status s = PasswordHasher::checkPolicy(m_ui->passwordLineEdit->text()); !s)
            refuse(m_ui->passwordErrorLabel, m_ui->passwordLineEdit, s.error().message);
        else if (m_ui->confirmPasswordLineEdit->text() != m_ui->passwordLineEdit->text())
            refuse(m_ui->confirmPasswordErrorLabel, m_ui->confirmPasswordLineEdit,
                   tr("The two passwords differ. Type the same password twice."));
    }
    if (firstBad) {
        firstBad->setFocus();
        return;
    }
    if (m_editing) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = saveUser();
        QGuiApplication::restoreOverrideCursor();
        finishSave(s);
        return;
    }
    addUser();
}

void UserDialog::reject()
{
    // Closing while the account is saved would leave the answer to nobody: wait for it.
    if (m_task->isRunning())
        return;
    QDialog::reject();
}

void UserDialog::finishSave(const Status &s)
{
    if (s) {
        m_ui->passwordLineEdit->clear();
        m_ui->confirmPasswordLineEdit->clear();
        QDialog::accept();
        return;
    }
    if (s.error().code == ErrorCode::Conflict) {
        if (m_editing) {
            MessageBox::warning(this, tr("Edit user"), s.error().message);
            QDialog::reject();
            return;
        }
        // When adding, a conflict is a login someone already has: a refusal of that field.
        m_ui->loginErrorLabel->showError(s.error().message);
        m_ui->loginLineEdit->setFocus();
        return;
    }
    m_ui->errorLabel->showError(s.error().message);
}

void UserDialog::addUser()
{
    const NewUser user { login(), m_ui->nameLineEdit->text().trimmed(), checkedRoles(),
                         m_ui->passwordLineEdit->text() };
    m_hold.hold({ m_ui->loginLineEdit, m_ui->nameLineEdit, m_ui->rolesGroupBox, m_ui->passwordLineEdit,
                  m_ui->confirmPasswordLineEdit, m_ui->saveButton, m_ui->cancelButton });
    // Hashing cannot be stopped halfway and takes a second at most: no Cancel.
    m_task->start(
        [actor = m_session.actor, user](Database &db, TaskProgress &) -> Status {
            auto id = AccountService(db).addUser(actor, user);
            if (!id)
                return id.error();
            qCInfo(lcUi) << "user added from the window, id" << id.value();
            return {};
        },
        [this](Status s) {
            m_hold.release();
            finishSave(s);
        });
}

Status UserDialog::saveUser()
{
    User changed = m_user;
    changed.displayName = m_ui->nameLineEdit->text().trimmed();
    changed.roles = checkedRoles();
    const Status s = AccountService(m_session.database).updateUser(m_session.actor, changed);
    if (s)
        qCInfo(lcUi) << "user edited from the window, id" << changed.id;
    return s;
}

} // namespace dsr
