#include "RegisterModel.h"

#include "Session.h"
#include "UiText.h"
#include "services/CalendarService.h"
#include "services/RequestService.h"

#include <QBrush>
#include <QColor>

namespace dsr {

RegisterModel::RegisterModel(Session &session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

bool RegisterModel::setQuery(const RequestQuery &query, int minimumRows)
{
    m_query = query;
    return load(wholePages(minimumRows));
}

bool RegisterModel::reload(int minimumRows)
{
    if (isFixed())
        return true;
    return load(wholePages(minimumRows));
}

bool RegisterModel::load(int rows)
{
    m_today = QDate::currentDate();
    loadDeadlinePolicy();
    return loadFirst(rows);
}

void RegisterModel::setFixedRows(const QList<Request> &rows)
{
    m_today = QDate::currentDate();
    loadDeadlinePolicy();
    setFixed(rows);
}

RequestQuery::Sort RegisterModel::sortFor(int column)
{
    switch (column) {
    case ReceiptNoColumn:
        return RequestQuery::Sort::ReceiptNo;
    case TypeColumn:
        return RequestQuery::Sort::Type;
    case RequesterColumn:
        return RequestQuery::Sort::Requester;
    case MemberNumberColumn:
        return RequestQuery::Sort::MemberNumber;
    case StatusColumn:
        return RequestQuery::Sort::Status;
    case DeadlineColumn:
        return RequestQuery::Sort::Deadline;
    case AssignedColumn:
        return RequestQuery::Sort::Assigned;
    default:
        return RequestQuery::Sort::Received;
    }
}

int RegisterModel::columnFor(RequestQuery::Sort sort)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortFor(column) == sort)
            return column;
    return ReceivedColumn;
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    if (isFixed() || column < 0 || column >= ColumnCount)
        return;
    const RequestQuery::Sort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    load(PageSize);
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RegisterModel::isOverdue(const Request &r) const
{
    return DeadlinePolicy::overdue(r, m_today);
}

void RegisterModel::loadDeadlinePolicy()
{
    // Once per model: the holiday list is read whole, and the search reloads on every keystroke.
    if (m_deadlines)
        return;
    auto policy = CalendarService(m_session.database).policy();
    m_deadlines = policy ? std::optional<DeadlinePolicy>(std::move(policy).value()) : std::nullopt;
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Request &r = m_rows[index.row()];
    if (role == RequestIdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ReceiptNoColumn:
            return r.receiptNo;
        case ReceivedColumn:
            return UiText::date(r.received);
        case TypeColumn:
            return RequestVocabulary::displayName(r.type);
        case RequesterColumn:
            return r.requester.kind == RequesterKind::Self
                ? r.memberName
                : tr("%1 (agent)", "register: the requester is an agent, not the member")
                      .arg(r.requester.agentName);
        case MemberNumberColumn:
            return r.memberNumber;
        case StatusColumn:
            return RequestVocabulary::displayName(r.status);
        case DeadlineColumn: // the open day to act by; the legal deadline is in the tooltip
            return UiText::date(DeadlinePolicy::actBy(r));
        case AssignedColumn:
            return r.assignedLogin;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RequesterColumn && r.requester.kind != RequesterKind::Self)
            return tr("%1 for the member %2")
                .arg(RequestVocabulary::displayName(r.requester.kind), r.memberName);
        if (index.column() == DeadlineColumn) {
            QString legal = tr("Legal deadline %1").arg(UiText::date(r.deadline));
            const QDate target = m_deadlines && DeadlinePolicy::deadlineRuns(r.status)
                ? m_deadlines->target(r.received)
                : QDate();
            if (target.isValid())
                legal += QLatin1Char('\n') + tr("Target %1").arg(UiText::date(target));
            return isOverdue(r) ? tr("Past the deadline") + QLatin1Char('\n') + legal : legal;
        }
        if (index.column() == TypeColumn)
            return RequestVocabulary::displayName(r.type);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn && isOverdue(r))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceiptNoColumn:
        return tr("Receipt no.", "register column 受付番号");
    case ReceivedColumn:
        return tr("Received", "register column 受付日");
    case TypeColumn:
        return tr("Type", "register column 種別");
    case RequesterColumn:
        return tr("Requester", "register column 請求者");
    case MemberNumberColumn:
        return tr("Member no.", "register column 組合員番号");
    case StatusColumn:
        return tr("Status", "register column 状態");
    case DeadlineColumn:
        return tr("Deadline", "register column 期限");
    case AssignedColumn:
        return tr("Assigned", "register column 担当");
    }
    return {};
}

} // namespace dsr
