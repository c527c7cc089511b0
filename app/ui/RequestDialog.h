#pragma once
// Takes in a request (受付) or edits its intake fields: the member it is about, type, arrival
// date and channel, the requester (the member or an agent with their authority), the identity
// check, what is requested, fee, notes and the assigned clerk. RequestService validates; every
// refused field is shown beside the field and the dialog stays open with what was typed. A My
// Number typed into free text is never saved as it is: the clerk is asked whether to save it
// masked. An edit that lost the race to another desk says so and closes, so the caller reloads.

#include "Result.h"
#include "model/Member.h"
#include "model/Request.h"
#include "services/RequestService.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QTimer;
class QTreeWidgetItem;

namespace Ui {
class RequestDialog;
}

namespace dsr {

class ErrorLabel;
struct Session;

class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MemberSearchDelayMs = 150;
    static constexpr int MemberSearchLimit = 50;

    // Registers a new request.
    explicit RequestDialog(Session &session, QWidget *parent = nullptr);
    // Edits `request` against the version it was loaded with.
    RequestDialog(Session &session, const Request &request, QWidget *parent = nullptr);
    ~RequestDialog() override;

    bool isEditing() const { return m_editing; }
    // Chooses the member beforehand (a new request started from the member's page).
    void setMember(const Member &member);
    qint64 memberId() const { return m_member.id; }
    // The request as stored — with its receipt number and deadline — once accepted.
    const Request &savedRequest() const { return m_saved; }
    // The edit was refused because someone else saved the request first; the caller reloads.
    bool lostRace() const { return m_lostRace; }
    // The request as the form describes it now.
    Request draft() const;

public Q_SLOTS:
    void accept() override;

private:
    struct Field
    {
        ErrorLabel *label = nullptr;
        QWidget *widget = nullptr;
    };

    void setUp();
    void fillChoices();
    void fillAssignees(qint64 current, const QString &currentLogin);
    void fillCategories(const QStringList &checked);
    void showRequest(const Request &r);
    void searchMembers();
    void memberItemChosen(QTreeWidgetItem *item);
    void showChosenMember();
    void updateEnabledFields();
    bool checkTypedValues();
    void clearErrors();
    void showFieldErrors(const QList<FieldError> &errors);
    void showFieldError(const QString &field, const QString &message, QWidget **firstBad);
    bool onlyMyNumberProblems(const QList<FieldError> &errors) const;
    QString fieldText(const QString &field) const;
    Result<Request> save(const RegisterOptions &options);
    void fitToScreen();

    std::unique_ptr<Ui::RequestDialog> m_ui;
    Session &m_session;
    bool m_editing = false;
    bool m_lostRace = false;
    Request m_original;
    Request m_saved;
    Member m_member;
    QHash<qint64, Member> m_foundMembers;
    QHash<QString, Field> m_fields;
    QTimer *m_memberSearchTimer;
};

} // namespace dsr
