#pragma once
// All SQL of the business calendar: the imported Cabinet Office list and the organisation's
// closed days.

#include "../Result.h"
#include "../model/Holiday.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace dsr {

class Database;

class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
public:
    explicit CalendarRepository(Database &db)
        : m_db(db)
    {
    }
    Result<QMap<int, QList<Holiday>>> importedHolidays();
    // Replaces the stored list for every year in `byYear`; inside the caller's transaction.
    Status replaceImported(const QMap<int, QList<Holiday>> &byYear);
    Result<QHash<QDate, QString>> closedDays();
    Result<bool> addClosedDay(const QDate &day, const QString &reason, qint64 userId);
    Result<bool> removeClosedDay(const QDate &day);

private:
    Database &m_db;
};

} // namespace dsr
