#include "StatisticsSheet.h"

#include "A4Sheet.h"

#include <QPainter>
#include <algorithm>

namespace dsr {

namespace {

double mm(double millimetres)
{
    return A4Sheet::mm(millimetres);
}

} // namespace

Result<QByteArray> StatisticsSheet::render(const StatisticsSheetData &data)
{
    A4Sheet sheet;
    if (Status s = sheet.begin(tr("Statistics")); !s)
        return s.error();
    QPainter &p = sheet.painter();
    auto font = [&](double points, bool bold = false) { return sheet.font(points, bold); };
    const double left = mm(18);
    const double width = mm(174);
    double y = mm(15);
    auto line = [&](const QString &text, const QFont &f, double gapMm, Qt::Alignment align = Qt::AlignLeft) {
        p.setFont(f);
        const QRectF box(left, y, width, mm(40));
        const QRectF used = p.boundingRect(box, Qt::TextWordWrap | align, text);
        p.drawText(box, Qt::TextWordWrap | align, text);
        y += used.height() + mm(gapMm);
    };
    line(tr("Statistics of requests"), font(15, true), 1);
    line(data.organisation.isEmpty() ? tr("(organisation name not set)") : data.organisation, font(10.5), 1);
    line(tr("Period: %1").arg(data.period), font(10.5), 1);
    line(tr("Made on %1").arg(data.madeOn), font(9), 1);
    if (!data.note.isEmpty())
        line(data.note, font(8), 2);

    // Two columns filled top to bottom; the line height shrinks so that everything fits above
    // the bottom margin (one page, whatever the regime adds).
    const double bottom = mm(287);
    const double gutter = mm(6);
    const double columnWidth = (width - gutter) / 2;
    const qsizetype perColumn = (data.lines.size() + 1) / 2;
    const double lineHeight = std::min(mm(4.6), (bottom - y) / std::max<qsizetype>(perColumn, 1));
    const double points = std::min(8.0, lineHeight / mm(1) * 72 / 25.4 * 0.78);
    const QFont plain = font(points);
    const QFont bold = font(points, true);
    const double valueWidth = mm(16);
    for (qsizetype i = 0; i < data.lines.size(); ++i) {
        const StatisticsSheetLine &l = data.lines.at(i);
        const double x = left + (i < perColumn ? 0 : columnWidth + gutter);
        const double rowY = y + (i % perColumn) * lineHeight;
        const double indent = l.level > 0 ? mm(3) : 0;
        p.setFont(l.level > 0 ? plain : bold);
        const QRectF labelBox(x + indent, rowY, columnWidth - valueWidth - indent, lineHeight);
        p.drawText(labelBox, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(l.label, Qt::ElideRight, int(labelBox.width())));
        p.drawText(QRectF(x + columnWidth - valueWidth, rowY, valueWidth, lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter, l.value);
        if (l.level == 0) {
            p.setPen(QPen(Qt::gray, mm(0.1)));
            p.drawLine(QPointF(x, rowY), QPointF(x + columnWidth, rowY));
            p.setPen(Qt::black);
        }
    }
    return sheet.finish();
}

} // namespace dsr
