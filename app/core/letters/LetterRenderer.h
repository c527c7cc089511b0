#pragma once
// Renders a letter template filled with LetterData to PDF bytes, in process: QTextDocument laid
// out on a QPdfWriter (QtGui only), A4, PDF/A-1b, BIZ UDMincho embedded, so that pdftotext
// extracts exactly what was written (髙 and 﨑 included).
//
// Page 1 carries the heading region (文書番号, date, sender) at the top right and the address region
// in the window of a 長形3号 window envelope; the body region starts below both and flows over
// as many pages as it needs; the contact box sits at the bottom right of the last page. With more
// than one page every page is marked "N/M" at the bottom. A draft carries a large light 「案」 on
// every page. Every digit of the letter is written in the width LetterData::digits says.
//
// The same template, data and options give the same bytes: the PDF's creation date is
// RenderOptions::timestamp and its file identifier is derived from the content.
//
// Lengths a template gives in CSS px (table padding, margins) are 1/96 inch when the screen's
// logical DPI is 96 — offscreen and the usual desktops; QTextDocument scales them from the
// screen's DPI. Font sizes in pt and every position set here in millimetres do not depend on it.
// Ideographic spaces (U+3000) in templates and values are kept, not collapsed as HTML would.
//
// Needs a QGuiApplication (fonts); dsrctl must create one to render. Thread-safe: each call
// builds its own documents and writer.

#include "../Result.h"
#include "../Settings.h"
#include "LetterData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace dsr {

// Where things go on the A4 page, in millimetres from the top-left corner of the sheet.
struct LetterLayout
{
    double marginTopMm = 25; // pages after the first start here
    double marginBottomMm = 20;
    double marginLeftMm = 25;
    double marginRightMm = 20;
    // The address region: settings letters.address_*_mm (a 長形3号 window, see Settings.cpp).
    double addressLeftMm = 25;
    double addressTopMm = 17;
    double addressWidthMm = 80;
    double addressHeightMm = 38; // an address block taller than this is refused
    double headingWidthMm
        = 70; // the heading region, right-aligned to the right margin, level with the address
    double contactWidthMm = 90; // the contact region, right-aligned, above the bottom margin
    double gapMm = 5; // below the heading and address regions, and above the contact box
    double pageMarkFromBottomMm = 10; // the baseline of "N/M"

    static LetterLayout fromSettings(const OrganisationSettings &settings);
};

struct RenderOptions
{
    bool draft = false; // 「案」 on every page
    QDateTime timestamp; // the PDF's creation date; invalid: now. Pass the issue time.
    QImage seal; // the official seal, required when the data says seal_image
    LetterLayout layout;
};

struct RenderedLetter
{
    QByteArray pdf;
    int pages = 0;
    QByteArray sha256; // hex of pdf
};

class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
public:
    // Checks `templateText` for data.kind (LetterTemplates::validate), fills it (strictly, every
    // value escaped) and lays it out. Validation: a refused template, a missing or empty value,
    // an address block that does not fit the window, a seal image missing. Failure: no
    // QGuiApplication, the font is not installed, the PDF could not be written.
    static Result<RenderedLetter> render(const QString &templateText, const LetterData &data,
                                         const RenderOptions &options);

    // The family name of the letter font, loading it on first use: "BIZ UDMincho" from
    // fontconfig or from the places Debian's fonts-morisawa-bizud-mincho installs it.
    static Result<QString> fontFamily();
    static constexpr double kFontPointSize = 10.5; // the body text of Japanese official letters
};

} // namespace dsr
