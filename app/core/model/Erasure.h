#pragma once
// An erasure (消去) record and a request the purge would remove.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dsr {

struct ErasureRecord
{
    enum class Kind { Attachment, Member, Request };
    qint64 id = 0;
    Kind kind = Kind::Attachment;
    qint64 memberId = 0;
    qint64 requestId = 0;
    qint64 attachmentId = 0;
    QString receiptNo;
    QJsonObject what; // what was erased: fields, sizes, hashes — never the content
    QString reason;
    qint64 erasedBy = 0;
    QString erasedLogin;
    QDateTime erasedAt;

    static QString kindId(Kind kind);
};

// A closed or withdrawn request the purge would remove.
struct PurgeCandidate
{
    qint64 requestId = 0;
    QString receiptNo;
    QString type; // request type id
    QString status; // closed | withdrawn
    QDate received;
    QDate closed; // the day it was last closed or withdrawn
};

} // namespace dsr
