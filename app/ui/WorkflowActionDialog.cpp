#include "WorkflowActionDialog.h"

#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "UiText.h"
#include "workflow/DeadlinePolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsr {

WorkflowActionDialog::WorkflowActionDialog(Session &session, const Request &request, WorkflowAction action,
                                           const WorkflowDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(request)
    , m_action(action)
{
    setObjectName(QStringLiteral("workflowActionDialog"));
    setWindowTitle(tr("%1 — request %2").arg(RequestWorkflow::displayName(action), request.receiptNo));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    const QDate today = QDate::currentDate();
    auto addText
        = [this](const QString &label, const QString &placeholder, bool required, const QString &missing) {
              m_text = new QPlainTextEdit(this);
              m_text->setObjectName(QStringLiteral("textPlainTextEdit"));
              m_text->setTabChangesFocus(true);
              m_text->setPlaceholderText(placeholder);
              m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 14);
              m_textRequired = required;
              m_textMissingMessage = missing;
              m_form->addRow(label, m_text);
          };
    auto addItems = [this](const QString &label, const QList<QPair<qint64, QString>> &items) {
        m_item = new QComboBox(this);
        m_item->setObjectName(QStringLiteral("itemComboBox"));
        for (const auto &item : items)
            m_item->addItem(item.second, item.first);
        m_form->addRow(label, m_item);
    };

    const QString receipt = request.receiptNo;
    switch (action) {
    case WorkflowAction::VerifyIdentity:
        intro->setText(
            tr("Record the document that proved the requester's identity for request %1.").arg(receipt));
        m_document = new QComboBox(this);
        m_document->setObjectName(QStringLiteral("documentComboBox"));
        for (const QString &id : RequestVocabulary::idDocumentIds())
            m_document->addItem(RequestVocabulary::idDocumentName(id), id);
        m_form->addRow(tr("Identity &document:"), m_document);
        if (request.channel == Channel::Mail)
            m_date = addDate(QStringLiteral("dateDateEdit"), tr("Certificate of residence &issued:"), today);
        break;
    case WorkflowAction::RequestAmendment:
        intro->setText(tr("Ask the requester to amend request %1. The deadline pauses until the amended "
                          "request arrives.")
                           .arg(receipt));
        addText(tr("&What is missing:"), QString(), true, tr("Say what is missing from the request."));
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("Requested &on:"), today);
        m_dueDate = addDate(QStringLiteral("dueDateEdit"), tr("&Reply by:"), today.addDays(14));
        break;
    case WorkflowAction::AmendmentReceived:
        intro->setText(tr("Record the day the amended request %1 arrived.").arg(receipt));
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Arrived on:"), today);
        break;
    case WorkflowAction::Investigate:
        intro->setText(
            tr("Start investigating request %1: find the data the association holds.").arg(receipt));
        break;
    case WorkflowAction::InquiryAdd:
        intro->setText(tr("Record an inquiry to the division that holds the data."));
        addText(tr("&Division:"), QString(), true, tr("Name the division the inquiry goes to."));
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Sent on:"), today);
        m_dueDate = addDate(QStringLiteral("dueDateEdit"), tr("Answer &due:"), today.addDays(7));
        break;
    case WorkflowAction::InquiryAnswer: {
        intro->setText(tr("Record a division's answer to an inquiry."));
        QList<QPair<qint64, QString>> open;
        for (const Inquiry &i : details.inquiries)
            if (!i.answeredOn.isValid())
                open.append({ i.id, tr("%1 (sent %2)").arg(i.division, UiText::date(i.sentOn)) });
        addItems(tr("&Inquiry:"), open);
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Answered on:"), today);
        addText(tr("&Summary of the answer:"), QString(), false, QString());
        break;
    }
    case WorkflowAction::Submit: {
        int open = 0;
        for (const Inquiry &i : details.inquiries)
            open += i.answeredOn.isValid() ? 0 : 1;
        intro->setText(
            open ? tr("Submit the draft of request %1 for approval. %n inquiries are still unanswered: "
                      "say why the decision need not wait.",
                      nullptr, open)
                       .arg(receipt)
                 : tr("Submit the draft of request %1 for approval.").arg(receipt));
        addText(tr("&Note:"), QString(), open > 0,
                tr("Say why the decision need not wait for the open inquiries."));
        break;
    }
    case WorkflowAction::Approve:
        intro->setText(tr("Approve the draft decision on request %1 at your step.").arg(receipt));
        addText(tr("&Comment:"), tr("Optional"), false, QString());
        break;
    case WorkflowAction::Return:
        intro->setText(tr("Return the draft decision on request %1 to the clerk.").arg(receipt));
        addText(tr("&Why it is returned:"), tr("Required"), true, tr("Say why the draft is returned."));
        break;
    case WorkflowAction::Withdraw:
        intro->setText(tr("Record that the member withdrew request %1.").arg(receipt));
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Withdrawn on:"), today);
        addText(tr("&Note:"), tr("Optional"), false, QString());
        break;
    case WorkflowAction::Extend:
        intro->setText(
            tr("Extend the deadline of request %1 (now %2).").arg(receipt, UiText::date(request.deadline)));
        m_dueDate = addDate(QStringLiteral("dueDateEdit"), tr("&New deadline:"),
                            request.deadline.addDays(DeadlinePolicy::ExtensionMaxDays));
        addText(tr("&Reason:"), QString(), true, tr("State the reason for the extension."));
        m_flag = new QCheckBox(tr("Special extension (art. 84)"), this);
        m_flag->setObjectName(QStringLiteral("flagCheckBox"));
        m_form->addRow(QString(), m_flag);
        break;
    case WorkflowAction::OpinionAdd:
        intro->setText(tr("Ask a third party for their opinion on disclosing data about them."));
        addText(tr("&Third party:"), QString(), true, tr("Name the third party asked for an opinion."));
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Sent on:"), today);
        m_dueDate = addDate(QStringLiteral("dueDateEdit"), tr("&Reply by:"), today.addDays(14));
        break;
    case WorkflowAction::OpinionAnswer: {
        intro->setText(tr("Record a third party's answer."));
        QList<QPair<qint64, QString>> open;
        for (const Opinion &o : details.opinions)
            if (!o.answeredOn.isValid())
                open.append({ o.id, tr("%1 (sent %2)").arg(o.thirdParty, UiText::date(o.sentOn)) });
        addItems(tr("&Opinion:"), open);
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Answered on:"), today);
        addText(tr("&Answer:"), QString(), false, QString());
        m_flag = new QCheckBox(tr("The third party objects to the disclosure"), this);
        m_flag->setObjectName(QStringLiteral("flagCheckBox"));
        m_form->addRow(QString(), m_flag);
        break;
    }
    case WorkflowAction::Notified:
        intro->setText(tr("Record how the decision on request %1 was notified.").arg(receipt));
        m_date = addDate(QStringLiteral("dateDateEdit"), tr("&Notified on:"), today);
        addText(tr("&Method:"), tr("Mail, counter …"), true,
                tr("Say how the decision was notified (mail, counter …)."));
        break;
    case WorkflowAction::Close:
        intro->setText(tr("Close request %1. Nothing more is to be done on it.").arg(receipt));
        break;
    case WorkflowAction::Reopen:
        intro->setText(tr("Reopen request %1. Its decision can then be changed.").arg(receipt));
        addText(tr("&Reason:"), tr("Required"), true, tr("State why the request is reopened."));
        break;
    case WorkflowAction::Draft:
        break; // DecisionDialog
    }

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    layout->addWidget(m_error);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(RequestWorkflow::displayName(action));
    if (m_item && m_item->count() == 0) {
        m_error->showError(tr("Nothing is waiting for an answer."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkflowActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkflowActionDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    if (m_text)
        m_text->setFocus();
}

QDateEdit *WorkflowActionDialog::addDate(const QString &name, const QString &label, const QDate &value)
{
    auto *edit = new QDateEdit(value, this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(UiText::dateEditFormat());
    m_form->addRow(label, edit);
    return edit;
}

WorkflowInput WorkflowActionDialog::input() const
{
    WorkflowInput in;
    if (m_date)
        in.date = m_date->date();
    if (m_dueDate)
        in.dueDate = m_dueDate->date();
    if (m_text)
        in.text = m_text->toPlainText().trimmed();
    if (m_document)
        in.documentType = m_document->currentData().toString();
    if (m_item)
        in.itemId = m_item->currentData().toLongLong();
    if (m_flag)
        in.flag = m_flag->isChecked();
    in.expectedVersion = m_request.version;
    return in;
}

void WorkflowActionDialog::showLostRace(QWidget *parent, const QString &receiptNo)
{
    MessageBox::warning(parent, tr("Changed by someone else"),
                        tr("Request %1 was changed by someone else meanwhile, so nothing was done. It is "
                           "reloaded now: check it and try again.")
                            .arg(receiptNo));
}

void WorkflowActionDialog::accept()
{
    m_error->clearError();
    const WorkflowInput in = input();
    if (m_textRequired && in.text.isEmpty()) {
        m_error->showError(m_textMissingMessage);
        m_text->setFocus();
        return;
    }
    auto done = WorkflowService(m_session.database).perform(m_session.actor, m_request.id, m_action, in);
    if (!done) {
        if (done.error().code == ErrorCode::Conflict) {
            m_lostRace = true;
            showLostRace(this, m_request.receiptNo);
            QDialog::reject();
            return;
        }
        m_error->showError(done.error().message);
        return;
    }
    m_result = done.value();
    qCInfo(lcUi) << "workflow action" << RequestWorkflow::id(m_action) << "from the window, request id"
                 << m_request.id;
    QDialog::accept();
}

} // namespace dsr
