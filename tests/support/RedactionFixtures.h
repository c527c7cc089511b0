#pragma once
// Synthetic documents for the redaction tests (TestRedaction, TestCliRedact), made by the test
// itself: PDFs written with QPdfWriter in the letters' font (BIZ UDMincho) holding made-up names,
// valid My Numbers in several writings, telephone numbers and postal codes; a hand-written raw
// PDF with an annotation, a form field, an Info dictionary, XMP metadata, a document script, an
// embedded file and a rotated page; scans as PNG and multi-page TIFF. No real personal data.

#include "documents/SourceDocument.h"
#include "letters/LetterRenderer.h"
#include "security/MyNumber.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStringList>
#include <QtEndian>

namespace dsr::test::redaction {

// A valid My Number from 11 digits: the 12th is their check digit.
inline QString validMyNumber(const QString &first11)
{
    return first11 + QString::number(MyNumber::checkDigit(first11));
}

// "1234 5678 9018" → "１２３４ ５６７８ ９０１８"
inline QString fullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(QChar(0xFF10 + (c.unicode() - u'0')));
        else if (c == QLatin1Char('-'))
            out.append(QChar(0xFF0D));
        else if (c == QLatin1Char('('))
            out.append(QChar(0xFF08));
        else if (c == QLatin1Char(')'))
            out.append(QChar(0xFF09));
        else
            out.append(c);
    }
    return out;
}

// The made-up facts the generated document holds.
struct Secrets
{
    QString name1 = QStringLiteral("山田太郎");
    QString name2 = QStringLiteral("佐藤花子");
    QString number1 = validMyNumber(QStringLiteral("12345678901")); // written 1234 5678 901X
    QString number2 = validMyNumber(QStringLiteral("98765432109")); // written 9876-5432-109X
    QString number3 = validMyNumber(QStringLiteral("31415926535")); // written full width, no gaps
    QString invalidNumber
        = number1.left(11) + QString::number((MyNumber::checkDigit(number1.left(11)) + 1) % 10);
    QStringList phones { QStringLiteral("03-1234-5678"), QStringLiteral("090-8765-4321"),
                         QStringLiteral("(0956)22-1234") };
    QString fullWidthPhone = fullWidth(QStringLiteral("0956-23-4567"));
    QString postal1 = QStringLiteral("〒857-0001");
    QString postal2 = QStringLiteral("852-8105");

    static QString grouped(const QString &digits, const QString &sep)
    {
        return digits.left(4) + sep + digits.mid(4, 4) + sep + digits.mid(8);
    }
    // Every written form that must vanish, and the bare digits of the numbers.
    QStringList withheldForms() const
    {
        QStringList out { name1,
                          name2,
                          grouped(number1, QStringLiteral(" ")),
                          grouped(number2, QStringLiteral("-")),
                          fullWidth(number3),
                          number1,
                          number2,
                          number3,
                          fullWidthPhone,
                          QStringLiteral("0956234567"),
                          postal1,
                          QStringLiteral("8570001"),
                          postal2,
                          QStringLiteral("8528105") };
        for (const QString &p : phones) {
            out << p;
            QString digits;
            for (QChar c : p)
                if (c.isDigit())
                    digits.append(c);
            out << digits;
        }
        return out;
    }
};

struct Line
{
    QPointF baseline; // points from the top-left corner
    QString text;
    double pointSize = 12;
};

struct Page
{
    bool landscape = false;
    QList<Line> lines;
    QRectF marker; // a black rectangle that tells the pages apart (points)
};

