#include "DisclosureRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

const char kDocumentSelect[]
    = "SELECT d.id, d.request_id, d.number, d.file_name, d.media_type, d.size, d.sha256, d.pages, "
      "d.added_by, u.display_name, d.added_at FROM disclosure_documents d JOIN users u ON u.id = d.added_by";

DisclosureDocument documentFrom(const QSqlQuery &q)
{
    DisclosureDocument d;
    d.id = q.value(0).toLongLong();
    d.requestId = q.value(1).toLongLong();
    d.number = q.value(2).toInt();
    d.fileName = q.value(3).toString();
    d.mediaType = q.value(4).toString();
    d.size = q.value(5).toLongLong();
    d.sha256 = q.value(6).toString();
    d.pages = q.value(7).toInt();
    d.addedBy = q.value(8).toLongLong();
    d.addedByName = q.value(9).toString();
    d.addedAt = fromDbTime(q.value(10).toString());
    return d;
}

const char kDraftSelect[]
    = "SELECT r.document_id, r.version, r.boxes, r.saved_by, u.display_name, r.saved_at "
      "FROM redaction_drafts r JOIN users u ON u.id = r.saved_by";

DisclosureRepository::DraftRow draftFrom(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toInt(),    q.value(2).toString(),
             q.value(3).toLongLong(), q.value(4).toString(), fromDbTime(q.value(5).toString()) };
}

const char kCopySelect[]
    = "SELECT c.id, c.request_id, c.document_id, d.number, c.sha256, c.size, c.pages, c.dpi, "
      "c.log, c.made_by, u.display_name, c.made_at FROM redacted_copies c "
      "JOIN disclosure_documents d ON d.id = c.document_id JOIN users u ON u.id = c.made_by";

DisclosureRepository::CopyRow copyFrom(const QSqlQuery &q)
{
    DisclosureRepository::CopyRow c;
    c.id = q.value(0).toLongLong();
    c.requestId = q.value(1).toLongLong();
    c.documentId = q.value(2).toLongLong();
    c.documentNumber = q.value(3).toInt();
    c.sha256 = q.value(4).toString();
    c.size = q.value(5).toLongLong();
    c.pages = q.value(6).toInt();
    c.dpi = q.value(7).toInt();
    c.logJson = q.value(8).toString();
    c.madeBy = q.value(9).toLongLong();
    c.madeByName = q.value(10).toString();
    c.madeAt = fromDbTime(q.value(11).toString());
    return c;
}

// The statements below all read rows by one id.
template<typename Row>
Result<QList<Row>> rowsById(Database &db, const QString &sql, qint64 id, Row (*from)(const QSqlQuery &),
                            const QString &failure)
{
    CachedQuery q(db, sql);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, failure);
    QList<Row> out;
    while (q.next())
        out.append(from(q));
    return out;
}

template<typename Row>
Result<std::optional<Row>> rowById(Database &db, const QString &sql, qint64 id,
                                   Row (*from)(const QSqlQuery &), const QString &failure)
{
    auto rows = rowsById(db, sql, id, from, failure);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<Row>() : std::optional<Row>(rows->first());
}

Result<QByteArray> bytesById(Database &db, const QString &sql, qint64 id, const QString &failure,
                             const QString &missing)
{
    CachedQuery q(db, sql);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, failure);
    if (!q.next())
        return makeError(ErrorCode::NotFound, missing);
    return q.value(0).toByteArray();
}

} // namespace

