#pragma once
// What a database holds, as a backup's manifest and a restore report it (BackupService): counts,
// the newest audit entry and the newest issued letter. Read by storage/BackupStorage.

#include <QString>

namespace dsr {

struct DatabaseFigures
{
    qint64 members = 0;
    qint64 requests = 0;
    qint64 letters = 0;
    qint64 users = 0;
    qint64 auditEntries = 0;
    // The newest audit entry.
    qint64 lastAuditSeq = 0;
    QString lastAuditAtUtc;
    QString lastAuditAction;
    // The newest issued letter (by issue time); empty when none was issued.
    QString lastLetterNumber;
    QString lastLetterKind;
    QString lastLetterDate;
};

} // namespace dsr
