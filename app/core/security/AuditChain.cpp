#include "AuditChain.h"

#include <openssl/sha.h>

namespace dsr {

namespace {

void appendField(QByteArray &out, const QByteArray &value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += ';';
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonical(const AuditRecord &r)
{
    QByteArray out;
    out.reserve(256 + r.details.size() * 3);
    out += "dsr-audit-v1;";
    appendField(out, QByteArray::number(r.seq));
    appendField(out, r.atUtc.toUtf8());
    appendField(out, r.userId ? QByteArray::number(*r.userId) : QByteArray());
    appendField(out, r.userLogin.toUtf8());
    appendField(out, r.action.toUtf8());
    appendField(out, r.entityType.toUtf8());
    appendField(out, r.entityId.toUtf8());
    appendField(out, r.details.toUtf8());
    appendField(out, r.prevHash.toLatin1());
    return out;
}

QString AuditChain::computeHash(const AuditRecord &r)
{
    const QByteArray data = canonical(r);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex());
}

bool AuditVerifier::fail(qint64 seq, const QString &problem)
{
    m_result.intact = false;
    m_result.firstBadSeq = seq;
    m_result.problem = problem;
    return false;
}

bool AuditVerifier::feed(const AuditRecord &r)
{
    if (!m_result.intact)
        return false;
    if (r.seq > m_expectedSeq)
        return fail(m_expectedSeq, tr("entry %1 was removed (the next entry found is %2)").arg(m_expectedSeq).arg(r.seq));
    if (r.seq < m_expectedSeq)
        return fail(r.seq, tr("entry %1 appears out of order").arg(r.seq));
    if (r.prevHash != m_prevHash)
        return fail(r.seq,
                    tr("entry %1 does not follow entry %2 (an entry was inserted, removed or reordered)")
                        .arg(r.seq)
                        .arg(r.seq - 1));
    if (AuditChain::computeHash(r) != r.hash)
        return fail(r.seq, tr("entry %1 was altered (its content does not match its hash)").arg(r.seq));
    m_prevHash = r.hash;
    ++m_expectedSeq;
    ++m_result.checked;
    return true;
}

} // namespace dsr
