#include "RequestRepository.h"

#include "../text/JapaneseText.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace dsr {

namespace {

const char kSelect[]
    = "SELECT r.id, r.receipt_no, r.fiscal_year, r.seq, r.type, r.status, r.member_id, m.member_number, "
      "m.name, "
      "r.received_on, r.channel, r.summary, r.requester_kind, r.agent_name, r.agent_address, "
      "r.agent_relationship, "
      "r.agent_evidence, r.id_document, r.id_checked_by, ck.login, r.id_checked_at, r.residence_cert_on, "
      "r.categories, r.requested_detail, r.method, r.fee_yen, r.fee_paid_on, r.notes, r.assigned_to, "
      "asg.login, "
      "r.deadline, r.created_at, r.updated_at, r.version, r.act_by "
      "FROM requests r JOIN members m ON m.id = r.member_id "
      "LEFT JOIN users ck ON ck.id = r.id_checked_by LEFT JOIN users asg ON asg.id = r.assigned_to";

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Request fromQuery(const QSqlQuery &q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    r.receiptNo = q.value(1).toString();
    r.fiscalYear = q.value(2).toInt();
    r.sequence = q.value(3).toInt();
    r.type = RequestVocabulary::typeFromId(q.value(4).toString()).value_or(RequestType::Disclosure);
    r.status = RequestVocabulary::statusFromId(q.value(5).toString()).value_or(RequestStatus::Received);
    r.memberId = q.value(6).toLongLong();
    r.memberNumber = q.value(7).toString();
    r.memberName = q.value(8).toString();
    r.received = dateOf(q.value(9));
    r.channel = RequestVocabulary::channelFromId(q.value(10).toString()).value_or(Channel::Other);
    r.summary = q.value(11).toString();
    r.requester.kind
        = RequestVocabulary::requesterKindFromId(q.value(12).toString()).value_or(RequesterKind::Self);
    r.requester.agentName = q.value(13).toString();
    r.requester.agentAddress = q.value(14).toString();
    r.requester.agentRelationship = q.value(15).toString();
    r.requester.agentEvidence = q.value(16).toString();
    r.identity.documentType = q.value(17).toString();
    r.identity.checkedBy = q.value(18).toLongLong();
    r.identity.checkedByLogin = q.value(19).toString();
    r.identity.checkedAt = fromDbTime(q.value(20).toString());
    r.identity.residenceCertificateIssued = dateOf(q.value(21));
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(22).toString().toUtf8()).array())
        r.categories << v.toString();
    r.requestedDetail = q.value(23).toString();
    r.method = RequestVocabulary::methodFromId(q.value(24).toString()).value_or(DisclosureMethod::None);
    if (!q.value(25).isNull())
        r.feeYen = q.value(25).toInt();
    r.feePaid = dateOf(q.value(26));
    r.notes = q.value(27).toString();
    r.assignedTo = q.value(28).toLongLong();
    r.assignedLogin = q.value(29).toString();
    r.deadline = dateOf(q.value(30));
    r.createdAt = fromDbTime(q.value(31).toString());
    r.updatedAt = fromDbTime(q.value(32).toString());
    r.version = q.value(33).toLongLong();
    r.actBy = dateOf(q.value(34));
    return r;
}

QString categoriesJson(const QStringList &categories)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(categories)).toJson(QJsonDocument::Compact));
}

// The editable columns in one order for INSERT and UPDATE.
const char *const kEditable[]
    = { "type",           "status",           "member_id",     "received_on",   "channel",
        "summary",        "requester_kind",   "agent_name",    "agent_address", "agent_relationship",
        "agent_evidence", "id_document",      "id_checked_by", "id_checked_at", "residence_cert_on",
        "categories",     "requested_detail", "method",        "fee_yen",       "fee_paid_on",
        "notes",          "assigned_to",      "deadline",      "requester_key", "act_by" };

