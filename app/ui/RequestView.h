#pragma once
// One request as the clerk reads it: the summary, requester and identity check, what is asked
// for, the attachments with a preview (PDF through Poppler, scans as images), and the history of
// every change with its before and after. Opening it is a read of personal data and is audited
// (RequestService::openById); so is every attachment shown. "Edit…" opens the request dialog;
// "Add file…" stores a file with its SHA-256. The Workflow tab takes the request through its life;
// the Letters tab lists the request's letters and writes new ones.

#include "Result.h"
#include "model/Request.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RequestView;
}

namespace dsr {

class AttachmentPreview;
class DisclosurePage;
class LettersPage;
class WorkflowPanel;
struct Session;

class RequestView : public QDialog
{
    Q_OBJECT
public:
    RequestView(Session &session, qint64 requestId, QWidget *parent = nullptr);
    ~RequestView() override;

    // Reads the request (an audited view), its attachments and its history.
    Status load();
    // load() for a change made elsewhere (another desk): a failure shows in the window, and the
    // tab and the attachment the person was looking at stay.
    void reload();
    qint64 requestId() const { return m_requestId; }
    const Request &request() const { return m_request; }
    const QList<Attachment> &attachments() const { return m_attachments; }
    AttachmentPreview *preview() const;
    WorkflowPanel *workflowPanel() const { return m_workflow; }
    void showWorkflowTab();
    LettersPage *lettersPage() const { return m_letters; }
    void showLettersTab();
    DisclosurePage *disclosurePage() const { return m_disclosure; }
    void showDisclosureTab();
    // Selects an attachment, which shows it (an audited view of its content).
    bool selectAttachment(qint64 attachmentId);

public Q_SLOTS:
    void addAttachment();
    // The selected attachment, erased with a reason (privacy officer only).
    void eraseAttachment();
    void editRequest();

Q_SIGNALS:
    // The request, its attachments or its history changed here: lists showing it refresh.
    void requestChanged(qint64 requestId);

private:
    void showRequest();
    void showAttachments();
    void showHistory(const QList<RequestHistoryEntry> &history);
    void previewSelectedAttachment();
    QString detailsHtml() const;
    // The private regime's target while the deadline runs (DeadlinePolicy); invalid otherwise.
    QDate targetDate() const;
    bool canChange() const;

    std::unique_ptr<Ui::RequestView> m_ui;
    Session &m_session;
    qint64 m_requestId;
    Request m_request;
    QDate m_target; // targetDate() as the request was last shown
    QList<Attachment> m_attachments;
    qint64 m_shownAttachment = 0;
    WorkflowPanel *m_workflow;
    LettersPage *m_letters;
    DisclosurePage *m_disclosure;
};

} // namespace dsr
