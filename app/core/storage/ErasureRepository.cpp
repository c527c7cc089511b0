#include "ErasureRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

ErasureRecord::Kind kindFromId(const QString &id)
{
    if (id == QLatin1String("member"))
        return ErasureRecord::Kind::Member;
    if (id == QLatin1String("request"))
        return ErasureRecord::Kind::Request;
    return ErasureRecord::Kind::Attachment;
}

// The closing day of a request: its last close or withdrawal in the history, else its last change.
const char kClosedOn[]
    = "COALESCE((SELECT substr(MAX(h.at_utc), 1, 10) FROM request_history h "
      "WHERE h.request_id = r.id AND h.action IN ('close', 'withdraw')), substr(r.updated_at, 1, 10))";

} // namespace

Status ErasureRepository::enableSecureDelete()
{
    // PostgreSQL has no such switch: a deleted or overwritten row version stays in the table's
    // pages until (auto)vacuum reclaims them (docs/ADMINISTRATION.md, "Erasure on a server").
    if (m_db.dialect().isPostgres())
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return sqlFailure(q, tr("Cannot prepare the database for erasure"));
    return {};
}

Status ErasureRepository::checkpoint()
{
    if (m_db.dialect().isPostgres())
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlFailure(q, tr("Cannot write the erasure through to the database file"));
    // The first column is 1 when another desk's open read kept the log from being reset.
    if (q.next() && q.value(0).toInt() != 0)
        return makeError(ErrorCode::Conflict,
                         tr("The erasure is saved, but another desk is reading the database; the erased "
                            "bytes leave the write-ahead log at its next checkpoint."));
    return {};
}

Result<qint64> ErasureRepository::insert(const ErasureRecord &r)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO erasures (kind, member_id, request_id, attachment_id, receipt_no, what, reason, "
            "erased_by, erased_login, erased_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ErasureRecord::kindId(r.kind));
    q.addBindValue(idOrNull(r.memberId));
    q.addBindValue(idOrNull(r.requestId));
    q.addBindValue(idOrNull(r.attachmentId));
    q.addBindValue(nonNull(r.receiptNo));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.what).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.reason);
    q.addBindValue(r.erasedBy);
    q.addBindValue(r.erasedLogin);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the erasure record"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the erasure record"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

Result<QList<ErasureRecord>> ErasureRepository::records(ErasureRecord::Kind kind, qint64 id)
{
    const char *column = kind == ErasureRecord::Kind::Attachment ? "attachment_id"
        : kind == ErasureRecord::Kind::Member                    ? "member_id"
                                                                 : "request_id";
    CachedQuery q(
        m_db,
        QStringLiteral("SELECT id, kind, member_id, request_id, attachment_id, receipt_no, what, reason, "
                       "erased_by, erased_login, erased_at FROM erasures WHERE kind = ? AND %1 = ? "
                       "ORDER BY id")
            .arg(QLatin1String(column)));
    q.addBindValue(ErasureRecord::kindId(kind));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the erasure records"));
    QList<ErasureRecord> out;
    while (q.next()) {
        ErasureRecord r;
        r.id = q.value(0).toLongLong();
        r.kind = kindFromId(q.value(1).toString());
        r.memberId = q.value(2).toLongLong();
        r.requestId = q.value(3).toLongLong();
        r.attachmentId = q.value(4).toLongLong();
        r.receiptNo = q.value(5).toString();
        r.what = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        r.reason = q.value(7).toString();
        r.erasedBy = q.value(8).toLongLong();
        r.erasedLogin = q.value(9).toString();
        r.erasedAt = fromDbTime(q.value(10).toString());
        out.append(r);
    }
    return out;
}

Result<std::optional<ErasureRepository::AttachmentFacts>> ErasureRepository::attachment(qint64 attachmentId)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "SELECT id, request_id, file_name, mime_type, size, sha256 FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the attachment"));
    if (!q.next())
        return std::optional<AttachmentFacts>();
    AttachmentFacts a;
    a.id = q.value(0).toLongLong();
    a.requestId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.mimeType = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.sha256 = q.value(5).toString();
    return std::optional<AttachmentFacts>(a);
}