// The document of the redaction tests: an A4 portrait page, an A4 landscape page and another A4
// portrait page, each with a marker at its own place.
inline QList<Page> samplePages(const Secrets &s = {})
{
    Page one;
    one.lines = {
        { { 72, 100 }, QStringLiteral("開示請求に係る保有個人データ（見本）") },
        { { 72, 140 }, QStringLiteral("申請者　") + s.name1 + QStringLiteral("　様") },
        { { 72, 170 }, QStringLiteral("個人番号　") + Secrets::grouped(s.number1, QStringLiteral(" ")) },
        { { 72, 200 },
          QStringLiteral("電話　") + s.phones.at(0) + QStringLiteral("　携帯　") + s.phones.at(1) },
        { { 72, 230 }, s.postal1 + QStringLiteral("　長崎県見本市本町1番") },
        { { 72, 260 }, QStringLiteral("審査担当　") + s.name2 },
        { { 72, 290 }, QStringLiteral("照合用番号　") + s.invalidNumber },
        { { 72, 330 }, QStringLiteral("この行は開示される本文であり黒塗りされない。") },
    };
    one.marker = QRectF(480, 700, 60, 60);
    Page two;
    two.landscape = true;
    two.lines = {
        { { 72, 100 }, QStringLiteral("横向きの頁：") + Secrets::grouped(s.number2, QStringLiteral("-")) },
        { { 72, 140 },
          QStringLiteral("緊急連絡先　") + s.phones.at(2) + QStringLiteral("　") + s.fullWidthPhone },
        { { 72, 180 }, QStringLiteral("郵便番号　") + s.postal2 + QStringLiteral("　担当　") + s.name2 },
        { { 72, 220 }, QStringLiteral("山田 太郎（空白入り）") },
    };
    two.marker = QRectF(700, 450, 60, 60);
    Page three;
    three.lines = {
        { { 72, 100 }, QStringLiteral("全角の番号　") + fullWidth(s.number3) },
        { { 72, 140 }, QStringLiteral("開示される段落：記録は令和7年4月1日に作成された。") },
        // A name with an ideographic space inside, as forms write it.
        { { 72, 180 },
          QStringLiteral("連絡者　") + s.name2.left(2) + QStringLiteral("　") + s.name2.mid(2)
              + QStringLiteral("　（続柄：配偶者）") },
    };
    three.marker = QRectF(72, 700, 60, 60);
    return { one, two, three };
}

// The pages as a PDF made by Qt (fonts embedded with their text, as most PDFs are).
inline QByteArray makePdf(const QList<Page> &pages)
{
    const auto family = LetterRenderer::fontFamily();
    if (!family)
        qFatal("%s", qPrintable(family.error().message));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // painter units are points
    writer.setCreator(QStringLiteral("DSR Desk tests"));
    const auto layout = [](bool landscape) {
        return QPageLayout(QPageSize(QPageSize::A4),
                           landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                           QPageLayout::Point);
    };
    writer.setPageLayout(layout(pages.value(0).landscape));
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        if (i > 0) {
            writer.setPageLayout(layout(page.landscape));
            writer.newPage();
        }
        for (const Line &line : page.lines) {
            QFont font(*family);
            font.setPointSizeF(line.pointSize);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(line.baseline, line.text);
        }
        if (!page.marker.isEmpty())
            painter.fillRect(page.marker, Qt::black);
    }
    painter.end();
    return bytes;
}

// What the scanned page of the OCR tests says: a name, a telephone number and a valid My Number,
// each on a line of its own in 16 pt, as a clear print scanned at 300 dpi reads.
struct OcrSecrets
{
    QString name = QStringLiteral("山田太郎");
    QString phone = QStringLiteral("090-8765-4321");
    QString myNumber = validMyNumber(QStringLiteral("12345678901"));
};

// An A4 page of `s` in the letters' font at 16 pt.
inline Page ocrPage(const OcrSecrets &s = {})
{
    Page page;
    page.lines = {
        { { 72, 120 }, QStringLiteral("保有個人データ開示資料"), 16 },
        { { 72, 180 }, QStringLiteral("氏名　") + s.name + QStringLiteral("　様"), 16 },
        { { 72, 240 }, QStringLiteral("電話番号　") + s.phone, 16 },
        { { 72, 300 }, QStringLiteral("個人番号　") + Secrets::grouped(s.myNumber, QStringLiteral(" ")), 16 },
        { { 72, 360 }, QStringLiteral("この行は開示される本文である。"), 16 },
    };
    return page;
}

