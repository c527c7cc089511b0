#include "ImagePdfWriter.h"

#include <QIODevice>

#include <cstring>

namespace dsr {

namespace {

// zlib's level per encoding. A bi-level A4 text page at 300 dpi (Debian's Japanese maintainers'
// guide): level 3 takes 6 ms and 88 KB, level 6 15 ms and 78 KB, level 9 109 ms and 75 KB — the
// page is far below its 300 KB goal either way, and the export must keep within twice Poppler's
// own render time. Grey pages (photos) are several times larger: there level 6 pays.
constexpr int BiLevelCompression = 3;
constexpr int GreyCompression = 6;

// A number as PDF writes it: up to four decimals, no exponent, no trailing zeros, C locale.
QByteArray number(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 4);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

// The image's rows as PDF wants them: 8-bit rows without Qt's padding, or 1-bit rows (most
// significant bit first, a row padded to whole bytes), 0 black and 1 white.
QByteArray samples(const QImage &grey, PageEncoding encoding)
{
    const int w = grey.width();
    const int h = grey.height();
    if (encoding == PageEncoding::Grey) {
        QByteArray out(qsizetype(w) * h, Qt::Uninitialized);
        for (int y = 0; y < h; ++y)
            std::memcpy(out.data() + qsizetype(y) * w, grey.constScanLine(y), size_t(w));
        return out;
    }
    const int rowBytes = (w + 7) / 8;
    const int fullBytes = w / 8;
    constexpr uchar T = ImagePdfWriter::BiLevelThreshold;
    QByteArray out(qsizetype(rowBytes) * h, Qt::Uninitialized);
    auto *dst = reinterpret_cast<uchar *>(out.data());
    for (int y = 0; y < h; ++y) {
        const uchar *src = grey.constScanLine(y);
        uchar *row = dst + qsizetype(y) * rowBytes;
        // Eight pixels to a byte without a branch: seven times faster than bit by bit.
        for (int b = 0; b < fullBytes; ++b) {
            const uchar *p = src + b * 8;
            row[b] = uchar(((p[0] > T) << 7) | ((p[1] > T) << 6) | ((p[2] > T) << 5) | ((p[3] > T) << 4)
                           | ((p[4] > T) << 3) | ((p[5] > T) << 2) | ((p[6] > T) << 1) | (p[7] > T));
        }
        // The last byte's padding bits are white.
        if (fullBytes < rowBytes) {
            uchar byte = 0xff;
            for (int x = fullBytes * 8, bit = 7; x < w; ++x, --bit)
                if (src[x] <= T)
                    byte &= uchar(~(1u << bit));
            row[fullBytes] = byte;
        }
    }
    return out;
}

} // namespace

ImagePdfWriter::ImagePdfWriter(QIODevice *device)
    : m_device(device)
{
    // The binary comment tells transfer programs that the file is not text.
    write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    m_offsets = { m_written, 0 }; // 1: the catalogue, now; 2: the page tree, at the end
    write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    m_pagesObject = 2;
}

bool ImagePdfWriter::write(QByteArrayView bytes)
{
    if (m_failed)
        return false;
    if (m_device->write(bytes.data(), bytes.size()) != bytes.size())
        return fail(tr("The file could not be written: %1").arg(m_device->errorString()));
    m_written += bytes.size();
    return true;
}

bool ImagePdfWriter::fail(const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
    }
    return false;
}

int ImagePdfWriter::beginObject()
{
    m_offsets.append(m_written);
    const int n = int(m_offsets.size());
    write(QByteArray::number(n) + " 0 obj\n");
    return n;
}

