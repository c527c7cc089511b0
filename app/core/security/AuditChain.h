#pragma once
// The audit trail's hash chain: the canonical serialisation of an entry, its SHA-256 (OpenSSL,
// several times faster than QCryptographicHash on long chains) and a streaming verifier that
// names the first sequence number where the chain breaks.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <string_view>

namespace dsr {

struct AuditRecord
{
    qint64 seq = 0;
    QString atUtc; // ISO 8601, UTC, milliseconds, as stored
    std::optional<qint64> userId;
    QString userLogin;
    QString action;
    QString entityType;
    QString entityId;
    QString details; // compact JSON, as stored
    QString prevHash; // hex
    QString hash; // hex
};

// The same entry as UTF-8 byte ranges straight from the database row: the verification walk
// hashes a million of these without building a QString or a QByteArray.
struct AuditRowView
{
    qint64 seq = 0;
    std::string_view atUtc;
    std::optional<qint64> userId;
    std::string_view userLogin;
    std::string_view action;
    std::string_view entityType;
    std::string_view entityId;
    std::string_view details;
    std::string_view prevHash;
    std::string_view hash;
};

// What a service records; the repository fills in sequence, time and hashes.
struct AuditEvent
{
    std::optional<qint64> userId;
    QString userLogin;
    QString action; // "user.create", "auth.login_failed" …
    QString entityType; // "user", "settings", "request" …
    QString entityId;
    QJsonObject details; // ids and before/after values, never personal data
};

class AuditChain
{
public:
    static QString genesisHash(); // 64 zeros: the predecessor of entry 1
    // Length-prefixed fields, so no value can imitate a separator.
    static QByteArray canonical(const AuditRecord &r);
    static QByteArray canonical(const AuditRowView &r);
    static QString computeHash(const AuditRecord &r);
    // Lower-case hex SHA-256 of the canonical form, written to out[0..63].
    static void computeHash(const AuditRowView &r, char out[64]);
};

struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem; // translated: altered, removed, inserted or reordered
};

class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    AuditVerifier();
    // Feed entries in ascending sequence order; returns false once the chain is broken.
    bool feed(const AuditRowView &r);
    bool feed(const AuditRecord &r);
    const AuditVerification &result() const { return m_result; }

private:
    bool fail(qint64 seq, const QString &problem);
    qint64 m_expectedSeq = 1;
    char m_prevHash[64];
    AuditVerification m_result;
};

} // namespace dsr
