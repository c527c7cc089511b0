#include "BackupArchive.h"

#include "DiskFull.h"

#include <QFile>
#include <QtEndian>

#include <cerrno>

#include <sodium.h>

namespace dsr {

namespace {

constexpr char kMagic[] = "DSRDESK-BACKUP\n";
constexpr int kMagicSize = sizeof kMagic - 1;
constexpr quint8 kFormatVersion = 1;
constexpr int kSaltSize = crypto_pwhash_SALTBYTES;
constexpr int kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr int kTagSize = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int kMaxNameSize = 1024;
constexpr int kShaSize = 32;
// Upper bounds on the cost a header may ask for: a crafted file must not make the reader spend
// gigabytes or minutes before it can say "wrong passphrase".
constexpr quint64 kMaxOps = 16;
constexpr quint64 kMaxMem = quint64(1) << 30;

struct Cost
{
    quint64 ops;
    quint64 mem;
};

// The cost of deriving the key: libsodium's "moderate" (3 passes, 256 MiB), as for passwords. Test
// builds only (DSR_TEST_HASH_SWITCH, never Release) use the minimum with DSR_TEST_HASH_COST=minimum
// (PasswordHasher does the same); the cost is written into the header, so any build reads it.
Cost writeCost()
{
#ifdef DSR_TEST_HASH_SWITCH
    if (qEnvironmentVariable("DSR_TEST_HASH_COST") == QLatin1String("minimum"))
        return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
#endif
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The 32-byte key, wiped when it goes.
struct StreamKey
{
    unsigned char bytes[kKeySize];
    StreamKey() { sodium_memzero(bytes, sizeof bytes); }
    ~StreamKey() { sodium_memzero(bytes, sizeof bytes); }
};

bool deriveKey(StreamKey &key, const QString &passphrase, const unsigned char *salt, Cost cost)
{
    QByteArray utf8 = passphrase.toUtf8();
    const int rc = crypto_pwhash(key.bytes, sizeof key.bytes, utf8.constData(), quint64(utf8.size()), salt,
                                 cost.ops, size_t(cost.mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

} // namespace

// ---- Writer ----

struct BackupArchiveWriter::Private
{
    QIODevice *out = nullptr;
    bool encrypted = false;
    crypto_secretstream_xchacha20poly1305_state state {};
    QByteArray fileHeader; // additional data of the first encrypted frame
    bool firstFrame = true;
    bool finished = false;
    QByteArray pending; // payload not yet framed, < ChunkSize bytes between calls
    QCryptographicHash payloadHash { QCryptographicHash::Sha256 };

    ~Private() { sodium_memzero(&state, sizeof state); }

    // Called right after the failed write, before anything else can change errno.
    Status fail() const
    {
        const int error = errno;
        return DiskFull::fileErrorOr(
            *out, error, BackupArchiveWriter::tr("Cannot write the backup file"),
            makeError(ErrorCode::Failure,
                      BackupArchiveWriter::tr("Cannot write the backup file: %1").arg(out->errorString())));
    }

    Status writeRaw(const QByteArray &bytes)
    {
        return out->write(bytes) == bytes.size() ? Status {} : fail();
    }

    Status frame(const QByteArray &plain, bool last)
    {
        if (!encrypted)
            return plain.isEmpty() ? Status {} : writeRaw(le32(quint32(plain.size())) + plain);
        QByteArray cipher(plain.size() + kTagSize, Qt::Uninitialized);
        unsigned long long cipherSize = 0;
        const QByteArray ad = firstFrame ? fileHeader : QByteArray();
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &cipherSize,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        firstFrame = false;
        cipher.resize(qsizetype(cipherSize));
        return writeRaw(le32(quint32(cipher.size())) + cipher);
    }

    Status payload(const QByteArray &bytes, bool hashed = true)
    {
        if (hashed)
            payloadHash.addData(bytes);
        pending.append(bytes);
        while (pending.size() >= ChunkSize) {
            if (Status s = frame(pending.left(ChunkSize), false); !s)
                return s;
            pending.remove(0, ChunkSize);
        }
        return {};
    }

    Status memberHeader(const QString &name, qint64 size)
    {
        const QByteArray utf8 = name.toUtf8();
        Q_ASSERT(!utf8.isEmpty() && utf8.size() <= kMaxNameSize);
        return payload(le32(quint32(utf8.size())) + utf8 + le64(quint64(size)));
    }
};

BackupArchiveWriter::BackupArchiveWriter(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

BackupArchiveWriter::~BackupArchiveWriter() = default;

Result<std::unique_ptr<BackupArchiveWriter>> BackupArchiveWriter::start(QIODevice &out,
                                                                        const QString &passphrase)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Failure, tr("The encryption library could not be started."));
    auto d = std::make_unique<Private>();
    d->out = &out;
    d->encrypted = !passphrase.isEmpty();
    QByteArray header = QByteArray(kMagic, kMagicSize);
    header.append(char(kFormatVersion));
    header.append(char(d->encrypted ? 1 : 0));
    if (d->encrypted) {
        unsigned char salt[kSaltSize];
        randombytes_buf(salt, sizeof salt);
        const Cost cost = writeCost();
        StreamKey key;
        if (!deriveKey(key, passphrase, salt, cost))
            return makeError(ErrorCode::Failure, tr("Not enough memory to derive the backup's key."));
        unsigned char streamHeader[kStreamHeaderSize];
        crypto_secretstream_xchacha20poly1305_init_push(&d->state, streamHeader, key.bytes);
        header.append(reinterpret_cast<const char *>(salt), kSaltSize);
        header.append(le64(cost.ops));
        header.append(le64(cost.mem));
        header.append(reinterpret_cast<const char *>(streamHeader), kStreamHeaderSize);
    }
    d->fileHeader = header;
    if (Status s = d->writeRaw(header); !s)
        return s.error();
    return std::unique_ptr<BackupArchiveWriter>(new BackupArchiveWriter(std::move(d)));
}

Status BackupArchiveWriter::addBytes(const QString &name, const QByteArray &data)
{
    Q_ASSERT(!d->finished);
    if (Status s = d->memberHeader(name, data.size()); !s)
        return s;
    return d->payload(data);
}

Status BackupArchiveWriter::addFile(const QString &name, const QString &path)
{
    Q_ASSERT(!d->finished);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Failure, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (Status s = d->memberHeader(name, size); !s)
        return s;
    qint64 done = 0;
    while (done < size) {
        const QByteArray piece = file.read(qMin<qint64>(ChunkSize, size - done));
        if (piece.isEmpty())
            return makeError(ErrorCode::Failure, tr("Cannot read %1: %2").arg(path, file.errorString()));
        done += piece.size();
        if (Status s = d->payload(piece); !s)
            return s;
    }
    return {};
}

Status BackupArchiveWriter::finish()
{
    Q_ASSERT(!d->finished);
    d->finished = true;
    if (Status s = d->payload(le32(0)); !s)
        return s;
    if (Status s = d->payload(d->payloadHash.result(), false); !s)
        return s;
    const QByteArray rest = d->pending;
    d->pending.clear();
    return d->frame(rest, true);
}

// ---- Reader ----

namespace {

class FrameSource
{
    Q_DECLARE_TR_FUNCTIONS(BackupArchiveReader)
public:
    FrameSource(QIODevice &in, bool encrypted, QByteArray fileHeader)
        : m_in(in)
        , m_encrypted(encrypted)
        , m_fileHeader(std::move(fileHeader))
    {
    }
    ~FrameSource() { sodium_memzero(&state, sizeof state); }

    crypto_secretstream_xchacha20poly1305_state state {};

    // Exactly `n` payload bytes.
    Result<QByteArray> take(qint64 n)
    {
        while (m_buffer.size() - m_offset < n) {
            if (Status s = nextFrame(); !s)
                return s.error();
        }
        QByteArray out = m_buffer.mid(m_offset, n);
        m_offset += n;
        if (m_offset == m_buffer.size()) {
            m_buffer.clear();
            m_offset = 0;
        }
        return out;
    }

    // After the trailer: nothing may be left, neither payload nor file.
    Status atEnd()
    {
        if (m_buffer.size() > m_offset || !m_in.atEnd() || (m_encrypted && !m_final))
            return makeError(ErrorCode::Validation,
                             tr("The backup file has bytes after its end: it was altered or is no "
                                "backup of this program. Nothing was restored."));
        return {};
    }

private:
    Status truncated() const
    {
        return makeError(ErrorCode::Validation,
                         tr("The backup file is truncated: it ends before its last part. Nothing was "
                            "restored."));
    }

    Status nextFrame()
    {
        if (m_final)
            return truncated(); // the payload wants more than the last frame held
        const QByteArray sizeBytes = m_in.read(4);
        if (sizeBytes.size() < 4)
            return truncated();
        const quint32 size = qFromLittleEndian<quint32>(sizeBytes.constData());
        const quint32 max = quint32(BackupArchiveWriter::ChunkSize) + (m_encrypted ? kTagSize : 0);
        const quint32 min = m_encrypted ? kTagSize : 1;
        if (size < min || size > max)
            return altered();
        const QByteArray frame = m_in.read(size);
        if (frame.size() < qsizetype(size))
            return truncated();
        const qint64 frameStart = m_frames;
        ++m_frames;
        QByteArray plain;
        if (!m_encrypted) {
            plain = frame;
        } else {
            plain.resize(frame.size() - kTagSize);
            unsigned long long plainSize = 0;
            unsigned char tag = 0;
            const QByteArray ad = frameStart == 0 ? m_fileHeader : QByteArray();
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &state, reinterpret_cast<unsigned char *>(plain.data()), &plainSize, &tag,
                    reinterpret_cast<const unsigned char *>(frame.constData()), quint64(frame.size()),
                    reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()))
                != 0) {
                if (frameStart == 0)
                    return makeError(ErrorCode::Validation,
                                     tr("The passphrase is wrong, or the backup file was altered: it "
                                        "cannot be decrypted. Nothing was restored."));
                return altered();
            }
            plain.resize(qsizetype(plainSize));
            m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        }
        if (m_offset > 0) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
        }
        m_buffer.append(plain);
        return {};
    }

