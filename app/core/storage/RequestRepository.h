#pragma once
// All SQL of requests, their history, attachments and search entries (receipt numbers are counted
// by Numbering).

#include "../Result.h"
#include "../model/Request.h"
#include "../model/RequestQuery.h"

#include <QCoreApplication>
#include <optional>

namespace dsr {

class Database;

class RequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)
public:
    explicit RequestRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Request &r);
    // Optimistic update of every editable field; Conflict when `r.version` is stale.
    Status update(const Request &r);
    Result<std::optional<Request>> findById(qint64 id);
    Result<std::optional<Request>> findByReceiptNo(const QString &receiptNo);
    Result<QList<Request>> list(const RequestQuery &query);
    // The statements list() and count() run, with their bound values (benchmarks compare them
    // against the sqlite3 shell).
    QString listSql(const RequestQuery &query, QVariantList *binds) const;
    QString countSql(const RequestQuery &query, QVariantList *binds) const;

    enum class TextPlan {
        WalkSortOrder, // many matches spread over time: test each row in display order
        MatchSet, // clustered matches: collect them, then walk the sort index testing each row
        SortMatches, // a few matches: fetch them and sort
    };
    // Chooses how a page of matches for the normalised `key` is found, from estimates of how
    // many requests match through their member and through their own keys.
    TextPlan planText(const QString &key) const;

    Result<qint64> count(const RequestQuery &query);

    struct DeadlineRow
    {
        qint64 id = 0;
        QDate received;
        QDate deadline;
        QDate actBy;
    };
    // Open requests (not closed or withdrawn) with what their deadlines derive from.
    Result<QList<DeadlineRow>> openDeadlines();
    // A recomputed deadline: not an edit of the request, so no version change.
    Status setDeadline(qint64 id, const QDate &deadline, const QDate &actBy);

    Status addHistory(qint64 requestId, qint64 userId, const QString &login,
                      const RequestHistoryEntry &entry);
    Result<QList<RequestHistoryEntry>> history(qint64 requestId);

    Result<qint64> addAttachment(const Attachment &a, const QByteArray &content, qint64 userId);
    Result<QList<Attachment>> attachments(qint64 requestId);
    Result<std::optional<Attachment>> attachment(qint64 attachmentId);
    Result<QByteArray> attachmentContent(qint64 attachmentId);

    static QStringList searchKeys(const Request &r);

private:
    // The conditions other than the search text, over "requests r".
    static QStringList filterTerms(const RequestQuery &query, QVariantList *binds);
    Database &m_db;
};

} // namespace dsr
