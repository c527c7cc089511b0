#include "DeadlinesPage.h"

#include "DeadlineTableModel.h"
#include "ErrorLabel.h"
#include "Session.h"
#include "UiText.h"
#include "security/Permissions.h"
#include "services/CalendarService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dsr {

namespace {

// Each list shows up to this many requests, the most urgent first (a desk with more has a
// backlog the register's filters page through).
constexpr int ListLimit = 500;

} // namespace

DeadlinesPage::DeadlinesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Deadlines"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("captionLabel"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_caption, 1);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setAutoDefault(false);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    layout->addWidget(m_error);

    auto *grid = new QGridLayout;
    layout->addLayout(grid, 1);
    m_overdue = addList(QStringLiteral("overdueTableView"));
    m_dueSoon = addList(QStringLiteral("dueSoonTableView"));
    m_approval = addList(QStringLiteral("approvalTableView"));
    m_amendment = addList(QStringLiteral("amendmentTableView"));
    grid->addWidget(m_overdue.box, 0, 0);
    grid->addWidget(m_dueSoon.box, 0, 1);
    // Without the approval list the amendment list takes the whole lower row.
    if (Permissions::allowed(m_session.actor.roles, Operation::RequestApprove)) {
        grid->addWidget(m_approval.box, 1, 0);
        grid->addWidget(m_amendment.box, 1, 1);
    } else {
        m_approval.box->hide();
        grid->addWidget(m_amendment.box, 1, 0, 1, 2);
    }
    QFont bold = m_overdue.box->font();
    bold.setBold(true);
    m_overdue.box->setFont(bold);
    m_overdue.table->setFont(font()); // the title bold, not the rows
    applyLateColour();
    connect(refreshButton, &QPushButton::clicked, this, &DeadlinesPage::refresh);
}

DeadlinesPage::List DeadlinesPage::addList(const QString &name)
{
    List list;
    list.box = new QGroupBox(this);
    auto *layout = new QVBoxLayout(list.box);
    list.model = new DeadlineTableModel(this);
    list.sorted = new QSortFilterProxyModel(this);
    list.sorted->setSourceModel(list.model);
    list.sorted->setSortRole(DeadlineTableModel::SortRole);
    list.table = new QTableView(list.box);
    list.table->setObjectName(name);
    list.table->setModel(list.sorted);
    list.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    list.table->setSelectionMode(QAbstractItemView::SingleSelection);
    list.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list.table->setAlternatingRowColors(true);
    list.table->setWordWrap(false);
    list.table->verticalHeader()->hide();
    list.table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    list.table->setToolTip(tr("Double-click a request or press Enter to open it"));
    QHeaderView *header = list.table->horizontalHeader();
    header->setHighlightSections(false);
    // Widths for what the columns hold (not their headers, which elide): the member takes the
    // rest, so a half-width table still shows names; the longest type and status names elide
    // (whole in the register).
    const QFontMetrics fm = fontMetrics();
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont); // late rows
    const int pad = fm.averageCharWidth() * 2;
    const int cap = fm.horizontalAdvance(QStringLiteral("補正待ち・")) + pad;
    int typeWidth = 0;
    for (RequestType t : RequestVocabulary::types())
        typeWidth = qMax(typeWidth, fm.horizontalAdvance(RequestVocabulary::displayName(t)) + pad);
    int statusWidth = 0;
    for (RequestStatus st : RequestVocabulary::statuses())
        statusWidth = qMax(statusWidth, fm.horizontalAdvance(RequestVocabulary::displayName(st)) + pad);
    header->setMinimumSectionSize(fm.averageCharWidth() * 4);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeadlineTableModel::MemberColumn, QHeaderView::Stretch);
    header->resizeSection(DeadlineTableModel::ReceiptNoColumn,
                          bold.horizontalAdvance(QStringLiteral("R00-0000")) + pad);
    header->resizeSection(DeadlineTableModel::TypeColumn, qMin(typeWidth, cap));
    header->resizeSection(DeadlineTableModel::StatusColumn, qMin(statusWidth, cap));
    header->resizeSection(DeadlineTableModel::ActByColumn,
                          bold.horizontalAdvance(QStringLiteral("0000-00-00")) + pad);
    header->resizeSection(DeadlineTableModel::DaysLeftColumn,
                          bold.horizontalAdvance(DeadlineTableModel::tr("%n open day(s)", nullptr, 99))
                              + pad);
    list.table->setTextElideMode(Qt::ElideRight);
    // The soonest act-by date first, as the lists were read before; a click on a header re-sorts.
    list.table->setSortingEnabled(true);
    header->setSortIndicator(DeadlineTableModel::ActByColumn, Qt::AscendingOrder);
    layout->addWidget(list.table);
    // Enter and double-click both arrive as `activated`.
    connect(list.table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(DeadlineTableModel::RequestIdRole).toLongLong(); id > 0)
            Q_EMIT openRequestRequested(id);
    });
    return list;
}

void DeadlinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DeadlinesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyLateColour();
}

void DeadlinesPage::applyLateColour()
{
    // A red that reads on the theme's base colour: deep on light, light on dark.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor late = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    for (List *list : { &m_overdue, &m_dueSoon, &m_approval, &m_amendment })
        list->model->setLateColour(late);
    QPalette title = m_overdue.box->palette();
    title.setColor(QPalette::WindowText, late);
    m_overdue.box->setPalette(title);
}

QDate DeadlinesPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DeadlinesPage::refresh()
{
    const QDate day = today();
    m_errors.clear();
    RequestService requests(m_session.database);
    auto deadlines = CalendarService(m_session.database).policy();
    m_deadlines = deadlines ? std::optional<DeadlinePolicy>(deadlines.value()) : std::nullopt;
    if (!deadlines)
        m_errors << deadlines.error().message;

    // Which request is overdue or due soon is DeadlinePolicy's to say (RequestService resolves
    // the due-soon filter with it); the register's filters run the same queries.
    auto read = [&](auto fill) {
        RequestQuery q;
        q.sort = RequestQuery::Sort::Deadline;
        q.descending = false;
        q.limit = ListLimit;
        fill(q);
        return requests.list(m_session.actor, q);
    };
    auto overdueRows = read([&](RequestQuery &q) { q.overdueAsOf = day; });
    fill(m_overdue, tr("Overdue (%1)"), overdueRows ? overdueRows.value() : QList<Request> {},
         overdueRows ? QString() : overdueRows.error().message);

    auto soonRows = read([&](RequestQuery &q) { q.dueSoonAsOf = day; });
    fill(m_dueSoon, tr("Due within %1 open days (%2)").arg(DeadlinePolicy::DueSoonOpenDays),
         soonRows ? soonRows.value() : QList<Request> {}, soonRows ? QString() : soonRows.error().message);
    if (m_deadlines) {
        const QString until = UiText::date(m_deadlines->dueSoonUntil(day));
        m_caption->setText(
            m_deadlines->targetDays() > 0
                ? tr("Today %1 · due soon: act by or target on %2 at the latest (target %n day(s) "
                     "after receipt)",
                     nullptr, m_deadlines->targetDays())
                      .arg(UiText::date(day), until)
                : tr("Today %1 · due soon: act by %2 at the latest").arg(UiText::date(day), until));
    } else {
        m_caption->clear();
    }

    if (Permissions::allowed(m_session.actor.roles, Operation::RequestApprove)) {
        auto inbox = WorkflowService(m_session.database).approvalInbox(m_session.actor);
        fill(m_approval, tr("Awaiting my approval (%1)"), inbox ? inbox.value() : QList<Request> {},
             inbox ? QString() : inbox.error().message);
    }

    auto amendmentRows = read([&](RequestQuery &q) { q.status = RequestStatus::AwaitingAmendment; });
    fill(m_amendment, tr("Awaiting amendment (%1)"),
         amendmentRows ? amendmentRows.value() : QList<Request> {},
         amendmentRows ? QString() : amendmentRows.error().message);

    m_errors.removeDuplicates();
    if (m_errors.isEmpty())
        m_error->clearError();
    else
        m_error->showError(m_errors.join(QLatin1Char('\n')));
}

void DeadlinesPage::fill(List &list, const QString &title, const QList<Request> &requests,
                         const QString &error)
{
    if (!error.isEmpty())
        m_errors << error;
    list.model->setRequests(requests, today(), m_deadlines);
    list.box->setTitle(error.isEmpty() ? title.arg(requests.size()) : title.arg(QStringLiteral("–")));
}

} // namespace dsr
