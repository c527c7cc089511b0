#include "LettersPage.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "LetterBatchResultDialog.h"
#include "LetterBatchTask.h"
#include "LetterBulkPrint.h"
#include "LetterText.h"
#include "LetterWindow.h"
#include "LetterWriteDialog.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "Shortcuts.h"
#include "UiText.h"
#include "letters/LetterKind.h"
#include "letters/LetterLifecycle.h"
#include "security/Permissions.h"
#include "services/LetterBatchService.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "text/JapaneseEra.h"
#include "ui_LettersPage.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace dsr {

LettersPage::LettersPage(Session &session, qint64 requestId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LettersPage>())
    , m_session(session)
    , m_requestId(requestId)
    , m_model(new LetterRegisterModel(session, this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    fillFilters();
    const bool register_ = requestId == 0;
    // The request's tab lists its letters only: no filters, no export, no way back to itself.
    m_ui->titleLabel->setVisible(register_);
    m_ui->exportButton->setVisible(register_);
    m_ui->issueDecidedButton->setVisible(register_ && canIssue());
    m_ui->printUnprintedButton->setVisible(
        register_ && LetterLifecycle::roleMay(LetterAction::Print, m_session.actor.roles));
    m_ui->searchLineEdit->setVisible(register_);
    for (QWidget *w :
         { static_cast<QWidget *>(m_ui->fiscalYearFilterLabel),
           static_cast<QWidget *>(m_ui->fiscalYearComboBox), static_cast<QWidget *>(m_ui->kindFilterLabel),
           static_cast<QWidget *>(m_ui->kindComboBox), static_cast<QWidget *>(m_ui->stateFilterLabel),
           static_cast<QWidget *>(m_ui->stateComboBox), static_cast<QWidget *>(m_ui->clearFiltersButton),
           static_cast<QWidget *>(m_ui->openRequestButton) })
        w->setVisible(register_);
    m_ui->messageLabel->hide();

    // What the roles offer (LetterLifecycle); the service still decides each step.
    const RoleSet roles = m_session.actor.roles;
    m_ui->printButton->setVisible(LetterLifecycle::roleMay(LetterAction::Print, roles));
    m_ui->mailedButton->setVisible(LetterLifecycle::roleMay(LetterAction::Mail, roles));
    m_ui->returnedButton->setVisible(LetterLifecycle::roleMay(LetterAction::MarkReturned, roles));
    m_ui->voidButton->setVisible(LetterLifecycle::roleMay(LetterAction::Void, roles));
    m_ui->reissueButton->setVisible(LetterLifecycle::roleMay(LetterAction::Reissue, roles));
    m_ui->issueButton->setVisible(LetterLifecycle::roleMay(LetterAction::Issue, roles));
    m_ui->approveButton->setVisible(LetterLifecycle::roleMay(LetterAction::Approve, roles));
    m_ui->writeLetterButton->setVisible(!register_ && canIssue());

    m_model->setHeaders({ tr("Document no."), tr("Date"), tr("Kind"), tr("Addressee"), tr("Receipt no."),
                          tr("State"), tr("Details") });
    m_model->setEmptyText(m_requestId ? tr("No letter has been written for this request yet.")
                                      : tr("No letters match the filter."));
    QTableView *table = m_ui->lettersTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->setColumnHidden(ReceiptColumn, !register_);
    const QFontMetrics fm = fontMetrics();
    table->setColumnWidth(NumberColumn, fm.horizontalAdvance(QStringLiteral("長共総第0000号")) + 36);
    table->setColumnWidth(DateColumn, fm.horizontalAdvance(UiText::date(QDate(2028, 12, 28))) + 24);
    table->setColumnWidth(KindColumn, fm.horizontalAdvance(QStringLiteral("利用不停止決定通知書")) + 24);
    table->setColumnWidth(AddresseeColumn, fm.horizontalAdvance(QStringLiteral("長谷川　美智子")) + 36);
    table->setColumnWidth(ReceiptColumn, fm.horizontalAdvance(QStringLiteral("R00-00000")) + 36);
    int stateWidth = 0;
    for (LetterState s : LetterVocabulary::states())
        stateWidth = qMax(stateWidth, fm.horizontalAdvance(LetterVocabulary::displayName(s)));
    table->setColumnWidth(StateColumn, stateWidth + 24);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LettersPage::applyFilters);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
    });
    for (QComboBox *combo : { m_ui->fiscalYearComboBox, m_ui->kindComboBox, m_ui->stateComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &LettersPage::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        {
            const QSignalBlocker b1(m_ui->searchLineEdit), b2(m_ui->fiscalYearComboBox),
                b3(m_ui->kindComboBox), b4(m_ui->stateComboBox);
            m_ui->searchLineEdit->clear();
            m_ui->fiscalYearComboBox->setCurrentIndex(0);
            m_ui->kindComboBox->setCurrentIndex(0);
            m_ui->stateComboBox->setCurrentIndex(0);
        }
        m_searchTimer->stop();
        applyFilters();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LettersPage::updateButtons);
    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->letterAt(index.row()))
            viewSelected();
    });
    connect(m_model, &LetterRegisterModel::loaded, this, &LettersPage::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The "nothing here" row reads across the whole table.
        m_ui->lettersTableView->clearSpans();
        if (m_model->showsEmptyRow())
            m_ui->lettersTableView->setSpan(0, 0, 1, LetterRegisterModel::ColumnCount);
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LettersPage::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &LettersPage::exportCsv);
    connect(m_ui->issueDecidedButton, &QPushButton::clicked, this, &LettersPage::issueDecided);
    connect(m_ui->openRequestButton, &QPushButton::clicked, this, [this] {
        if (const auto l = selectedLetter())
            Q_EMIT openRequestRequested(l->requestId);
    });
    connect(m_ui->viewButton, &QPushButton::clicked, this, &LettersPage::viewSelected);
    connect(m_ui->printButton, &QPushButton::clicked, this, &LettersPage::printSelected);
    connect(m_ui->mailedButton, &QPushButton::clicked, this, &LettersPage::mailSelected);
    connect(m_ui->returnedButton, &QPushButton::clicked, this, &LettersPage::returnSelected);
    connect(m_ui->voidButton, &QPushButton::clicked, this, &LettersPage::voidSelected);
    connect(m_ui->reissueButton, &QPushButton::clicked, this, &LettersPage::reissueSelected);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &LettersPage::approveSelected);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &LettersPage::issueSelected);
    connect(m_ui->writeLetterButton, &QPushButton::clicked, this, &LettersPage::writeLetter);
    connect(m_ui->printUnprintedButton, &QPushButton::clicked, this, &LettersPage::printUnprinted);
    // Keys (Shortcuts.h): a hidden page's buttons do not answer, so the letter register and the
    // request's Letters tab never both take one.
    Shortcuts::bind(m_ui->approveButton, Shortcuts::approve());
    Shortcuts::bind(m_ui->issueButton, Shortcuts::issueLetter());
    Shortcuts::bind(m_ui->printUnprintedButton, Shortcuts::printUnprinted());
    m_ui->printUnprintedButton->setToolTip(
        UiText::withShortcut(m_ui->printUnprintedButton->toolTip(), Shortcuts::printUnprinted()));
    m_ui->approveButton->setToolTip(
        UiText::withShortcut(m_ui->approveButton->toolTip(), Shortcuts::approve()));
    m_ui->issueButton->setToolTip(
        UiText::withShortcut(m_ui->issueButton->toolTip(), Shortcuts::issueLetter()));
    if (register_) {
        auto *findShortcut = new QShortcut(Shortcuts::find(), this);
        findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(findShortcut, &QShortcut::activated, this, [this] {
            m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
            m_ui->searchLineEdit->selectAll();
        });
        m_ui->searchLineEdit->setToolTip(
            UiText::withShortcut(m_ui->searchLineEdit->placeholderText(), Shortcuts::find()));
    }
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &LettersPage::showContextMenu);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &LettersPage::refresh);
    updateButtons();
}

