#include "DeadlineTableModel.h"

#include "UiText.h"

#include <QFont>

namespace dsr {

DeadlineTableModel::DeadlineTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DeadlineTableModel::daysLeft(const DeadlineCalendar &calendar, const QDate &today, const QDate &actBy)
{
    if (actBy < today)
        return -int(actBy.daysTo(today));
    int open = 0;
    for (QDate d = today.addDays(1); d <= actBy; d = d.addDays(1))
        if (!calendar.isClosed(d))
            ++open;
    return open;
}

void DeadlineTableModel::setRequests(const QList<Request> &requests, const QDate &today,
                                     const std::optional<DeadlinePolicy> &policy)
{
    beginResetModel();
    m_rows.clear();
    for (const Request &r : requests) {
        Row row;
        row.request = r;
        row.actBy = DeadlinePolicy::actBy(r);
        row.late = DeadlinePolicy::overdue(r, today);
        if (policy && row.actBy.isValid())
            row.daysLeft = daysLeft(policy->calendar(), today, row.actBy);
        row.tip = tr("Legal deadline %1; act by %2").arg(UiText::date(r.deadline), UiText::date(row.actBy));
        if (const QDate target
            = policy && DeadlinePolicy::deadlineRuns(r.status) ? policy->target(r.received) : QDate();
            target.isValid())
            row.tip += QLatin1Char('\n') + tr("Target %1").arg(UiText::date(target));
        m_rows << row;
    }
    endResetModel();
}

void DeadlineTableModel::setLateColour(const QColor &colour)
{
    m_lateColour = colour;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           { Qt::ForegroundRole });
}

int DeadlineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DeadlineTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant DeadlineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Request &r = row.request;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReceiptNoColumn:
            return r.receiptNo;
        case TypeColumn:
            return RequestVocabulary::displayName(r.type);
        case MemberColumn:
            return r.requesterName();
        case StatusColumn:
            return RequestVocabulary::displayName(r.status);
        case ActByColumn:
            return UiText::date(row.actBy);
        case DaysLeftColumn:
            if (!row.daysLeft)
                return QString();
            // Late is said in words, not only in colour.
            if (*row.daysLeft < 0)
                return tr("%n day(s) late", nullptr, -*row.daysLeft);
            return *row.daysLeft == 0 ? tr("Today") : tr("%n open day(s)", nullptr, *row.daysLeft);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ReceiptNoColumn:
            // R7-0012 before R7-0100: the year part, then the number.
            return r.fiscalYear * 1000000LL + r.receiptNo.section(QLatin1Char('-'), -1).toLongLong();
        case ActByColumn:
            return row.actBy.toString(Qt::ISODate);
        case DaysLeftColumn:
            return row.daysLeft ? *row.daysLeft : (row.late ? -1 : 0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case RequestIdRole:
        return r.id;
    case LateRole:
        return row.late;
    case Qt::ForegroundRole:
        if (row.late)
            return m_lateColour;
        return {};
    case Qt::FontRole:
        if (row.late && (index.column() == DaysLeftColumn || index.column() == ActByColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return row.tip;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DeadlineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceiptNoColumn:
        return tr("Receipt no.");
    case TypeColumn:
        return tr("Type");
    case MemberColumn:
        return tr("Member");
    case StatusColumn:
        return tr("Status");
    case ActByColumn:
        return tr("Act by");
    case DaysLeftColumn:
        return tr("Open days left");
    }
    return {};
}

} // namespace dsr
