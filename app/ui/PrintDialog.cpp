#include "PrintDialog.h"

#include <QPrintDialog>
#include <QPrinter>
#include <optional>

namespace dsr {

namespace {
std::optional<QString> g_nextOutputFile;
} // namespace

bool PrintDialog::exec(QPrinter *printer, int pageCount, QWidget *parent)
{
    if (g_nextOutputFile) {
        const QString file = *g_nextOutputFile;
        g_nextOutputFile.reset();
        if (file.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(file);
        printer->setPrintRange(QPrinter::AllPages);
        return true;
    }
    QPrintDialog dialog(printer, parent);
    dialog.setMinMax(1, qMax(1, pageCount));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, pageCount > 1);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialog::setNextOutputFile(const QString &pdfFile)
{
    g_nextOutputFile = pdfFile;
}

} // namespace dsr
