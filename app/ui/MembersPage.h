#pragma once
// The member directory (組合員): search as you type over number, name and kana; add and edit
// members; import a CSV file all or nothing; open a member (audited) to see their data and their
// requests.

#include <QPointer>
#include <QWidget>
#include <memory>

class QTimer;

namespace Ui {
class MembersPage;
}

namespace dsr {

class MemberTableModel;
class MemberView;
struct Session;

class MembersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 150;
    // Members listed at most; the search narrows it down.
    static constexpr int ListLimit = 500;

    explicit MembersPage(Session &session, QWidget *parent = nullptr);
    ~MembersPage() override;

    MemberTableModel *model() const { return m_model; }
    qint64 selectedMemberId() const;
    bool selectMember(qint64 id);

public Q_SLOTS:
    void refresh();
    void addMember();
    void editSelected();
    void openSelected();
    MemberView *openMember(qint64 id);
    void importCsv();

Q_SIGNALS:
    // A request was registered or changed from a member's page: the register refreshes.
    void requestsChanged();

private:
    void updateButtons();

    std::unique_ptr<Ui::MembersPage> m_ui;
    Session &m_session;
    MemberTableModel *m_model;
    QTimer *m_searchTimer;
};

} // namespace dsr