PageEncoding ImagePdfWriter::chooseEncoding(const QImage &grey)
{
    // Near the threshold, where black or white is a toss-up: grey ink, photos, pencil, fills.
    // Outside it a pixel is ink (coloured text is about 40–90 grey) or paper.
    constexpr uchar Dark = 100;
    constexpr uchar Light = 200;
    const auto between = [](uchar v) { return v > Dark && v < Light; };
    const int w = grey.width();
    const int h = grey.height();
    const qint64 allowed = qint64(qint64(w) * h * MaxGreyShare);
    qint64 area = 0;
    for (int y = 1; y + 1 < h; ++y) {
        const uchar *above = grey.constScanLine(y - 1);
        const uchar *row = grey.constScanLine(y);
        const uchar *below = grey.constScanLine(y + 1);
        for (int x = 1; x + 1 < w; ++x) {
            // Grey with grey on all four sides: inside an area, not on the edge of a stroke.
            if (between(row[x]) && between(row[x - 1]) && between(row[x + 1]) && between(above[x])
                && between(below[x]) && ++area > allowed)
                return PageEncoding::Grey;
        }
    }
    return PageEncoding::BiLevel;
}

bool ImagePdfWriter::addPage(const QImage &grey, const QSizeF &size, PageEncoding encoding)
{
    if (m_failed)
        return false;
    if (m_finished)
        return fail(tr("A page was added after the end of the file."));
    if (grey.isNull() || grey.format() != QImage::Format_Grayscale8 || !(size.width() > 0)
        || !(size.height() > 0))
        return fail(tr("A page image could not be used."));

    const QByteArray compressed = qCompress(
        samples(grey, encoding), encoding == PageEncoding::BiLevel ? BiLevelCompression : GreyCompression);
    // qCompress puts the length in front of a zlib stream; the stream is what FlateDecode reads.
    const QByteArrayView stream = QByteArrayView(compressed).sliced(4);

    // A bi-level page is a stencil mask painted black on the white page (0 bits paint): readers
    // draw it about a third faster than the same bits as a 1-bit DeviceGray image (Poppler: 28
    // against 41 ms for an A4 page at 300 dpi), which the proof and every later viewing pay.
    const bool mask = encoding == PageEncoding::BiLevel;
    const int image = beginObject();
    write("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(grey.width()) + " /Height "
          + QByteArray::number(grey.height())
          + (mask ? " /ImageMask true /BitsPerComponent 1" : " /ColorSpace /DeviceGray /BitsPerComponent 8")
          + " /Filter /FlateDecode /Length " + QByteArray::number(stream.size()) + " >>\nstream\n");
    write(stream);
    write("\nendstream\nendobj\n");

    // The image fills the page: the unit square scaled to the MediaBox.
    const QByteArray content = QByteArray(mask ? "q\n0 g\n" : "q\n") + number(size.width()) + " 0 0 "
        + number(size.height()) + " 0 0 cm\n/Im0 Do\nQ\n";
    const int contents = beginObject();
    write("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
          + "endstream\nendobj\n");

    const int page = beginObject();
    write("<< /Type /Page /Parent " + QByteArray::number(m_pagesObject) + " 0 R /MediaBox [0 0 "
          + number(size.width()) + ' ' + number(size.height()) + "] /Resources << /XObject << /Im0 "
          + QByteArray::number(image) + " 0 R >> >> /Contents " + QByteArray::number(contents)
          + " 0 R >>\nendobj\n");
    m_pages.append(page);
    return !m_failed;
}

bool ImagePdfWriter::finish()
{
    if (m_failed)
        return false;
    if (m_finished)
        return true;
    if (m_pages.isEmpty())
        return fail(tr("A PDF needs at least one page."));
    m_finished = true;

    m_offsets[m_pagesObject - 1] = m_written;
    QByteArray kids;
    for (int page : std::as_const(m_pages))
        kids += (kids.isEmpty() ? "" : " ") + QByteArray::number(page) + " 0 R";
    write(QByteArray::number(m_pagesObject) + " 0 obj\n<< /Type /Pages /Kids [" + kids + "] /Count "
          + QByteArray::number(m_pages.size()) + " >>\nendobj\n");

    const qint64 xref = m_written;
    QByteArray table = "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f\r\n";
    for (qint64 offset : std::as_const(m_offsets))
        table += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    write(table);
    write("trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
          + QByteArray::number(xref) + "\n%%EOF\n");
    return !m_failed;
}

} // namespace dsr
