#include "AuditChain.h"

#include "AuditKey.h"

// The low-level SHA-256 interface is deprecated in OpenSSL 3 in favour of EVP, but EVP's per-call
// set-up costs more than hashing a 300-byte entry; the direct interface runs the same SHA-NI code.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <charconv>
#include <cstring>
#include <string>

namespace dsr {

namespace {

void sha256Hex(const char *data, size_t size, char out[64])
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, data, size);
    SHA256_Final(digest, &ctx);
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 0xF];
    }
}

// A growable byte buffer without QByteArray's shared-data checks on every append.
class Buffer
{
public:
    void clear() { m_bytes.clear(); }
    void append(std::string_view v) { m_bytes.append(v.data(), v.size()); }
    void append(char c) { m_bytes.push_back(c); }
    void appendNumber(qint64 n)
    {
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
        m_bytes.append(buf, static_cast<size_t>(end - buf));
    }
    void appendField(std::string_view value)
    {
        appendNumber(static_cast<qint64>(value.size()));
        append(':');
        append(value);
        append(';');
    }
    void appendNumberField(std::optional<qint64> n)
    {
        char buf[24];
        const auto end = n ? std::to_chars(buf, buf + sizeof buf, *n).ptr : buf;
        appendField(std::string_view(buf, static_cast<size_t>(end - buf)));
    }
    const std::string &bytes() const { return m_bytes; }

private:
    std::string m_bytes;
};

// Length-prefixed fields: "<bytes>:<value>;" so no value can imitate a separator.
void canonicalInto(Buffer &out, const AuditRowView &r)
{
    out.clear();
    out.append(r.scheme == AuditScheme::HmacSha256 ? std::string_view("dsr-audit-v2;")
                                                   : std::string_view("dsr-audit-v1;"));
    out.appendNumberField(r.seq);
    out.appendField(r.atUtc);
    out.appendNumberField(r.userId);
    out.appendField(r.userLogin);
    out.appendField(r.action);
    out.appendField(r.entityType);
    out.appendField(r.entityId);
    out.appendField(r.details);
    out.appendField(r.prevHash);
}

std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), static_cast<size_t>(b.size()));
}

// Holds the UTF-8 forms of a QString-based record and a view over them.
struct Utf8Record
{
    explicit Utf8Record(const AuditRecord &r)
        : at(r.atUtc.toUtf8())
        , login(r.userLogin.toUtf8())
        , action(r.action.toUtf8())
        , entityType(r.entityType.toUtf8())
        , entityId(r.entityId.toUtf8())
        , details(r.details.toUtf8())
        , prevHash(r.prevHash.toUtf8())
        , hash(r.hash.toUtf8())
    {
        row = AuditRowView { r.seq,          view(at),         r.userId,       view(login),
                             view(action),   view(entityType), view(entityId), view(details),
                             view(prevHash), view(hash),       r.scheme };
    }
    QByteArray at, login, action, entityType, entityId, details, prevHash, hash;
    AuditRowView row;
};

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonical(const AuditRowView &r)
{
    Buffer out;
    canonicalInto(out, r);
    return QByteArray(out.bytes().data(), static_cast<qsizetype>(out.bytes().size()));
}

QByteArray AuditChain::canonical(const AuditRecord &r)
{
    return canonical(Utf8Record(r).row);
}

void AuditChain::computeHash(const AuditRowView &r, char out[64])
{
    thread_local Buffer buffer;
    canonicalInto(buffer, r);
    sha256Hex(buffer.bytes().data(), buffer.bytes().size(), out);
}

bool AuditChain::computeHash(const AuditRowView &r, const AuditKey *key, char out[64])
{
    if (r.scheme == AuditScheme::Sha256) {
        computeHash(r, out);
        return true;
    }
    if (r.scheme != AuditScheme::HmacSha256 || !key)
        return false;
    thread_local Buffer buffer;
    canonicalInto(buffer, r);
    key->macHex(buffer.bytes().data(), buffer.bytes().size(), out);
    return true;
}

