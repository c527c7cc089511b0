#pragma once
// The print dialog through one door, so tests can print to a PDF file instead of driving a modal
// dialog (STYLE.md practice 4, like MessageBox and FileDialog).

#include <QString>

class QPrinter;
class QWidget;

namespace dsr {

class PrintDialog
{
public:
    // Lets the user choose the printer and the pages for a document of `pageCount` pages; false
    // when cancelled.
    static bool exec(QPrinter *printer, int pageCount, QWidget *parent);

    // Test seam: the next dialog is not shown; the document goes to `pdfFile` as a PDF file, all
    // pages (empty: as if cancelled).
    static void setNextOutputFile(const QString &pdfFile);
};

} // namespace dsr
