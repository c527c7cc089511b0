#include "ApprovalsPage.h"
#include "Shortcuts.h"

#include "letters/LetterLifecycle.h"
#include "services/LetterRegister.h"
#include "workflow/DeadlinePolicy.h"

#include "DecisionDialog.h"
#include "Logging.h"
#include "MessageBox.h"
#include "RedactedCopyPanel.h"
#include "Session.h"
#include "UiText.h"
#include "WorkflowActionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dsr {

namespace {

enum Column { ReceiptColumn, TypeColumn, KindColumn, MemberColumn, ActByColumn, StepColumn, ColumnCount };
constexpr int RequestIdRole = Qt::UserRole;

std::optional<ApprovalStep> waitingStep(const WorkflowDetails &d)
{
    for (const ApprovalStep &s : d.steps)
        if (s.outcome.isEmpty())
            return s;
    return std::nullopt;
}

} // namespace

ApprovalsPage::ApprovalsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Drafts waiting for your approval"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("inboxTableWidget"));
    m_table->setHorizontalHeaderLabels(
        { tr("Receipt no."), tr("Type"), tr("Decision"), tr("Member"), tr("Deadline"), tr("Step") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setObjectName(QStringLiteral("approvalDetailTabs"));
    m_draft = new QTextBrowser(m_detailTabs);
    m_draft->setObjectName(QStringLiteral("draftTextBrowser"));
    m_draft->setOpenLinks(false);
    m_copies = new RedactedCopyPanel(session, m_detailTabs);
    m_detailTabs->addTab(m_draft, tr("Decision"));
    m_detailTabs->addTab(m_copies, tr("Redacted copies"));
    m_detailTabs->setTabVisible(1, false);
    // A copy is read (audited) only when the approver looks at it.
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_detailTabs->widget(index) == m_copies)
            m_copies->showPicked();
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // Procedural letters (補正依頼書 …) wait for a chief in the letter register; say so here.
    auto *letters = new QHBoxLayout;
    m_letterDrafts = new QLabel(this);
    m_letterDrafts->setObjectName(QStringLiteral("letterDraftsLabel"));
    m_letterDrafts->setWordWrap(true);
    m_openLetterDrafts = new QPushButton(tr("Open in the letter register"), this);
    m_openLetterDrafts->setObjectName(QStringLiteral("openLetterDraftsButton"));
    m_openLetterDrafts->setAutoDefault(false);
    letters->addWidget(m_letterDrafts, 1);
    letters->addWidget(m_openLetterDrafts);
    layout->addLayout(letters);
    m_letterDrafts->hide();
    m_openLetterDrafts->hide();
    connect(m_openLetterDrafts, &QPushButton::clicked, this, &ApprovalsPage::letterDraftsRequested);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open request"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(tr("&Return…"), this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_approveSelected = new QPushButton(tr("Approve &selected…"), this);
    m_approveSelected->setObjectName(QStringLiteral("approveSelectedButton"));
    m_approveSelected->setToolTip(tr("Approve every selected request at your step, each as its own action"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    buttons->addWidget(m_message, 1);
    for (QPushButton *b : { m_open, m_return, m_approve, m_approveSelected, refreshButton }) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showCurrent();
        updateButtons();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        Q_EMIT openRequestRequested(m_table->item(row, ReceiptColumn)->data(RequestIdRole).toLongLong());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Row *r = currentRow())
            Q_EMIT openRequestRequested(r->request.id);
    });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveCurrent);
    connect(m_return, &QPushButton::clicked, this, &ApprovalsPage::returnCurrent);
    connect(m_approveSelected, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ApprovalsPage::refresh);

    // Keys (Shortcuts.h), written in the tooltips; Enter on the list opens the request too.
    Shortcuts::bind(m_open, Shortcuts::open());
    m_open->setToolTip(UiText::withShortcut(tr("Open the request in its own window"), Shortcuts::open()));
    Shortcuts::bind(m_approve, Shortcuts::approve());
    m_approve->setToolTip(
        UiText::withShortcut(tr("Approve the draft decision at your step"), Shortcuts::approve()));
    Shortcuts::bind(m_return, Shortcuts::sendBack());
    m_return->setToolTip(UiText::withShortcut(tr("Return the draft decision to the clerk with a reason"),
                                              Shortcuts::sendBack()));
    for (const QKeySequence &enter : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *open = new QShortcut(enter, m_table);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, m_open, &QPushButton::click);
    }
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        Shortcuts::addButtonAction(menu, m_open, Shortcuts::open());
        Shortcuts::addButtonAction(menu, m_approve, Shortcuts::approve());
        Shortcuts::addButtonAction(menu, m_return, Shortcuts::sendBack());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    refresh();
}

void ApprovalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ApprovalsPage::refresh()
{
    const QList<qint64> selected = selectedRequestIds();
    WorkflowService service(m_session.database);
    auto inbox = service.approvalInbox(m_session.actor);
    m_rows.clear();
    if (!inbox) {
        m_message->setText(inbox.error().message);
    } else {
        for (const Request &r : inbox.value()) {
            auto details = service.details(m_session.actor, r.id);
            m_rows.append({ r, details ? details.value() : WorkflowDetails {} });
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return DeadlinePolicy::actBy(a.request) < DeadlinePolicy::actBy(b.request);
        });
    }
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_rows.size()));
    const QDate today = QDate::currentDate();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Request &r = m_rows[i].request;
        const WorkflowDetails &d = m_rows[i].details;
        const auto step = waitingStep(d);
        auto *receipt = new QTableWidgetItem(r.receiptNo);
        receipt->setData(RequestIdRole, r.id);
        m_table->setItem(i, ReceiptColumn, receipt);
        m_table->setItem(i, TypeColumn, new QTableWidgetItem(RequestVocabulary::displayName(r.type)));
        m_table->setItem(
            i, KindColumn,
            new QTableWidgetItem(d.decision ? DecisionVocabulary::displayName(d.decision->kind) : QString()));
        m_table->setItem(i, MemberColumn,
                         new QTableWidgetItem(QStringLiteral("%1  %2").arg(r.memberNumber, r.memberName)));
        auto *actBy = new QTableWidgetItem(UiText::date(DeadlinePolicy::actBy(r)));
        actBy->setToolTip(tr("Legal deadline %1").arg(UiText::date(r.deadline)));
        if (DeadlinePolicy::overdue(r, today))
            actBy->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(i, ActByColumn, actBy);
        m_table->setItem(i, StepColumn,
                         new QTableWidgetItem(step ? tr("Step %1 of %2: %3")
                                                         .arg(step->stepNo)
                                                         .arg(std::count_if(d.steps.cbegin(), d.steps.cend(),
                                                                            [&step](const ApprovalStep &s) {
                                                                                return s.round == step->round;
                                                                            }))
                                                         .arg(Roles::displayName(step->role))
                                                   : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    for (qint64 id : selected)
        selectRequest(id, true);
    if (m_table->selectionModel()->selectedRows().isEmpty() && !m_rows.isEmpty())
        m_table->selectRow(0);
    showCurrent();
    updateButtons();
    int letterDrafts = 0;
    if (LetterLifecycle::roleMay(LetterAction::Approve, m_session.actor.roles)) {
        LetterQuery drafts;
        drafts.state = LetterState::Draft;
        if (auto waiting = LetterRegister(m_session.database).list(m_session.actor, drafts)) {
            // Only the drafts this chief may approve: not the ones they wrote themselves.
            for (const Letter &l : waiting.value())
                if (LetterLifecycle::mayApproveDraft(m_session.actor.userId, m_session.actor.roles, l))
                    ++letterDrafts;
        }
    }
    m_letterDrafts->setText(
        tr("%n procedural letter draft(s) (amendment request, extension, third-party opinion) wait for a "
           "chief's approval.",
           nullptr, letterDrafts));
    m_letterDrafts->setVisible(letterDrafts > 0);
    m_openLetterDrafts->setVisible(letterDrafts > 0);
    if (inbox)
        m_message->setText(m_rows.isEmpty()
                               ? tr("Nothing is waiting for your approval.")
                               : tr("%n draft(s) waiting for your approval.", nullptr, int(m_rows.size())));
}

bool ApprovalsPage::selectRequest(qint64 id, bool addToSelection)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ReceiptColumn)->data(RequestIdRole).toLongLong() == id) {
            const auto flags
                = (addToSelection ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                | QItemSelectionModel::Rows;
            m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0), flags);
            return true;
        }
    }
    return false;
}

