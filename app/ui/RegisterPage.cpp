#include "RegisterPage.h"

#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "RegisterModel.h"
#include "RequestDialog.h"
#include "RequestView.h"
#include "Session.h"
#include "Shortcuts.h"
#include "UiText.h"
#include "security/Permissions.h"
#include "services/ChangeFeed.h"
#include "services/RequestService.h"
#include "text/JapaneseEra.h"
#include "ui_RegisterPage.h"
#include "workflow/DeadlinePolicy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>

namespace dsr {

RegisterPage::RegisterPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegisterPage>())
    , m_session(session)
    , m_model(new RegisterModel(session, this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    fillFilters();

    QTableView *table = m_ui->registerTableView;
    table->setModel(m_model);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // One line per request: the register is read by scanning many rows.
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Newest first, as the paper register is read; the click on a header asks the server.
    header->setSortIndicator(RegisterModel::ReceivedColumn, Qt::DescendingOrder);
    table->setSortingEnabled(true);

    m_ui->newRequestButton->setVisible(canRegister());
    m_ui->messageLabel->hide(); // shown with a message only
    m_ui->assignedToMeCheckBox->setVisible(m_session.actor.hasRole(Role::Clerk));
    m_ui->awaitingApprovalCheckBox->setVisible(mayApprove());
    m_ui->dueSoonCheckBox->setToolTip(
        tr("Open requests to act on within the next %1 open days of the business calendar")
            .arg(DeadlinePolicy::DueSoonOpenDays));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::applyFilters);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
    });
    for (QComboBox *combo : { m_ui->statusComboBox, m_ui->typeComboBox, m_ui->fiscalYearComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilters);
    for (QCheckBox *check : { m_ui->assignedToMeCheckBox, m_ui->overdueCheckBox, m_ui->dueSoonCheckBox,
                              m_ui->awaitingApprovalCheckBox })
        connect(check, &QCheckBox::toggled, this, &RegisterPage::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        clearFilterControls();
        m_searchTimer->stop();
        applyFilters();
    });
    // Enter and double-click both arrive as `activated`.
    connect(table, &QTableView::activated, this, [this] { openSelected(); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::updateButtons);
    connect(m_model, &RegisterModel::loaded, this, &RegisterPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::updateButtons);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RegisterPage::refresh);
    connect(m_ui->newRequestButton, &QPushButton::clicked, this, &RegisterPage::newRequest);
    connect(m_ui->openButton, &QPushButton::clicked, this, &RegisterPage::openSelected);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &RegisterPage::refresh);
    // Ctrl+F: back to the search field from anywhere on the page, its text selected for retyping.
    auto *findShortcut = new QShortcut(Shortcuts::find(), this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    // Keys (Shortcuts.h) in the tooltips; Enter on the list opens the request too (`activated`).
    Shortcuts::bind(m_ui->openButton, Shortcuts::open());
    m_ui->openButton->setToolTip(UiText::withShortcut(m_ui->openButton->toolTip(), Shortcuts::open()));
    m_ui->searchLineEdit->setToolTip(
        UiText::withShortcut(m_ui->searchLineEdit->placeholderText(), Shortcuts::find()));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        QMenu menu(this);
        Shortcuts::addButtonAction(menu, m_ui->openButton, Shortcuts::open());
        if (m_ui->newRequestButton->isVisible())
            Shortcuts::addButtonAction(menu, m_ui->newRequestButton, Shortcuts::newRequest());
        menu.exec(table->viewport()->mapToGlobal(pos));
    });

    reloadFiscalYears();
    applyFilters();
    // Widths for the content a register holds, not for whatever the first page happens to hold.
    const QFontMetrics fm = fontMetrics();
    const int date = fm.horizontalAdvance(UiText::date(QDate(2028, 12, 28))) + 24;
    header->resizeSection(RegisterModel::ReceiptNoColumn,
                          fm.horizontalAdvance(QStringLiteral("R00-00000")) + 36);
    header->resizeSection(RegisterModel::ReceivedColumn, date + 12);
    int typeWidth = 0;
    for (RequestType t : RequestVocabulary::types())
        typeWidth = qMax(typeWidth, fm.horizontalAdvance(RequestVocabulary::displayName(t)));
    int statusWidth = 0;
    for (RequestStatus s : RequestVocabulary::statuses())
        statusWidth = qMax(statusWidth, fm.horizontalAdvance(RequestVocabulary::displayName(s)));
    header->resizeSection(RegisterModel::TypeColumn, qMin(typeWidth, fm.averageCharWidth() * 24) + 24);
    // A long name with the agent mark; longer ones are elided, the tooltip has them whole.
    header->resizeSection(RegisterModel::RequesterColumn,
                          fm.horizontalAdvance(QStringLiteral("長谷川　美智子"))
                              + fm.averageCharWidth() * 10);
    header->resizeSection(RegisterModel::MemberNumberColumn,
                          fm.horizontalAdvance(QStringLiteral("0000000000")) + 36);
    header->resizeSection(RegisterModel::StatusColumn, statusWidth + 36);
    header->resizeSection(RegisterModel::DeadlineColumn, date + 12);
}

