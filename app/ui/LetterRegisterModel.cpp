#include "LetterRegisterModel.h"

#include "LetterText.h"
#include "Session.h"
#include "UiText.h"
#include "services/LetterService.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace dsr {

LetterRegisterModel::LetterRegisterModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

bool LetterRegisterModel::setQuery(const LetterQuery &query, int minimumRows)
{
    m_query = query;
    // Whole pages, so the next fetchMore continues on a page boundary.
    const int pages = qMax(1, (minimumRows + PageSize - 1) / PageSize);
    return load(qMin(pages * PageSize, LetterService::MaxListRows));
}

bool LetterRegisterModel::load(int rows)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_totalIsLowerBound = false;
    m_lastError.clear();
    LetterQuery q = m_query;
    q.offset = 0;
    q.limit = rows;
    q.countCap = qMax(CountCap, rows);
    // Count and first page in one call: one audit entry per keystroke of the search.
    auto page = LetterService(m_session.database).page(m_session.actor, q);
    if (page) {
        m_totalIsLowerBound = page->total > q.countCap;
        m_total = m_totalIsLowerBound ? q.countCap : page->total;
        m_rows = std::move(page).value().rows;
    } else {
        m_lastError = page.error().message;
    }
    endResetModel();
    Q_EMIT loaded();
    return m_lastError.isEmpty();
}

const Letter *LetterRegisterModel::letterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LetterRegisterModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return int(row);
    return -1;
}

bool LetterRegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_lastError.isEmpty() && !m_rows.isEmpty()
        && (m_rows.size() < m_total || m_totalIsLowerBound);
}

void LetterRegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    LetterQuery q = m_query;
    q.offset = int(m_rows.size());
    q.limit = PageSize;
    auto page = LetterService(m_session.database).list(m_session.actor, q);
    if (!page) {
        m_lastError = page.error().message;
        Q_EMIT loaded();
        return;
    }
    const QList<Letter> &more = page.value();
    if (more.isEmpty()) {
        // The end of the result (or letters left it meanwhile on another desk): stop asking.
        m_total = m_rows.size();
        m_totalIsLowerBound = false;
        Q_EMIT loaded();
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    if (m_totalIsLowerBound && (more.size() < PageSize || m_rows.size() > m_total)) {
        // Past the counted part: the letters fetched so far are the best count there is.
        m_total = m_rows.size();
        m_totalIsLowerBound = more.size() == PageSize;
    }
    Q_EMIT loaded();
}

int LetterRegisterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows.isEmpty() ? 1 : int(m_rows.size());
}

int LetterRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags LetterRegisterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The "nothing here" row is shown, not selected.
    return m_rows.isEmpty() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant LetterRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (m_rows.isEmpty()) {
        if (index.row() == 0 && index.column() == 0 && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
            return m_emptyText;
        return {};
    }
    if (index.row() >= m_rows.size())
        return {};
    const Letter &l = m_rows[index.row()];
    if (role == LetterIdRole)
        return index.column() == NumberColumn ? QVariant(l.id) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn:
            return LetterText::number(l);
        case DateColumn:
            return UiText::date(l.letterDate);
        case KindColumn:
            return role == Qt::ToolTipRole ? LetterText::kindName(l.kind) : LetterText::kindTitle(l.kind);
        case AddresseeColumn:
            return l.addressee;
        case ReceiptColumn:
            return l.receiptNo;
        case StateColumn:
            return LetterVocabulary::displayName(l.state);
        case DetailsColumn:
            return LetterText::details(l);
        }
        return {};
    }
    // A voided number (欠番) and a draft without one read as such at a glance.
    const bool muted = l.state == LetterState::Void || !l.isIssued();
    if (role == Qt::ForegroundRole && muted)
        return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::FontRole && muted) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant LetterRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section >= 0 && section < m_headers.size() ? m_headers.at(section) : QVariant();
}

} // namespace dsr
