#pragma once
// Burn-in (issue 12): the redacted copy of a SourceDocument is rebuilt from pixels. Every page is
// rendered at the chosen resolution (300 dpi by default, 200 to 600), its boxes are filled solid
// black in the image, and the pages are written as an image-only PDF (ImagePdfWriter) — nothing of
// the source's text, fonts, annotations, forms, attachments, scripts or metadata survives. The
// written copy must pass RedactionProof before it is given out: a file is written to a temporary
// name in the target folder and renamed only after the proof; when anything fails, nothing is
// left behind.
//
// plan() turns what the clerk asked for (hand boxes, detectors, a ground and reason) into the
// boxes to burn and the strings the proof looks for; the window will build its plan from the boxes
// it shows instead, the command line lets plan() take every suggestion.

#include "ImagePdfWriter.h"
#include "PageText.h"
#include "Redaction.h"
#include "RedactionFinder.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>
#include <functional>

namespace dsr {

class SourceDocument;

// What to withhold from a document.
struct RedactionOrder
{
    QList<RedactionBox> boxes; // drawn by hand; pages from 0, points from the top-left
    RedactionDetectors detectors; // every suggestion of these is taken
    // Given to every box that has none of its own (the detectors' boxes, hand boxes without).
    QString ground;
    QString reason;
};

// The boxes to burn in, checked and clipped to their pages, duplicates dropped; and what the
// proof must not find in the copy's bytes.
struct RedactionPlan
{
    QList<RedactionBox> boxes;
    QStringList withheld;
    // Pages (from 0) without a text layer, and those of them the detectors read by OCR: what the
    // clerk is told (a page without text and without OCR got no suggestions).
    QList<int> pagesWithoutText;
    QList<int> ocrPages;
    QString ocrUnavailable; // why OCR did not run, when it was wanted and could not
};

struct RedactionOptions
{
    int dpi = 300;
    // Every page grey (8 bits) instead of bi-level where a page allows it: for scans with faint
    // pencil the automatic choice would lose.
    bool alwaysGrey = false;
    // Called after each page is written with the pages done and the pages in all; returning
    // false stops the redaction (nothing is left behind).
    std::function<bool(int done, int total)> progress;
};

// A copy that passed its proof.
struct RedactedCopy
{
    QString path; // writeFile: where it now is; empty for toBytes
    QByteArray pdf; // toBytes: the copy; empty for writeFile
    QString sha256; // hex, of the bytes written
    qint64 size = 0;
    int pages = 0;
    int dpi = 0;
    QList<PageEncoding> encodings; // per page: grey or bi-level
    QList<RedactionBox> log; // every box burnt in, in the plan's order
};

class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)
public:
    static constexpr int DefaultDpi = 300;
    static constexpr int MinimumDpi = 200;
    static constexpr int MaximumDpi = 600;
    // A box narrower or lower than this (points, after clipping to its page) is refused: too thin
    // to hide a character, and too thin to prove black.
    static constexpr double MinimumBoxPoints = 1.0;

    // Empty when `box` can be burnt into `document`; otherwise what is wrong with it, for the clerk
    // (the page does not exist, the box lies outside the page or is too small). Pages from 0.
    static QString boxProblem(const SourceDocument &document, const RedactionBox &box);
    // The dpi refused: outside MinimumDpi..MaximumDpi.
    static QString dpiProblem(int dpi);

    // Runs the detectors (OCR on pages without text, RedactionFinder::findAll) and gathers the
    // boxes (Validation when a hand box has a boxProblem; Failure when OCR failed or was stopped).
    static Result<RedactionPlan> plan(const SourceDocument &document, const RedactionOrder &order);

    // One page rendered at `dpi` with the boxes of `plan` on it filled black (Grayscale8): what
    // the copy shows of that page.
    static Result<QImage> burnPage(const SourceDocument &document, int page, const QList<RedactionBox> &boxes,
                                   int dpi);

    // Writes the copy to `outPath` (which must not exist; its folder must), proves it, and only
    // then gives it that name; the file is readable by its owner only.
    static Result<RedactedCopy> writeFile(const SourceDocument &document, const RedactionPlan &plan,
                                          const QString &outPath, const RedactionOptions &options = {});
    // The same in memory (for storing the copy on a request): proved bytes.
    static Result<RedactedCopy> toBytes(const SourceDocument &document, const RedactionPlan &plan,
                                        const RedactionOptions &options = {});
};

} // namespace dsr