QList<qint64> ApprovalsPage::selectedRequestIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_table->item(index.row(), ReceiptColumn)->data(RequestIdRole).toLongLong();
    return ids;
}

const ApprovalsPage::Row *ApprovalsPage::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const qint64 id = m_table->item(rows.first().row(), ReceiptColumn)->data(RequestIdRole).toLongLong();
    for (const Row &r : m_rows)
        if (r.request.id == id)
            return &r;
    return nullptr;
}

void ApprovalsPage::showCurrent()
{
    const Row *row = currentRow();
    const int copies = row && row->request.type == RequestType::Disclosure
        ? m_copies->setRequest(row->request.id, row->request.receiptNo)
        : m_copies->setRequest(0, QString());
    m_detailTabs->setTabVisible(1, copies > 0);
    m_detailTabs->setTabText(1, copies > 0 ? tr("Redacted copies (%1)").arg(copies) : tr("Redacted copies"));
    if (m_detailTabs->currentWidget() == m_copies)
        m_copies->showPicked();
    if (!row) {
        const int n = int(m_table->selectionModel()->selectedRows().size());
        m_draft->setHtml(
            QStringLiteral("<p style='color:#5f6368;'>%1</p>")
                .arg((n > 1 ? tr("%n requests selected.", nullptr, n) : tr("Select a draft to read it here."))
                         .toHtmlEscaped()));
        return;
    }
    const Request &r = row->request;
    QString html
        = QStringLiteral("<h2 style='margin-bottom:2px;'>%1</h2><p>%2</p>")
              .arg(r.receiptNo.toHtmlEscaped(),
                   tr("%1 · %2 %3 · received %4 · act by %5")
                       .arg(RequestVocabulary::displayName(r.type), r.memberNumber, r.requesterName(),
                            UiText::date(r.received), UiText::date(DeadlinePolicy::actBy(r)))
                       .toHtmlEscaped());
    html += QStringLiteral("<p style='white-space:pre-wrap;'>%1</p>").arg(r.summary.toHtmlEscaped());
    if (row->details.decision)
        html += DecisionDialog::summaryHtml(*row->details.decision);
    else
        html += tr("No decision is drafted.").toHtmlEscaped();
    QStringList earlier;
    for (const ApprovalStep &s : row->details.steps)
        if (!s.outcome.isEmpty() && !s.comment.isEmpty())
            earlier << tr("%1 (%2): %3").arg(Roles::displayName(s.role), s.decidedByLogin, s.comment);
    if (!earlier.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:10px;'><b>%1</b></p><ul>")
                    .arg(tr("Comments").toHtmlEscaped());
        for (const QString &c : std::as_const(earlier))
            html += QStringLiteral("<li style='white-space:pre-wrap;'>%1</li>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_draft->setHtml(html);
}

void ApprovalsPage::updateButtons()
{
    const int n = int(m_table->selectionModel()->selectedRows().size());
    m_open->setEnabled(n == 1);
    m_approve->setEnabled(n == 1);
    m_return->setEnabled(n == 1);
    m_approveSelected->setEnabled(n >= 1);
}

void ApprovalsPage::approveCurrent()
{
    act(WorkflowAction::Approve);
}

void ApprovalsPage::returnCurrent()
{
    act(WorkflowAction::Return);
}

void ApprovalsPage::act(WorkflowAction action)
{
    const Row *row = currentRow();
    if (!row)
        return;
    auto *dialog = new WorkflowActionDialog(m_session, row->request, action, row->details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString receipt = row->request.receiptNo;
    connect(dialog, &QDialog::finished, this, [this, dialog, action, receipt](int result) {
        if (result != QDialog::Accepted && !dialog->lostRace())
            return;
        refresh();
        if (result == QDialog::Accepted)
            m_message->setText(action == WorkflowAction::Approve
                                   ? (dialog->result().status == RequestStatus::Decided
                                          ? tr("Approved %1: the decision is made.").arg(receipt)
                                          : tr("Approved %1; it goes to the next step.").arg(receipt))
                                   : tr("Returned %1 to the clerk.").arg(receipt));
        Q_EMIT requestsChanged();
    });
    dialog->open();
}

QString ApprovalsPage::summaryText(const Row &row) const
{
    const Request &r = row.request;
    QString text = tr("%1 · %2 · %3 %4 · act by %5")
                       .arg(r.receiptNo, RequestVocabulary::displayName(r.type), r.memberNumber,
                            r.requesterName(), UiText::date(DeadlinePolicy::actBy(r)));
    if (row.details.decision) {
        text += QStringLiteral("\n    ") + DecisionDialog::summaryLine(*row.details.decision);
        if (!row.details.decision->reasons.isEmpty())
            text += QStringLiteral("\n    ") + tr("Reasons: %1").arg(row.details.decision->reasons.left(120));
    }
    return text;
}

void ApprovalsPage::approveSelected()
{
    QList<const Row *> chosen;
    const QList<qint64> ids = selectedRequestIds();
    for (const Row &r : std::as_const(m_rows))
        if (ids.contains(r.request.id))
            chosen << &r;
    if (chosen.isEmpty())
        return;
    QStringList summaries;
    for (const Row *r : std::as_const(chosen))
        summaries << summaryText(*r);
    if (MessageBox::question(
            this, tr("Approve selected"),
            tr("Approve these %n draft(s) at your step? Each is approved as its own action.\n\n%1", nullptr,
               int(chosen.size()))
                .arg(summaries.join(QStringLiteral("\n\n"))))
        != QMessageBox::Yes)
        return;
    WorkflowService service(m_session.database);
    QStringList approved;
    QStringList refused;
    for (const Row *r : std::as_const(chosen)) {
        WorkflowInput in;
        in.expectedVersion = r->request.version;
        auto done = service.perform(m_session.actor, r->request.id, WorkflowAction::Approve, in);
        if (done) {
            approved << r->request.receiptNo;
        } else if (done.error().code == ErrorCode::Conflict) {
            refused << tr("%1: changed by someone else meanwhile; not approved.").arg(r->request.receiptNo);
        } else {
            refused << tr("%1: %2").arg(r->request.receiptNo, done.error().message);
        }
    }
    qCInfo(lcUi) << "bulk approval from the window:" << approved.size() << "approved," << refused.size()
                 << "refused";
    refresh();
    Q_EMIT requestsChanged();
    // Successes are said in the page; only refusals need the user's attention in a box.
    m_message->setText(
        approved.isEmpty()
            ? tr("Nothing was approved.")
            : tr("Approved %n request(s): %1.", nullptr, int(approved.size())).arg(approved.join(tr(", "))));
    if (!refused.isEmpty())
        MessageBox::warning(this, tr("Approve selected"),
                            tr("%n request(s) could not be approved:", nullptr, int(refused.size()))
                                + QStringLiteral("\n\n") + refused.join(QLatin1Char('\n')));
}

} // namespace dsr