RegisterPage::~RegisterPage() = default;

bool RegisterPage::canRegister() const
{
    return Permissions::allowed(m_session.actor.roles, Operation::RequestRegister);
}

bool RegisterPage::mayApprove() const
{
    return Permissions::allowed(m_session.actor.roles, Operation::RequestApprove);
}

void RegisterPage::clearFilterControls()
{
    const QSignalBlocker b1(m_ui->searchLineEdit), b2(m_ui->statusComboBox), b3(m_ui->typeComboBox),
        b4(m_ui->fiscalYearComboBox), b5(m_ui->assignedToMeCheckBox), b6(m_ui->overdueCheckBox),
        b7(m_ui->dueSoonCheckBox), b8(m_ui->awaitingApprovalCheckBox);
    m_ui->searchLineEdit->clear();
    m_ui->statusComboBox->setCurrentIndex(0);
    m_ui->typeComboBox->setCurrentIndex(0);
    m_ui->fiscalYearComboBox->setCurrentIndex(0);
    m_ui->assignedToMeCheckBox->setChecked(false);
    m_ui->overdueCheckBox->setChecked(false);
    m_ui->dueSoonCheckBox->setChecked(false);
    m_ui->awaitingApprovalCheckBox->setChecked(false);
}

bool RegisterPage::showFilter(Filter filter)
{
    if (filter == Filter::AwaitingMyApproval && !mayApprove())
        return false;
    clearFilterControls();
    {
        const QSignalBlocker b1(m_ui->statusComboBox), b2(m_ui->overdueCheckBox), b3(m_ui->dueSoonCheckBox),
            b4(m_ui->awaitingApprovalCheckBox);
        switch (filter) {
        case Filter::Overdue:
            m_ui->overdueCheckBox->setChecked(true);
            break;
        case Filter::DueSoon:
            m_ui->dueSoonCheckBox->setChecked(true);
            break;
        case Filter::AwaitingAmendment:
            m_ui->statusComboBox->setCurrentIndex(
                m_ui->statusComboBox->findData(RequestVocabulary::id(RequestStatus::AwaitingAmendment)));
            break;
        case Filter::AwaitingMyApproval:
            m_ui->awaitingApprovalCheckBox->setChecked(true);
            break;
        }
    }
    // The most urgent first: the act-by date, ascending. The header only shows it (blocked: the
    // sort would read the register a second time).
    QHeaderView *header = m_ui->registerTableView->horizontalHeader();
    {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(RegisterModel::DeadlineColumn, Qt::AscendingOrder);
    }
    m_searchTimer->stop();
    m_ui->errorLabel->clearError();
    RequestQuery q = currentQuery();
    q.sort = RequestQuery::Sort::Deadline;
    q.descending = false;
    m_model->setQuery(q);
    m_ui->registerTableView->scrollToTop();
    if (!m_model->lastError().isEmpty())
        m_ui->errorLabel->showError(m_model->lastError());
    return true;
}

void RegisterPage::fillFilters()
{
    m_ui->statusComboBox->addItem(tr("All statuses"), QString());
    for (RequestStatus s : RequestVocabulary::statuses())
        m_ui->statusComboBox->addItem(RequestVocabulary::displayName(s), RequestVocabulary::id(s));
    m_ui->typeComboBox->addItem(tr("All types"), QString());
    for (RequestType t : RequestVocabulary::types())
        m_ui->typeComboBox->addItem(RequestVocabulary::displayName(t), RequestVocabulary::id(t));
}

