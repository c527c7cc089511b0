#include "HostileDocuments.h"

#include <QList>
#include <QtEndian>
#include <zlib.h>

namespace dsr::test::hostile {

namespace {

// A PDF of `objects` (numbered from 1, the first the catalog), with its cross-reference table.
QByteArray pdf(const QList<QByteArray> &objects)
{
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// `piece` repeated until `total` bytes, deflated as it goes (never all of it in memory).
QByteArray deflatedRepeat(const QByteArray &piece, qint64 total)
{
    z_stream z {};
    deflateInit(&z, Z_BEST_SPEED);
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += piece;
    QByteArray out;
    unsigned char buffer[64 * 1024];
    qint64 left = total;
    do {
        const qint64 take = qMin<qint64>(left, chunk.size());
        z.next_in = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_in = uInt(take);
        left -= take;
        const int flush = left > 0 ? Z_NO_FLUSH : Z_FINISH;
        do {
            z.next_out = buffer;
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(reinterpret_cast<const char *>(buffer), qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    } while (left > 0);
    deflateEnd(&z);
    return out;
}

QByteArray flateStream(const QByteArray &deflated)
{
    return "<< /Length " + QByteArray::number(deflated.size()) + " /Filter /FlateDecode >>\nstream\n"
        + deflated + "\nendstream";
}

QByteArray pageWith(const QByteArray &contentObject, const QByteArray &extra = {})
{
    return pdf({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font "
                 "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> "
                     + extra + ">>",
                 contentObject });
}

QByteArray chunk(const char type[4], const QByteArray &data)
{
    QByteArray body(type, 4);
    body += data;
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(
        quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))), crc.data());
    return out + crc;
}

QByteArray pngHeader(int width, int height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(width), ihdr.data());
    qToBigEndian<quint32>(quint32(height), ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 0; // grey
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr);
}

QByteArray zlibBytes(const QByteArray &raw)
{
    return qCompress(raw).mid(4); // qCompress puts the length in front of a zlib stream
}

} // namespace

QByteArray onePagePdf(const QByteArray &content)
{
    return pageWith("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                    + "\nendstream");
}

QByteArray inflatingPdf(qint64 inflatedBytes)
{
    return pageWith(flateStream(deflatedRepeat(" ", inflatedBytes)));
}

QByteArray busyPdf(int operators)
{
    const QByteArray line("0 0 m 595 842 l S\n");
    return pageWith(flateStream(deflatedRepeat(line, qint64(operators) * line.size())));
}

QByteArray nestedArraysPdf(int depth)
{
    const QByteArray content("BT ET");
    return pageWith("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                        + "\nendstream",
                    "/Nested " + QByteArray(depth, '[') + QByteArray(depth, ']') + " ");
}

QByteArray pdfClaimingPages(qint64 count)
{
    return pdf({ "<< /Type /Catalog /Pages 2 0 R >>",
                 "<< /Type /Pages /Kids [3 0 R] /Count " + QByteArray::number(count) + " >>",
                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" });
}

QByteArray pngClaimingSize(int width, int height)
{
    QByteArray row(qMin(width, 4096) + 1, '\0');
    return pngHeader(width, height) + chunk("IDAT", zlibBytes(row)) + chunk("IEND", {});
}

QByteArray pngWithText(const QByteArray &text)
{
    return pngHeader(1, 1) + chunk("tEXt", "Comment" + QByteArray(1, '\0') + text)
        + chunk("IDAT", zlibBytes(QByteArray(2, '\0'))) + chunk("IEND", {});
}

} // namespace dsr::test::hostile
