#pragma once
// The approval inbox (決裁待ち): the drafts waiting at one of the user's steps, the most urgent
// act-by date first, with the selected draft read-only beside the list. Approve and Return act on
// the selected request (Return needs a comment); "Approve selected…" shows each selected
// request's summary first and then approves each as its own audited action, reporting what was
// approved and what was refused or lost to another desk. For a disclosure, the redacted copies
// the member will get are a tab beside the decision.

#include "services/WorkflowService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace dsr {

class RedactedCopyPanel;

struct Session;

class ApprovalsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsPage(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool selectRequest(qint64 id, bool addToSelection = false);
    QList<qint64> selectedRequestIds() const;

public Q_SLOTS:
    void refresh();
    void approveCurrent();
    void returnCurrent();
    void approveSelected();

Q_SIGNALS:
    void openRequestRequested(qint64 requestId);
    // "Open them": the letter register, showing the drafts awaiting a chief.
    void letterDraftsRequested();
    // Requests were approved or returned here: other lists refresh.
    void requestsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        Request request;
        WorkflowDetails details;
    };
    const Row *currentRow() const;
    void showCurrent();
    void updateButtons();
    void act(WorkflowAction action);
    QString summaryText(const Row &row) const;

    Session &m_session;
    QList<Row> m_rows;
    QTableWidget *m_table;
    QTextBrowser *m_draft;
    // Beside the decision: the redacted copies the member will get (a disclosure request).
    QTabWidget *m_detailTabs;
    RedactedCopyPanel *m_copies;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_approveSelected;
    QPushButton *m_open;
    QLabel *m_letterDrafts;
    QPushButton *m_openLetterDrafts;
};

} // namespace dsr
