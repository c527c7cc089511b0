#pragma once
// A minimal PDF writer for pages that are nothing but a picture: per page one image XObject,
// Flate-compressed, drawn over the whole MediaBox — 8-bit DeviceGray, or, when the page is black
// and white, 1 bit per pixel as a stencil mask painted black. It writes exactly what this file shows and
// nothing else — no text, fonts, annotations, forms, outlines, scripts, Info dictionary or XMP metadata — so
// that a redacted copy carries nothing of its source but the pixels. Pages are written as they come (only one
// page's data is held), the page tree and the cross-reference table at the end.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

class QIODevice;

namespace dsr {

enum class PageEncoding {
    Grey, // 8 bits per pixel
    BiLevel, // 1 bit per pixel: dark pixels black, light ones white (an image mask painted black)
};

class ImagePdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImagePdfWriter)
public:
    // Pixels at or below this grey are black in a bi-level page.
    static constexpr int BiLevelThreshold = 128;

    // Writes to `device` (open for writing), starting at once with the header.
    explicit ImagePdfWriter(QIODevice *device);

    // Adds a page of `size` points (the MediaBox) showing `grey` (Format_Grayscale8) over all of
    // it. False with errorString() when the device refused the bytes or the image is unusable.
    bool addPage(const QImage &grey, const QSizeF &size, PageEncoding encoding);
    // Writes the page tree, the cross-reference table and the trailer. No page may follow.
    bool finish();

    int pageCount() const { return int(m_pages.size()); }
    QString errorString() const { return m_error; }

    // Bi-level when the page is black and white but for the antialiased edges of its text and
    // lines; grey when more than MaxGreyShare of its pixels are mid-grey (100–200) inside a
    // mid-grey area (so on all four sides): photos, grey shapes and fills. Edges of strokes are
    // never that, however dense the text: a text page at 300 dpi has 1–2 % grey pixels, none
    // inside an area; coloured text is darker than 100. 0.1 % of an A4 page is a 9 × 9 mm patch. Faint thin
    // marks (pencil on a scan lighter than BiLevelThreshold) are lost in a bi-level page; RedactionOptions
    // can ask for grey.
    static PageEncoding chooseEncoding(const QImage &grey);
    static constexpr double MaxGreyShare = 0.001;

private:
    bool write(QByteArrayView bytes);
    int beginObject(); // writes "N 0 obj\n" and returns N
    bool fail(const QString &message);

    QIODevice *m_device;
    qint64 m_written = 0;
    QList<qint64> m_offsets; // by object number - 1
    QList<int> m_pages; // the page objects
    int m_pagesObject = 0;
    bool m_failed = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace dsr