QString AuditChain::computeHash(const AuditRecord &r, const AuditKey *key)
{
    char hex[64];
    if (!computeHash(Utf8Record(r).row, key, hex))
        return {};
    return QString::fromLatin1(hex, 64);
}

AuditVerifier::AuditVerifier(std::shared_ptr<const AuditKey> key)
    : m_key(std::move(key))
{
    std::memset(m_prevHash, '0', sizeof m_prevHash);
    m_result.head.hash = AuditChain::genesisHash();
}

void AuditVerifier::expectHead(const AuditHead &head)
{
    m_expected = head;
}

const AuditVerification &AuditVerifier::finish()
{
    if (m_result.intact)
        updateHead();
    if (m_result.intact && m_expected && m_result.head.seq < m_expected->seq)
        fail(m_result.head.seq + 1,
             tr("the trail ends at entry %1, but the checkpoint records entry %2: entries %3 to %2 were "
                "cut off")
                 .arg(m_result.head.seq)
                 .arg(m_expected->seq)
                 .arg(m_result.head.seq + 1));
    return m_result;
}

void AuditVerifier::updateHead()
{
    // Built only when asked: a QString per entry would cost more than the hash.
    m_result.head = AuditHead { m_expectedSeq - 1, QString::fromLatin1(m_prevHash, 64) };
}

bool AuditVerifier::fail(qint64 seq, const QString &problem)
{
    updateHead();
    m_result.intact = false;
    m_result.firstBadSeq = seq;
    m_result.problem = problem;
    return false;
}

bool AuditVerifier::feed(const AuditRecord &r)
{
    return feed(Utf8Record(r).row);
}

bool AuditVerifier::feed(const AuditRowView &r)
{
    if (!m_result.intact)
        return false;
    if (r.seq > m_expectedSeq)
        return fail(m_expectedSeq,
                    tr("entry %1 was removed (the next entry found is %2)").arg(m_expectedSeq).arg(r.seq));
    if (r.seq < m_expectedSeq)
        return fail(r.seq, tr("entry %1 appears out of order").arg(r.seq));
    if (r.prevHash != std::string_view(m_prevHash, 64))
        return fail(r.seq,
                    tr("entry %1 does not follow entry %2 (an entry was inserted, removed or reordered)")
                        .arg(r.seq)
                        .arg(r.seq - 1));
    if (r.scheme == AuditScheme::HmacSha256) {
        if (!m_key) {
            m_result.keyMissing = true;
            return fail(r.seq,
                        tr("entry %1 and the later entries are keyed and cannot be checked without "
                           "the audit key")
                            .arg(r.seq));
        }
        if (m_result.keyedSince == 0)
            m_result.keyedSince = r.seq;
    } else if (r.scheme == AuditScheme::Sha256) {
        if (m_result.keyedSince != 0)
            return fail(r.seq,
                        tr("entry %1 is not keyed although the trail is keyed since entry %2: it "
                           "was rewritten without the audit key")
                            .arg(r.seq)
                            .arg(m_result.keyedSince));
    } else {
        return fail(r.seq, tr("entry %1 names an unknown hash scheme").arg(r.seq));
    }
    char computed[64];
    AuditChain::computeHash(r, m_key.get(), computed);
    if (r.hash != std::string_view(computed, 64))
        return fail(r.seq, tr("entry %1 was altered (its content does not match its hash)").arg(r.seq));
    if (m_expected && r.seq == m_expected->seq && QLatin1String(computed, 64) != m_expected->hash)
        return fail(r.seq,
                    tr("entry %1 differs from the checkpoint: an entry up to %1 was changed, removed "
                       "or reordered and the chain recomputed")
                        .arg(r.seq));
    if (m_expected && r.seq == m_expected->seq)
        m_result.checkpointChecked = true;
    std::memcpy(m_prevHash, computed, 64);
    ++m_expectedSeq;
    ++m_result.checked;
    return true;
}

} // namespace dsr
