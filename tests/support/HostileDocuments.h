#pragma once
// Documents made in the test, from a few hundred bytes of PDF or PNG syntax: well-formed ones, and
// ones built to hurt a reader the way an attacker's attachment would (issue 15). The document
// checker (core/documents/DocumentCheck) must refuse the hostile ones with a message, within its
// limits; nothing here is a file nobody can regenerate.

#include <QByteArray>

namespace dsr::test::hostile {

// A one-page A4 PDF whose page content is `content` (with Helvetica as /F1).
QByteArray onePagePdf(const QByteArray &content = QByteArrayLiteral("BT /F1 12 Tf 72 720 Td (Hello) Tj ET"));
// A one-page PDF whose content stream is `inflatedBytes` spaces, Flate-compressed (about a
// thousandth of that on disk): an inflation bomb.
QByteArray inflatingPdf(qint64 inflatedBytes);
// A one-page PDF that draws `operators` lines: cheap to store, slow to draw (a time bomb).
QByteArray busyPdf(int operators);
// A one-page PDF whose page dictionary holds arrays nested `depth` deep.
QByteArray nestedArraysPdf(int depth);
// A PDF whose page tree claims `count` pages and holds one.
QByteArray pdfClaimingPages(qint64 count);
// A PNG whose header claims `width` × `height` grey pixels, with one row of data.
QByteArray pngClaimingSize(int width, int height);
// A whole 1 × 1 grey PNG carrying `text` in a tEXt chunk (every chunk with its CRC).
QByteArray pngWithText(const QByteArray &text);

} // namespace dsr::test::hostile
