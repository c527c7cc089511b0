#pragma once
// The printed form of an audit checkpoint: one A4 page to be filed with the 決裁 papers — the
// organisation, when it was taken, the sequence number, the hash in groups of four that a person
// can compare with what `dsrctl audit verify` prints, the database id, and lines for the
// signatures of those who confirmed it. Laid out with QPainter on a QPdfWriter in the letter font
// (LetterRenderer::fontFamily), so pdftotext reads back exactly what is printed.

#include "../Result.h"
#include "../security/AuditCheckpoint.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dsr {

class CheckpointSheet
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointSheet)
public:
    // PDF bytes. Failure: no QGuiApplication or the font is not installed.
    static Result<QByteArray> render(const AuditCheckpoint &checkpoint);
};

} // namespace dsr
