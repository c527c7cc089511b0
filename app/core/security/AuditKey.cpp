#include "AuditKey.h"

#include "DiskFull.h"

// The low-level SHA-256 interface (deprecated in OpenSSL 3, see AuditChain.cpp) lets the key's
// HMAC states be computed once and copied per entry.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dsr {

namespace {

const char kFormat[] = "dsr-audit-key-v1";
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates the folder of `path` if needed; a folder created here (and the key folder itself) is
// made accessible to its owner only.
Status ensureFolder(const QString &path, bool ownerOnly)
{
    const QString dir = QFileInfo(path).absolutePath();
    const bool existed = QFileInfo(dir).isDir();
    if (!existed && !QDir().mkpath(dir))
        return makeError(ErrorCode::Failure, AuditKeyFile::tr("Cannot create the folder %1.").arg(dir));
    if ((!existed || ownerOnly) && !QFile::setPermissions(dir, kOwnerOnlyFolder))
        return makeError(ErrorCode::Failure,
                         AuditKeyFile::tr("Cannot make the folder %1 private to its owner.").arg(dir));
    return {};
}

} // namespace

struct AuditKey::State
{
    SHA256_CTX inner;
    SHA256_CTX outer;
};

AuditKey::AuditKey(const QByteArray &bytes)
    : m_bytes(bytes)
{
    // HMAC (RFC 2104) with a key no longer than the block: pad it with zeros to 64 bytes.
    unsigned char ipad[SHA256_CBLOCK];
    unsigned char opad[SHA256_CBLOCK];
    std::memset(ipad, 0x36, sizeof ipad);
    std::memset(opad, 0x5c, sizeof opad);
    for (qsizetype i = 0; i < bytes.size() && i < SHA256_CBLOCK; ++i) {
        ipad[i] ^= static_cast<unsigned char>(bytes[i]);
        opad[i] ^= static_cast<unsigned char>(bytes[i]);
    }
    auto state = std::make_shared<State>();
    SHA256_Init(&state->inner);
    SHA256_Update(&state->inner, ipad, sizeof ipad);
    SHA256_Init(&state->outer);
    SHA256_Update(&state->outer, opad, sizeof opad);
    m_state = std::move(state);
}

AuditKey AuditKey::fromBytes(const QByteArray &bytes)
{
    Q_ASSERT(bytes.size() == Size);
    return AuditKey(bytes);
}

Result<AuditKey> AuditKey::generate()
{
    QByteArray bytes(Size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), Size) != 1)
        return makeError(ErrorCode::Failure,
                         AuditKeyFile::tr("Cannot make a random audit key: the system's random source "
                                          "failed."));
    return AuditKey(bytes);
}

void AuditKey::macHex(const char *data, size_t size, char out[64]) const
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_CTX ctx = m_state->inner;
    SHA256_Update(&ctx, data, size);
    SHA256_Final(digest, &ctx);
    ctx = m_state->outer;
    SHA256_Update(&ctx, digest, sizeof digest);
    SHA256_Final(digest, &ctx);
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 0xF];
    }
}

QString AuditKeyFile::defaultPath(const QString &databaseId)
{
    // GenericConfigLocation, not AppConfigLocation: the same folder whatever the program's name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/dsrdesk/audit-keys/") + databaseId + QStringLiteral(".key");
}

QString AuditKeyFile::resolve(const QString &override, const QString &databaseId)
{
    if (!override.isEmpty())
        return override;
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath(databaseId);
}

Result<AuditKey> AuditKeyFile::load(const QString &path, const QString &databaseId)
{
    const QString restore = tr("Restore it from the backup of the audit key (see “Audit trail” in "
                               "the administration guide); without it no change can be recorded.");
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::Failure,
                         tr("The audit key file %1 of this database is missing. %2").arg(path, restore));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Failure,
            tr("Cannot read the audit key file %1: %2. %3").arg(path, file.errorString(), restore));
    const QByteArray data = file.read(4096);
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    const QByteArray key = QByteArray::fromHex(o.value(QStringLiteral("key")).toString().toLatin1());
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)
        || key.size() != AuditKey::Size)
        return makeError(ErrorCode::Failure,
                         tr("The audit key file %1 is damaged or not an audit key. %2").arg(path, restore));
    const QString owner = o.value(QStringLiteral("database_id")).toString();
    if (owner != databaseId)
        return makeError(ErrorCode::Failure,
                         tr("The audit key file %1 belongs to another database (%2), not to this one (%3). "
                            "%4")
                             .arg(path, owner, databaseId, restore));
    return AuditKey::fromBytes(key);
}

Status AuditKeyFile::create(const QString &path, const QString &databaseId, const AuditKey &key)
{
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::Conflict,
            tr("The audit key file %1 already exists; an audit key is never replaced.").arg(path));
    if (Status s = ensureFolder(path, path == defaultPath(databaseId)); !s)
        return s;
    const QJsonObject o { { QStringLiteral("format"), QLatin1String(kFormat) },
                          { QStringLiteral("database_id"), databaseId },
                          { QStringLiteral("created_utc"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                          { QStringLiteral("key"), QString::fromLatin1(key.bytes().toHex()) } };
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    // QTemporaryFile is created 0600; the rename does not replace a file that appeared meanwhile
    // (another program switching the same database at the same moment).
    QTemporaryFile temp(QFileInfo(path).absolutePath() + QStringLiteral("/.audit-key-XXXXXX"));
    if (!temp.open() || temp.write(data) != data.size() || !temp.flush()) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            temp, error, tr("Cannot write the audit key file %1").arg(path),
            makeError(ErrorCode::Failure,
                      tr("Cannot write the audit key file %1: %2").arg(path, temp.errorString())));
    }
#ifdef Q_OS_UNIX
    if (::fsync(temp.handle()) != 0)
        return makeError(ErrorCode::Failure, tr("Cannot write the audit key file %1.").arg(path));
#endif
    temp.setPermissions(kOwnerOnly);
    temp.close();
    if (!QFile::rename(temp.fileName(), path))
        return makeError(ErrorCode::Conflict,
                         tr("Cannot create the audit key file %1 (does it exist already?).").arg(path));
    temp.setAutoRemove(false);
    return {};
}

Status AuditKeyFile::writeOwnerOnly(const QString &path, const QByteArray &data)
{
    if (Status s = ensureFolder(path, false); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)
        || file.write(data) != data.size() || !file.commit()) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            file, error, tr("Cannot write %1").arg(path),
            makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString())));
    }
    return {};
}

} // namespace dsr
