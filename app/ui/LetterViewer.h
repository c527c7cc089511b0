#pragma once
// Shows a letter's PDF — the very bytes that are stored and printed (DESIGN.md "Letters": what the
// clerk sees is what prints) — in the one page view (PdfPageView: paged, zoomed, rendered off the
// GUI thread), and prints it through the print dialog with each page rendered at the printer's
// resolution. It shows and prints bytes it is given; reading them (an audited act) and recording
// the print are the caller's business.

#include "PdfPageView.h"

class QPushButton;

namespace dsr {

class PdfRenderer;

class LetterViewer : public PdfPageView
{
    Q_OBJECT
public:
    explicit LetterViewer(QWidget *parent = nullptr);
    ~LetterViewer() override;

    // Shows the PDF from its first page; false (and the reason on the viewer) when it cannot be read.
    bool showPdf(const QByteArray &pdf, const QString &documentName = QString());
    void setPrintEnabled(bool enabled);
    // Documents printed after the letter in the same print job when the whole letter is printed
    // (the redacted copies that go with a partial disclosure); none by default. False with the
    // reason when one cannot be read (then there is none).
    bool setAppendix(const QList<QByteArray> &pdfs, QString *error = nullptr);
    int appendixPages() const;

    // Chooses a printer (PrintDialog) and prints. True when every page of the letter was printed;
    // false when cancelled (no message), when only some pages were chosen (`partial`), or on a
    // printer error (`error`).
    bool print(QString *error = nullptr, bool *partial = nullptr);

Q_SIGNALS:
    // The print button was pressed; the owner prints (and records the print) with print().
    void printRequested();

private:
    void updatePrintButton();

    QPushButton *m_printButton;
    QString m_documentName;
    QList<PdfRenderer *> m_appendix;
    bool m_printEnabled = true;
};

} // namespace dsr
