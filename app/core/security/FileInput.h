#pragma once
// Reading a file the user names — an import, a template, a seal image, an attachment — with a
// stated size limit, checked while reading (a file that grows, /dev/zero, a pipe never fills the
// memory), and only when it is a regular file: a folder, FIFO or device is refused before a
// single byte is read, with a message that says so.

#include "../Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dsr {

class FileInput
{
    Q_DECLARE_TR_FUNCTIONS(FileInput)
public:
    // The limits of each kind of input (also in docs/ADMINISTRATION.md); attachments have
    // RequestService::MaxAttachmentBytes. A member file of 10,000 rows is about a megabyte, the
    // Cabinet Office list about 20 KB.
    // A member file of 10,000 rows is about a megabyte; the holiday list about 20 KB.
    static constexpr qint64 MemberCsvLimit = 20LL * 1024 * 1024; // member CSV import
    static constexpr qint64 CalendarListLimit = 2LL * 1024 * 1024; // Cabinet Office holiday list
    static constexpr qint64 TemplateLimit = 1LL * 1024 * 1024; // letter template
    static constexpr qint64 SealLimit = 2LL * 1024 * 1024; // official seal image

    // The whole file, at most `maxBytes` of it: NotFound when it does not exist, Validation when
    // it is not a regular file or is larger than `maxBytes`, Failure when it cannot be read.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
    // "20 MiB", "512 KiB" for messages.
    static QString sizeText(qint64 bytes);
};

} // namespace dsr
