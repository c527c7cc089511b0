#include "SettingsPage.h"

#include "ApprovalRoutesTab.h"
#include "BackupTab.h"
#include "BusinessCalendarTab.h"
#include "DisplayTab.h"
#include "ErrorLabel.h"
#include "HealthCheckTab.h"
#include "Logging.h"
#include "MessageBox.h"
#include "ResetPasswordDialog.h"
#include "Session.h"
#include "SettingsForm.h"
#include "UserDialog.h"
#include "UserTableModel.h"
#include "services/AccountService.h"
#include "services/SettingsService.h"
#include "ui_SettingsPage.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace dsr {

SettingsPage::SettingsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_session(session)
    , m_users(new UserTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->usersTableView->setModel(m_users);
    QHeaderView *header = m_ui->usersTableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UserTableModel::RolesColumn, QHeaderView::Stretch);
    // The backup's settings have their own tab.
    QList<Setting> organisationKeys = SettingsForm::allKeys();
    organisationKeys.removeAll(Setting::BackupFolder);
    organisationKeys.removeAll(Setting::BackupGenerations);
    m_form = new SettingsForm(organisationKeys, true, m_ui->organisationFormWidget);
    m_ui->organisationFormLayout->addWidget(m_form);
    m_calendar = new BusinessCalendarTab(session, m_ui->settingsTabWidget);
    m_calendar->setObjectName(QStringLiteral("calendarTab"));
    m_ui->settingsTabWidget->addTab(m_calendar, tr("Calendar"));
    m_routes = new ApprovalRoutesTab(session, m_ui->settingsTabWidget);
    m_routes->setObjectName(QStringLiteral("approvalRoutesTab"));
    m_ui->settingsTabWidget->addTab(m_routes, tr("Approval routes"));
    m_healthCheck = new HealthCheckTab(session, m_ui->settingsTabWidget);
    m_healthCheck->setObjectName(QStringLiteral("healthCheckTab"));
    m_ui->settingsTabWidget->addTab(m_healthCheck, tr("Health check"));
    m_backup = new BackupTab(session, m_ui->settingsTabWidget);
    m_backup->setObjectName(QStringLiteral("backupTab"));
    m_ui->settingsTabWidget->addTab(m_backup, tr("Backup"));
    m_display = new DisplayTab(m_ui->settingsTabWidget);
    m_display->setObjectName(QStringLiteral("displayTab"));
    m_ui->settingsTabWidget->addTab(m_display, tr("Display"));
    connect(m_display, &DisplayTab::dateStyleChanged, this, &SettingsPage::dateStyleChanged);

    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SettingsPage::updateUserButtons);
    connect(m_ui->usersTableView, &QAbstractItemView::doubleClicked, this, &SettingsPage::editUser);
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &SettingsPage::addUser);
    connect(m_ui->editUserButton, &QPushButton::clicked, this, &SettingsPage::editUser);
    connect(m_ui->disableUserButton, &QPushButton::clicked, this, &SettingsPage::toggleDisabled);
    connect(m_ui->unlockUserButton, &QPushButton::clicked, this, &SettingsPage::unlockUser);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &SettingsPage::resetPassword);
    connect(m_ui->reloadUsersButton, &QPushButton::clicked, this, &SettingsPage::reloadUsers);
    connect(m_ui->saveSettingsButton, &QPushButton::clicked, this, &SettingsPage::saveSettings);
    connect(m_ui->reloadSettingsButton, &QPushButton::clicked, this, &SettingsPage::reloadSettings);
    connect(m_form, &SettingsForm::edited, m_ui->settingsMessageLabel, &QLabel::clear);

    reloadUsers();
    reloadSettings();
}

SettingsPage::~SettingsPage() = default;

// ---- Users -------------------------------------------------------------------------------------

std::optional<User> SettingsPage::selectedUser() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_users->user(rows.first().row());
}

bool SettingsPage::selectUser(const QString &login)
{
    const int row = m_users->rowOf(login);
    if (row < 0)
        return false;
    m_ui->usersTableView->selectRow(row);
    return true;
}

void SettingsPage::updateUserButtons()
{
    const auto user = selectedUser();
    const bool locked = user && user->isLockedAt(QDateTime::currentDateTimeUtc());
    m_ui->editUserButton->setEnabled(user.has_value());
    m_ui->disableUserButton->setEnabled(user.has_value());
    m_ui->disableUserButton->setText(user && user->disabled ? tr("Enable") : tr("Disable"));
    m_ui->unlockUserButton->setEnabled(locked || (user && user->failedAttempts > 0));
    m_ui->resetPasswordButton->setEnabled(user.has_value());
}

void SettingsPage::showUsersMessage(const QString &message)
{
    m_ui->usersMessageLabel->setText(message);
}

