#pragma once
// The one call that writes a letter: facts + settings (+ the template in force) → PDF bytes.
// What LetterService calls to preview (draft) and to issue a letter; it reads nothing from
// storage and writes nothing.
//
//   LetterFacts facts;                       // from the request, its decision, the workflow
//   facts.kind = LetterKind::Disclosure;
//   facts.request = request; facts.decision = decision;
//   facts.recipient = { {}, member.postalCode, member.address };
//   facts.documentNumber = allocated;        // or LetterDataBuilder::draftDocumentNumber(settings)
//   facts.issueDate = today; facts.personInCharge = clerk.displayName;
//   RenderOptions options;                   // draft, timestamp (the issue time), seal image
//   auto letter = LetterComposer::compose(facts, settings, storedTemplateOrEmpty, options);
//   // letter->rendered.pdf, letter->rendered.sha256, letter->rendered.pages

#include "LetterData.h"
#include "LetterRenderer.h"

namespace dsr {

struct ComposedLetter
{
    LetterData data; // the values the template was filled with
    RenderedLetter rendered;
};

class LetterComposer
{
public:
    // `templateText` empty: the built-in template of facts.kind. options.layout is replaced by
    // LetterLayout::fromSettings(settings).
    static Result<ComposedLetter> compose(const LetterFacts &facts, const OrganisationSettings &settings,
                                          const QString &templateText, RenderOptions options);
};

} // namespace dsr
