#pragma once
// One member as the clerk reads them: their data (opening it is audited through
// MemberService::openById) and every request made about them, which open from here. Members
// can be edited and new requests for them registered from here too.

#include "Result.h"
#include "model/Member.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MemberView;
}

namespace dsr {

class RegisterModel;
struct Session;

class MemberView : public QDialog
{
    Q_OBJECT
public:
    // The member's requests shown at most; a member with more is a case for the register's search.
    static constexpr int RequestLimit = 1000;

    MemberView(Session &session, qint64 memberId, QWidget *parent = nullptr);
    ~MemberView() override;

    // Reads the member (an audited view) and their requests.
    Status load();
    const Member &member() const { return m_member; }
    RegisterModel *requestsModel() const { return m_requests; }

public Q_SLOTS:
    void editMember();
    // The member's personal data, erased with a reason (privacy officer only).
    void eraseMember();
    void newRequest();

Q_SIGNALS:
    void memberChanged(qint64 memberId);
    // A request was registered or changed from here: the register refreshes.
    void requestsChanged();

private:
    void showMember();
    void loadRequests();
    void openRequest(const QModelIndex &index);

    std::unique_ptr<Ui::MemberView> m_ui;
    Session &m_session;
    qint64 m_memberId;
    Member m_member;
    RegisterModel *m_requests;
};

} // namespace dsr
