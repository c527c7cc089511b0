#include "LetterTemplateService.h"

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

Status LetterTemplateService::setSeal(const Actor &actor, const QByteArray &png)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("seal"), QStringLiteral("-")); !s)
        return s;
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
