#include "RequestView.h"

#include "AttachmentPreview.h"
#include "DisclosurePage.h"
#include "ErasureDialog.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "LettersPage.h"
#include "Logging.h"
#include "MessageBox.h"
#include "RequestDialog.h"
#include "Session.h"
#include "UiText.h"
#include "WorkflowPanel.h"
#include "security/FileInput.h"
#include "services/CalendarService.h"
#include "services/ErasureService.h"
#include "services/RequestService.h"
#include "ui_RequestView.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScreen>
#include <QStandardPaths>

namespace dsr {

namespace {

enum AttachmentColumn { NameColumn, TypeColumn, SizeColumn, HashColumn, AddedByColumn, AddedAtColumn };
enum HistoryColumn { TimeColumn, UserColumn, ActionColumn, FieldColumn, BeforeColumn, AfterColumn };

constexpr int AttachmentIdRole = Qt::UserRole;

QString mimeName(const QString &mime)
{
    if (mime == QLatin1String("application/pdf"))
        return QStringLiteral("PDF");
    if (mime == QLatin1String("image/png"))
        return QStringLiteral("PNG");
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral("JPEG");
    return mime;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

RequestView::RequestView(Session &session, qint64 requestId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestView>())
    , m_session(session)
    , m_requestId(requestId)
    , m_workflow(new WorkflowPanel(session, this))
    , m_letters(new LettersPage(session, requestId, this))
    , m_disclosure(new DisclosurePage(session, requestId, this))
{
    m_ui->setupUi(this);
    m_ui->viewTabWidget->insertTab(1, m_workflow, tr("Workflow"));
    m_letters->setObjectName(QStringLiteral("requestLettersPage"));
    m_ui->viewTabWidget->insertTab(2, m_letters, tr("Letters"));
    m_ui->viewTabWidget->insertTab(3, m_disclosure, tr("Disclosure"));
    connect(m_disclosure, &DisclosurePage::disclosureChanged, this,
            [this] { Q_EMIT requestChanged(m_requestId); });
    // An action changes the request: read it again (and the lists showing it refresh).
    connect(m_workflow, &WorkflowPanel::requestChanged, this, [this] {
        if (const Status s = load(); !s)
            m_ui->errorLabel->showError(s.error().message);
        Q_EMIT requestChanged(m_requestId);
    });
    // A letter issued, mailed (which notifies the request) or voided here: read the request again.
    connect(m_letters, &LettersPage::lettersChanged, this, [this] {
        if (const Status s = load(); !s)
            m_ui->errorLabel->showError(s.error().message);
        Q_EMIT requestChanged(m_requestId);
    });
    // A window of its own that can be maximised, with several requests open side by side.
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    QTableWidget *files = m_ui->attachmentsTableWidget;
    files->setColumnCount(6);
    files->setHorizontalHeaderLabels(
        { tr("File"), tr("Type"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added at") });
    files->horizontalHeader()->setHighlightSections(false);
    files->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QTableWidget *history = m_ui->historyTableWidget;
    history->setColumnCount(6);
    history->setHorizontalHeaderLabels(
        { tr("Time"), tr("User"), tr("Action"), tr("Field"), tr("Before"), tr("After") });
    history->horizontalHeader()->setHighlightSections(false);
    history->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // The page is what the clerk reads; the list needs only its columns.
    m_ui->attachmentsSplitter->setStretchFactor(0, 2);
    m_ui->attachmentsSplitter->setStretchFactor(1, 3);
    m_ui->attachmentsSplitter->setSizes({ 420, 680 });
    m_ui->detailsTextBrowser->setFrameShape(QFrame::NoFrame);

    connect(files, &QTableWidget::itemSelectionChanged, this, &RequestView::previewSelectedAttachment);
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, &RequestView::addAttachment);
    connect(m_ui->eraseAttachmentButton, &QPushButton::clicked, this, &RequestView::eraseAttachment);
    m_ui->eraseAttachmentButton->setVisible(Permissions::allowed(session.actor.roles, Operation::DataErase));
    m_ui->eraseAttachmentButton->setEnabled(false);
    connect(m_ui->editButton, &QPushButton::clicked, this, &RequestView::editRequest);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);

    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size() * 0.92));
}

RequestView::~RequestView() = default;

void RequestView::showWorkflowTab()
{
    m_ui->viewTabWidget->setCurrentWidget(m_workflow);
}

void RequestView::showDisclosureTab()
{
    m_ui->viewTabWidget->setCurrentWidget(m_disclosure);
}

void RequestView::showLettersTab()
{
    m_ui->viewTabWidget->setCurrentWidget(m_letters);
}

AttachmentPreview *RequestView::preview() const
{
    return m_ui->attachmentPreview;
}

bool RequestView::canChange() const
{
    return Permissions::allowed(m_session.actor.roles, Operation::RequestRegister);
}

Status RequestView::load()
{
    RequestService service(m_session.database);
    auto request = service.openById(m_session.actor, m_requestId);
    if (!request)
        return request.error();
    m_request = request.value();
    qCInfo(lcUi) << "request opened, id" << m_requestId;
    m_ui->errorLabel->clearError();
    showRequest();
    m_workflow->setRequest(m_request);
    m_letters->setRequest(m_request);
    // Disclosure documents and their redacted copies: only a disclosure request hands records over.
    const bool disclosure = m_request.type == RequestType::Disclosure;
    m_ui->viewTabWidget->setTabVisible(m_ui->viewTabWidget->indexOf(m_disclosure), disclosure);
    if (disclosure) {
        m_disclosure->setRequest(m_request.receiptNo, m_request.memberId,
                                 RequestVocabulary::isOpen(m_request.status));
        if (const Status s = m_disclosure->refresh(); !s)
            m_ui->errorLabel->showError(s.error().message);
        const int documents = int(m_disclosure->documents().size());
        m_ui->viewTabWidget->setTabText(m_ui->viewTabWidget->indexOf(m_disclosure),
                                        documents ? tr("Disclosure (%1)").arg(documents) : tr("Disclosure"));
    }
    const int letters = int(m_letters->letters().size());
    m_ui->viewTabWidget->setTabText(m_ui->viewTabWidget->indexOf(m_letters),
                                    letters ? tr("Letters (%1)").arg(letters) : tr("Letters"));

    auto attachments = service.attachments(m_session.actor, m_requestId);
    if (attachments)
        m_attachments = attachments.value();
    else
        m_ui->errorLabel->showError(attachments.error().message);
    showAttachments();

    auto history = service.history(m_session.actor, m_requestId);
    if (history)
        showHistory(history.value());
    else
        m_ui->errorLabel->showError(history.error().message);
    return {};
}

void RequestView::reload()
{
    const qint64 attachment = m_shownAttachment;
    const int tab = m_ui->viewTabWidget->currentIndex();
    if (const Status s = load(); !s) {
        m_ui->errorLabel->showError(s.error().message);
        return;
    }
    m_ui->viewTabWidget->setCurrentIndex(tab);
    if (attachment && attachment != m_shownAttachment)
        selectAttachment(attachment);
}

QDate RequestView::targetDate() const
{
    if (!DeadlinePolicy::deadlineRuns(m_request.status))
        return {};
    auto policy = CalendarService(m_session.database).policy();
    return policy ? policy->target(m_request.received) : QDate();
}

void RequestView::showRequest()
{
    const Request &r = m_request;
    setWindowTitle(tr("Request %1").arg(r.receiptNo));
    m_ui->receiptLabel->setText(r.receiptNo);
    m_ui->typeLabel->setText(RequestVocabulary::displayName(r.type));
    m_ui->statusLabel->setText(RequestVocabulary::displayName(r.status));
    m_ui->statusLabel->setStyleSheet(
        QStringLiteral("padding: 2px 8px; border-radius: 8px; background: palette(midlight);"));
    // 期限 is the open day to act by; the legal deadline it comes from is in the tooltip.
    const QDate actBy = DeadlinePolicy::actBy(r);
    const bool overdue = DeadlinePolicy::overdue(r, QDate::currentDate());
    m_ui->deadlineLabel->setText(tr("Deadline %1").arg(UiText::date(actBy)));
    m_ui->deadlineLabel->setStyleSheet(overdue ? QStringLiteral("color: #c62828; font-weight: bold;")
                                               : QString());
    QString legal = tr("Legal deadline %1").arg(UiText::date(r.deadline));
    m_target = targetDate();
    if (m_target.isValid())
        legal += QLatin1Char('\n') + tr("Target %1").arg(UiText::date(m_target));
    m_ui->deadlineLabel->setToolTip(overdue ? tr("Past the deadline") + QLatin1Char('\n') + legal : legal);
    m_ui->detailsTextBrowser->setHtml(detailsHtml());

    const bool open = RequestVocabulary::isOpen(r.status);
    m_ui->editButton->setVisible(canChange());
    m_ui->editButton->setEnabled(open);
    m_ui->editButton->setToolTip(
        !open ? tr("A closed or withdrawn request cannot be edited.")
            : RequestService::factsFixed(r.status)
            ? tr("The decision is %1: only notes, the person in charge and the fee payment date can be "
                 "edited. Return the draft or reopen the request to correct its facts.")
                  .arg(RequestVocabulary::displayName(r.status))
            : QString());
    m_ui->addAttachmentButton->setVisible(canChange());
}

QString RequestView::detailsHtml() const
{
    const Request &r = m_request;
    QString html;
    auto section = [&html](const QString &title) {
        if (!html.isEmpty())
            html += QStringLiteral("</table>");
        html += QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px;'>%1</h3>"
                               "<table cellspacing='0' cellpadding='3' width='100%'>")
                    .arg(title.toHtmlEscaped());
    };
    // Every value is escaped: names and free text are data, never markup.
    auto row = [&html](const QString &label, const QString &value) {
        // pre-wrap: names keep their full-width spaces and notes their line breaks, as stored.
        html
            += QStringLiteral("<tr><td width='220' style='color:#5f6368; padding-right:16px; "
                              "white-space:nowrap;'>%1</td>"
                              "<td style='white-space:pre-wrap;'>%2</td></tr>")
                   .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
    };
    const QString none = tr("(none)");