    Status altered() const
    {
        return makeError(ErrorCode::Validation,
                         tr("The backup file was altered or damaged (part %1 does not authenticate). "
                            "Nothing was restored.")
                             .arg(m_frames + 1));
    }

    QIODevice &m_in;
    bool m_encrypted;
    QByteArray m_fileHeader;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_frames = 0;
    bool m_final = false;
};

struct FileHeader
{
    bool encrypted = false;
    QByteArray bytes;
    unsigned char salt[kSaltSize] {};
    Cost cost { 0, 0 };
    unsigned char streamHeader[kStreamHeaderSize] {};
};

Result<FileHeader> readHeader(QIODevice &in)
{
    FileHeader h;
    h.bytes = in.read(kMagicSize + 2);
    if (h.bytes.size() < kMagicSize + 2 || !h.bytes.startsWith(QByteArray(kMagic, kMagicSize)))
        return makeError(
            ErrorCode::Validation,
            BackupArchiveReader::tr("This file is no backup made by DSR Desk. Nothing was restored."));
    const quint8 version = quint8(h.bytes.at(kMagicSize));
    if (version != kFormatVersion)
        return makeError(ErrorCode::Validation,
                         BackupArchiveReader::tr(
                             "This backup has format version %1; this program reads "
                             "version %2. Restore it with the program that made it. Nothing was restored.")
                             .arg(version)
                             .arg(kFormatVersion));
    const quint8 mode = quint8(h.bytes.at(kMagicSize + 1));
    if (mode > 1)
        return makeError(
            ErrorCode::Validation,
            BackupArchiveReader::tr("The backup file's header was altered. Nothing was restored."));
    h.encrypted = mode == 1;
    if (!h.encrypted)
        return h;
    const QByteArray rest = in.read(kSaltSize + 16 + kStreamHeaderSize);
    if (rest.size() < kSaltSize + 16 + kStreamHeaderSize)
        return makeError(
            ErrorCode::Validation,
            BackupArchiveReader::tr("The backup file is truncated: its header is incomplete. Nothing was "
                                    "restored."));
    h.bytes.append(rest);
    memcpy(h.salt, rest.constData(), kSaltSize);
    h.cost.ops = qFromLittleEndian<quint64>(rest.constData() + kSaltSize);
    h.cost.mem = qFromLittleEndian<quint64>(rest.constData() + kSaltSize + 8);
    memcpy(h.streamHeader, rest.constData() + kSaltSize + 16, kStreamHeaderSize);
    if (h.cost.ops < crypto_pwhash_OPSLIMIT_MIN || h.cost.ops > kMaxOps
        || h.cost.mem < crypto_pwhash_MEMLIMIT_MIN || h.cost.mem > kMaxMem)
        return makeError(ErrorCode::Validation,
                         BackupArchiveReader::tr("The backup file's header was altered (its key cost is "
                                                 "out of range). Nothing was restored."));
    return h;
}

} // namespace

