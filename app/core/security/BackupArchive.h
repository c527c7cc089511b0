#pragma once
// The backup file's bytes: a small header, then the payload — the archive's members one after
// another (the manifest first) and a trailer — either encrypted or as it is.
//
//   header   "DSRDESK-BACKUP\n", format version (1 byte), mode (1 byte: 1 encrypted, 0 not)
//            encrypted only: Argon2id salt (16), opslimit (u64 LE), memlimit (u64 LE),
//            XChaCha20-Poly1305 secretstream header (24)
//   frames   [u32 LE length][bytes] … — encrypted: each frame one secretstream message of at
//            most ChunkSize bytes of payload, the file header as additional data of the first,
//            the last one tagged FINAL; not encrypted: the payload's bytes as they are
//   payload  per member: [u32 LE name length][name, UTF-8][u64 LE size][bytes];
//            then [u32 0][SHA-256 of every payload byte before it]
//
// The key is derived from the passphrase with Argon2id (crypto_pwhash) and the random salt kept
// in the header, with the cost written beside it. Both directions stream in ChunkSize pieces, so
// memory stays bounded however large the database. Reading refuses — with a message that says
// which — a wrong passphrase, a frame that does not authenticate (any byte altered), a file that
// ends before its last frame (truncated), bytes after it, and a payload whose trailer does not
// match (the only protection an unencrypted file has against a changed byte).

#include "../Result.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QString>
#include <functional>
#include <memory>

namespace dsr {

class BackupArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupArchiveWriter)
public:
    static constexpr int ChunkSize = 64 * 1024;

    // Writes the header to `out` (open for writing). An empty passphrase writes an unencrypted
    // archive.
    static Result<std::unique_ptr<BackupArchiveWriter>> start(QIODevice &out, const QString &passphrase);
    ~BackupArchiveWriter();

    // One member from bytes in memory, or from a file read in ChunkSize pieces.
    Status addBytes(const QString &name, const QByteArray &data);
    Status addFile(const QString &name, const QString &path);
    // The trailer and the last frame; nothing may be added after.
    Status finish();

private:
    struct Private;
    explicit BackupArchiveWriter(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

class BackupArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(BackupArchiveReader)
public:
    // A member as it went by: its name, size and SHA-256 (lower-case hex).
    struct Member
    {
        QString name;
        qint64 size = 0;
        QString sha256;
    };
    // Where a member's bytes go: a device to write them to, or nullptr to refuse the member (the
    // message is the reader's error). Called once per member, before its bytes.
    using SinkFor = std::function<Result<QIODevice *>(const QString &name, qint64 size)>;

    // Whether the file starts like a backup and is encrypted; Validation when it is no backup.
    static Result<bool> isEncrypted(QIODevice &in);
    // Reads the whole archive from `in` (positioned at the start), handing each member's bytes to
    // its sink. Succeeds only when every frame authenticated, the last frame and the trailer were
    // reached and matched and nothing follows: until then, what the sinks received must not be
    // trusted (the caller writes to temporary files and discards them on failure).
    static Result<QList<Member>> read(QIODevice &in, const QString &passphrase, const SinkFor &sinkFor);
};

} // namespace dsr