void RegisterPage::reloadFiscalYears()
{
    QComboBox *combo = m_ui->fiscalYearComboBox;
    const int current = combo->currentData().toInt();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All years"), 0);
    auto years = RequestService(m_session.database).fiscalYears(m_session.actor);
    if (!years) {
        m_ui->errorLabel->showError(years.error().message);
        return;
    }
    for (const int year : years.value())
        combo->addItem(
            tr("%1 (%2)", "fiscal year: 令和7年度 (2025)").arg(JapaneseEra::formatFiscalYear(year)).arg(year),
            year);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

RequestQuery RegisterPage::currentQuery() const
{
    RequestQuery q;
    q.text = m_ui->searchLineEdit->text().trimmed();
    if (const QString status = m_ui->statusComboBox->currentData().toString(); !status.isEmpty())
        q.status = RequestVocabulary::statusFromId(status);
    if (const QString type = m_ui->typeComboBox->currentData().toString(); !type.isEmpty())
        q.type = RequestVocabulary::typeFromId(type);
    q.fiscalYear = m_ui->fiscalYearComboBox->currentData().toInt();
    // Asked of the role, not of the check box: a hidden page's widgets are never "visible".
    if (m_session.actor.hasRole(Role::Clerk) && m_ui->assignedToMeCheckBox->isChecked())
        q.assignedTo = m_session.actor.userId;
    if (m_ui->overdueCheckBox->isChecked())
        q.overdueAsOf = QDate::currentDate();
    if (m_ui->dueSoonCheckBox->isChecked())
        q.dueSoonAsOf = QDate::currentDate();
    if (mayApprove() && m_ui->awaitingApprovalCheckBox->isChecked())
        q.awaitingApprovalBy = m_session.actor.userId;
    q.sort = m_model->query().sort;
    q.descending = m_model->query().descending;
    return q;
}

void RegisterPage::applyFilters()
{
    m_ui->errorLabel->clearError();
    m_model->setQuery(currentQuery());
    m_ui->registerTableView->scrollToTop();
    if (!m_model->lastError().isEmpty())
        m_ui->errorLabel->showError(m_model->lastError());
}

void RegisterPage::refresh()
{
    QTableView *table = m_ui->registerTableView;
    const qint64 selected = selectedRequestId();
    const int scroll = table->verticalScrollBar()->value();
    const int loaded = m_model->rowCount();
    m_ui->errorLabel->clearError();
    reloadFiscalYears();
    m_model->setQuery(currentQuery(), loaded);
    if (!m_model->lastError().isEmpty())
        m_ui->errorLabel->showError(m_model->lastError());
    // Lay the rows out now, so the scroll bar has its range before the position is put back.
    table->doItemsLayout();
    if (selected)
        selectRequest(selected);
    table->verticalScrollBar()->setValue(scroll);
}

qint64 RegisterPage::selectedRequestId() const
{
    const QModelIndexList rows = m_ui->registerTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->request(rows.first().row()).id;
}

bool RegisterPage::selectRequest(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_ui->registerTableView->selectRow(row);
    return true;
}

void RegisterPage::updateCount()
{
    const qint64 n = m_model->totalCount();
    if (!m_model->lastError().isEmpty()) {
        m_ui->countLabel->clear();
        m_ui->errorLabel->showError(m_model->lastError());
    } else if (n == 0)
        m_ui->countLabel->setText(currentQuery().text.isEmpty() ? tr("No requests.")
                                                                : tr("No request matches."));
    else if (m_model->totalIsLowerBound())
        m_ui->countLabel->setText(tr("More than %1 requests").arg(QLocale().toString(n)));
    else
        m_ui->countLabel->setText(n == 1 ? tr("1 request") : tr("%1 requests").arg(QLocale().toString(n)));
}

void RegisterPage::updateButtons()
{
    m_ui->openButton->setEnabled(selectedRequestId() > 0);
}

void RegisterPage::newRequest()
{
    if (!canRegister())
        return;
    auto *dialog = new RequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Request saved = dialog->savedRequest();
        QFont bold = m_ui->messageLabel->font();
        bold.setBold(true);
        m_ui->messageLabel->setFont(bold);
        m_ui->messageLabel->setText(tr("Registered request %1. The deadline is %2.")
                                        .arg(saved.receiptNo, UiText::date(DeadlinePolicy::actBy(saved))));
        m_ui->messageLabel->show();
        refresh();
        if (selectRequest(saved.id))
            m_ui->registerTableView->scrollTo(m_model->index(m_model->rowOfId(saved.id), 0));
    });
    dialog->open();
}

void RegisterPage::openSelected()
{
    if (const qint64 id = selectedRequestId(); id > 0)
        openRequest(id);
}

void RegisterPage::reloadOpenRequests(const ChangeBatch &batch)
{
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        RequestView *view = it.value();
        if (!view || !view->isVisible() || !batch.touchesRequest(it.key()))
            continue;
        view->reload();
    }
}

RequestView *RegisterPage::openRequest(qint64 id)
{
    if (RequestView *open = m_views.value(id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *view = new RequestView(m_session, id, this);
    if (const Status s = view->load(); !s) {
        delete view;
        MessageBox::warning(this, tr("Open request"), s.error().message);
        return nullptr;
    }
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &RequestView::requestChanged, this, &RegisterPage::refresh);
    // QPointer: a closed view (deleted on close) reads as null here; forget those as we go.
    m_views.removeIf([](const auto &entry) { return entry.value().isNull(); });
    m_views.insert(id, view);
    view->show();
    return view;
}

} // namespace dsr
