#pragma once
// OCR of a scanned page (issue 12): what the redaction detectors read on a page without a text
// layer. Debian's Tesseract 5 (tesseract-ocr-jpn and -eng) reads the page as Japanese with
// English; every recognised symbol keeps its own box (a Japanese "word" of Tesseract is often a
// run of characters), so a hit of RedactionFinder covers just its characters. Words carry a space
// after them only between two words of Latin letters or digits: Japanese writes none, and
// "山田太郎" read as four symbols is still one name.
//
// One Tesseract engine per call, so calls may run at the same time in worker threads; loading the
// languages takes a moment of each call. Progress comes from Tesseract's monitor (word recognition,
// after its layout analysis) and a false from the callback cancels the recognition.

#include "PageText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <functional>

namespace dsr {

class PageOcr
{
    Q_DECLARE_TR_FUNCTIONS(PageOcr)
public:
    // The resolution pages are rendered at for OCR: what Tesseract reads best.
    static constexpr double Dpi = 300.0;

    // Whether OCR can run here: Tesseract's Japanese data is installed. When not, `why` says what
    // to install.
    static bool available(QString *why = nullptr);

    // The words on `greyPage` (8-bit grey, or converted) scanned at `dpi`: rectangles in points
    // from the page's top-left corner (pixels / dpi × 72), one PageWord per recognised word, with a
    // box per character. `progress` gets 0–100 while the words are recognised; returning false
    // stops (Failure "stopped"). Failure when Tesseract cannot start (not available()).
    static Result<PageText> recognise(const QImage &greyPage, double dpi,
                                      const std::function<bool(int percent)> &progress = {});
};

} // namespace dsr
