#include "CheckpointSheet.h"

#include "A4Sheet.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace dsr {

namespace {

double mm(double millimetres)
{
    return A4Sheet::mm(millimetres);
}

} // namespace

Result<QByteArray> CheckpointSheet::render(const AuditCheckpoint &c)
{
    A4Sheet sheet;
    if (Status s = sheet.begin(tr("Audit trail checkpoint")); !s)
        return s.error();
    QPainter &p = sheet.painter();
    auto font = [&](double points, bool bold = false) { return sheet.font(points, bold); };
    const double left = mm(25);
    const double width = mm(160);
    double y = mm(30);
    auto line = [&](const QString &text, const QFont &f, double gapMm = 3) {
        p.setFont(f);
        const QRectF box(left, y, width, mm(200));
        const QRectF used = p.boundingRect(box, Qt::TextWordWrap, text);
        p.drawText(box, Qt::TextWordWrap, text);
        y += used.height() + mm(gapMm);
    };

    line(tr("Audit trail checkpoint"), font(18, true), 2);
    line(c.organisation.isEmpty() ? tr("(organisation name not set)") : c.organisation, font(12), 10);

    const QDateTime local = c.takenUtc.toLocalTime();
    const QList<QPair<QString, QString>> rows {
        { tr("Taken at"),
          tr("%1 (%2 UTC)")
              .arg(QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                   c.takenUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) },
        { tr("Sequence number"), QString::number(c.head.seq) },
        { tr("Database id"), c.databaseId },
    };
    const QFont labelFont = font(10.5, true);
    const QFont valueFont = font(10.5);
    for (const auto &[label, value] : rows) {
        p.setFont(labelFont);
        p.drawText(QRectF(left, y, mm(45), mm(8)), Qt::AlignLeft | Qt::AlignTop, label);
        p.setFont(valueFont);
        p.drawText(QRectF(left + mm(45), y, width - mm(45), mm(8)), Qt::AlignLeft | Qt::AlignTop, value);
        y += mm(9);
    }
    y += mm(4);
    line(tr("Hash of this entry (hexadecimal, in groups of four):"), labelFont, 3);
    // Larger and spaced, to be read aloud and compared group by group.
    QFont hashFont = font(16);
    hashFont.setLetterSpacing(QFont::AbsoluteSpacing, mm(0.4));
    line(AuditCheckpoint::groupedHash(c.head.hash), hashFont, 10);

    line(tr("This sheet records the last entry of the audit trail at the time above. Whoever checks "
            "the trail later compares this sequence number and hash with the head printed by “dsrctl "
            "audit verify”, or keeps the checkpoint file and runs “dsrctl audit verify --checkpoint "
            "FILE”: an entry up to this number that was changed, removed or reordered, or a trail that "
            "now ends before it, is then found. File this sheet with the approval (決裁) papers."),
         font(9.5), 14);

    // Signature lines: who took it and who confirmed it.
    const QStringList signers { tr("Taken by"), tr("Confirmed by"), tr("Confirmed by") };
    for (const QString &who : signers) {
        p.setFont(labelFont);
        p.drawText(QRectF(left, y, mm(40), mm(8)), Qt::AlignLeft | Qt::AlignBottom, who);
        p.setFont(valueFont);
        p.drawText(QRectF(left + mm(102), y, mm(13), mm(8)), Qt::AlignLeft | Qt::AlignBottom, tr("Date"));
        p.drawLine(QPointF(left + mm(40), y + mm(8)), QPointF(left + mm(100), y + mm(8)));
        p.drawLine(QPointF(left + mm(115), y + mm(8)), QPointF(left + width, y + mm(8)));
        y += mm(18);
    }
    return sheet.finish();
}

} // namespace dsr
