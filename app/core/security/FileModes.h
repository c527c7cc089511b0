#pragma once
// Files that hold personal data or secrets — the database and its WAL/SHM files, logs, exports,
// the audit key — are readable by their owner only (0600), and the folders the programs create
// for them by their owner only (0700). Both programs also start with umask 077
// (Bootstrap::hardenProcess); these helpers set the modes explicitly where a file is made, so
// that a library that picks its own mode, or a file made by an older version, is covered too.
// On Windows there are no modes: the user's profile folders are private by their access control
// lists, and these helpers only create folders (FileModes.cpp says more).

#include <QString>

class QFileDevice;

namespace dsr {

class FileModes
{
public:
    static constexpr unsigned OwnerOnlyFile = 0600;
    static constexpr unsigned OwnerOnlyDir = 0700;

    // Takes group and other permissions away from an existing file or folder; true when the file
    // is missing or now owner-only.
    static bool restrict(const QString &path);
    // An open file (a QFile, or a QSaveFile's temporary file before it is committed) made 0600.
    static bool restrict(QFileDevice &file);
    // Creates `path` and its missing parents; every folder created here is made 0700.
    static bool makePrivateDirectory(const QString &path);
    // The permission bits of `path` (st_mode & 07777), or -1 when it cannot be read.
    static int mode(const QString &path);
};

} // namespace dsr
