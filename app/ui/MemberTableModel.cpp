#include "MemberTableModel.h"

#include "UiText.h"

namespace dsr {

void MemberTableModel::setMembers(const QList<Member> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int MemberTableModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_members.size(); ++row)
        if (m_members[row].id == id)
            return int(row);
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || role != Qt::DisplayRole)
        return {};
    const Member &m = m_members[index.row()];
    switch (index.column()) {
    case NumberColumn:
        return m.memberNumber;
    case NameColumn:
        return m.name;
    case KanaColumn:
        return m.kana;
    case BirthDateColumn:
        return UiText::date(m.birthDate);
    case AffiliationColumn:
        return m.affiliation;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Member no.");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Kana");
    case BirthDateColumn:
        return tr("Birth date");
    case AffiliationColumn:
        return tr("Affiliation");
    }
    return {};
}

} // namespace dsr
