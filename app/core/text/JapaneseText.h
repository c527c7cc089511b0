#pragma once
// Normalisation of Japanese text for search and for validated fields: NFKC (full/half width),
// hiragana → katakana, spaces, and variant kanji in names (髙/高, 﨑/崎 …) from the table in
// resources/text/name_variants.tsv.

#include <QString>

namespace dsr {

class JapaneseText
{
public:
    // The key a search term and a searched value are both reduced to: NFKC, lower case, no spaces
    // of any width, hiragana as katakana, variant kanji as their indexed form.
    static QString searchKey(const QString &text);
    // NFKC (half-width katakana become full-width) then hiragana → katakana; runs of spaces of
    // either width become one full-width space, as kana name fields are written.
    static QString toKatakana(const QString &text);
    // True when the text holds only katakana, the prolonged sound mark, ・ and spaces.
    static bool isKatakana(const QString &text);
    // "１２３－４５６７", "1234567", "123-4567" → "123-4567"; empty when it is not a postal code.
    static QString normalizePostalCode(const QString &text);
    // Replaces each variant kanji by its indexed form; the identity for everything else.
    static QString foldVariants(const QString &text);
    // An address cut short for telling people apart on screen: the prefecture, city and town,
    // without block and house numbers or the building — "長崎県長崎市本町1-2-3 ハイツ101" →
    // "長崎県長崎市本町". Cut at the first digit (any width) or at a kanji-numeral 丁目 / 番地;
    // an address without either is returned whole (trimmed).
    static QString abridgedAddress(const QString &address);
};

} // namespace dsr
