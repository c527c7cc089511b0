#pragma once
// The proof a redacted copy must pass before anyone sees it (issue 12, "Burn-in and proof"). It
// reopens the written file with Poppler, independently of the writer, and checks that
//   1. it opens, unencrypted, with the expected number of pages, each of the expected size;
//   2. no page has any text (Poppler extracts nothing), and the file has no annotations, form
//      fields, embedded files, document scripts, Info entries or XMP metadata;
//   3. every box is solid black where it was burnt in (its inside, sampled in a rendering at a
//      modest resolution, a pixel's margin left for the edges);
//   4. none of the withheld strings occurs in the file's bytes, each looked for as UTF-8 and as
//      UTF-16BE (how PDF strings hold Japanese), in its NFKC form too, and a number also as its
//      bare digits. The output holds nothing but the writer's own syntax and compressed pixels,
//      so its raw bytes are what there is to search; decompressing the images would only search
//      pixels. Forms shorter than MinimumProbeBytes are not looked for: in megabytes of
//      compressed pixels any 4-byte sequence turns up by chance (and their text is covered by
//      check 2). Two kinds of occurrence are the file's own syntax, not text, and do not count:
//      digits inside a longer number (an offset in the cross-reference table) and a word right
//      after '/' (a PDF name such as /Length). What else the writer writes ("%PDF-1.4",
//      "endstream") does count: a withheld text of exactly that fails the proof.
// The first check that fails is reported (Validation), saying which it was.

#include "Redaction.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QStringList>

namespace dsr {

struct ProofExpectation
{
    QList<QSizeF> pageSizes; // points, in page order
    QList<RedactionBox> boxes; // rectangles already clipped to their page
    QStringList withheld; // texts that must not occur in the bytes
};

class RedactionProof
{
    Q_DECLARE_TR_FUNCTIONS(RedactionProof)
public:
    static constexpr int MinimumProbeBytes = 6;
    // Page sizes may differ by this much (points) from the expected ones: the writer rounds to
    // 1/10000 point.
    static constexpr double SizeTolerance = 0.01;
    // A pixel of a box's inside passes when it is at most this grey (0 black, 255 white).
    static constexpr int BlackLimit = 32;
    // The box check renders at least this resolution, more for boxes too thin to sample.
    static constexpr double ProofDpi = 72.0;

    // Reads `path` and checks it.
    static Status verify(const QString &path, const ProofExpectation &expected);
    // Checks the bytes of a written copy.
    static Status verifyBytes(const QByteArray &pdf, const ProofExpectation &expected);

    // The byte sequences check 4 looks for (what each withheld string may look like in a file).
    static QList<QByteArray> probes(const QStringList &withheld);
};

} // namespace dsr