LettersPage::~LettersPage() = default;

bool LettersPage::canIssue() const
{
    return Permissions::allowed(m_session.actor.roles, Operation::LetterIssue);
}

QTableView *LettersPage::table() const
{
    return m_ui->lettersTableView;
}

void LettersPage::fillFilters()
{
    m_ui->fiscalYearComboBox->addItem(tr("All years"), 0);
    m_ui->kindComboBox->addItem(tr("All kinds"), QString());
    for (LetterKind k : LetterKinds::all())
        m_ui->kindComboBox->addItem(LetterKinds::title(k), LetterKinds::id(k));
    m_ui->stateComboBox->addItem(tr("All states"), QString());
    for (LetterState s : LetterVocabulary::states())
        m_ui->stateComboBox->addItem(LetterVocabulary::displayName(s), LetterVocabulary::id(s));
}

void LettersPage::reloadFiscalYears()
{
    QComboBox *combo = m_ui->fiscalYearComboBox;
    // The years only: reading every letter for them would be a read of the whole register.
    auto found = LetterRegister(m_session.database).fiscalYears(m_session.actor);
    if (!found)
        return; // the list itself reports the error
    const QList<int> years = found.value();
    const int current = combo->currentData().toInt();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All years"), 0);
    for (const int year : std::as_const(years))
        combo->addItem(
            tr("%1 (%2)", "fiscal year: 令和7年度 (2025)").arg(JapaneseEra::formatFiscalYear(year)).arg(year),
            year);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

LetterQuery LettersPage::query() const
{
    LetterQuery q;
    if (m_requestId) {
        q.requestId = m_requestId;
        return q;
    }
    q.fiscalYear = m_ui->fiscalYearComboBox->currentData().toInt();
    q.kind = m_ui->kindComboBox->currentData().toString();
    if (const QString state = m_ui->stateComboBox->currentData().toString(); !state.isEmpty())
        q.state = LetterVocabulary::stateFromId(state);
    // The register stores numbers with half-width digits; a number typed in full width still matches.
    q.text = m_ui->searchLineEdit->text().normalized(QString::NormalizationForm_KC).trimmed();
    return q;
}

void LettersPage::setRequest(const Request &request)
{
    m_request = request;
    refresh();
}

void LettersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Letters are issued from request windows too: the register is read again when it is shown.
    refresh();
}

