#pragma once
// Administration: the accounts (add, edit, disable/enable, unlock, reset password), the
// organisation settings form generated from the registry, the business calendar
// (BusinessCalendarTab), the approval routes (ApprovalRoutesTab), the backups (BackupTab) and the
// health check (HealthCheckTab). Every action goes through the services with the signed-in actor;
// their refusals are shown as they are worded.

#include "Settings.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class SettingsPage;
}

namespace dsr {

class ApprovalRoutesTab;
class BackupTab;
class BusinessCalendarTab;
class DisplayTab;
class HealthCheckTab;
class SettingsForm;
class UserTableModel;
struct Session;
struct User;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    UserTableModel *userModel() const { return m_users; }
    SettingsForm *organisationForm() const { return m_form; }
    BusinessCalendarTab *calendarTab() const { return m_calendar; }
    ApprovalRoutesTab *routesTab() const { return m_routes; }
    HealthCheckTab *healthCheckTab() const { return m_healthCheck; }
    BackupTab *backupTab() const { return m_backup; }
    DisplayTab *displayTab() const { return m_display; }
    // Selects the row of `login` in the users table.
    bool selectUser(const QString &login);
    // Shows the organisation tab with the field of `key` focused (a letter refused for want of it).
    bool focusSetting(Setting key);

public Q_SLOTS:
    void reloadUsers();
    void reloadSettings();
    void addUser();
    void editUser();
    void toggleDisabled();
    void unlockUser();
    void resetPassword();
    void saveSettings();

Q_SIGNALS:
    void organisationSettingsSaved();
    // This desk's date style changed (Display tab): pages write their dates again.
    void dateStyleChanged();

private:
    std::optional<User> selectedUser() const;
    void updateUserButtons();
    void showUsersMessage(const QString &message);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    Session &m_session;
    UserTableModel *m_users;
    SettingsForm *m_form;
    BusinessCalendarTab *m_calendar;
    ApprovalRoutesTab *m_routes;
    HealthCheckTab *m_healthCheck;
    BackupTab *m_backup;
    DisplayTab *m_display;
    OrganisationSettings m_loadedSettings; // the basis a save is checked against
};

} // namespace dsr
