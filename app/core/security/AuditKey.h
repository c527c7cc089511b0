#pragma once
// The secret that keys the audit chain (HMAC-SHA-256, see AuditChain) and the file it lives in,
// outside the database: whoever holds only the database file can no longer recompute the hashes
// after changing an entry.
//
// One key per database, found by the database's random id (table database_identity):
//   <per-user config folder>/dsrdesk/audit-keys/<database id>.key
// (~/.config/dsrdesk/audit-keys on Linux, %LOCALAPPDATA%\dsrdesk\audit-keys on Windows), the same
// for the window and dsrctl. DSR_AUDIT_KEY (environment) or --audit-key FILE name another file,
// for a database used from several accounts or machines. The file is small JSON, readable by its
// owner only (0600, folder 0700), written atomically, and never logged.

#include "../Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace dsr {

class AuditKey
{
public:
    static constexpr int Size = 32;

    // A new random key (OpenSSL's RAND_bytes).
    static Result<AuditKey> generate();
    // `bytes` must be Size bytes; tests use fixed keys.
    static AuditKey fromBytes(const QByteArray &bytes);

    const QByteArray &bytes() const { return m_bytes; }
    // Lower-case hex HMAC-SHA-256 of data with this key, written to out[0..63]. The inner and
    // outer SHA-256 states of the key are computed once, in the constructor, and copied per call:
    // a one-shot HMAC per entry would hash the key twice more for every entry of a long chain.
    void macHex(const char *data, size_t size, char out[64]) const;

private:
    struct State;
    explicit AuditKey(const QByteArray &bytes);
    QByteArray m_bytes;
    std::shared_ptr<const State> m_state;
};

class AuditKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditKeyFile)
public:
    // The environment variable that names the key file instead of the default place.
    static const char *environmentVariable() { return "DSR_AUDIT_KEY"; }
    // The default place for the key of database `databaseId`.
    static QString defaultPath(const QString &databaseId);
    // `override` (--audit-key) if given, else DSR_AUDIT_KEY if set, else defaultPath().
    static QString resolve(const QString &override, const QString &databaseId);

    // Reads the key of `databaseId` from `path`. Failure names the file and says to restore it
    // from the backup; a key written for another database is refused.
    static Result<AuditKey> load(const QString &path, const QString &databaseId);
    // Writes a new key file for `databaseId`, atomically and readable by its owner only (folder
    // 0700 when this creates it). Refuses to replace an existing file: a key is never overwritten.
    static Status create(const QString &path, const QString &databaseId, const AuditKey &key);

    // Atomic (temporary file + rename) write of a file readable and writable by its owner only.
    static Status writeOwnerOnly(const QString &path, const QByteArray &data);
};

} // namespace dsr