void LettersPage::refresh()
{
    // The years offered come from the whole register: read them again only here, not for every
    // change of a filter.
    if (!m_requestId)
        reloadFiscalYears();
    applyFilters();
}

void LettersPage::applyFilters()
{
    const qint64 selected = selectedLetterId();
    m_ui->errorLabel->clearError();
    // As many pages as were loaded, so a refresh keeps what was scrolled to (and selected).
    if (!m_model->setQuery(query(), m_model->letterCount()))
        m_ui->errorLabel->showError(m_model->lastError());
    if (selected)
        selectLetter(selected);
    updateButtons();
}

void LettersPage::showCount()
{
    const qint64 n = m_model->totalCount();
    if (!m_model->lastError().isEmpty() || n == 0)
        m_ui->countLabel->clear();
    else if (m_model->totalIsLowerBound())
        m_ui->countLabel->setText(tr("More than %1 letters").arg(QLocale().toString(n)));
    else
        m_ui->countLabel->setText(tr("%n letter(s)", nullptr, int(n)));
}

bool LettersPage::selectLetter(qint64 letterId)
{
    const int row = m_model->rowOfId(letterId);
    if (row < 0)
        return false;
    m_ui->lettersTableView->selectRow(row);
    m_ui->lettersTableView->scrollTo(m_model->index(row, NumberColumn));
    return true;
}

qint64 LettersPage::selectedLetterId() const
{
    const QModelIndexList rows = m_ui->lettersTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Letter *l = m_model->letterAt(rows.first().row());
    return l ? l->id : 0;
}

std::optional<Letter> LettersPage::selectedLetter() const
{
    const QModelIndexList rows = m_ui->lettersTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const Letter *l = m_model->letterAt(rows.first().row()))
        return *l;
    return std::nullopt;
}

