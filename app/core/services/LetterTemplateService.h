#pragma once
// Letter templates and the official seal (administrators): the template in force for each kind —
// the built-in one until an administrator imports another; every import is a new version after
// checking it, and each letter records the version it used — and the seal image printed when the
// setting letters.seal is "image". The issuing side asks here which template and seal to use.

#include "../letters/LetterKind.h"
#include "../storage/LetterRepository.h"
#include "ServiceBase.h"

#include <QImage>

namespace dsr {

class OrganisationSettings;

class LetterTemplateService : public ServiceBase
{
    // The messages kept the context they had in LetterService (their translations with them).
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    using ServiceBase::ServiceBase;

    // The one in force, and a new version after checking it.
    Result<QString> exportTemplate(const Actor &actor, LetterKind kind);
    Result<LetterTemplateRow> importTemplate(const Actor &actor, LetterKind kind, const QString &text);
    Result<QList<LetterTemplateRow>> templateVersions(const Actor &actor, LetterKind kind);
    // The official seal image (PNG), used when the setting letters.seal is "image".
    Status setSeal(const Actor &actor, const QByteArray &png);

    // For the issuing services (no permission check, nothing audited):
    // The text a letter of `kind` is composed from now: the imported template's; empty for the
    // built-in one.
    Result<QString> textInForce(LetterKind kind);
    // The template row in force for `kind`, recording the built-in one when it is new — inside the
    // issuing transaction.
    Result<LetterTemplateRow> templateInForce(LetterKind kind, qint64 userId);
    // The text of a template row as the composer takes it (empty for a built-in one).
    static QString textOf(const std::optional<LetterTemplateRow> &row);
    // The official seal when the settings print it (null image when none is stored), else null.
    Result<QImage> sealImage(const OrganisationSettings &settings);
};

} // namespace dsr