void SettingsPage::reloadUsers()
{
    const auto previous = selectedUser();
    auto users = AccountService(m_session.database).listUsers(m_session.actor);
    if (!users) {
        m_users->setUsers({}, QDateTime::currentDateTimeUtc());
        showUsersMessage(users.error().message);
        updateUserButtons();
        return;
    }
    m_users->setUsers(users.value(), QDateTime::currentDateTimeUtc());
    if (previous)
        selectUser(previous->login);
    updateUserButtons();
}

void SettingsPage::addUser()
{
    showUsersMessage(QString());
    // Window-modal and non-blocking: the idle lock can hide it and bring it back intact.
    auto *dialog = new UserDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString login = dialog->login();
        reloadUsers();
        selectUser(login);
        showUsersMessage(
            tr("The account %1 was added. They must change the password at their first login.").arg(login));
    });
    connect(dialog, &QDialog::rejected, this, &SettingsPage::reloadUsers);
    dialog->open();
}

void SettingsPage::editUser()
{
    const auto user = selectedUser();
    if (!user)
        return;
    showUsersMessage(QString());
    auto *dialog = new UserDialog(m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Rejected may mean "changed by someone else": reload either way, so the list is current.
    connect(dialog, &QDialog::finished, this, &SettingsPage::reloadUsers);
    dialog->open();
}

void SettingsPage::toggleDisabled()
{
    const auto user = selectedUser();
    if (!user)
        return;
    showUsersMessage(QString());
    const bool disable = !user->disabled;
    if (disable
        && MessageBox::question(
               this, tr("Disable account"),
               tr("Disable the account %1 (%2)? They can no longer log in until it is enabled again.")
                   .arg(user->login, user->displayName))
            != QMessageBox::Yes)
        return;
    const Status s = AccountService(m_session.database).setDisabled(m_session.actor, user->login, disable);
    if (!s) {
        MessageBox::warning(this, disable ? tr("Disable account") : tr("Enable account"), s.error().message);
        reloadUsers();
        return;
    }
    reloadUsers();
    showUsersMessage(disable ? tr("The account %1 is disabled.").arg(user->login)
                             : tr("The account %1 is enabled again.").arg(user->login));
}

void SettingsPage::unlockUser()
{
    const auto user = selectedUser();
    if (!user)
        return;
    showUsersMessage(QString());
    const Status s = AccountService(m_session.database).unlock(m_session.actor, user->login);
    if (!s) {
        MessageBox::warning(this, tr("Unlock account"), s.error().message);
        return;
    }
    reloadUsers();
    showUsersMessage(tr("The account %1 is unlocked.").arg(user->login));
}

void SettingsPage::resetPassword()
{
    const auto user = selectedUser();
    if (!user)
        return;
    showUsersMessage(QString());
    auto *dialog = new ResetPasswordDialog(m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString login = user->login;
    connect(dialog, &QDialog::accepted, this, [this, login] {
        reloadUsers();
        showUsersMessage(tr("A temporary password is set for %1.").arg(login));
    });
    dialog->open();
}

// ---- Organisation settings ---------------------------------------------------------------------

void SettingsPage::reloadSettings()
{
    m_ui->settingsErrorLabel->clearError();
    m_ui->settingsMessageLabel->clear();
    auto loaded = SettingsService(m_session.database).load(m_session.actor);
    if (!loaded) {
        m_ui->settingsErrorLabel->showError(loaded.error().message);
        m_ui->saveSettingsButton->setEnabled(false);
        return;
    }
    m_loadedSettings = loaded.value();
    m_form->setValues(m_loadedSettings);
    m_ui->saveSettingsButton->setEnabled(true);
}

bool SettingsPage::focusSetting(Setting key)
{
    if (!m_form->editor(key))
        return false;
    m_ui->settingsTabWidget->setCurrentWidget(m_ui->organisationTab);
    return m_form->focusField(key);
}

void SettingsPage::saveSettings()
{
    m_ui->settingsErrorLabel->clearError();
    m_ui->settingsMessageLabel->clear();
    QWidget *firstInvalid = nullptr;
    if (!m_form->validate(&firstInvalid)) {
        firstInvalid->setFocus();
        return;
    }
    const Status s
        = SettingsService(m_session.database).save(m_session.actor, m_loadedSettings, m_form->values());
    if (!s) {
        if (s.error().code == ErrorCode::Conflict) {
            MessageBox::warning(this, tr("Organisation settings"), s.error().message);
            reloadSettings();
            return;
        }
        m_ui->settingsErrorLabel->showError(s.error().message);
        return;
    }
    qCInfo(lcUi) << "organisation settings saved, user id" << m_session.actor.userId;
    // New versions: the next save must be checked against what was just stored.
    reloadSettings();
    m_ui->settingsMessageLabel->setText(tr("Saved."));
    Q_EMIT organisationSettingsSaved();
}

} // namespace dsr