QList<Letter> LettersPage::selectedLetters() const
{
    QModelIndexList rows = m_ui->lettersTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Letter> out;
    for (const QModelIndex &row : std::as_const(rows))
        if (const Letter *l = m_model->letterAt(row.row()))
            out << *l;
    return out;
}

void LettersPage::updateButtons()
{
    // What the letter's state allows and the roles offer (LetterLifecycle); the service decides.
    // One letter's steps take one letter: with several selected only printing them together is offered
    // (the context menu).
    const bool several = m_ui->lettersTableView->selectionModel()->selectedRows().size() > 1;
    const auto l = several ? std::nullopt : selectedLetter();
    const RoleSet roles = m_session.actor.roles;
    const auto allowed
        = [&l, roles](LetterAction action) { return l && LetterLifecycle::allowed(action, *l, roles); };
    const bool issued = l && l->isIssued();
    m_ui->openRequestButton->setEnabled(l.has_value());
    m_ui->viewButton->setEnabled(allowed(LetterAction::View));
    m_ui->viewButton->setToolTip(l && !issued
                                     ? tr("Show the draft as it would be issued, marked 案 (double-click)")
                                     : tr("Show the stored letter (double-click)"));
    m_ui->printButton->setEnabled(allowed(LetterAction::PrintCopy));
    m_ui->mailedButton->setEnabled(allowed(LetterAction::Mail));
    m_ui->returnedButton->setEnabled(allowed(LetterAction::MarkReturned));
    m_ui->voidButton->setEnabled(allowed(LetterAction::Void));
    m_ui->voidButton->setText(l && !issued ? tr("Disc&ard draft…") : tr("V&oid…"));
    m_ui->reissueButton->setEnabled(allowed(LetterAction::Reissue));
    // The chief's approval: not of a draft they wrote themselves (one person, one step).
    m_ui->approveButton->setEnabled(l && LetterLifecycle::mayApproveDraft(m_session.actor.userId, roles, *l));
    m_ui->issueButton->setEnabled(allowed(LetterAction::Issue));
}

void LettersPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void LettersPage::changed(qint64 requestId)
{
    refresh();
    Q_EMIT lettersChanged(requestId);
}

LetterWindow *LettersPage::openLetter(qint64 letterId)
{
    m_ui->errorLabel->clearError();
    auto *window = new LetterWindow(m_session, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status s = window->showLetter(letterId); !s) {
        m_ui->errorLabel->showError(s.error().message);
        delete window;
        return nullptr;
    }
    connect(window, &LetterWindow::letterChanged, this,
            [this, window] { changed(window->letter().requestId); });
    window->show();
    return window;
}

