#pragma once
// All SQL of disclosure documents, their redaction drafts and redacted copies (migration 011). The
// boxes of a draft and the log of a copy are JSON text here: what a box is belongs to
// core/documents, which storage does not know; DisclosureService reads and writes them.

#include "../Result.h"
#include "../model/Disclosure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace dsr {

class Database;

class DisclosureRepository
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureRepository)
public:
    explicit DisclosureRepository(Database &db)
        : m_db(db)
    {
    }

    // The request's status id ("received" …), its row locked until the transaction ends on a
    // server (two desks adding documents take turns for the next number); nullopt when there is no
    // such request.
    Result<std::optional<QString>> lockRequestStatus(qint64 requestId);

    // Stores the document as number (highest of the request + 1); call with the request locked.
    // `d.addedBy` is the user; the id and number are returned in the document read back.
    Result<DisclosureDocument> insertDocument(const DisclosureDocument &d, const QByteArray &content);
    Result<QList<DisclosureDocument>> documents(qint64 requestId); // by number
    Result<std::optional<DisclosureDocument>> document(qint64 documentId);
    Result<QByteArray> documentContent(qint64 documentId);

    struct DraftRow
    {
        qint64 documentId = 0;
        int version = 0;
        QString boxesJson; // a JSON array
        qint64 savedBy = 0;
        QString savedByName;
        QDateTime savedAt;
    };
    // The highest version, or nullopt when none was saved.
    Result<std::optional<DraftRow>> latestDraft(qint64 documentId);
    // Every version, oldest first.
    Result<QList<DraftRow>> drafts(qint64 documentId);
    // Stores `row.version`; Conflict when that version exists already (another desk saved it first).
    Status insertDraft(const DraftRow &row);

    struct CopyRow
    {
        qint64 id = 0;
        qint64 requestId = 0;
        qint64 documentId = 0;
        int documentNumber = 0;
        QString sha256;
        qint64 size = 0;
        int pages = 0;
        int dpi = 0;
        QString logJson; // a JSON array
        qint64 madeBy = 0;
        QString madeByName;
        QDateTime madeAt;
    };
    Result<qint64> insertCopy(const CopyRow &row, const QByteArray &content);
    // Oldest first.
    Result<QList<CopyRow>> copies(qint64 requestId);
    // The newest copy of each document of the request, by document number.
    Result<QList<CopyRow>> latestCopies(qint64 requestId);
    Result<std::optional<CopyRow>> copy(qint64 copyId);
    Result<QByteArray> copyContent(qint64 copyId);

private:
    Database &m_db;
};

} // namespace dsr
