#pragma once
// First run: the organisation's details (prefilled with the registry's defaults) and the first
// administrator, saved together by AccountService::initialize. Refusals appear beside the field
// they concern and the dialog stays open.

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace dsr {

class Database;
class SettingsForm;

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Database &db, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // The login just created, to prefill the login dialog.
    QString administratorLogin() const;
    SettingsForm *organisationForm() const { return m_organisation; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget *validateAdministrator(); // the first refused field, or nullptr
    void clearErrors();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Database &m_db;
    SettingsForm *m_organisation;
};

} // namespace dsr