    section(tr("Summary"));
    row(tr("Receipt no."), r.receiptNo);
    row(RequestService::fieldLabel(QStringLiteral("type")), RequestVocabulary::displayName(r.type));
    row(tr("Status"), RequestVocabulary::displayName(r.status));
    row(RequestService::fieldLabel(QStringLiteral("received")), UiText::date(r.received));
    row(tr("Deadline (act by)"), UiText::date(DeadlinePolicy::actBy(r)));
    row(tr("Legal deadline"), UiText::date(r.deadline));
    if (m_target.isValid())
        row(tr("Target (private regime)"), UiText::date(m_target));
    row(RequestService::fieldLabel(QStringLiteral("channel")), RequestVocabulary::displayName(r.channel));
    row(RequestService::fieldLabel(QStringLiteral("member")),
        QStringLiteral("%1  %2").arg(r.memberNumber, r.memberName));
    row(RequestService::fieldLabel(QStringLiteral("assigned_to")),
        r.assignedLogin.isEmpty() ? tr("(nobody yet)") : r.assignedLogin);

    section(tr("Requester and identity"));
    row(RequestService::fieldLabel(QStringLiteral("requester_kind")),
        RequestVocabulary::displayName(r.requester.kind));
    if (r.requester.kind != RequesterKind::Self) {
        row(RequestService::fieldLabel(QStringLiteral("agent_name")), r.requester.agentName);
        row(RequestService::fieldLabel(QStringLiteral("agent_address")), r.requester.agentAddress);
        row(RequestService::fieldLabel(QStringLiteral("agent_relationship")), r.requester.agentRelationship);
        row(RequestService::fieldLabel(QStringLiteral("agent_evidence")),
            r.requester.agentEvidence.isEmpty()
                ? QString()
                : RequestVocabulary::agentEvidenceName(r.requester.agentEvidence));
    }
    if (r.identity.documentType.isEmpty()) {
        row(RequestService::fieldLabel(QStringLiteral("id_document")), tr("Not checked yet"));
    } else {
        row(RequestService::fieldLabel(QStringLiteral("id_document")),
            RequestVocabulary::idDocumentName(r.identity.documentType));
        row(tr("Checked by"),
            tr("%1 on %2").arg(r.identity.checkedByLogin, UiText::dateTime(r.identity.checkedAt)));
        if (r.channel == Channel::Mail)
            row(RequestService::fieldLabel(QStringLiteral("residence_certificate")),
                UiText::date(r.identity.residenceCertificateIssued));
    }