QVariantList editableValues(const Request &r)
{
    return { RequestVocabulary::id(r.type),
             RequestVocabulary::id(r.status),
             r.memberId,
             dateValue(r.received),
             RequestVocabulary::id(r.channel),
             nonNull(r.summary),
             RequestVocabulary::id(r.requester.kind),
             nonNull(r.requester.agentName),
             nonNull(r.requester.agentAddress),
             nonNull(r.requester.agentRelationship),
             nonNull(r.requester.agentEvidence),
             nonNull(r.identity.documentType),
             idValue(r.identity.checkedBy),
             r.identity.checkedAt.isValid() ? QVariant(toDbTime(r.identity.checkedAt))
                                            : QVariant(QMetaType::fromType<QString>()),
             dateValue(r.identity.residenceCertificateIssued),
             categoriesJson(r.categories),
             nonNull(r.requestedDetail),
             nonNull(RequestVocabulary::id(r.method)),
             r.feeYen ? QVariant(*r.feeYen) : QVariant(QMetaType::fromType<int>()),
             dateValue(r.feePaid),
             nonNull(r.notes),
             idValue(r.assignedTo),
             dateValue(r.deadline),
             SearchIndex::joinKeys(RequestRepository::searchKeys(r)),
             dateValue(r.actBy) };
}

// Whether the sort uses the columns of requests alone (no member, no user).
bool sortsOnRequestsAlone(RequestQuery::Sort sort)
{
    return sort != RequestQuery::Sort::Requester && sort != RequestQuery::Sort::MemberNumber
        && sort != RequestQuery::Sort::Assigned;
}

QString sortExpression(RequestQuery::Sort sort)
{
    switch (sort) {
    case RequestQuery::Sort::ReceiptNo:
        return QStringLiteral("r.fiscal_year %1, r.seq %1");
    case RequestQuery::Sort::Received:
        return QStringLiteral("r.received_on %1, r.id %1");
    case RequestQuery::Sort::Type:
        return QStringLiteral("r.type %1, r.received_on %1, r.id %1");
    case RequestQuery::Sort::Requester:
        return QStringLiteral(
            "CASE r.requester_kind WHEN 'self' THEN m.kana ELSE r.agent_name END %1, r.id %1");
    case RequestQuery::Sort::MemberNumber:
        return QStringLiteral("m.member_number %1, r.id %1");
    case RequestQuery::Sort::Status:
        return QStringLiteral("r.status %1, r.received_on %1, r.id %1");
    case RequestQuery::Sort::Deadline:
        return QStringLiteral("r.act_by %1, r.id %1");
    case RequestQuery::Sort::Assigned:
        return QStringLiteral("asg.login %1, r.id %1");
    }
    return QStringLiteral("r.id %1");
}

} // namespace

QStringList RequestRepository::searchKeys(const Request &r)
{
    return { JapaneseText::searchKey(r.requester.agentName), JapaneseText::searchKey(r.receiptNo) };
}

Result<qint64> RequestRepository::insert(const Request &r)
{
    QStringList columns { QStringLiteral("fiscal_year"), QStringLiteral("seq"),
                          QStringLiteral("receipt_no"),  QStringLiteral("receipt_key"),
                          QStringLiteral("created_at"),  QStringLiteral("updated_at") };
    const QString now = nowDbTime();
    QVariantList values { r.fiscalYear, r.sequence, r.receiptNo, JapaneseText::searchKey(r.receiptNo),
                          now,          now };
    for (const char *c : kEditable)
        columns << QString::fromLatin1(c);
    values << editableValues(r);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO requests (%1) VALUES (%2)")
                      .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the request"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the request"));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status s = SearchIndex(m_db).index(SearchIndex::Owner::Request, id, searchKeys(r)); !s)
        return s.error();
    return id;
}