void LettersPage::viewSelected()
{
    const auto l = selectedLetter();
    if (!l)
        return;
    if (!l->isIssued()) {
        // A draft awaiting approval: the chief reads it before approving.
        m_ui->errorLabel->clearError();
        auto *window = new LetterWindow(m_session, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (const Status s = window->showDraft(*l); !s) {
            m_ui->errorLabel->showError(s.error().message);
            delete window;
            return;
        }
        window->show();
        return;
    }
    openLetter(l->id);
}

void LettersPage::printSelected()
{
    const auto l = selectedLetter();
    if (!l)
        return;
    // Printed from the window that shows it: what is printed is what is on screen.
    if (LetterWindow *window = openLetter(l->id))
        window->print();
}

void LettersPage::letterStep(LetterActionDialog::Action action)
{
    const auto l = selectedLetter();
    if (!l)
        return;
    showMessage(QString());
    auto *dialog = new LetterActionDialog(m_session, *l, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 requestId = l->requestId;
    connect(dialog, &QDialog::finished, this, [this, dialog, action, requestId](int result) {
        if (dialog->lostRace()) {
            changed(requestId);
            return;
        }
        if (result != QDialog::Accepted)
            return;
        const Letter after = dialog->result();
        switch (action) {
        case LetterActionDialog::Action::Mail:
            showMessage(tr("%1 recorded as %2.")
                            .arg(LetterText::number(after), LetterVocabulary::displayName(after.state)));
            break;
        case LetterActionDialog::Action::Return:
            showMessage(tr("%1 recorded as returned undeliverable. Check the address and issue it again.")
                            .arg(LetterText::number(after)));
            break;
        case LetterActionDialog::Action::Void:
            showMessage(
                after.isIssued()
                    ? tr("%1 is void; its number stays in the register as unused.").arg(after.documentNo)
                    : tr("The draft was discarded."));
            break;
        case LetterActionDialog::Action::Reissue:
            showMessage(tr("Issued %1 in place of %2.").arg(after.documentNo, after.replacesDocumentNo));
            break;
        }
        changed(requestId);
        selectLetter(after.id);
        if (action == LetterActionDialog::Action::Reissue)
            openLetter(after.id);
    });
    dialog->open();
}

void LettersPage::mailSelected()
{
    letterStep(LetterActionDialog::Action::Mail);
}

void LettersPage::returnSelected()
{
    letterStep(LetterActionDialog::Action::Return);
}

void LettersPage::voidSelected()
{
    letterStep(LetterActionDialog::Action::Void);
}

void LettersPage::reissueSelected()
{
    letterStep(LetterActionDialog::Action::Reissue);
}

void LettersPage::approveSelected()
{
    const auto l = selectedLetter();
    if (!l)
        return;
    showMessage(QString());
    m_ui->errorLabel->clearError();
    if (MessageBox::question(
            this, tr("Approve draft"),
            tr("Approve the draft %1 for request %2, written by %3? A clerk can then issue it.")
                .arg(LetterText::kindTitle(l->kind), l->receiptNo, l->createdByLogin))
        != QMessageBox::Yes)
        return;
    auto approved
        = LetterLifecycleService(m_session.database).approveDraft(m_session.actor, l->id, l->version);
    if (!approved) {
        m_ui->errorLabel->showError(approved.error().message);
        if (approved.error().code == ErrorCode::Conflict)
            refresh();
        return;
    }
    qCInfo(lcUi) << "letter draft approved from the window, id" << l->id;
    showMessage(
        tr("Approved the draft %1 for request %2.").arg(LetterText::kindTitle(l->kind), l->receiptNo));
    changed(l->requestId);
}

void LettersPage::issueSelected()
{
    const auto l = selectedLetter();
    if (!l)
        return;
    showMessage(QString());
    m_ui->errorLabel->clearError();
    if (MessageBox::question(
            this, tr("Issue letter"),
            tr("Issue the approved %1 for request %2? It gets the next document number and is "
               "stored as it is; it cannot be changed afterwards.")
                .arg(LetterText::kindTitle(l->kind), l->receiptNo))
        != QMessageBox::Yes)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = LetterService(m_session.database).issueDraft(m_session.actor, l->id, l->version);
    QGuiApplication::restoreOverrideCursor();
    if (!issued) {
        m_ui->errorLabel->showError(issued.error().message);
        if (issued.error().code == ErrorCode::Conflict)
            refresh();
        return;
    }
    qCInfo(lcUi) << "letter draft issued from the window, id" << l->id;
    showMessage(tr("Issued %1.").arg(issued->documentNo));
    changed(l->requestId);
    selectLetter(issued->id);
    openLetter(issued->id);
}

void LettersPage::showState(LetterState state)
{
    {
        // Exactly the letters in that state: the other filters go back to "all" (the home
        // page's count is of the whole register).
        const QSignalBlocker b1(m_ui->searchLineEdit), b2(m_ui->kindComboBox), b3(m_ui->fiscalYearComboBox),
            b4(m_ui->stateComboBox);
        m_ui->searchLineEdit->clear();
        m_ui->kindComboBox->setCurrentIndex(0);
        m_ui->fiscalYearComboBox->setCurrentIndex(0);
        m_ui->stateComboBox->setCurrentIndex(m_ui->stateComboBox->findData(LetterVocabulary::id(state)));
    }
    m_searchTimer->stop();
    applyFilters();
}

void LettersPage::issueDecided()
{
    showMessage(QString());
    m_ui->errorLabel->clearError();
    LetterBatchService letters(m_session.database);
    auto pending = letters.pendingDecisionLetters(m_session.actor);
    if (!pending) {
        m_ui->errorLabel->showError(pending.error().message);
        return;
    }
    if (pending->isEmpty()) {
        showMessage(tr("Every decided request has its decision letter."));
        return;
    }
    QStringList lines;
    for (const IssueOrder &o : pending.value()) {
        if (lines.size() == 15) {
            lines << tr("… and %n more", nullptr, int(pending->size() - 15));
            break;
        }
        lines << QStringLiteral("%1　%2").arg(o.receiptNo, LetterKinds::title(o.kind));
    }
    if (MessageBox::question(
            this, tr("Issue decision letters"),
            tr("Issue %n decision letter(s)? Each gets the next document number and is stored "
               "as it is.",
               nullptr, int(pending->size()))
                + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')))
        != QMessageBox::Yes)
        return;
    // On a worker thread, with a progress bar and Cancel between letters (LetterBatchTask).
    LetterBatchTask::start(m_session.database, m_session.actor, pending.value(), this,
                           [this](const LetterBatchOutcome &outcome) { showBatchOutcome(outcome); });
}

void LettersPage::showBatchOutcome(const LetterBatchOutcome &outcome)
{
    if (!outcome.failure.isEmpty()) {
        m_ui->errorLabel->showError(outcome.failure);
        return;
    }
    // Read again first: reading clears the message lines. The result dialog comes after, so that
    // nothing the refresh does can hide a refusal.
    refresh();
    Q_EMIT lettersChanged(0);
    const QStringList &numbers = outcome.numbers;
    const QString issued = numbers.size() > 2 ? numbers.first() + QStringLiteral(" … ") + numbers.last()
                                              : numbers.join(QStringLiteral(", "));
    if (outcome.cancelled && numbers.isEmpty())
        showMessage(tr("Cancelled: no letter was issued."));
    else if (outcome.cancelled)
        showMessage(tr("Cancelled: %n letter(s) issued (%1) stay issued; %2 more were not issued.", nullptr,
                       int(numbers.size()))
                        .arg(issued)
                        .arg(outcome.notAttempted));
    else if (!numbers.isEmpty())
        showMessage(tr("Issued %n letter(s): %1.", nullptr, int(numbers.size())).arg(issued));
    if (!outcome.refused.isEmpty())
        m_ui->errorLabel->showError(
            tr("%n letter(s) were not issued: %1", nullptr, int(outcome.refused.size()))
                .arg(outcome.refused.first()));
    if (outcome.items.isEmpty())
        return;
    auto *dialog = new LetterBatchResultDialog(outcome, this);
    dialog->setObjectName(QStringLiteral("letterBatchResultDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: a report to keep beside the register while the refusals are seen to.
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void LettersPage::printUnprinted()
{
    showMessage(QString());
    m_ui->errorLabel->clearError();
    auto letters = LetterBulkPrint::unprinted(m_session);
    if (!letters) {
        m_ui->errorLabel->showError(letters.error().message);
        return;
    }
    if (letters->isEmpty()) {
        showMessage(tr("Every issued letter has been printed."));
        return;
    }
    printLetters(letters.value());
}

void LettersPage::printSelectedLetters()
{
    showMessage(QString());
    m_ui->errorLabel->clearError();
    printLetters(selectedLetters());
}

void LettersPage::printLetters(const QList<Letter> &letters)
{
    const LetterBulkPrint::Outcome outcome = LetterBulkPrint::print(m_session, letters, this);
    if (outcome.cancelled)
        return;
    if (!outcome.error.isEmpty()) {
        m_ui->errorLabel->showError(outcome.error + QLatin1Char(' ')
                                    + tr("No letter was recorded as printed."));
        return;
    }
    // Read again first (reading clears the message lines), then say what was recorded.
    changed(0);
    showMessage(
        tr("Printed %n letter(s) in one job (%1 pages); %2 recorded as printed.", nullptr, outcome.letters)
            .arg(outcome.pages)
            .arg(outcome.recorded.size()));
    if (!outcome.notRecorded.isEmpty())
        m_ui->errorLabel->showError(tr("Printed, but not recorded as printed: %1")
                                        .arg(outcome.notRecorded.join(QStringLiteral("; "))));
}

void LettersPage::showContextMenu(const QPoint &pos)
{
    const QList<Letter> letters = selectedLetters();
    if (letters.isEmpty())
        return;
    // Built for this click only: its keys are shown here, the page's buttons answer them.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("lettersContextMenu"));
    if (letters.size() == 1) {
        QAction *view = menu.addAction(m_ui->viewButton->text(), this, &LettersPage::viewSelected);
        view->setEnabled(m_ui->viewButton->isEnabled());
        if (m_ui->approveButton->isVisible()) {
            QAction *a = menu.addAction(m_ui->approveButton->text(), this, &LettersPage::approveSelected);
            a->setShortcut(Shortcuts::approve());
            a->setEnabled(m_ui->approveButton->isEnabled());
        }
        if (m_ui->issueButton->isVisible()) {
            QAction *a = menu.addAction(m_ui->issueButton->text(), this, &LettersPage::issueSelected);
            a->setShortcut(Shortcuts::issueLetter());
            a->setEnabled(m_ui->issueButton->isEnabled());
        }
    }
    if (LetterLifecycle::roleMay(LetterAction::Print, m_session.actor.roles)) {
        qsizetype printable = 0;
        for (const Letter &l : letters)
            printable += LetterLifecycle::allowed(LetterAction::PrintCopy, l, m_session.actor.roles) ? 1 : 0;
        QAction *print
            = menu.addAction(tr("Print %n selected letter(s) as one job…", nullptr, int(letters.size())),
                             this, &LettersPage::printSelectedLetters);
        print->setObjectName(QStringLiteral("printSelectedAction"));
        print->setEnabled(printable > 0);
    }
    if (!menu.isEmpty())
        menu.exec(m_ui->lettersTableView->viewport()->mapToGlobal(pos));
}

void LettersPage::exportCsv()
{
    m_ui->errorLabel->clearError();
    showMessage(QString());
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("letter-register-%1.csv").arg(QDate::currentDate().toString(u"yyyyMMdd")));
    QString path
        = FileDialog::getSaveFileName(this, tr("Export letter register"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    // On a worker thread; Cancel leaves neither a file nor an audit entry (ServiceBase::writeExport).
    auto *task = BackgroundTask::once(m_session.database, this, tr("Exporting the letter register…"), true);
    task->start(
        [actor = m_session.actor, q = query(), path](Database &db, TaskProgress &) {
            return LetterRegister(db).exportRegisterCsv(actor, q, path);
        },
        [this, path](const Result<qint64> &written) {
            if (!written) {
                m_ui->errorLabel->showError(written.error().message);
                return;
            }
            qCInfo(lcUi) << "letter register exported," << written.value() << "letters";
            showMessage(tr("Exported %n letter(s) to %1.", nullptr, int(written.value()))
                            .arg(QDir::toNativeSeparators(path)));
        });
}

void LettersPage::writeLetter()
{
    if (!m_requestId || !canIssue())
        return;
    m_ui->errorLabel->clearError();
    showMessage(QString());
    auto kinds = LetterService(m_session.database).kindsFor(m_session.actor, m_requestId);
    if (!kinds) {
        m_ui->errorLabel->showError(kinds.error().message);
        return;
    }
    if (kinds->isEmpty()) {
        MessageBox::information(
            this, tr("Write letter"),
            tr("No letter can be written for request %1 as it stands. A decision letter needs an approved "
               "decision; an amendment request, an extension or a third-party opinion needs that step "
               "recorded in the Workflow tab first.")
                .arg(m_request.receiptNo));
        return;
    }
    auto *dialog = new LetterWriteDialog(m_session, m_request, kinds.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Letter letter = dialog->result();
        if (letter.isIssued()) {
            showMessage(tr("Issued %1.").arg(letter.documentNo));
        } else {
            showMessage(tr("The draft %1 was submitted: a chief approves it here or in the letter register, "
                           "then it can be issued.")
                            .arg(LetterText::kindTitle(letter.kind)));
        }
        changed(m_requestId);
        selectLetter(letter.id);
        if (letter.isIssued())
            openLetter(letter.id);
    });
    dialog->open();
}

} // namespace dsr
