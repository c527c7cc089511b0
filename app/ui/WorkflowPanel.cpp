#include "WorkflowPanel.h"

#include "DecisionDialog.h"
#include "ErrorLabel.h"
#include "Session.h"
#include "Shortcuts.h"
#include "UiText.h"
#include "WorkflowActionDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dsr {

namespace {

QString esc(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s.toHtmlEscaped();
}

void heading(QString &html, const QString &title)
{
    html += QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px;'>%1</h3>")
                .arg(title.toHtmlEscaped());
}

void table(QString &html, const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty()) {
        html += QStringLiteral("<p style='color:#5f6368;'>%1</p>").arg(empty.toHtmlEscaped());
        return;
    }
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' "
                           "style='border-collapse:collapse; border-color:#c0c0c0;'><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align='left' style='background:#f1f3f4;'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &r : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &c : r)
            html += QStringLiteral("<td style='white-space:pre-wrap;'>%1</td>").arg(esc(c));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
}

} // namespace

WorkflowPanel::WorkflowPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("workflowPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workflowStatusLabel"));
    m_status->setStyleSheet(QStringLiteral("font-weight: bold;"));
    top->addWidget(m_status);
    top->addStretch();
    m_buttonLayout = new QHBoxLayout;
    top->addLayout(m_buttonLayout);
    m_viewDecision = new QPushButton(tr("View decision…"), this);
    m_viewDecision->setObjectName(QStringLiteral("viewDecisionButton"));
    m_viewDecision->setAutoDefault(false);
    top->addWidget(m_viewDecision);
    layout->addLayout(top);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("workflowErrorLabel"));
    layout->addWidget(m_error);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("workflowTextBrowser"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_text, 1);
    connect(m_viewDecision, &QPushButton::clicked, this, &WorkflowPanel::showDecision);
}

QString WorkflowPanel::buttonName(WorkflowAction action)
{
    // "verify-identity" → "verifyIdentityButton"
    const QStringList words = RequestWorkflow::id(action).split(QLatin1Char('-'));
    QString name = words.first();
    for (int i = 1; i < words.size(); ++i)
        name += words[i].left(1).toUpper() + words[i].mid(1);
    return name + QStringLiteral("Button");
}

QPushButton *WorkflowPanel::actionButton(WorkflowAction action) const
{
    for (QPushButton *b : m_buttons)
        if (b->objectName() == buttonName(action))
            return b;
    return nullptr;
}

void WorkflowPanel::setRequest(const Request &request)
{
    m_request = request;
    m_error->clearError();
    auto details = WorkflowService(m_session.database).details(m_session.actor, request.id);
    if (details)
        m_details = details.value();
    else
        m_error->showError(details.error().message);
    m_status->setText(RequestVocabulary::displayName(request.status));
    rebuildButtons();
    m_text->setHtml(detailsHtml());
}

void WorkflowPanel::rebuildButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (WorkflowAction action : RequestWorkflow::available(m_request.status, m_session.actor.roles)) {
        // Every action asks for its inputs or a confirmation first.
        auto *button = new QPushButton(RequestWorkflow::displayName(action) + QStringLiteral("…"), this);
        button->setObjectName(buttonName(action));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action] { takeAction(action); });
        // The chief's two keys, as on the approvals page (Shortcuts.h).
        if (action == WorkflowAction::Approve || action == WorkflowAction::Return) {
            const QKeySequence keys
                = action == WorkflowAction::Approve ? Shortcuts::approve() : Shortcuts::sendBack();
            Shortcuts::bind(button, keys);
            button->setToolTip(UiText::withShortcut(RequestWorkflow::displayName(action), keys));
        }
        m_buttonLayout->addWidget(button);
        m_buttons.append(button);
    }
    m_viewDecision->setVisible(m_details.decision.has_value() && !actionButton(WorkflowAction::Draft));
}

void WorkflowPanel::takeAction(WorkflowAction action)
{
    m_error->clearError();
    if (action == WorkflowAction::Draft) {
        auto *dialog = new DecisionDialog(m_session, m_request, m_details.decision, false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
            if (result == QDialog::Accepted || dialog->lostRace())
                Q_EMIT requestChanged();
        });
        dialog->open();
        return;
    }
    auto *dialog = new WorkflowActionDialog(m_session, m_request, action, m_details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted || dialog->lostRace())
            Q_EMIT requestChanged();
    });
    dialog->open();
}

