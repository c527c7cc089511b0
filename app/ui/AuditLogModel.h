#pragma once
// Audit entries for the audit log page: sequence, local time, user, action, entity, id, details.

#include "model/AuditEvent.h"

#include <QAbstractTableModel>

namespace dsr {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        DetailsColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<AuditRecord> &records);
    const AuditRecord &record(int row) const { return m_records.at(row); }
    // The stored UTC time shown in the desk's time zone.
    static QString localTime(const QString &atUtc);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

} // namespace dsr