    section(tr("What is requested"));
    row(RequestService::fieldLabel(QStringLiteral("summary")), r.summary);
    row(RequestService::fieldLabel(QStringLiteral("categories")),
        r.categories.isEmpty() ? none : r.categories.join(tr(", ")));
    row(RequestService::fieldLabel(QStringLiteral("requested_detail")), r.requestedDetail);
    if (RequestVocabulary::hasDisclosureMethod(r.type))
        row(RequestService::fieldLabel(QStringLiteral("method")),
            r.method == DisclosureMethod::None ? tr("(not specified)")
                                               : RequestVocabulary::displayName(r.method));
    if (RequestVocabulary::feeAllowed(r.type)) {
        row(RequestService::fieldLabel(QStringLiteral("fee")),
            r.feeYen ? tr("%1 yen").arg(QLocale().toString(*r.feeYen)) : none);
        row(RequestService::fieldLabel(QStringLiteral("fee_paid")),
            r.feePaid.isValid() ? UiText::date(r.feePaid) : tr("Not paid yet"));
    }
    row(RequestService::fieldLabel(QStringLiteral("notes")), r.notes);
    html += QStringLiteral("</table>");
    return html;
}

void RequestView::showAttachments()
{
    QTableWidget *files = m_ui->attachmentsTableWidget;
    const QSignalBlocker blocker(files);
    files->clearContents();
    files->setRowCount(int(m_attachments.size()));
    for (int row = 0; row < m_attachments.size(); ++row) {
        const Attachment &a = m_attachments[row];
        auto *name
            = cell(a.fileName,
                   a.description.isEmpty() ? a.fileName : a.fileName + QLatin1Char('\n') + a.description);
        name->setData(AttachmentIdRole, a.id);
        files->setItem(row, NameColumn, name);
        files->setItem(row, TypeColumn, cell(mimeName(a.mimeType)));
        auto *size = cell(UiText::fileSize(a.size), tr("%1 bytes").arg(QLocale().toString(a.size)));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        files->setItem(row, SizeColumn, size);
        auto *hash = cell(UiText::shortHash(a.sha256), a.sha256);
        hash->setFont(QFont(QStringLiteral("monospace")));
        files->setItem(row, HashColumn, hash);
        files->setItem(row, AddedByColumn, cell(a.addedByLogin));
        files->setItem(row, AddedAtColumn, cell(UiText::dateTime(a.addedAt)));
    }
    files->resizeColumnsToContents();
    m_ui->viewTabWidget->setTabText(
        m_ui->viewTabWidget->indexOf(m_ui->attachmentsTab),
        m_attachments.isEmpty() ? tr("Attachments") : tr("Attachments (%1)").arg(m_attachments.size()));
    // Keep showing what was shown; otherwise show nothing until the clerk picks a file (each
    // showing is an audited read).
    if (m_shownAttachment && !selectAttachment(m_shownAttachment)) {
        m_shownAttachment = 0;
        m_ui->attachmentPreview->clear();
    }
    if (m_attachments.isEmpty()) {
        m_ui->attachmentPreview->clear();
        m_ui->attachmentPreview->showMessage(tr("No files are attached to this request yet."));
    }
}

bool RequestView::selectAttachment(qint64 attachmentId)
{
    QTableWidget *files = m_ui->attachmentsTableWidget;
    for (int row = 0; row < files->rowCount(); ++row) {
        if (files->item(row, NameColumn)->data(AttachmentIdRole).toLongLong() == attachmentId) {
            if (files->currentRow() == row && m_shownAttachment == attachmentId)
                return true;
            files->selectRow(row);
            return true;
        }
    }
    return false;
}

void RequestView::previewSelectedAttachment()
{
    QTableWidget *files = m_ui->attachmentsTableWidget;
    const QList<QTableWidgetItem *> selected = files->selectedItems();
    m_ui->eraseAttachmentButton->setEnabled(!selected.isEmpty());
    if (selected.isEmpty()) {
        m_shownAttachment = 0;
        m_ui->attachmentPreview->clear();
        return;
    }
    const int row = selected.first()->row();
    const qint64 id = files->item(row, NameColumn)->data(AttachmentIdRole).toLongLong();
    const Attachment *meta = nullptr;
    for (const Attachment &a : std::as_const(m_attachments))
        if (a.id == id)
            meta = &a;
    if (!meta)
        return;
    m_ui->attachmentErrorLabel->clearError();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto content = RequestService(m_session.database).attachmentContent(m_session.actor, id);
    QGuiApplication::restoreOverrideCursor();
    if (!content) {
        m_shownAttachment = 0;
        m_ui->attachmentPreview->clear();
        m_ui->attachmentPreview->showMessage(content.error().message);
        m_ui->attachmentErrorLabel->showError(content.error().message);
        return;
    }
    m_shownAttachment = id;
    m_ui->attachmentPreview->showContent(meta->mimeType, content.value(), meta->fileName);
}

void RequestView::addAttachment()
{
    m_ui->attachmentErrorLabel->clearError();
    const QString path
        = FileDialog::getOpenFileName(this, tr("Add a file to request %1").arg(m_request.receiptNo),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                      tr("Scans and documents (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    // Checked before reading, so a huge file is not read into memory only to be refused.
    if (QFileInfo(path).size() > RequestService::MaxAttachmentBytes) {
        m_ui->attachmentErrorLabel->showError(
            tr("The file %1 is larger than 50 MB; scan it at a lower resolution.").arg(name));
        return;
    }
    auto read = FileInput::read(path, RequestService::MaxAttachmentBytes);
    if (!read) {
        m_ui->attachmentErrorLabel->showError(read.error().message);
        return;
    }
    const QByteArray content = read.value();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = RequestService(m_session.database).attach(m_session.actor, m_requestId, name, content);
    QGuiApplication::restoreOverrideCursor();
    if (!added) {
        m_ui->attachmentErrorLabel->showError(added.error().message);
        return;
    }
    qCInfo(lcUi) << "attachment added from the window, id" << added->id << "request id" << m_requestId;
    RequestService service(m_session.database);
    if (auto attachments = service.attachments(m_session.actor, m_requestId))
        m_attachments = attachments.value();
    showAttachments();
    if (auto history = service.history(m_session.actor, m_requestId))
        showHistory(history.value());
    m_ui->viewTabWidget->setCurrentWidget(m_ui->attachmentsTab);
    // Show what was stored, so the clerk sees at once that it is the right file.
    selectAttachment(added->id);
    Q_EMIT requestChanged(m_requestId);
}

void RequestView::eraseAttachment()
{
    const QList<QTableWidgetItem *> selected = m_ui->attachmentsTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *item = m_ui->attachmentsTableWidget->item(selected.first()->row(), NameColumn);
    const qint64 id = item->data(AttachmentIdRole).toLongLong();
    ErasureDialog dialog(
        tr("Erase attachment"),
        tr("Attachment %1 (%2) of %3 is removed from the database for good. What remains is a "
           "record of its size and hashes, who erased it, when and why.")
            .arg(id)
            .arg(item->text(), m_request.receiptNo),
        [&](const QString &reason) -> Status {
            auto done = ErasureService(m_session.database)
                            .eraseAttachment(m_session.actor, QString::number(m_requestId), id, reason);
            if (!done)
                return done.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qCInfo(lcUi) << "attachment erased from the window, id" << id << "request id" << m_requestId;
    m_shownAttachment = 0;
    m_ui->attachmentPreview->clear();
    RequestService service(m_session.database);
    if (auto attachments = service.attachments(m_session.actor, m_requestId))
        m_attachments = attachments.value();
    showAttachments();
    if (auto history = service.history(m_session.actor, m_requestId))
        showHistory(history.value());
    Q_EMIT requestChanged(m_requestId);
}

void RequestView::showHistory(const QList<RequestHistoryEntry> &history)
{
    QTableWidget *table = m_ui->historyTableWidget;
    table->clearSpans();
    table->clearContents();
    table->setRowCount(int(history.size()));
    // Newest first: the latest change is what the clerk looks for.
    for (int i = 0; i < history.size(); ++i) {
        const RequestHistoryEntry &h = history[history.size() - 1 - i];
        const QString field = h.field == QLatin1String("attachment") ? tr("Attachment")
            : h.field.isEmpty()                                      ? QString()
                                                                     : RequestService::fieldLabel(h.field);
        const QString after = h.after.isEmpty() && h.action == QLatin1String("create") ? h.comment : h.after;
        table->setItem(i, TimeColumn, cell(UiText::dateTime(h.at)));
        table->setItem(i, UserColumn, cell(h.userLogin));
        table->setItem(i, ActionColumn, cell(UiText::historyAction(h.action)));
        table->setItem(i, FieldColumn, cell(field));
        table->setItem(i, BeforeColumn, cell(UiText::requestFieldValue(h.field, h.before)));
        table->setItem(i, AfterColumn, cell(UiText::requestFieldValue(h.field, after)));
    }
    if (history.isEmpty()) {
        table->setRowCount(1);
        table->setItem(0, 0, cell(tr("No changes have been recorded for this request.")));
        table->setSpan(0, 0, 1, table->columnCount());
        return;
    }
    table->resizeColumnsToContents();
    for (const int column : { BeforeColumn, AfterColumn })
        table->setColumnWidth(column, qMin(table->columnWidth(column), 320));
}

void RequestView::editRequest()
{
    if (!canChange() || !RequestVocabulary::isOpen(m_request.status))
        return;
    auto *dialog = new RequestDialog(m_session, m_request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted && !dialog->lostRace())
            return;
        if (const Status s = load(); !s)
            m_ui->errorLabel->showError(s.error().message);
        Q_EMIT requestChanged(m_requestId);
    });
    dialog->open();
}

} // namespace dsr