void WorkflowPanel::showDecision()
{
    if (!m_details.decision)
        return;
    auto *dialog = new DecisionDialog(m_session, m_request, m_details.decision, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString WorkflowPanel::detailsHtml() const
{
    const WorkflowDetails &d = m_details;
    QString html;
    heading(html, tr("Decision"));
    if (d.decision)
        html += DecisionDialog::summaryHtml(*d.decision);
    else
        html
            += QStringLiteral("<p style='color:#5f6368;'>%1</p>").arg(tr("Not drafted yet.").toHtmlEscaped());
    if (d.decidedOn.isValid() || d.notifiedOn.isValid() || d.withdrawnOn.isValid()
        || d.disclosureNotBefore.isValid()) {
        html += QStringLiteral("<p>");
        if (d.decidedOn.isValid())
            html += tr("Decided on %1.").arg(UiText::date(d.decidedOn)).toHtmlEscaped() + QStringLiteral(" ");
        if (d.notifiedOn.isValid())
            html += tr("Notified on %1 (%2).")
                        .arg(UiText::date(d.notifiedOn), d.notifiedMethod)
                        .toHtmlEscaped()
                + QStringLiteral(" ");
        if (d.withdrawnOn.isValid())
            html += tr("Withdrawn on %1.").arg(UiText::date(d.withdrawnOn)).toHtmlEscaped()
                + QStringLiteral(" ");
        if (d.disclosureNotBefore.isValid())
            html += tr("Not to be disclosed before %1 (a third party objected).")
                        .arg(UiText::date(d.disclosureNotBefore))
                        .toHtmlEscaped();
        html += QStringLiteral("</p>");
    }

    heading(html, tr("Approval"));
    QList<QStringList> steps;
    // Only the first undecided step waits; the ones after it come later.
    bool waitingShown = false;
    for (const ApprovalStep &s : d.steps) {
        QString outcome = s.outcome == QLatin1String("approved") ? tr("Approved")
            : s.outcome == QLatin1String("returned")             ? tr("Returned")
            : waitingShown                                       ? tr("Later")
                                                                 : tr("Waiting");
        if (s.outcome.isEmpty())
            waitingShown = true;
        steps << QStringList { QString::number(s.round),
                               QString::number(s.stepNo),
                               Roles::displayName(s.role),
                               outcome,
                               s.decidedByLogin,
                               UiText::dateTime(s.decidedAt),
                               s.comment };
    }
    table(html, { tr("Round"), tr("Step"), tr("Role"), tr("Outcome"), tr("By"), tr("At"), tr("Comment") },
          steps, tr("Not submitted for approval yet."));

    heading(html, tr("Amendments"));
    QList<QStringList> amendments;
    for (const Amendment &a : d.amendments)
        amendments << QStringList { UiText::date(a.requestedOn), a.missing, UiText::date(a.replyBy),
                                    a.receivedOn.isValid() ? UiText::date(a.receivedOn) : tr("Awaited") };
    table(html, { tr("Requested"), tr("Missing"), tr("Reply by"), tr("Arrived") }, amendments, tr("None."));

    heading(html, tr("Inquiries to divisions"));
    QList<QStringList> inquiries;
    for (const Inquiry &i : d.inquiries)
        inquiries << QStringList { i.division, UiText::date(i.sentOn), UiText::date(i.dueOn),
                                   i.answeredOn.isValid() ? UiText::date(i.answeredOn) : tr("Open"),
                                   i.summary };
    table(html, { tr("Division"), tr("Sent"), tr("Due"), tr("Answered"), tr("Summary") }, inquiries,
          tr("None."));

    heading(html, tr("Third-party opinions"));
    QList<QStringList> opinions;
    for (const Opinion &o : d.opinions)
        opinions << QStringList { o.thirdParty,
                                  UiText::date(o.sentOn),
                                  UiText::date(o.replyBy),
                                  o.answeredOn.isValid() ? UiText::date(o.answeredOn) : tr("Open"),
                                  o.answer,
                                  o.answeredOn.isValid() ? (o.objection ? tr("Yes") : tr("No")) : QString() };
    table(html,
          { tr("Third party"), tr("Sent"), tr("Reply by"), tr("Answered"), tr("Answer"), tr("Objection") },
          opinions, tr("None."));

    if (d.extendedTo.isValid() || d.specialExtensionTo.isValid()) {
        heading(html, tr("Extension"));
        html += QStringLiteral("<p>");
        if (d.extendedTo.isValid())
            html += tr("Extended to %1.").arg(UiText::date(d.extendedTo)).toHtmlEscaped()
                + QStringLiteral(" ");
        if (d.specialExtensionTo.isValid())
            html += tr("Special extension (art. 84) to %1.")
                        .arg(UiText::date(d.specialExtensionTo))
                        .toHtmlEscaped()
                + QStringLiteral(" ");
        html += tr("Reason: %1").arg(d.extensionReason).toHtmlEscaped() + QStringLiteral("</p>");
    }

    heading(html, tr("How the deadline was computed"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Deadline %1; act by %2.")
                         .arg(UiText::date(m_request.deadline), UiText::date(m_request.actBy))
                         .toHtmlEscaped());
    if (!d.deadlineExplain.isEmpty()) {
        html += QStringLiteral("<ol style='margin-top:0;'>");
        for (const QString &line : d.deadlineExplain)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace dsr
