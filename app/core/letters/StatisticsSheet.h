#pragma once
// The printed statistics report: one A4 page with the organisation, the period in 和暦, the day
// it was made and the figures in two columns of label and value. Laid out with QPainter on a
// QPdfWriter in the letter font (LetterRenderer::fontFamily), like the checkpoint sheet, so that
// pdftotext reads back what is printed. Long reports shrink their line height to stay on one page.

#include "../Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dsr {

struct StatisticsSheetLine
{
    QString label;
    QString value;
    int level = 0; // 0: a heading figure (bold), 1: a breakdown (indented)
};

struct StatisticsSheetData
{
    QString organisation;
    QString period; // 令和7年度（令和7年4月1日〜令和8年3月31日）
    QString madeOn; // 令和8年4月3日
    QString note; // how `open` is counted, under the title
    QList<StatisticsSheetLine> lines;
};

class StatisticsSheet
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsSheet)
public:
    // PDF bytes. Failure: no QGuiApplication or the font is not installed.
    static Result<QByteArray> render(const StatisticsSheetData &data);
};

} // namespace dsr