Status RequestRepository::update(const Request &r)
{
    QStringList sets;
    for (const char *c : kEditable)
        sets << QString::fromLatin1(c) + QStringLiteral(" = ?");
    CachedQuery q(
        m_db,
        QStringLiteral(
            "UPDATE requests SET %1, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : editableValues(r))
        q.addBindValue(v);
    q.addBindValue(nowDbTime());
    q.addBindValue(r.id);
    q.addBindValue(r.version);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the request"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return SearchIndex(m_db).index(SearchIndex::Owner::Request, r.id, searchKeys(r));
}

Result<std::optional<Request>> RequestRepository::findById(qint64 id)
{
    CachedQuery q(m_db, QLatin1String(kSelect) + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the request"));
    if (!q.next())
        return std::optional<Request>();
    return std::optional<Request>(fromQuery(q));
}

Result<std::optional<Request>> RequestRepository::findByReceiptNo(const QString &receiptNo)
{
    CachedQuery q(m_db, QLatin1String(kSelect) + QStringLiteral(" WHERE r.receipt_key = ?"));
    q.addBindValue(JapaneseText::searchKey(receiptNo));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the request"));
    if (!q.next())
        return std::optional<Request>();
    return std::optional<Request>(fromQuery(q));
}

RequestRepository::TextPlan RequestRepository::planText(const QString &key) const
{
    // Row counts by the largest id: requests and members are never deleted, and an estimate is
    // all the plan needs (an exact count(*) would read a whole index on every keystroke).
    QSqlQuery sizes(m_db.connection());
    if (!sizes.exec(QStringLiteral(
            "SELECT (SELECT coalesce(max(id), 0) FROM requests), (SELECT coalesce(max(id), 0) FROM members)"))
        || !sizes.next())
        return TextPlan::MatchSet;
    const double requests = sizes.value(0).toDouble();
    const double members = std::max(1.0, sizes.value(1).toDouble());
    if (requests < 1)
        return TextPlan::MatchSet;
    // Walking the sort index visits about page/density rows; building the set visits every
    // match. Measured on 100,000 requests, one walked row costs about three set elements, so
    // the walk wins beyond about sqrt(600 × rows) matches — when they are spread over time.
    const double threshold = std::max(1000.0, std::sqrt(600.0 * requests));

    // Matches through the member (name, kana, member number) are spread over the years a member
    // makes requests in, so a page fills early in any order.
    const auto memberCap = static_cast<qint64>(std::ceil(threshold * members / requests)) + 1;
    QVariantList binds;
    CachedQuery q(
        m_db,
        QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS matches")
            .arg(SearchIndex::matchingIdsSql(m_db.dialect(), SearchIndex::Owner::Member, key, &binds))
            .arg(memberCap));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return TextPlan::MatchSet;
    const double viaMembers = q.value(0).toDouble() * requests / members;
    if (viaMembers > threshold)
        return TextPlan::WalkSortOrder;

    // Matches through the request's own keys (receipt number, agent) cluster: "R6" is one fiscal
    // year, which may lie far down the sort order. Walk only when they are most of the table.
    // PostgreSQL counts trigram matches by reading each matching row (the index is lossy):
    // counting to 70 % of the table took 11 ms for "R7-". There the match-set plan tests the
    // request's own keys on each row it walks, as the walk does, so for three characters or more
    // it is enough to know whether the matches are a few.
    const double few = std::sqrt(25.0 * requests);
    const bool lossyCount = m_db.dialect().isPostgres() && key.toUcs4().size() >= 3;
    const auto requestCap
        = lossyCount ? static_cast<qint64>(few) + 1 : static_cast<qint64>(0.7 * requests) + 1;
    binds.clear();
    CachedQuery r(
        m_db,
        QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS matches")
            .arg(SearchIndex::matchingIdsSql(m_db.dialect(), SearchIndex::Owner::Request, key, &binds))
            .arg(requestCap));
    for (const QVariant &v : binds)
        r.addBindValue(v);
    if (!r.exec() || !r.next())
        return TextPlan::MatchSet;
    const qint64 viaRequests = r.value(0).toLongLong();
    if (viaRequests >= requestCap && !lossyCount)
        return TextPlan::WalkSortOrder;
    // A few matches are quicker fetched and sorted than searched for along the sort index.
    return viaMembers + static_cast<double>(viaRequests) < few ? TextPlan::SortMatches : TextPlan::MatchSet;
}

QStringList RequestRepository::filterTerms(const RequestQuery &query, QVariantList *binds)
{
    QStringList where;
    if (query.status) {
        where << QStringLiteral("r.status = ?");
        *binds << RequestVocabulary::id(*query.status);
    }
    if (query.type) {
        where << QStringLiteral("r.type = ?");
        *binds << RequestVocabulary::id(*query.type);
    }
    if (query.fiscalYear > 0) {
        where << QStringLiteral("r.fiscal_year = ?");
        *binds << query.fiscalYear;
    }
    if (query.assignedTo > 0) {
        where << QStringLiteral("r.assigned_to = ?");
        *binds << query.assignedTo;
    }
    if (query.memberId > 0) {
        where << QStringLiteral("r.member_id = ?");
        *binds << query.memberId;
    }
    if (query.ids) {
        QStringList marks;
        for (const qint64 id : *query.ids) {
            marks << QStringLiteral("?");
            *binds << id;
        }
        where << (marks.isEmpty() ? QStringLiteral("1 = 0")
                                  : QStringLiteral("r.id IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    // Overdue and due soon are DeadlinePolicy's: the service passes the statuses whose deadline
    // runs and the day; act_by is written with every deadline.
    if (query.actByFrom.isValid() || query.actByTo.isValid() || query.overdueAsOf.isValid()) {
        Q_ASSERT(!query.deadlineRunning.isEmpty());
        QStringList marks;
        for (RequestStatus running : query.deadlineRunning) {
            marks << QStringLiteral("?");
            *binds << RequestVocabulary::id(running);
        }
        where << (marks.isEmpty() ? QStringLiteral("1 = 0")
                                  : QStringLiteral("r.status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (query.actByFrom.isValid()) {
        where << QStringLiteral("r.act_by >= ?");
        *binds << query.actByFrom.toString(Qt::ISODate);
    }
    if (query.actByTo.isValid()) {
        where << QStringLiteral("r.act_by <= ?");
        *binds << query.actByTo.toString(Qt::ISODate);
    }
    if (query.overdueAsOf.isValid()) {
        where << QStringLiteral("r.act_by < ?");
        *binds << query.overdueAsOf.toString(Qt::ISODate);
    }
    return where;
}

namespace {

QString whereOf(const QStringList &terms)
{
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

// "r.id IN (…)": every request matched through its member or through its own keys.
QString matchSetTerm(const SqlDialect &dialect, const QString &key, QVariantList *binds, bool sortIndexFirst)
{
    QVariantList memberBinds;
    const QString members
        = SearchIndex::matchingIdsSql(dialect, SearchIndex::Owner::Member, key, &memberBinds);
    if (sortIndexFirst && dialect.isPostgres()) {
        // PostgreSQL makes an IN at the top of WHERE a join, which either gives up the sort order
        // or tests each walked row against the whole set in a nested loop (1.6 s for a page of 田中
        // among 100,000 requests). Under OR it stays a hashed subplan tested per walked row. The
        // request's own keys are tested on the row itself, already read: a clustered set such as
        // "R6-" (27,000 receipt numbers of one year) is then never collected.
        *binds << memberBinds << key;
        return QStringLiteral("(r.id IN (SELECT id FROM requests WHERE member_id IN (%1)) OR %2 > 0)")
            .arg(members, dialect.position(QStringLiteral("r.requester_key")));
    }
    QVariantList requestBinds;
    const QString requests
        = SearchIndex::matchingIdsSql(dialect, SearchIndex::Owner::Request, key, &requestBinds);
    *binds << memberBinds << requestBinds;
    // "+r.id" makes the matches a set that rows are tested against, so SQLite walks the sort
    // index and stops after a page instead of sorting every match first.
    return QStringLiteral("%3r.id IN (SELECT id FROM requests WHERE member_id IN (%1) UNION ALL %2)")
        .arg(members, requests, sortIndexFirst ? QStringLiteral("+") : QString());
}

} // namespace

QString RequestRepository::listSql(const RequestQuery &query, QVariantList *binds) const
{
    QStringList where;
    const QString key = JapaneseText::searchKey(query.text);
    bool idsFirst = false;
    if (!key.isEmpty()) {
        const TextPlan plan = planText(key);
        idsFirst = plan == TextPlan::MatchSet && m_db.dialect().isPostgres() && query.limit > 0
            && sortsOnRequestsAlone(query.sort);
        if (plan == TextPlan::WalkSortOrder) {
            // Many matches: walk the rows in display order and test each one's keys (the stored
            // keys are the normalised text the index was built from, so this is the same match).
            where << QStringLiteral("(%1 > 0 OR %2 > 0)")
                         .arg(m_db.dialect().position(QStringLiteral("m.search_key")),
                              m_db.dialect().position(QStringLiteral("r.requester_key")));
            *binds << key << key;
        } else {
            where << matchSetTerm(m_db.dialect(), key, binds, plan == TextPlan::MatchSet);
        }
    }
    where << filterTerms(query, binds);
    const QString order = QStringLiteral(" ORDER BY ")
        + sortExpression(query.sort).arg(query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    const QString page = query.limit > 0
        ? QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset)
        : QString();
    if (idsFirst) {
        // PostgreSQL reads every row it walks from the table to test it (~0.45 µs each: the key
        // is near the end of a wide row), and "R6-" walks 45,000 rows of the current year first.
        // Walking for the page's ids alone reads the sort index only (requests_received carries
        // the request's keys): 21 ms → 5 ms. The page's rows are fetched afterwards.
        return QLatin1String(kSelect) + QStringLiteral(" WHERE r.id IN (SELECT r.id FROM requests r")
            + whereOf(where) + order + page + QLatin1Char(')') + order;
    }
    return QLatin1String(kSelect) + whereOf(where) + order + page;
}

QString RequestRepository::countSql(const RequestQuery &query, QVariantList *binds) const
{
    const QString key = JapaneseText::searchKey(query.text);
    if (key.isEmpty()) {
        const QString where = whereOf(filterTerms(query, binds));
        if (query.countCap > 0)
            return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM requests r%1 LIMIT %2) AS capped")
                .arg(where)
                .arg(query.countCap + 1);
        return QStringLiteral("SELECT count(*) FROM requests r") + where;
    }
    if (query.countCap <= 0) {
        QStringList where { matchSetTerm(m_db.dialect(), key, binds, false) };
        where << filterTerms(query, binds);
        return QStringLiteral("SELECT count(*) FROM requests r") + whereOf(where);
    }
    // Capped: stream the matches and stop at the cap, whatever their order. Requests matched
    // through their member, then those matched only through their own keys (so none counts
    // twice); nothing is collected or sorted first.
    QStringList memberBranch;
    QVariantList memberBinds;
    const QString members
        = SearchIndex::matchingIdsSql(m_db.dialect(), SearchIndex::Owner::Member, key, &memberBinds);
    memberBranch << filterTerms(query, &memberBinds);
    QVariantList requestBinds;
    const QString requests
        = SearchIndex::matchingIdsSql(m_db.dialect(), SearchIndex::Owner::Request, key, &requestBinds);
    QStringList requestBranch { m_db.dialect().position(QStringLiteral("m.search_key"))
                                + QStringLiteral(" = 0") };
    requestBinds << key;
    requestBranch << filterTerms(query, &requestBinds);
    *binds << memberBinds << requestBinds;
    // PostgreSQL: each matching id is looked up on its own (LATERAL, kept apart by OFFSET 0), so
    // the count stops at the cap, and the matches are planned as a whole (OFFSET 0: the trigram
    // index's bitmap, read until the cap). Left to itself the planner assumes the first matches
    // come early in any scan — a hash of the matches against the whole table, or a plain scan of
    // it — but the receipt numbers of one year cluster: "R6" took 50 ms instead of 3, "R6-" 35.
    const QString requestPart = m_db.dialect().isPostgres()
        ? QStringLiteral("SELECT 1 FROM (%1 OFFSET 0) rm CROSS JOIN LATERAL (SELECT 1 FROM requests r "
                         "JOIN members m ON m.id = r.member_id WHERE r.id = rm.id AND %2 OFFSET 0) AS one")
              .arg(requests, requestBranch.join(QStringLiteral(" AND ")))
        : QStringLiteral("SELECT 1 FROM (%1) rm JOIN requests r ON r.id = rm.id JOIN members m ON m.id = "
                         "r.member_id%2")
              .arg(requests, whereOf(requestBranch));
    return QStringLiteral(
               "SELECT count(*) FROM (SELECT 1 FROM (%1) mm JOIN requests r ON r.member_id = mm.id%2 "
               "UNION ALL %3 LIMIT %4) AS capped")
        .arg(members, whereOf(memberBranch), requestPart)
        .arg(query.countCap + 1);
}

Result<QList<Request>> RequestRepository::list(const RequestQuery &query)
{
    QVariantList binds;
    const QString sql = listSql(query, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the register"));
    QList<Request> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<qint64> RequestRepository::count(const RequestQuery &query)
{
    QVariantList binds;
    CachedQuery q(m_db, countSql(query, &binds));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlFailure(q, tr("Cannot read the register"));
    return q.value(0).toLongLong();
}

Result<QList<RequestRepository::DeadlineRow>> RequestRepository::openDeadlines()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, received_on, deadline, act_by FROM requests "
                               "WHERE status NOT IN ('closed', 'withdrawn')")))
        return sqlFailure(q, tr("Cannot read the register"));
    QList<DeadlineRow> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), dateOf(q.value(1)), dateOf(q.value(2)), dateOf(q.value(3)) });
    return out;
}

Status RequestRepository::setDeadline(qint64 id, const QDate &deadline, const QDate &actBy)
{
    CachedQuery q(m_db, QStringLiteral("UPDATE requests SET deadline = ?, act_by = ? WHERE id = ?"));
    q.addBindValue(dateValue(deadline));
    q.addBindValue(dateValue(actBy));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the deadline"));
    return {};
}

Status RequestRepository::addHistory(qint64 requestId, qint64 userId, const QString &login,
                                     const RequestHistoryEntry &e)
{
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO request_history (request_id, at_utc, user_id, user_login, action, field, "
                       "before, after, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(nowDbTime());
    q.addBindValue(idValue(userId));
    q.addBindValue(login);
    q.addBindValue(nonNull(e.action));
    q.addBindValue(nonNull(e.field));
    q.addBindValue(nonNull(e.before));
    q.addBindValue(nonNull(e.after));
    q.addBindValue(nonNull(e.comment));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the request history"));
    return {};
}

Result<QList<RequestHistoryEntry>> RequestRepository::history(qint64 requestId)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT id, at_utc, user_login, action, field, before, after, comment "
                                 "FROM request_history WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the request history"));
    QList<RequestHistoryEntry> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), fromDbTime(q.value(1).toString()), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString() });
    return out;
}