// A PDF written by hand, object by object, with the offsets of its cross-reference table computed
// here. `objects` are the bodies of objects 1…N ("<< … >>" or a stream); the trailer gets `trailer`.
inline QByteArray rawPdf(const QList<QByteArray> &objects, const QByteArray &trailer)
{
    QByteArray out("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + ' ' + trailer + " >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

inline QByteArray stream(const QByteArray &dictionary, const QByteArray &data)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
        + "\nendstream";
}

// What the hand-written PDF hides besides its page text, each a marker the output must not hold.
struct RawSecrets
{
    QByteArray pageText = "SECRETNAME";
    QByteArray rotatedText = "ROTATEDSECRET";
    QByteArray annotation = "AnnotationNoteSecret";
    QByteArray formValue = "FormValueSecret";
    QByteArray infoTitle = "InfoTitleSecret";
    QByteArray xmpCreator = "XmpCreatorSecret";
    QByteArray script = "JavaScriptSecret";
    QByteArray attachment = "EmbeddedFileSecret";

    QList<QByteArray> all() const
    {
        return { pageText, rotatedText, annotation, formValue, infoTitle, xmpCreator, script, attachment };
    }
};

// Two A4 pages in Helvetica: the first with a text annotation, a filled text field (drawn by the
// reader: NeedAppearances), the second
// turned by /Rotate 90; the document has an Info dictionary, XMP metadata, a document-level
// JavaScript and an embedded file.
inline QByteArray rawPdfWithExtras(const RawSecrets &s = {})
{
    // The withheld words stand alone on their lines.
    const QByteArray content1 = "BT /F1 14 Tf 72 770 Td (A visible line of the raw page) Tj ET\n"
                                "BT /F1 14 Tf 72 700 Td ("
        + s.pageText + ") Tj ET\n";
    const QByteArray content2 = "BT /F1 14 Tf 72 500 Td (" + s.rotatedText + ") Tj ET\n";
    const QByteArray xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                           "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                           "rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>"
        + s.xmpCreator + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    const QList<QByteArray> objects {
        // 1 catalogue
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /NeedAppearances true /DR << /Font << "
        "/F1 4 0 R >> >> "
        ">> /Metadata 8 0 R /Names << "
        "/JavaScript << /Names [(init) 12 0 R] >> /EmbeddedFiles << /Names [(note.txt) 13 0 R] >> >> >>",
        // 2 pages
        "<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>",
        // 3 first page
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R /Annots [7 0 R 6 0 R] >>",
        // 4 font
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        // 5 first page's content
        stream("", content1),
        // 6 a text field with a value
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (field1) /V (" + s.formValue
            + ") /DA (/F1 12 Tf 0 g) /Rect [72 600 300 620] /P 3 0 R /F 4 >>",
        // 7 a sticky note
        "<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /Contents (" + s.annotation + ") /F 4 >>",
        // 8 XMP
        stream("/Type /Metadata /Subtype /XML", xmp),
        // 9 second page, turned
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.276 841.89] /Rotate 90 /Resources << /Font << "
        "/F1 4 0 R >> >> /Contents 10 0 R >>",
        // 10 second page's content
        stream("", content2),
        // 11 Info
        "<< /Title (" + s.infoTitle + ") /Author (Test Author) /Producer (hand) >>",
        // 12 a document script
        "<< /S /JavaScript /JS (app.alert('" + s.script + "');) >>",
        // 13 the embedded file's specification and 14 its content
        "<< /Type /Filespec /F (note.txt) /EF << /F 14 0 R >> >>",
        stream("/Type /EmbeddedFile", s.attachment),
    };
    return rawPdf(objects, "/Root 1 0 R /Info 11 0 R");
}

// A scan page: white with black bars and a dark square (pixels), `dpi` recorded in the image when
// given (0: none recorded, the reader's default stays).
inline QImage scanImage(QSize size, int dpi, int seed = 0)
{
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    for (int i = 0; i < 10; ++i)
        p.fillRect(QRect(size.width() / 10, size.height() / 12 * (i + 1),
                         size.width() / 2 + 13 * ((i + seed) % 5), size.height() / 60),
                   Qt::black);
    p.fillRect(QRect(size.width() * 3 / 4, size.height() * 3 / 4, size.width() / 8, size.width() / 8),
               Qt::black);
    p.end();
    if (dpi > 0) {
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
    }
    return image;
}

inline QByteArray encodeImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(100); // a JPEG as a scanner's best setting writes it, with little ringing
    if (!writer.write(image))
        qFatal("cannot write a %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

// The first page of `pdf` as a scanner would give it: 8-bit grey pixels at `dpi`, recorded in the
// PNG. A document without any text layer.
inline QByteArray scannedPng(const QByteArray &pdf, int dpi = 300)
{
    auto document = SourceDocument::fromBytes(pdf, QStringLiteral("page.pdf"));
    if (!document)
        qFatal("%s", qPrintable(document.error().message));
    auto page = document->render(0, dpi);
    if (!page)
        qFatal("%s", qPrintable(page.error().message));
    QImage scan = *page;
    scan.setDotsPerMeterX(qRound(dpi / 0.0254));
    scan.setDotsPerMeterY(qRound(dpi / 0.0254));
    return encodeImage(scan, "png");
}

// A baseline TIFF of several 8-bit grey pages (uncompressed, one strip each, resolution in dpi),
// written by hand: Qt's writer makes only single-page files. `privateTag`: each page also carries
// a tag of a scanner maker's own (65000), which libtiff warns about on standard error.
inline QByteArray multiPageTiff(const QList<QImage> &pages, int dpi, bool privateTag = false)
{
    QByteArray out("II*\0\0\0\0\0", 8);
    auto put16 = [&](qsizetype at, quint16 v) { qToLittleEndian<quint16>(v, out.data() + at); };
    auto put32 = [&](qsizetype at, quint32 v) { qToLittleEndian<quint32>(v, out.data() + at); };
    qsizetype linkAt = 4; // where the offset of the next IFD goes
    for (const QImage &source : pages) {
        const QImage page = source.convertToFormat(QImage::Format_Grayscale8);
        const qsizetype dataAt = out.size();
        for (int y = 0; y < page.height(); ++y)
            out.append(reinterpret_cast<const char *>(page.constScanLine(y)), page.width());
        if (out.size() % 2)
            out.append('\0');
        const qsizetype resolutionAt = out.size();
        out.append(QByteArray(8, '\0'));
        put32(resolutionAt, quint32(dpi));
        put32(resolutionAt + 4, 1);
        const qsizetype ifd = out.size();
        put32(linkAt, quint32(ifd));
        struct Entry
        {
            quint16 tag, type;
            quint32 count, value;
        };
        QList<Entry> entries {
            { 256, 4, 1, quint32(page.width()) }, // ImageWidth
            { 257, 4, 1, quint32(page.height()) }, // ImageLength
            { 258, 3, 1, 8 }, // BitsPerSample
            { 259, 3, 1, 1 }, // Compression: none
            { 262, 3, 1, 1 }, // Photometric: black is zero
            { 273, 4, 1, quint32(dataAt) }, // StripOffsets
            { 277, 3, 1, 1 }, // SamplesPerPixel
            { 278, 4, 1, quint32(page.height()) }, // RowsPerStrip
            { 279, 4, 1, quint32(page.width() * page.height()) }, // StripByteCounts
            { 282, 5, 1, quint32(resolutionAt) }, // XResolution
            { 283, 5, 1, quint32(resolutionAt) }, // YResolution
            { 296, 3, 1, 2 }, // ResolutionUnit: inch
        };
        if (privateTag)
            entries.append({ 65000, 3, 1, 7 });
        out.append(QByteArray(2 + entries.size() * 12 + 4, '\0'));
        put16(ifd, quint16(entries.size()));
        for (qsizetype e = 0; e < entries.size(); ++e) {
            const qsizetype at = ifd + 2 + e * 12;
            put16(at, entries[e].tag);
            put16(at + 2, entries[e].type);
            put32(at + 4, entries[e].count);
            if (entries[e].type == 3)
                put16(at + 8, quint16(entries[e].value));
            else
                put32(at + 8, entries[e].value);
        }
        linkAt = ifd + 2 + entries.size() * 12;
    }
    return out;
}

// qpdf, for encrypted inputs (tools/install-deps.sh installs it). Empty bytes when it failed.
inline QByteArray encryptWithQpdf(const QString &in, const QString &out, const QString &userPassword)
{
    QProcess p;
    p.start(QStringLiteral("qpdf"),
            { QStringLiteral("--encrypt"), userPassword, QStringLiteral("owner-secret"),
              QStringLiteral("256"), QStringLiteral("--"), in, out });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QFile f(out);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace dsr::test::redaction
