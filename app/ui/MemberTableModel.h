#pragma once
// Members found by a search, for the members page: number, name, kana, birth date, affiliation.

#include "model/Member.h"

#include <QAbstractTableModel>

namespace dsr {

class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, KanaColumn, BirthDateColumn, AffiliationColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(const QList<Member> &members);
    const Member &member(int row) const { return m_members.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Member> m_members;
};

} // namespace dsr
