#pragma once
// Shows a letter's PDF — the very bytes that are stored and printed (DESIGN.md "Letters": what the
// clerk sees is what prints) — rendered by Poppler through PdfRenderer off the GUI thread: page
// by page ("Page 1 of 2"), zoomed in and out or fitted to the width, and printed through the
// print dialog with each page rendered at the printer's resolution. It shows and prints bytes it
// is given; reading them (an audited act) and recording the print are the caller's business.

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace dsr {

class PdfRenderer;

class LetterViewer : public QWidget
{
    Q_OBJECT
public:
    // 100 %: pages at this resolution, as in the attachment preview.
    static constexpr double BaseDpi = 100.0;

    explicit LetterViewer(QWidget *parent = nullptr);
    ~LetterViewer() override;

    // Shows the PDF from its first page; false (and the reason on the viewer) when it cannot be read.
    bool showPdf(const QByteArray &pdf, const QString &documentName = QString());
    // A line instead of a letter ("Preview the letter to see it here.").
    void showMessage(const QString &message);
    void clear();

    bool hasDocument() const;
    int pageCount() const;
    int currentPage() const { return m_page; }
    // What is on screen now; null until the page has been rendered.
    QImage currentImage() const { return m_shownImage; }
    // The widget the page is painted on (benchmarks watch it paint).
    QWidget *pageWidget() const;
    // The zoom factor (1.0 = 100 %), or 0 while fitting the width.
    double zoom() const;
    // The resolution the page is rendered at now (zoom × BaseDpi × device pixel ratio).
    double renderDpi() const;
    void setPrintEnabled(bool enabled);

    // Chooses a printer (PrintDialog) and prints. True when every page of the letter was printed;
    // false when cancelled (no message), when only some pages were chosen (`partial`), or on a
    // printer error (`error`).
    bool print(QString *error = nullptr, bool *partial = nullptr);

public Q_SLOTS:
    void showPage(int page);
    void nextPage();
    void previousPage();
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void fitWidth();

Q_SIGNALS:
    // The page is on screen (its render arrived and was put in place).
    void pageShown(int page);
    // The print button was pressed; the owner prints (and records the print) with print().
    void printRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    class PageCanvas;
    void render();
    void showRendered(int page, double dpi, const QImage &image);
    void updateControls();
    double fitWidthScale() const;
    void stepZoom(int direction);

    PdfRenderer *m_renderer;
    QStackedWidget *m_stack;
    QLabel *m_messageLabel;
    QScrollArea *m_scrollArea;
    PageCanvas *m_canvas;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_pageNumberLabel;
    QToolButton *m_zoomOutButton;
    QComboBox *m_zoomComboBox;
    QToolButton *m_zoomInButton;
    QToolButton *m_fitWidthButton;
    QPushButton *m_printButton;
    QTimer *m_resizeTimer;

    QString m_documentName;
    bool m_printEnabled = true;
    bool m_renderPending = false;
    int m_page = 0;
    double m_requestedDpi = 0;
    QImage m_shownImage;
};

} // namespace dsr
