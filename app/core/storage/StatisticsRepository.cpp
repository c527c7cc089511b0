#include "StatisticsRepository.h"

#include "CachedQuery.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

Result<QList<StatisticsRequestRow>> StatisticsRepository::requests(const QDate &from, const QDate &to)
{
    CachedQuery q(
        m_db,
        QStringLiteral("SELECT r.type, r.channel, r.status, r.received_on, r.decided_on, r.withdrawn_on, "
                       "r.extended_to, r.special_extension_to, r.deadline, r.act_by, d.kind "
                       "FROM requests r LEFT JOIN decisions d ON d.request_id = r.id "
                       "WHERE r.received_on <= ? AND (r.received_on >= ? OR r.decided_on >= ? "
                       "OR r.withdrawn_on >= ? OR (r.decided_on IS NULL AND r.withdrawn_on IS NULL))"));
    const QString f = from.toString(Qt::ISODate);
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(f);
    q.addBindValue(f);
    q.addBindValue(f);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the requests for the statistics"));
    QList<StatisticsRequestRow> out;
    while (q.next()) {
        StatisticsRequestRow r;
        // Values the schema's CHECKs allow; an unknown one (a newer program's) keeps the default
        // and is still counted in the totals.
        r.type = RequestVocabulary::typeFromId(q.value(0).toString()).value_or(RequestType::Disclosure);
        r.channel = RequestVocabulary::channelFromId(q.value(1).toString()).value_or(Channel::Other);
        r.status = RequestVocabulary::statusFromId(q.value(2).toString()).value_or(RequestStatus::Received);
        r.received = dateFromDb(q.value(3));
        r.decidedOn = dateFromDb(q.value(4));
        r.withdrawnOn = dateFromDb(q.value(5));
        r.extendedTo = dateFromDb(q.value(6));
        r.specialExtensionTo = dateFromDb(q.value(7));
        r.deadline = dateFromDb(q.value(8));
        r.actBy = dateFromDb(q.value(9));
        if (!q.value(10).isNull())
            r.decision = DecisionVocabulary::fromId(q.value(10).toString());
        out.append(r);
    }
    return out;
}

Result<qint64> StatisticsRepository::count(const QString &sql, const QDate &from, const QDate &to,
                                           const QString &what)
{
    CachedQuery q(m_db, sql);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return sqlFailure(q, what);
    return q.value(0).toLongLong();
}

Result<qint64> StatisticsRepository::amendmentsRequested(const QDate &from, const QDate &to)
{
    return count(
        QStringLiteral("SELECT COUNT(*) FROM amendments WHERE requested_on >= ? AND requested_on <= ?"), from,
        to, tr("Cannot count the amendment requests"));
}

Result<qint64> StatisticsRepository::inquiriesSent(const QDate &from, const QDate &to)
{
    return count(QStringLiteral("SELECT COUNT(*) FROM inquiries WHERE sent_on >= ? AND sent_on <= ?"), from,
                 to, tr("Cannot count the inquiries"));
}

Result<qint64> StatisticsRepository::opinionsSent(const QDate &from, const QDate &to)
{
    return count(QStringLiteral("SELECT COUNT(*) FROM opinions WHERE sent_on >= ? AND sent_on <= ?"), from,
                 to, tr("Cannot count the third-party opinions"));
}

Result<qint64> StatisticsRepository::mailReturned(const QDate &from, const QDate &to)
{
    return count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE returned_on >= ? AND returned_on <= ?"),
                 from, to, tr("Cannot count the returned letters"));
}

Result<QHash<QString, qint64>> StatisticsRepository::lettersIssued(const QDate &from, const QDate &to)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT kind, COUNT(*) FROM letters WHERE document_no IS NOT NULL "
                                 "AND state <> 'void' AND letter_date >= ? AND letter_date <= ? "
                                 "GROUP BY kind"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot count the letters"));
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

} // namespace dsr
