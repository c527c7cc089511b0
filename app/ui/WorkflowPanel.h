#pragma once
// The request view's "Workflow" tab: where the request stands in its life — status, the approval
// steps of every round, amendments, inquiries, third-party opinions, the extension, the decision
// and how the deadline was computed — and a button for each action the user's roles may take in
// this state (RequestWorkflow::available). Each button opens its dialog; the Draft action opens
// the decision editor.

#include "services/WorkflowService.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace dsr {

class ErrorLabel;
struct Session;

class WorkflowPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowPanel(Session &session, QWidget *parent = nullptr);

    // Shows `request` and reads its workflow details.
    void setRequest(const Request &request);
    const WorkflowDetails &details() const { return m_details; }
    // "submitButton", "approveButton" …: the button of an action, nullptr when not offered.
    QPushButton *actionButton(WorkflowAction action) const;
    static QString buttonName(WorkflowAction action);

public Q_SLOTS:
    void takeAction(WorkflowAction action);
    void showDecision();

Q_SIGNALS:
    // An action was taken, or lost a race: the request is to be read again.
    void requestChanged();

private:
    void rebuildButtons();
    QString detailsHtml() const;

    Session &m_session;
    Request m_request;
    WorkflowDetails m_details;
    QLabel *m_status;
    QHBoxLayout *m_buttonLayout;
    QList<QPushButton *> m_buttons;
    QPushButton *m_viewDecision;
    QTextBrowser *m_text;
    ErrorLabel *m_error;
};

} // namespace dsr
