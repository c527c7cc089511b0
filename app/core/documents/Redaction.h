#pragma once
// The vocabulary of redaction (DESIGN.md "Documents and redaction"): a box withheld on a page, where
// it came from, and a detector's hit that may need several boxes (one per word it touches). The
// boxes a clerk keeps are the redaction log: page, rectangle, source, ground and reason, the
// letter's "parts not disclosed" are later grouped from it.
//
// Coordinates are PDF points (1/72 inch) from the top-left corner of the page as it is shown
// (page rotation applied), x to the right and y downwards: what Poppler's text boxes use and what
// `dsrctl redact --box PAGE:X,Y,W,H` takes. Pages are numbered from 0 here; the command line and
// the log printed for people count from 1.

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace dsr {

enum class RedactionSource {
    Box, // drawn by hand (or given with --box)
    Search, // a hit of a search text
    MyNumber, // a My Number with a valid check digit
    Phone, // a Japanese telephone number
    PostalCode, // a Japanese postal code
    // A suggestion of any detector on a page without a text layer, read by OCR; the detector that
    // found it is the box's or hit's `detector`.
    Ocr,
    MemberName, // the full name of another member (never the requester's own)
};

class RedactionSources
{
    Q_DECLARE_TR_FUNCTIONS(RedactionSources)
public:
    static QList<RedactionSource> all();
    // "box", "search", "my-number", "phone", "postal-code", "member-name", "ocr": stable, in logs
    // and JSON.
    static QString id(RedactionSource source);
    static std::optional<RedactionSource> fromId(const QString &id);
    static QString displayName(RedactionSource source);
    // Whether the withheld text of a box of this source may be shown or printed at all: never for
    // a My Number (DOMAIN.md §8), whose digits must not leave the document.
    static bool mayShowText(RedactionSource source) { return source != RedactionSource::MyNumber; }
    // The same for a box or hit found by `detector` and logged as `source` (a My Number read by
    // OCR is logged as "ocr" and still never shown).
    static bool mayShowText(RedactionSource source, RedactionSource detector)
    {
        return mayShowText(source) && mayShowText(detector);
    }
};

// One rectangle blacked out of the disclosed copy.
struct RedactionBox
{
    int page = 0; // from 0
    QRectF rect; // points from the page's top-left corner
    RedactionSource source = RedactionSource::Box;
    QString ground; // the legal ground (不開示事由), as the clerk or the command gave it
    QString reason; // why this part is withheld
    // The text under the box as the page writes it, for a detector's hit; empty for a hand-drawn
    // box. Checked for in the output's bytes, never logged (it is what is withheld); a My
    // Number's is never shown or stored either (RedactionSources::mayShowText).
    QString text;
    // The detector that found the text: `source` itself, except for a box from OCR (source Ocr),
    // where it says which detector read the OCR'd text (search, my-number …). Box for a hand box.
    RedactionSource detector = RedactionSource::Box;

    bool operator==(const RedactionBox &) const = default;
};

// A detector's find: one piece of text on one page. Text that runs over several words (a name
// split by the PDF's layout, a number broken over two lines) has one rectangle per word part.
struct RedactionHit
{
    int page = 0;
    RedactionSource source = RedactionSource::Search; // Ocr for a hit on OCR'd text
    RedactionSource detector = RedactionSource::Search; // what found it; `source` unless OCR
    QString text; // as written on the page (as OCR read it)
    // The plain form the proof also looks for: a number's digits ("090-1234-5678" → "09012345678");
    // empty when there is none.
    QString digits;
    QList<QRectF> rects; // points, one per word part, in reading order

    // The boxes that withhold this hit, each carrying `ground` and `reason`.
    QList<RedactionBox> boxes(const QString &ground, const QString &reason) const;
};

} // namespace dsr
