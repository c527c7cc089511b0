// Letter templates: MustacheTemplate::parse and render, LetterTemplates::validate and split — what
// `dsrctl template import` and the template settings check an administrator's file with, and
// what LetterRenderer then fills. The first byte picks the letter kind, the rest is the template
// (UTF-8). The data is fixed: every field the kind knows, each text holding what escaping must
// defuse.
//
// Invariants: a template validate() accepts parses and splits; split() cuts the text into
// pieces that give it back with the markers; a template that parses renders or is refused with
// Validation, never an engine Failure; every value comes out escaped; and a template validate()
// accepts renders with the kind's complete data (it must never print an empty hole) into HTML
// that still splits into its regions.

#include "FuzzSupport.h"
#include "letters/LetterKind.h"
#include "letters/LetterTemplates.h"
#include "letters/MustacheTemplate.h"

using namespace dsr;

namespace {

// U+E000 stands beside each character escaping must replace: "<\uE000" in the output can only
// be a value's "<" left as it was (the template's own text holds no U+E000, see below).
const QString kHostile = QStringLiteral("<\uE000&\uE000\"\uE000'\uE000>\n2行目");
const QStringList kUnescaped { QStringLiteral("<\uE000"), QStringLiteral("\uE000&\uE000"),
                               QStringLiteral("\uE000\""), QStringLiteral("\uE000'"),
                               QStringLiteral("\uE000>") };

QVariant value(const LetterField &field, int index)
{
    switch (field.type) {
    case LetterField::Type::Text:
        return kHostile;
    case LetterField::Type::Flag:
        return index % 2 == 0; // both branches of the flags, by turns
    case LetterField::Type::List: {
        QVariantList items;
        for (int i = 0; i < 2; ++i) {
            QVariantMap item;
            int n = 0;
            for (const LetterField &f : field.itemFields)
                item.insert(f.name, value(f, n++));
            items << item;
        }
        return items;
    }
    }
    return {};
}

// Every field of the kind, filled.
QVariantMap completeData(LetterKind kind)
{
    QVariantMap out;
    int n = 0;
    for (const LetterField &f : LetterKinds::fields(kind))
        out.insert(f.name, value(f, n++));
    return out;
}

void checkEscaped(const QString &html)
{
    for (const QString &raw : kUnescaped)
        DSR_FUZZ_ASSERT(!html.contains(raw),
                        QStringLiteral("a value printed unescaped: ") + fuzz::codePoints(raw));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QList<LetterKind> kinds = LetterKinds::all();
    const LetterKind kind = kinds.at(data[0] % kinds.size());
    const QString text = fuzz::text(data + 1, size - 1);

    const auto regions = LetterTemplates::split(text);
    if (regions) {
        QString joined = regions->preamble;
        const QString *parts[] = { &regions->heading, &regions->address, &regions->body, &regions->contact };
        int i = 0;
        for (LetterTemplates::Region r : LetterTemplates::regions())
            joined += LetterTemplates::marker(r) + *parts[i++];
        DSR_FUZZ_ASSERT(joined == text, QStringLiteral("split's regions do not give the text back"));
    }

    // validate(kind, text) is parse then validate(kind, parsed): the template is parsed once here
    // (the engine's own parse is most of the cost of an execution).
    const auto parsed = MustacheTemplate::parse(text);
    DSR_FUZZ_ASSERT(parsed.ok() || parsed.error().code == ErrorCode::Validation, parsed.error().message);
    if (!parsed) {
        DSR_FUZZ_ASSERT(!LetterTemplates::validate(kind, text),
                        QStringLiteral("validate accepted what parse refuses"));
        return 0;
    }
    const Status valid = LetterTemplates::validate(kind, parsed.value());
    DSR_FUZZ_ASSERT(valid.ok() || valid.error().code == ErrorCode::Validation, valid.error().message);
    if (valid)
        DSR_FUZZ_ASSERT(regions.ok(), QStringLiteral("validate accepted what split refuses"));
    DSR_FUZZ_ASSERT(parsed->text() == text, QStringLiteral("the parsed template lost its text"));
    QStringList names = parsed->names();
    DSR_FUZZ_ASSERT(names.removeDuplicates() == 0, names.join(QLatin1Char(',')));

    // The sentinel only works when the template itself holds no U+E000.
    const bool sentinel = !text.contains(QChar(0xE000));
    // The data of each kind, made once: complete, and with every other field left out.
    static const auto kindData = [] {
        QMap<LetterKind, QPair<QVariantMap, QVariantMap>> out;
        for (LetterKind k : LetterKinds::all()) {
            const QVariantMap all = completeData(k);
            QVariantMap some;
            bool keep = true;
            for (auto it = all.constBegin(); it != all.constEnd(); ++it, keep = !keep)
                if (keep)
                    some.insert(it.key(), it.value());
            out.insert(k, { all, some });
        }
        return out;
    }();
    const auto &[complete, partial] = *kindData.constFind(kind);
    const auto html = parsed->render(complete);
    if (!html) {
        DSR_FUZZ_ASSERT(html.error().code == ErrorCode::Validation,
                        QStringLiteral("the engine failed on a parsed template: ") + html.error().message);
        DSR_FUZZ_ASSERT(!valid,
                        QStringLiteral("a validated template cannot be filled with the kind's "
                                       "complete data: ")
                            + html.error().message);
    } else {
        if (sentinel)
            checkEscaped(html.value());
        // LetterRenderer cuts the filled template at the markers: what validate() accepts must
        // still have each of them once, in order, once filled.
        if (valid) {
            const auto filled = LetterTemplates::split(html.value());
            DSR_FUZZ_ASSERT(filled.ok(),
                            QStringLiteral("a validated template loses its regions when filled: ")
                                + filled.error().message);
        }
    }

    // Partial data: the strict check refuses what is missing, and still nothing prints unescaped.
    const auto some = parsed->render(partial);
    DSR_FUZZ_ASSERT(some.ok() || some.error().code == ErrorCode::Validation, some.error().message);
    if (some && sentinel)
        checkEscaped(some.value());

    // escapeHtml writes line breaks as <br />, and nothing else that HTML would read as markup.
    QString escaped = MustacheTemplate::escapeHtml(text);
    escaped.remove(QStringLiteral("<br />"));
    for (const QChar c : { QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('"'), QLatin1Char('\'') })
        DSR_FUZZ_ASSERT(!escaped.contains(c), QStringLiteral("escapeHtml left a ") + c);
    return 0;
}
