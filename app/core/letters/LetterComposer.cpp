#include "LetterComposer.h"

#include "LetterTemplates.h"

namespace dsr {

Result<ComposedLetter> LetterComposer::compose(const LetterFacts &facts, const OrganisationSettings &settings,
                                               const QString &templateText, RenderOptions options)
{
    auto data = LetterDataBuilder::build(facts, settings);
    if (!data)
        return data.error();
    options.layout = LetterLayout::fromSettings(settings);
    const QString text = templateText.isEmpty() ? LetterTemplates::builtIn(facts.kind) : templateText;
    auto rendered = LetterRenderer::render(text, data.value(), options);
    if (!rendered)
        return rendered.error();
    return ComposedLetter { std::move(data).value(), std::move(rendered).value() };
}

} // namespace dsr
