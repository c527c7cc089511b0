#pragma once
// One A4 page drawn with QPainter on a QPdfWriter at 300 dpi in the letter font
// (LetterRenderer::fontFamily), PDF/A-1b: what the printed sheets share — the audit checkpoint
// sheet and the statistics report — so that pdftotext reads back exactly what is printed.

#include "../Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <memory>

namespace dsr {

class A4Sheet
{
    Q_DECLARE_TR_FUNCTIONS(A4Sheet)
public:
    static constexpr int Dpi = 300;
    static double mm(double millimetres) { return millimetres * Dpi / 25.4; }

    A4Sheet();
    ~A4Sheet();
    // Loads the font and starts the page. Failure: no QGuiApplication, no font, no writer.
    Status begin(const QString &title);
    QPainter &painter() { return m_painter; }
    // The letter font at `points`.
    QFont font(double points, bool bold = false) const;
    // Ends the page and returns the PDF's bytes.
    QByteArray finish();

private:
    QByteArray m_pdf;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QString m_family;
};

} // namespace dsr