Status ErasureRepository::deleteAttachment(qint64 attachmentId)
{
    CachedQuery q(m_db, QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot erase the attachment"));
    return {};
}

Status ErasureRepository::addHistory(qint64 requestId, qint64 userId, const QString &login,
                                     const QString &action, const QString &comment)
{
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO request_history (request_id, at_utc, user_id, user_login, action, "
                       "comment) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(nowDbTime());
    q.addBindValue(idOrNull(userId));
    q.addBindValue(login);
    q.addBindValue(action);
    q.addBindValue(comment);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the request history"));
    return {};
}

Result<QStringList> ErasureRepository::openRequestsOfMember(qint64 memberId)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT receipt_no FROM requests WHERE member_id = ? "
                                 "AND status NOT IN ('closed', 'withdrawn') ORDER BY id"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the member's requests"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status ErasureRepository::eraseMember(qint64 memberId, const QString &marker)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "UPDATE members SET name = ?, kana = '', birth_date = '', postal_code = '', address = '', "
            "phone = '', affiliation = '', search_key = '', updated_at = ?, version = version + 1 WHERE id = "
            "?"));
    q.addBindValue(marker);
    q.addBindValue(nowDbTime());
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot erase the member's data"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("The member is gone."));
    return SearchIndex(m_db).remove(SearchIndex::Owner::Member, memberId);
}

Result<bool> ErasureRepository::isMemberErased(qint64 memberId)
{
    CachedQuery q(m_db, QStringLiteral("SELECT 1 FROM erasures WHERE kind = 'member' AND member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the erasure records"));
    return q.next();
}

Result<QList<PurgeCandidate>> ErasureRepository::purgeCandidates(const QDate &day)
{
    CachedQuery q(
        m_db,
        QStringLiteral("SELECT id, receipt_no, type, status, received_on, closed_on FROM ("
                       "SELECT r.id, r.receipt_no, r.type, r.status, r.received_on, %1 AS closed_on "
                       "FROM requests r WHERE r.status IN ('closed', 'withdrawn') "
                       "AND NOT EXISTS (SELECT 1 FROM erasures e WHERE e.kind = 'request' "
                       "AND e.request_id = r.id)) closed WHERE closed_on < ? ORDER BY closed_on, id")
            .arg(QLatin1String(kClosedOn)));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the closed requests"));
    QList<PurgeCandidate> out;
    while (q.next()) {
        PurgeCandidate c;
        c.requestId = q.value(0).toLongLong();
        c.receiptNo = q.value(1).toString();
        c.type = q.value(2).toString();
        c.status = q.value(3).toString();
        c.received = dateFromDb(q.value(4));
        c.closed = dateFromDb(q.value(5));
        out.append(c);
    }
    return out;
}

Status ErasureRepository::purgeRequest(qint64 requestId)
{
    QSqlQuery q(m_db.connection());
    // The disclosure documents with their drafts and redacted copies: the copies are the member's
    // data too, not an official record like a letter (children before their document).
    q.prepare(QStringLiteral("DELETE FROM redaction_drafts WHERE document_id IN (SELECT id FROM "
                             "disclosure_documents WHERE request_id = ?)"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot purge the request"));
    for (const char *table : { "redacted_copies", "disclosure_documents" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)));
        q.addBindValue(requestId);
        if (!q.exec())
            return sqlFailure(q, tr("Cannot purge the request"));
    }
    // Everything else that hangs off the request, except its issued letters.
    for (const char *table : { "attachments", "request_history", "amendments", "inquiries", "opinions",
                               "approval_steps", "decisions" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)));
        q.addBindValue(requestId);
        if (!q.exec())
            return sqlFailure(q, tr("Cannot purge the request"));
    }
    // Letters not issued are drafts: nothing official, so their input goes.
    q.prepare(QStringLiteral("UPDATE letters SET input = '{}' WHERE request_id = ? AND document_no IS NULL"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot purge the request"));
    q.prepare(QStringLiteral(
        "UPDATE requests SET summary = '', agent_name = '', agent_address = '', agent_relationship = '', "
        "agent_evidence = '', id_document = '', categories = '[]', requested_detail = '', notes = '', "
        "extension_reason = '', submit_note = '', requester_key = '', updated_at = ?, version = version + 1 "
        "WHERE id = ?"));
    q.addBindValue(nowDbTime());
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot purge the request"));
    return SearchIndex(m_db).remove(SearchIndex::Owner::Request, requestId);
}

Status ErasureRepository::compactSearchIndex()
{
    // The trigram indexes of a server database hold no copy of the keys to compact away.
    if (m_db.dialect().isPostgres())
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('optimize')")))
        return sqlFailure(q, tr("Cannot rewrite the search index"));
    return {};
}

} // namespace dsr
