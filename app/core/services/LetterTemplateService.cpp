#include "LetterTemplateService.h"

#include <array>

#include "../Settings.h"
#include "../letters/LetterTemplates.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/Transaction.h"

#include <QCryptographicHash>

namespace dsr {

QString LetterTemplateService::textOf(const std::optional<LetterTemplateRow> &row)
{
    return row && row->source == QLatin1String("imported") ? row->body : QString();
}

Result<QString> LetterTemplateService::textInForce(LetterKind kind)
{
    auto active = LetterRepository(database()).activeTemplate(LetterKinds::id(kind));
    if (!active)
        return active.error();
    return textOf(active.value());
}

Result<QString> LetterTemplateService::exportTemplate(const Actor &actor, LetterKind kind)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("template"), LetterKinds::id(kind));
        !s)
        return s.error();
    auto active = LetterRepository(database()).activeTemplate(LetterKinds::id(kind));
    if (!active)
        return active.error();
    const QString imported = textOf(active.value());
    return imported.isEmpty() ? LetterTemplates::builtIn(kind) : imported;
}

Result<LetterTemplateRow> LetterTemplateService::importTemplate(const Actor &actor, LetterKind kind,
                                                                const QString &text)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("template"), LetterKinds::id(kind));
        !s)
        return s.error();
    if (Status s = LetterTemplates::validate(kind, text); !s)
        return s.error();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto row = LetterRepository(database())
                   .addTemplate(LetterKinds::id(kind), QStringLiteral("imported"), text, actor.userId);
    if (!row)
        return row.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("template.import"), QStringLiteral("template"),
                                      LetterKinds::id(kind),
                                      { { QStringLiteral("version"), row->version },
                                        { QStringLiteral("sha256"), row->sha256 } }));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return row;
}

Result<QList<LetterTemplateRow>> LetterTemplateService::templateVersions(const Actor &actor, LetterKind kind)
{
    if (Status s = require(actor, Operation::SettingsRead, QStringLiteral("template"), LetterKinds::id(kind));
        !s)
        return s.error();
    return LetterRepository(database()).templates(LetterKinds::id(kind));
}

namespace {

quint32 crc32Of(const char *data, qsizetype size)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ static_cast<quint8>(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
        | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

// Whether `png` is a whole PNG file before any decoder sees it: the signature, then chunks whose
// lengths fit and whose CRCs match, IHDR first (at most 8,000 pixels a side: a seal, not a
// decompression bomb), IEND last. A damaged or truncated file is refused here, with its reason,
// instead of making the image library complain on the terminal.
bool wellFormedPng(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(signature))
        return false;
    qsizetype at = signature.size();
    bool first = true;
    while (at + 12 <= png.size()) {
        const quint32 length = bigEndian32(png, at);
        if (length > quint32(png.size() - at - 12))
            return false;
        const QByteArray type = png.mid(at + 4, 4);
        if (crc32Of(png.constData() + at + 4, qsizetype(length) + 4) != bigEndian32(png, at + 8 + length))
            return false;
        if (first) {
            if (type != "IHDR" || length != 13)
                return false;
            const quint32 width = bigEndian32(png, at + 8);
            const quint32 height = bigEndian32(png, at + 12);
            if (width == 0 || height == 0 || width > 8000 || height > 8000)
                return false;
            first = false;
        }
        at += 12 + qsizetype(length);
        if (type == "IEND")
            return at == png.size();
    }
    return false;
}

} // namespace

Status LetterTemplateService::setSeal(const Actor &actor, const QByteArray &png)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("seal"), QStringLiteral("-")); !s)
        return s;
    if (!wellFormedPng(png))
        return makeError(ErrorCode::Validation,
                         tr("The seal image is not a whole PNG file (damaged, cut short, or larger than "
                            "8,000 pixels a side). Save the scan as PNG again."));
    const QImage image = QImage::fromData(png, "PNG");
    if (image.isNull())
        return makeError(ErrorCode::Validation, tr("The seal image is not a PNG file."));
    if (image.width() < 100 || image.height() < 100)
        return makeError(ErrorCode::Validation,
                         tr("The seal image is %1×%2 pixels; scan it at 100 pixels or more on each side.")
                             .arg(image.width())
                             .arg(image.height()));
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    return inTransaction([&] { return LetterRepository(database()).addSeal(png, hash, actor.userId); },
                         [&] {
                             return eventFor(actor, QStringLiteral("seal.import"), QStringLiteral("seal"),
                                             QStringLiteral("-"), { { QStringLiteral("sha256"), hash } });
                         });
}

Result<LetterTemplateRow> LetterTemplateService::templateInForce(LetterKind kind, qint64 userId)
{
    LetterRepository letters(database());
    const QString id = LetterKinds::id(kind);
    auto active = letters.activeTemplate(id);
    if (!active)
        return active.error();
    const QString builtIn = LetterTemplates::builtIn(kind);
    if (active.value()) {
        // An imported template stays in force; a built-in one is superseded by a program update.
        if (active.value()->source == QLatin1String("imported") || active.value()->body == builtIn)
            return *active.value();
    }
    return letters.addTemplate(id, QStringLiteral("builtin"), builtIn, userId);
}

Result<QImage> LetterTemplateService::sealImage(const OrganisationSettings &settings)
{
    if (settings.value(Setting::LetterSeal) != QLatin1String("image"))
        return QImage();
    auto png = LetterRepository(database()).latestSeal();
    if (!png)
        return png.error();
    return png->isEmpty() ? QImage() : QImage::fromData(*png, "PNG");
}

} // namespace dsr
