#include "FileModes.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QStringList>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace dsr {

#ifdef Q_OS_UNIX

int FileModes::mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool FileModes::restrict(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(name.constData(), &st) != 0)
        return errno == ENOENT;
    // A symbolic link is left alone: its target may not be ours to change.
    if (S_ISLNK(st.st_mode))
        return true;
    if ((st.st_mode & 077) == 0)
        return true;
    return ::chmod(name.constData(), st.st_mode & 0700) == 0;
}

bool FileModes::restrict(QFileDevice &file)
{
    const int fd = file.handle();
    if (fd < 0)
        return false;
    return ::fchmod(fd, OwnerOnlyFile) == 0;
}

bool FileModes::makePrivateDirectory(const QString &path)
{
    // Walk up to the first existing folder, so that only the folders made here are changed.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), OwnerOnlyDir) != 0 && errno != EEXIST)
            return false;
        ::chmod(QFile::encodeName(dir).constData(), OwnerOnlyDir);
    }
    return QFileInfo(path).isDir();
}

#else
// Windows has no permission bits to narrow: the folders the programs use (%APPDATA%,
// %LOCALAPPDATA%) belong to the user by their access control lists, and what is made inside
// inherits them. The read-only attribute is all Qt can set, so these only keep files writable.

int FileModes::mode(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return -1;
    const QFileDevice::Permissions p = info.permissions();
    static const std::pair<QFileDevice::Permission, int> kBits[] {
        { QFileDevice::ReadOwner, 0400 }, { QFileDevice::WriteOwner, 0200 }, { QFileDevice::ExeOwner, 0100 },
        { QFileDevice::ReadGroup, 040 },  { QFileDevice::WriteGroup, 020 },  { QFileDevice::ExeGroup, 010 },
        { QFileDevice::ReadOther, 04 },   { QFileDevice::WriteOther, 02 },   { QFileDevice::ExeOther, 01 },
    };
    int bits = 0;
    for (const auto &[flag, bit] : kBits)
        if (p.testFlag(flag))
            bits |= bit;
    return bits;
}

bool FileModes::restrict(const QString &path)
{
    Q_UNUSED(path);
    return true;
}

bool FileModes::restrict(QFileDevice &file)
{
    return file.isOpen();
}

bool FileModes::makePrivateDirectory(const QString &path)
{
    return QDir().mkpath(path);
}
#endif

} // namespace dsr
