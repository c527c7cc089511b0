#pragma once
// The detectors that suggest boxes: every hit of a search text, My Numbers, Japanese telephone
// numbers, postal codes and the full names of other members. Each reads one page's text
// (PageText, from the PDF's text layer, or from OCR — PageOcr — on a page without one) and
// returns hits with one rectangle per word part; the clerk accepts or rejects them, the command
// line takes them all. Each rectangle is the word part's glyph boxes with half a point around them.
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
// - Members' names: the page's text folded as searchKey folds it is looked up position by position
//   in a MemberNameIndex (full names only, the requester never among them); the longest name at a
//   position wins and the scan goes on after it.
// - OCR: findAll() renders each page without a text layer at PageOcr::Dpi and runs the same
//   detectors on what Tesseract read; those hits have the source Ocr ("ocr" in the log) and keep
//   the detector that found them in `detector`.

#include "Redaction.h"

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace dsr {

class MemberNameIndex;
class PageText;
class SourceDocument;

// How far a search of a document has come: the page being read (from 0), the pages in all, and
// how much of that page's OCR is done (0–100; 100 at once for a page with a text layer). Returning
// false stops the search.
using RedactionProgress = std::function<bool(int page, int pages, int percent)>;

// Which detectors to run over a document.
struct RedactionDetectors
{
    QStringList searches; // every hit of each text
    bool myNumbers = false;
    bool phones = false;
    bool postalCodes = false;
    // Other members' full names (built without the requester); null or empty: not looked for.
    std::shared_ptr<const MemberNameIndex> memberNames {};
    // Pages without a text layer are read by OCR when any detector is asked for and OCR is
    // available (PageOcr::available).
    bool ocr = true;
    // Called by findAll() when it is given no progress of its own.
    RedactionProgress progress {};

    bool any() const;
};

// What findAll() found in a document, and which pages it could only read by OCR.
struct FoundHits
{
    QList<RedactionHit> hits;
    QList<int> pagesWithoutText; // pages (from 0) without a text layer
    QList<int> ocrPages; // those of them read by OCR (all of them unless OCR is off or missing)
    QString ocrUnavailable; // why pages without text were not read, when they were not
};

class RedactionFinder
{
    Q_DECLARE_TR_FUNCTIONS(RedactionFinder)
public:
    // Hits on one page (`page` is only copied into the hits).
    static QList<RedactionHit> search(const PageText &text, int page, const QString &needle);
    static QList<RedactionHit> myNumbers(const PageText &text, int page);
    static QList<RedactionHit> phones(const PageText &text, int page);
    static QList<RedactionHit> postalCodes(const PageText &text, int page);
    static QList<RedactionHit> memberNames(const PageText &text, int page, const MemberNameIndex &index);

    // Every detector of `detectors` over `text`, in the order search, My Number, telephone, postal
    // code, member name; a range that lies wholly within one found before is not reported again (a telephone
    // number searched for is one hit, of the search). Overlapping hits are all kept: their boxes
    // together cover both.
    static QList<RedactionHit> find(const PageText &text, int page, const RedactionDetectors &detectors);
    // findAll's hits: every page, by OCR where it has no text layer. Empty when findAll fails (a
    // warning is logged); callers that must tell the clerk which pages were OCR'd, or why nothing
    // was found, use findAll.
    static QList<RedactionHit> find(const SourceDocument &document, const RedactionDetectors &detectors);
    // Every page: its text layer, or OCR where it has none (detectors.ocr and PageOcr::available),
    // hits on OCR'd text with the source Ocr. `progress` (detectors.progress when empty) is called
    // for every page and while OCR runs; Failure when it stopped the search or a page could not be
    // rendered or read.
    static Result<FoundHits> findAll(const SourceDocument &document, const RedactionDetectors &detectors,
                                     const RedactionProgress &progress = {});

    // The key a search text is compared by; empty when nothing is left to search for (only
    // spaces).
    static QString searchKey(const QString &needle);
};

} // namespace dsr