Result<bool> BackupArchiveReader::isEncrypted(QIODevice &in)
{
    auto h = readHeader(in);
    if (!h)
        return h.error();
    return h->encrypted;
}

Result<QList<BackupArchiveReader::Member>> BackupArchiveReader::read(QIODevice &in, const QString &passphrase,
                                                                     const SinkFor &sinkFor)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Failure, tr("The encryption library could not be started."));
    auto header = readHeader(in);
    if (!header)
        return header.error();
    FrameSource source(in, header->encrypted, header->bytes);
    if (header->encrypted) {
        if (passphrase.isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("This backup is encrypted: give its passphrase. Nothing was restored."));
        StreamKey key;
        if (!deriveKey(key, passphrase, header->salt, header->cost))
            return makeError(ErrorCode::Failure, tr("Not enough memory to derive the backup's key."));
        if (crypto_secretstream_xchacha20poly1305_init_pull(&source.state, header->streamHeader, key.bytes)
            != 0)
            return makeError(ErrorCode::Validation,
                             tr("The backup file's header was altered. Nothing was restored."));
    }

    QList<Member> members;
    QCryptographicHash payloadHash(QCryptographicHash::Sha256);
    auto take = [&](qint64 n, bool hashed = true) -> Result<QByteArray> {
        auto bytes = source.take(n);
        if (bytes && hashed)
            payloadHash.addData(bytes.value());
        return bytes;
    };
    const Error malformed = makeError(ErrorCode::Validation,
                                      tr("The backup file is damaged: its contents cannot be read. "
                                         "Nothing was restored."));
    for (;;) {
        auto nameSize = take(4);
        if (!nameSize)
            return nameSize.error();
        const quint32 n = qFromLittleEndian<quint32>(nameSize->constData());
        if (n == 0)
            break;
        if (n > quint32(kMaxNameSize))
            return malformed;
        auto name = take(n);
        if (!name)
            return name.error();
        auto sizeBytes = take(8);
        if (!sizeBytes)
            return sizeBytes.error();
        const quint64 size = qFromLittleEndian<quint64>(sizeBytes->constData());
        if (size > (quint64(1) << 48))
            return malformed;
        Member m { QString::fromUtf8(name.value()), qint64(size), {} };
        auto sink = sinkFor(m.name, m.size);
        if (!sink)
            return sink.error();
        QCryptographicHash memberHash(QCryptographicHash::Sha256);
        qint64 left = m.size;
        while (left > 0) {
            auto piece = take(qMin<qint64>(left, BackupArchiveWriter::ChunkSize));
            if (!piece)
                return piece.error();
            memberHash.addData(piece.value());
            if (sink.value()->write(piece.value()) != piece->size()) {
                const int error = errno;
                return DiskFull::fileErrorOr(
                    *sink.value(), error, tr("Cannot write %1").arg(m.name),
                    makeError(ErrorCode::Failure,
                              tr("Cannot write %1: %2").arg(m.name, sink.value()->errorString())));
            }
            left -= piece->size();
        }
        m.sha256 = QString::fromLatin1(memberHash.result().toHex());
        members.append(m);
    }
    const QByteArray expected = payloadHash.result();
    auto trailer = take(kShaSize, false);
    if (!trailer)
        return trailer.error();
    if (trailer.value() != expected)
        return makeError(ErrorCode::Validation,
                         tr("The backup file was altered or damaged: its checksum does not match. "
                            "Nothing was restored."));
    if (Status s = source.atEnd(); !s)
        return s.error();
    return members;
}

} // namespace dsr
