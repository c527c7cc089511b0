#pragma once
// All SQL of erasure (消去) and of the purge of closed requests: the erasure records, removing an
// attachment's bytes, blanking a member's personal columns, and stripping a purged request down
// to its receipt number, type and dates. Deleted content is overwritten (secure_delete) and the
// write-ahead log is checkpointed afterwards, so the bytes do not survive in the file.

#include "../Result.h"
#include "../model/Erasure.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace dsr {

class Database;

class ErasureRepository
{
    Q_DECLARE_TR_FUNCTIONS(ErasureRepository)
public:
    explicit ErasureRepository(Database &db)
        : m_db(db)
    {
    }

    // Zeroes deleted content from now on for this connection; call outside a transaction.
    Status enableSecureDelete();
    // Copies the write-ahead log into the database file and truncates it, so that the pages that
    // held erased content are gone from the WAL too. Call after the erasing transaction commits.
    Status checkpoint();

    Result<qint64> insert(const ErasureRecord &record);
    Result<QList<ErasureRecord>> records(ErasureRecord::Kind kind, qint64 id);

    // The attachment's request id and metadata (no content), or nullopt.
    struct AttachmentFacts
    {
        qint64 id = 0;
        qint64 requestId = 0;
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString sha256;
    };
    Result<std::optional<AttachmentFacts>> attachment(qint64 attachmentId);
    // Removes the row and its bytes; the erasure record must exist already.
    Status deleteAttachment(qint64 attachmentId);
    Status addHistory(qint64 requestId, qint64 userId, const QString &login, const QString &action,
                      const QString &comment);

    // Receipt numbers of the member's requests that are neither closed nor withdrawn.
    Result<QStringList> openRequestsOfMember(qint64 memberId);
    // Blanks every personal column of the member; the name becomes `marker`.
    Status eraseMember(qint64 memberId, const QString &marker);
    Result<bool> isMemberErased(qint64 memberId);

    // Closed or withdrawn requests last closed before `day` and not purged yet, oldest first.
    Result<QList<PurgeCandidate>> purgeCandidates(const QDate &day);
    // Removes everything of a request but its row's receipt number, type, status and dates; the
    // purge record must exist already. Issued letters are kept (official records); disclosure
    // documents, their drafts and redacted copies go.
    Status purgeRequest(qint64 requestId);

    // Rewrites the full-text index so that removed keys are gone from its pages, not only marked.
    Status compactSearchIndex();

private:
    Database &m_db;
};

} // namespace dsr
