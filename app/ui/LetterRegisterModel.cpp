#include "LetterRegisterModel.h"

#include "LetterText.h"
#include "Session.h"
#include "UiText.h"
#include "services/LetterRegister.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace dsr {

LetterRegisterModel::LetterRegisterModel(Session &session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

bool LetterRegisterModel::setQuery(const LetterQuery &query, int minimumRows)
{
    m_query = query;
    return loadFirst(qMin(wholePages(minimumRows), LetterRegister::MaxListRows));
}

const Letter *LetterRegisterModel::letterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
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
