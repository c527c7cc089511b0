#pragma once
// All SQL of the statistics (統計): the few columns of the requests a period's figures are made
// of, and the counts of amendments, inquiries, opinions and letters. No names, no free text: what
// leaves here is types, kinds, channels, dates and counts. Dates are stored as ISO text in both
// engines, so the comparisons below are plain text comparisons and the SQL is the same on SQLite
// and PostgreSQL.

#include "../Result.h"
#include "../model/Decision.h"
#include "../model/Request.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace dsr {

class Database;

// One request as the statistics see it.
struct StatisticsRequestRow
{
    RequestType type = RequestType::Disclosure;
    Channel channel = Channel::Counter;
    RequestStatus status = RequestStatus::Received;
    QDate received;
    QDate decidedOn; // invalid: not decided
    QDate withdrawnOn; // invalid: not withdrawn
    QDate extendedTo; // the ordinary extension (public regime), invalid: none
    QDate specialExtensionTo; // the art. 84 special extension, invalid: none
    QDate deadline; // the legal deadline as last computed (pauses and extensions counted)
    QDate actBy; // the open day to decide by
    std::optional<DecisionKind> decision; // the drafted or approved decision, if any
};

class StatisticsRepository
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsRepository)
public:
    explicit StatisticsRepository(Database &db)
        : m_db(db)
    {
    }
    // Every request that can count in [from, to]: received on or before `to` and either received,
    // decided or withdrawn on or after `from`, or still undecided and not withdrawn (open at the
    // period's end).
    Result<QList<StatisticsRequestRow>> requests(const QDate &from, const QDate &to);
    // Amendment requests sent (補正依頼) in [from, to].
    Result<qint64> amendmentsRequested(const QDate &from, const QDate &to);
    // Inquiries sent to the divisions in [from, to].
    Result<qint64> inquiriesSent(const QDate &from, const QDate &to);
    // Third parties asked for their opinion in [from, to].
    Result<qint64> opinionsSent(const QDate &from, const QDate &to);
    // Letters issued (numbered, not voided) with a letter date in [from, to], per letter kind id.
    Result<QHash<QString, qint64>> lettersIssued(const QDate &from, const QDate &to);
    // Letters that came back undeliverable in [from, to].
    Result<qint64> mailReturned(const QDate &from, const QDate &to);

private:
    Result<qint64> count(const QString &sql, const QDate &from, const QDate &to, const QString &what);
    Database &m_db;
};

} // namespace dsr