Result<std::optional<QString>> DisclosureRepository::lockRequestStatus(qint64 requestId)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT status FROM requests WHERE id = ?") + m_db.dialect().lockRows());
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the request"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<DisclosureDocument> DisclosureRepository::insertDocument(const DisclosureDocument &d,
                                                                const QByteArray &content)
{
    // The number is the request's next; the request row is locked by the caller, and the unique
    // (request_id, number) turns any race that slipped past into a Conflict instead of a duplicate.
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO disclosure_documents (request_id, number, file_name, "
                                 "media_type, size, sha256, content, pages, added_by, added_at) "
                                 "VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM "
                                 "disclosure_documents WHERE request_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.requestId);
    q.addBindValue(d.requestId);
    q.addBindValue(d.fileName);
    q.addBindValue(d.mediaType);
    q.addBindValue(content.size());
    q.addBindValue(d.sha256);
    q.addBindValue(content);
    q.addBindValue(d.pages);
    q.addBindValue(d.addedBy);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot store the disclosure document"));
    auto id = insertedId(m_db.connection(), q, tr("Cannot store the disclosure document"));
    if (!id)
        return id.error();
    auto stored = document(*id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return makeError(ErrorCode::Failure, tr("Cannot store the disclosure document"));
    return *stored.value();
}

Result<QList<DisclosureDocument>> DisclosureRepository::documents(qint64 requestId)
{
    return rowsById(
        m_db, QLatin1String(kDocumentSelect) + QStringLiteral(" WHERE d.request_id = ? ORDER BY d.number"),
        requestId, &documentFrom, tr("Cannot read the disclosure documents"));
}

Result<std::optional<DisclosureDocument>> DisclosureRepository::document(qint64 documentId)
{
    return rowById(m_db, QLatin1String(kDocumentSelect) + QStringLiteral(" WHERE d.id = ?"), documentId,
                   &documentFrom, tr("Cannot read the disclosure documents"));
}

Result<QByteArray> DisclosureRepository::documentContent(qint64 documentId)
{
    return bytesById(m_db, QStringLiteral("SELECT content FROM disclosure_documents WHERE id = ?"),
                     documentId, tr("Cannot read the disclosure document"),
                     tr("The disclosure document does not exist."));
}

Result<std::optional<DisclosureRepository::DraftRow>> DisclosureRepository::latestDraft(qint64 documentId)
{
    return rowById(m_db,
                   QLatin1String(kDraftSelect)
                       + QStringLiteral(" WHERE r.document_id = ? ORDER BY r.version DESC LIMIT 1"),
                   documentId, &draftFrom, tr("Cannot read the redaction draft"));
}

Result<QList<DisclosureRepository::DraftRow>> DisclosureRepository::drafts(qint64 documentId)
{
    return rowsById(
        m_db, QLatin1String(kDraftSelect) + QStringLiteral(" WHERE r.document_id = ? ORDER BY r.version"),
        documentId, &draftFrom, tr("Cannot read the redaction drafts"));
}

Status DisclosureRepository::insertDraft(const DraftRow &row)
{
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO redaction_drafts (document_id, version, boxes, saved_by, "
                                 "saved_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(row.documentId);
    q.addBindValue(row.version);
    q.addBindValue(row.boxesJson);
    q.addBindValue(row.savedBy);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the redaction draft"));
    return {};
}

Result<qint64> DisclosureRepository::insertCopy(const CopyRow &row, const QByteArray &content)
{
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO redacted_copies (request_id, document_id, sha256, content, "
                                 "size, pages, dpi, log, made_by, made_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.requestId);
    q.addBindValue(row.documentId);
    q.addBindValue(row.sha256);
    q.addBindValue(content);
    q.addBindValue(content.size());
    q.addBindValue(row.pages);
    q.addBindValue(row.dpi);
    q.addBindValue(row.logJson);
    q.addBindValue(row.madeBy);
    q.addBindValue(row.madeAt.isValid() ? toDbTime(row.madeAt) : nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot store the redacted copy"));
    return insertedId(m_db.connection(), q, tr("Cannot store the redacted copy"));
}

Result<QList<DisclosureRepository::CopyRow>> DisclosureRepository::copies(qint64 requestId)
{
    return rowsById(m_db,
                    QLatin1String(kCopySelect) + QStringLiteral(" WHERE c.request_id = ? ORDER BY c.id"),
                    requestId, &copyFrom, tr("Cannot read the redacted copies"));
}

Result<QList<DisclosureRepository::CopyRow>> DisclosureRepository::latestCopies(qint64 requestId)
{
    return rowsById(m_db,
                    QLatin1String(kCopySelect)
                        + QStringLiteral(" WHERE c.request_id = ? AND c.id = (SELECT MAX(n.id) FROM "
                                         "redacted_copies n WHERE n.document_id = c.document_id) "
                                         "ORDER BY d.number"),
                    requestId, &copyFrom, tr("Cannot read the redacted copies"));
}

Result<std::optional<DisclosureRepository::CopyRow>> DisclosureRepository::copy(qint64 copyId)
{
    return rowById(m_db, QLatin1String(kCopySelect) + QStringLiteral(" WHERE c.id = ?"), copyId, &copyFrom,
                   tr("Cannot read the redacted copies"));
}

Result<QByteArray> DisclosureRepository::copyContent(qint64 copyId)
{
    return bytesById(m_db, QStringLiteral("SELECT content FROM redacted_copies WHERE id = ?"), copyId,
                     tr("Cannot read the redacted copy"), tr("The redacted copy does not exist."));
}

} // namespace dsr
