#include "FileInput.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dsr {

QString FileInput::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

#ifdef Q_OS_UNIX
Result<QByteArray> FileInput::read(const QString &path, qint64 maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO does not wait for a writer; the check below refuses it anyway.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
        return makeError(ErrorCode::Failure,
                         tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };

    // Judged on the opened file itself, so a name swapped for a FIFO after a check cannot slip by.
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return makeError(ErrorCode::Failure,
                         tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorCode::Validation,
                         S_ISDIR(st.st_mode) ? tr("%1 is a folder, not a file.").arg(path)
                                             : tr("%1 is not a regular file (a device, pipe or socket); "
                                                  "give a file.")
                                                   .arg(path));
    const QString tooLarge
        = tr("%1 is larger than %2, the most this import reads.").arg(path, sizeText(maxBytes));
    if (st.st_size > maxBytes)
        return makeError(ErrorCode::Validation, tooLarge);
    // Back to blocking reads for a regular file.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);

    QByteArray bytes;
    bytes.reserve(qsizetype(st.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(
                ErrorCode::Failure,
                tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        // The limit holds while reading: the file may have grown since fstat.
        if (bytes.size() + n > maxBytes)
            return makeError(ErrorCode::Validation, tooLarge);
        bytes.append(buffer, n);
    }
    return bytes;
}
#else
// Windows: no FIFOs or devices behind ordinary paths to guard against, so Qt reads the file; the
// size limit holds the same way.
Result<QByteArray> FileInput::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
    if (info.isDir())
        return makeError(ErrorCode::Validation, tr("%1 is a folder, not a file.").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::Validation,
                         tr("%1 is not a regular file (a device, pipe or socket); give a file.").arg(path));
    const QString tooLarge
        = tr("%1 is larger than %2, the most this import reads.").arg(path, sizeText(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Failure, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return makeError(ErrorCode::Validation, tooLarge);
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Failure, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes) // grown since the check
        return makeError(ErrorCode::Validation, tooLarge);
    return bytes;
}
#endif

} // namespace dsr
