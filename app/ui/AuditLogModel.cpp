#include "AuditLogModel.h"

#include "UiText.h"

#include <QDateTime>

namespace dsr {

void AuditLogModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

QString AuditLogModel::localTime(const QString &atUtc)
{
    const QDateTime t = QDateTime::fromString(atUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return atUtc;
    return UiText::dateTimeSeconds(t);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AuditRecord &r = m_records[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeqColumn:
            return role == Qt::DisplayRole ? QVariant(r.seq) : QVariant();
        case TimeColumn:
            return role == Qt::DisplayRole ? localTime(r.atUtc) : tr("%1 (UTC)").arg(r.atUtc);
        case UserColumn:
            // Entries without a signed-in user: failed logins with an unknown name, the system.
            return r.userLogin.isEmpty() ? tr("(none)") : r.userLogin;
        case ActionColumn:
            return r.action;
        case EntityColumn:
            return r.entityType;
        case EntityIdColumn:
            return r.entityId;
        case DetailsColumn:
            return r.details;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("ID");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace dsr
