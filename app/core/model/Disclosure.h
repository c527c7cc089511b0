#pragma once
// A document added to a request to be disclosed (issue 12): stored like an attachment — bytes,
// SHA-256, never changed — and numbered 文書1, 文書2 … within its request. Its redaction drafts and
// redacted copies are in services/DisclosureService.h (they carry documents/Redaction.h's boxes).

#include <QDateTime>
#include <QString>

namespace dsr {

struct DisclosureDocument
{
    qint64 id = 0;
    qint64 requestId = 0;
    int number = 0; // from 1 within the request
    QString fileName;
    QString mediaType; // application/pdf, image/png, image/jpeg, image/tiff
    qint64 size = 0;
    QString sha256;
    int pages = 0;
    qint64 addedBy = 0;
    QString addedByName;
    QDateTime addedAt;
};

} // namespace dsr
