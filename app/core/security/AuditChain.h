#pragma once
// The audit trail's hash chain: the canonical serialisation of an entry, its hash and a streaming
// verifier that names the first sequence number where the chain breaks.
//
// Two schemes, told apart by the entry's `scheme` column and by the first bytes of the canonical
// form, so that neither can be passed off as the other:
//   1  "dsr-audit-v1;…"  plain SHA-256 — entries written before the audit key existed;
//   2  "dsr-audit-v2;…"  HMAC-SHA-256 with the database's audit key (AuditKey), which lives outside
//                        the database: someone holding only the file cannot recompute it.
// Once one entry is keyed, every later entry must be keyed; an unkeyed entry after a keyed one is
// tampering (someone rewrote the tail with plain SHA-256). Both forms are pinned by known-answer
// tests (TestAudit::knownAnswer*): never change them, add a scheme instead.

#include "../model/AuditEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>
#include <string_view>

namespace dsr {

class AuditKey;

class AuditChain
{
public:
    static QString genesisHash(); // 64 zeros: the predecessor of entry 1
    // Length-prefixed fields, so no value can imitate a separator; the prefix names the scheme.
    static QByteArray canonical(const AuditRecord &r);
    static QByteArray canonical(const AuditRowView &r);
    // The entry's hash in its scheme; a keyed entry needs `key` (an empty string without it).
    static QString computeHash(const AuditRecord &r, const AuditKey *key = nullptr);
    // Lower-case hex hash of the canonical form, written to out[0..63]: SHA-256 for scheme 1,
    // HMAC-SHA-256 with `key` for scheme 2. False (and nothing written) for a keyed entry without
    // a key.
    static bool computeHash(const AuditRowView &r, const AuditKey *key, char out[64]);
    // Scheme 1 only (the unkeyed walk; the benchmark).
    static void computeHash(const AuditRowView &r, char out[64]);
};

struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem; // translated: altered, removed, inserted or reordered
    AuditHead head; // the last entry that checked out: the head when intact
    qint64 keyedSince = 0; // the first keyed entry; 0 when none was reached
    bool keyMissing = false; // stopped at a keyed entry because no key was given
    bool checkpointChecked = false; // a checkpoint was given and its entry matched
    bool checkpointRefused = false; // the checkpoint is of another database; the walk ran without it
};

class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    // Without a key the walk stops, keyMissing, at the first keyed entry.
    explicit AuditVerifier(std::shared_ptr<const AuditKey> key = {});
    // The chain must reach `head.seq` and have `head.hash` there (a checkpoint kept elsewhere).
    void expectHead(const AuditHead &head);
    // Feed entries in ascending sequence order; returns false once the chain is broken.
    bool feed(const AuditRowView &r);
    bool feed(const AuditRecord &r);
    // After the last entry: fills in the head reached and checks that the chain did not end before
    // the expected head.
    const AuditVerification &finish();

private:
    void updateHead();
    bool fail(qint64 seq, const QString &problem);
    std::shared_ptr<const AuditKey> m_key;
    std::optional<AuditHead> m_expected;
    qint64 m_expectedSeq = 1;
    char m_prevHash[64];
    AuditVerification m_result;
};

} // namespace dsr