Result<qint64> RequestRepository::addAttachment(const Attachment &a, const QByteArray &content, qint64 userId)
{
    CachedQuery q(m_db,
                  QStringLiteral(
                      "INSERT INTO attachments (request_id, file_name, mime_type, size, sha256, description, "
                      "content, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.requestId);
    q.addBindValue(a.fileName);
    q.addBindValue(a.mimeType);
    q.addBindValue(content.size());
    q.addBindValue(a.sha256);
    q.addBindValue(nonNull(a.description));
    q.addBindValue(content);
    q.addBindValue(userId);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot store the attachment"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot store the attachment"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

namespace {
const char kAttachmentSelect[] = "SELECT a.id, a.request_id, a.file_name, a.mime_type, a.size, a.sha256, "
                                 "a.description, u.login, a.added_at FROM attachments a "
                                 "JOIN users u ON u.id = a.added_by";

Attachment attachmentFrom(const QSqlQuery &q)
{
    return Attachment { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                        q.value(6).toString(),   q.value(7).toString(),   fromDbTime(q.value(8).toString()) };
}
} // namespace

Result<QList<Attachment>> RequestRepository::attachments(qint64 requestId)
{
    CachedQuery q(m_db,
                  QLatin1String(kAttachmentSelect) + QStringLiteral(" WHERE a.request_id = ? ORDER BY a.id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the attachments"));
    QList<Attachment> out;
    while (q.next())
        out.append(attachmentFrom(q));
    return out;
}

Result<std::optional<Attachment>> RequestRepository::attachment(qint64 attachmentId)
{
    CachedQuery q(m_db, QLatin1String(kAttachmentSelect) + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the attachments"));
    if (!q.next())
        return std::optional<Attachment>();
    return std::optional<Attachment>(attachmentFrom(q));
}

Result<QByteArray> RequestRepository::attachmentContent(qint64 attachmentId)
{
    CachedQuery q(m_db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the attachment"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The attachment does not exist."));
    return q.value(0).toByteArray();
}

} // namespace dsr
