#pragma once
// The audit trail's value types: what a service records (AuditEvent), an entry as stored
// (AuditRecord, AuditRowView), its hashing scheme and the head of the chain. The chain itself
// (serialisation, hashing, verification) is security/AuditChain.

#include <QJsonObject>
#include <QString>
#include <optional>
#include <string_view>

namespace dsr {

enum class AuditScheme : int { Sha256 = 1, HmacSha256 = 2 };

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
    AuditScheme scheme = AuditScheme::Sha256;
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
    AuditScheme scheme = AuditScheme::Sha256;
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

// The head of the chain as recorded outside the database (a checkpoint file, a printed sheet).
struct AuditHead
{
    qint64 seq = 0; // 0: empty chain
    QString hash; // hex; the genesis hash for an empty chain
};

} // namespace dsr
