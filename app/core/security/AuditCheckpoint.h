#pragma once
// A checkpoint: the head of the audit chain (sequence number and hash) written down outside the
// database — a small JSON file kept off the machine, or a printed sheet filed with the 決裁 papers.
// `dsrctl audit verify --checkpoint FILE` then proves that nothing up to that entry was changed,
// removed or reordered, and that the chain was not cut short before it.

#include "../Result.h"
#include "AuditChain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dsr {

struct AuditCheckpoint
{
    AuditHead head;
    QString databaseId; // database_identity.id
    QDateTime takenUtc;
    QString organisation; // the organisation name, for the printed sheet

    // Pretty JSON: format, database_id, seq, hash, taken_utc, organisation.
    QByteArray toJson() const;
    // The head written in groups of four, eight groups a line: for a person to compare.
    static QString groupedHash(const QString &hash);
};

class AuditCheckpointFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpointFile)
public:
    static Result<AuditCheckpoint> parse(const QByteArray &json);
    // Reads FILE; a missing, unreadable or malformed file is a Usage error naming it.
    static Result<AuditCheckpoint> read(const QString &path);
};

} // namespace dsr
