#include "CalendarRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

Result<QMap<int, QList<Holiday>>> CalendarRepository::importedHolidays()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT day, year, name FROM cao_holidays ORDER BY day")))
        return sqlFailure(q, tr("Cannot read the holiday list"));
    QMap<int, QList<Holiday>> out;
    while (q.next())
        out[q.value(1).toInt()].append(
            { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(2).toString() });
    return out;
}

Status CalendarRepository::replaceImported(const QMap<int, QList<Holiday>> &byYear)
{
    CachedQuery del(m_db, QStringLiteral("DELETE FROM cao_holidays WHERE year = ?"));
    CachedQuery ins(m_db, QStringLiteral("INSERT INTO cao_holidays (day, year, name) VALUES (?, ?, ?)"));
    for (auto it = byYear.constBegin(); it != byYear.constEnd(); ++it) {
        del.bindValue(0, it.key());
        if (!del.exec())
            return sqlFailure(del, tr("Cannot save the holiday list"));
        for (const Holiday &h : it.value()) {
            ins.bindValue(0, h.date.toString(Qt::ISODate));
            ins.bindValue(1, it.key());
            ins.bindValue(2, h.name);
            if (!ins.exec())
                return sqlFailure(ins, tr("Cannot save the holiday list"));
        }
    }
    return {};
}

Result<QHash<QDate, QString>> CalendarRepository::closedDays()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT day, reason FROM closed_days")))
        return sqlFailure(q, tr("Cannot read the closed days"));
    QHash<QDate, QString> out;
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString());
    return out;
}

Result<bool> CalendarRepository::addClosedDay(const QDate &day, const QString &reason, qint64 userId)
{
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO closed_days (day, reason, created_by, created_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(nonNull(reason));
    q.addBindValue(userId);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the closed day"));
    return q.numRowsAffected() == 1;
}

Result<bool> CalendarRepository::removeClosedDay(const QDate &day)
{
    CachedQuery q(m_db, QStringLiteral("DELETE FROM closed_days WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot remove the closed day"));
    return q.numRowsAffected() == 1;
}

} // namespace dsr
