#pragma once
// A document opened for redaction: a PDF (through Poppler) or a scan as PNG, JPEG or multi-page
// TIFF (through Qt's image readers). It answers what redaction needs — pages, their size in
// points, the words on them with their rectangles, and the page as pixels at a resolution — and
// refuses what cannot be redacted safely, with a message for the clerk: encrypted or
// password-protected PDFs, files that do not parse, documents without pages, pages too large to
// hold as pixels, files over MaxBytes, anything that is not a regular file.
//
// Every call on one document runs under its own mutex (Poppler documents are not thread-safe),
// so the window may render on a worker while it asks for page sizes. The source bytes are never
// changed: redaction writes a new file (Redactor).

#include "PageText.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <memory>

namespace dsr {

class SourceDocument
{
    Q_DECLARE_TR_FUNCTIONS(SourceDocument)
public:
    enum class Format { Pdf, Png, Jpeg, Tiff };

    // The largest file opened (a 40-page colour scan at 300 dpi fits; the attachment limit of
    // RequestService is lower, so anything stored on a request can be redacted).
    static constexpr qint64 MaxBytes = 100LL * 1024 * 1024;
    // The most pixels one page may have at the resolution asked for: A3 at 600 dpi (70 million)
    // fits; the grey page then takes as many bytes.
    static constexpr qint64 MaxPagePixels = 100'000'000;
    // The longest side of a page in pixels (also what a PDF image may have in practice).
    static constexpr int MaxPageSide = 30'000;
    // The resolution a scan is taken to have when its file does not say.
    static constexpr double AssumedScanDpi = 300.0;

    // Reads `path` (a regular file of at most MaxBytes): NotFound when it does not exist,
    // Validation when it is refused (the message says why), Failure when it cannot be read.
    static Result<SourceDocument> open(const QString &path);
    // The same from bytes already read; `name` is what messages call the file.
    static Result<SourceDocument> fromBytes(const QByteArray &bytes, const QString &name);

    SourceDocument(SourceDocument &&) noexcept;
    SourceDocument &operator=(SourceDocument &&) noexcept;
    ~SourceDocument();

    Format format() const;
    static QString formatName(Format format); // "PDF", "PNG" …
    int pageCount() const;
    // In points; pages count from 0. Page rotation is applied (a landscape page is wider than high).
    QSizeF pageSize(int page) const;
    // The words of the page's text layer with their rectangles, and what the page shows of its
    // visible text and choice fields and free-text annotations (each one word over its whole
    // rectangle: they are drawn into the copy's pixels too). Empty for an image or a scanned PDF
    // page (PageOcr reads those, RedactionFinder::findAll).
    QList<PageWord> words(int page) const;
    PageText pageText(int page) const { return PageText(words(page)); }
    // Whether the page has text of its own (not only field values): a page without is a scan,
    // for OCR.
    bool hasTextLayer(int page) const;

    // The page's size in pixels at `dpi`: its size in points scaled, rounded up.
    QSize pixelSize(int page, double dpi) const;
    // Validation when page `page` would exceed MaxPagePixels or MaxPageSide at `dpi`, or does not
    // exist: what render() refuses before it starts.
    Status checkRenderable(int page, double dpi) const;
    // The page as 8-bit grey pixels (QImage::Format_Grayscale8) at `dpi`, white where nothing is
    // drawn; what Poppler draws (annotations with an appearance included) or the scan resampled.
    // Validation when the page would exceed MaxPagePixels or MaxPageSide at that resolution.
    Result<QImage> render(int page, double dpi) const;

private:
    struct Private;
    explicit SourceDocument(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace dsr
