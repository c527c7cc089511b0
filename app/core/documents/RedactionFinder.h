#pragma once
// The detectors that suggest boxes: every hit of a search text, My Numbers, Japanese telephone
// numbers and postal codes. Each reads one page's text (PageText, from the PDF's text layer now,
// from OCR later) and returns hits with one rectangle per word part; the clerk accepts or rejects
// them, the command line takes them all. Each rectangle is the word part's glyph boxes with half
// a point around them.
//
// - Search: the text and the page are compared as JapaneseText::searchKey folds them — full and
//   half width, upper and lower case, hiragana and katakana, variant kanji (髙/高) alike, spaces
//   ignored — so "山田太郎" finds "山田 太郎" and "ﾔﾏﾀﾞ" finds "ヤマダ", across word boundaries.
// - My Numbers: MyNumber::find on the page's text (any grouping, spaces, hyphens, full-width
//   digits, a number broken over two lines); only numbers with a valid check digit.
// - Telephone numbers: a 0 and 10 digits in all (fixed lines: 03-1234-5678, (0956)22-1234,
//   0956(22)1234, 0312345678), or 11 digits for mobiles and the like (070/080/090/050/060/020 and
//   0800); +81 instead of the first 0; hyphens, spaces, brackets and full-width forms as written.
// - Postal codes: 〒 with 7 digits (〒857-0001, 〒8570001, 〒 857-0001), or NNN-NNNN standing alone
//   (857-0001) — not the tail of a telephone number.

#include "Redaction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dsr {

class PageText;
class SourceDocument;

// Which detectors to run over a document.
struct RedactionDetectors
{
    QStringList searches; // every hit of each text
    bool myNumbers = false;
    bool phones = false;
    bool postalCodes = false;

    bool any() const { return !searches.isEmpty() || myNumbers || phones || postalCodes; }
};

class RedactionFinder
{
public:
    // Hits on one page (`page` is only copied into the hits).
    static QList<RedactionHit> search(const PageText &text, int page, const QString &needle);
    static QList<RedactionHit> myNumbers(const PageText &text, int page);
    static QList<RedactionHit> phones(const PageText &text, int page);
    static QList<RedactionHit> postalCodes(const PageText &text, int page);

    // Every detector of `detectors` over `text`, in the order search, My Number, telephone, postal
    // code; a range that lies wholly within one found before is not reported again (a telephone
    // number searched for is one hit, of the search). Overlapping hits are all kept: their boxes
    // together cover both.
    static QList<RedactionHit> find(const PageText &text, int page, const RedactionDetectors &detectors);
    // The same over every page of a document with a text layer.
    static QList<RedactionHit> find(const SourceDocument &document, const RedactionDetectors &detectors);

    // The key a search text is compared by; empty when nothing is left to search for (only
    // spaces).
    static QString searchKey(const QString &needle);
};

} // namespace dsr
