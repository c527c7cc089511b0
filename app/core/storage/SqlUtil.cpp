#include "SqlUtil.h"

#include "../Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace dsr {

Error sqlFailure(const QSqlQuery &query, const QString &what)
{
    const QSqlError err = query.lastError();
    qCWarning(lcDb).noquote() << "statement failed:" << err.nativeErrorCode() << err.databaseText();
    const QString native = err.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another desk holds the write lock beyond the timeout.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("Database", "%1: the database is busy with another desk; try again.")
                .arg(what));
    if (native == QLatin1String("2067") || native == QLatin1String("1555") || native == QLatin1String("19"))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "%1: the record already exists.").arg(what));
    return makeError(ErrorCode::Failure,
                     QCoreApplication::translate("Database", "%1: %2").arg(what, err.databaseText()));
}

QString toDbTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString nowDbTime()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

Error changedBySomeoneElse()
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "Database", "The record was changed by someone else — reload it and try again."));
}

QDate dateFromDb(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateToDb(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace dsr
