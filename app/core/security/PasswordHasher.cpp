#include "PasswordHasher.h"

#include "../Logging.h"

#include <QRegularExpression>
#include <sodium.h>

#include <atomic>

namespace dsr {

namespace {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Holds the UTF-8 bytes of a password and wipes them when done.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {
    }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

struct Limits
{
    unsigned long long ops;
    size_t mem;
};

// The production cost.
constexpr Limits kProduction { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };

// A hash of 32 random bytes nobody kept, made once with the production limits (a test checks
// that they still match: needsRehash(dummyHash()) is false).
constexpr char kDummyHash[]
    = "$argon2id$v=19$m=262144,t=3,p=1$BgEk2rR7VBrq3x1aznQLLw$hyKN886PlOpqYy1bFnZOSie+1iPfedV14oFuv0WZ7Lw";

#ifdef DSR_TEST_HASH_SWITCH
// Test builds only (CMake option DSR_TEST_HASH_SWITCH, off in Release and packages): with
// DSR_TEST_HASH_COST=minimum in the environment, new hashes use libsodium's minimum cost. The
// limits are written into every hash string, so such a hash still verifies in any build, and a
// production build reports it as needing a rehash.
bool testCostRequested()
{
    return qEnvironmentVariable("DSR_TEST_HASH_COST") == QLatin1String("minimum");
}

constexpr Limits kTestMinimum { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };

// A hash of random bytes made at the minimum cost, once per process.
const QByteArray &testDummyHash()
{
    static const QByteArray hash = [] {
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        char out[crypto_pwhash_STRBYTES] {};
        if (crypto_pwhash_str(out, reinterpret_cast<const char *>(secret), sizeof secret, kTestMinimum.ops,
                              kTestMinimum.mem)
            != 0)
            return QByteArray(kDummyHash);
        sodium_memzero(secret, sizeof secret);
        return QByteArray(out);
    }();
    return hash;
}
#endif

// The limits new hashes are made with.
Limits currentLimits()
{
#ifdef DSR_TEST_HASH_SWITCH
    if (testCostRequested())
        return kTestMinimum;
#endif
    return kProduction;
}

std::atomic<quint64> g_verifications { 0 };
std::atomic<quint64> g_dummyVerifications { 0 };

} // namespace

Result<QByteArray> PasswordHasher::hash(const QString &password)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Failure, tr("The cryptography library could not start."));
    SecretBytes secret(password);
    const Limits limits = currentLimits();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), limits.ops, limits.mem) != 0) {
        qCCritical(lcSecurity) << "crypto_pwhash_str failed (out of memory?)";
        return makeError(ErrorCode::Failure, tr("Not enough memory to hash the password."));
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &encoded, const QString &password)
{
    if (!ensureSodium() || encoded.isEmpty())
        return false;
    SecretBytes secret(password);
    ++g_verifications;
    return crypto_pwhash_str_verify(encoded.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::verifyDummy(const QString &password)
{
    if (!ensureSodium())
        return false;
    SecretBytes secret(password);
    ++g_dummyVerifications;
    // Nobody knows the secret: the result is always "no", but the work is done in full.
    const bool matched = crypto_pwhash_str_verify(dummyHash().constData(), secret.data(), secret.size()) == 0;
    Q_UNUSED(matched);
    return false;
}

QByteArray PasswordHasher::dummyHash()
{
#ifdef DSR_TEST_HASH_SWITCH
    if (testCostRequested() && ensureSodium())
        return testDummyHash();
#endif
    return QByteArray(kDummyHash);
}

quint64 PasswordHasher::verifyCount()
{
    return g_verifications.load();
}

quint64 PasswordHasher::dummyVerifyCount()
{
    return g_dummyVerifications.load();
}

bool PasswordHasher::needsRehash(const QByteArray &encoded)
{
    const Limits limits = currentLimits();
    return !ensureSodium()
        || crypto_pwhash_str_needs_rehash(encoded.constData(), limits.ops, limits.mem) != 0;
}

bool PasswordHasher::weakerThanCurrent(const QByteArray &encoded)
{
    // $argon2id$v=19$m=262144,t=3,p=1$salt$hash — m in KiB, t passes.
    static const QRegularExpression params(
        QStringLiteral("^\\$argon2id\\$v=\\d+\\$m=(\\d+),t=(\\d+),p=\\d+\\$"));
    const QRegularExpressionMatch m = params.match(QString::fromLatin1(encoded));
    if (!m.hasMatch())
        return true;
    bool memOk = false;
    bool opsOk = false;
    const qulonglong memKiB = m.captured(1).toULongLong(&memOk);
    const qulonglong ops = m.captured(2).toULongLong(&opsOk);
    if (!memOk || !opsOk)
        return true;
    const Limits limits = currentLimits();
    return memKiB * 1024u < limits.mem || ops < limits.ops;
}

Status PasswordHasher::checkPolicy(const QString &password)
{
    const auto length = password.toUcs4().size();
    if (length < MinimumLength)
        return makeError(ErrorCode::Validation,
                         tr("The password must have at least %1 characters.").arg(MinimumLength));
    if (length > MaximumLength)
        return makeError(ErrorCode::Validation,
                         tr("The password may have at most %1 characters.").arg(MaximumLength));
    if (password.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("The password must not be only spaces."));
    // Bytes that were not UTF-8 arrive as U+FFFD, a broken surrogate pair as itself: either would
    // hash as something other than what was typed.
    if (!password.isValidUtf16() || password.contains(QChar::ReplacementCharacter))
        return makeError(ErrorCode::Validation,
                         tr("The password contains bytes that are not valid text (UTF-8); type it again."));
    return {};
}

} // namespace dsr
