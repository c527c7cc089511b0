#pragma once
// One page of a document on screen, as the clerk reads it: a PDF through PdfRenderer (Poppler on
// a worker thread, a memory-bounded cache, the next page rendered ahead) or a scanned image as a
// one-page document. Paged (Page Up / Page Down, Home / End), zoomed (fit width, fit page or a
// percentage; Ctrl++, Ctrl+-, Ctrl+0, Ctrl+wheel) and rendered at the screen's own pixel density.
// The letter viewer and the attachment preview are this view with a little more; whatever is
// drawn over a page (redaction boxes) goes on pageWidget() through mapFromPage() / mapToPage().
// It shows bytes it is given; reading them (an audited act) is the caller's business.

#include <QImage>
#include <QList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QHBoxLayout;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace dsr {

class PdfRenderer;
class SourceDocument;

class PdfPageView : public QWidget
{
    Q_OBJECT
public:
    // 100 %: a page at this resolution; an image at the same physical size when it says its own.
    static constexpr double BaseDpi = 100.0;
    // The steps of zoom in / zoom out and the zoom box.
    static const QList<int> &zoomPercents();

    enum class ZoomMode {
        FitWidth, // the page's width fills the view (the default: a whole line readable)
        FitPage, // the whole page in view
        Factor, // a fixed factor, 1.0 = 100 %
    };

    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    // Shows the PDF from its first page. False (and the reason shown in the view and in `error`)
    // for a damaged, empty or password-protected file.
    bool setPdf(const QByteArray &pdf, QString *error = nullptr);
    // Shows a scanned image as a one-page document; false for a null image.
    bool setImage(const QImage &image);
    // Shows a document opened for redaction (a PDF, or a PNG, JPEG or multi-page TIFF scan), its
    // pages in grey as the redacted copy will have them; false for none.
    bool setDocument(std::unique_ptr<SourceDocument> document);
    // A line instead of a document (nothing selected, unreadable file…); drops the document.
    void showMessage(const QString &message);
    // Drops the document and shows the placeholder text.
    void clear();
    void setPlaceholderText(const QString &text);

    bool hasDocument() const;
    bool isPdf() const { return m_isPdf; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    // A page's size in points (1/72 inch); empty for a page that does not exist.
    QSizeF pageSize(int page) const;

    ZoomMode zoomMode() const;
    // The chosen factor (1.0 = 100 %), or 0 while fitting the width or the page.
    double zoom() const;
    // The factor the page is shown at now, also while fitting.
    double effectiveZoom() const;
    // The resolution the current page is rendered at (effectiveZoom × BaseDpi × device pixel ratio).
    double renderDpi() const;

    // The page on screen as rendered (device pixels); null until a render arrived.
    QImage currentImage() const { return m_shownImage; }
    // The widget the page is painted on, exactly the page's size on screen.
    QWidget *pageWidget() const;
    // Page coordinates are points from the page's top-left corner; widget coordinates are
    // pageWidget()'s, for the page on screen now. Identity until a page is shown.
    QTransform pageToWidget() const;
    QPointF mapFromPage(const QPointF &point) const;
    QRectF mapFromPage(const QRectF &rect) const;
    QPointF mapToPage(const QPointF &widgetPoint) const;

    // Puts a caller's widget at the end of the tool row (the letter viewer's Print… button).
    void addToolWidget(QWidget *widget);

protected:
    // The renderer of the document shown, for printing it.
    PdfRenderer *renderer() const { return m_renderer; }
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    void showPage(int page);
    void nextPage();
    void previousPage();
    void firstPage();
    void lastPage();
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();

Q_SIGNALS:
    // The page is on screen (its render arrived and was put in place).
    void pageShown(int page);
    void currentPageChanged(int page);
    void zoomChanged();
    // A document was put in place or dropped (a message shown instead).
    void documentChanged();

private:
    class PageCanvas;
    // The first page of a document just put in place, once rendered.
    void showLoaded();
    void render();
    void scheduleRender();
    void showRendered(int page, double dpi, const QImage &image);
    void updateControls();
    double fitScale(ZoomMode mode) const;
    void stepZoom(int direction);
    void watchScreen();

    PdfRenderer *m_renderer;
    QHBoxLayout *m_tools;
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
    QToolButton *m_fitPageButton;
    QTimer *m_resizeTimer;

    QString m_placeholder;
    bool m_isPdf = false;
    bool m_renderPending = false;
    int m_page = 0;
    double m_requestedDpi = 0;
    QImage m_sourceImage; // a scan as decoded
    QImage m_shownImage;
    double m_shownPixelsPerPoint = 0; // pageWidget() pixels per page point, for the page shown
};

} // namespace dsr
