#pragma once
// Shows one attachment where the clerk reads it: a PDF page by page through PdfRenderer (Poppler,
// rendered off the GUI thread), a PNG or JPEG scan as it is, both zoomable and scrollable. It
// shows bytes it is given; reading them (an audited act) is the caller's business.

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace dsr {

class PdfRenderer;

class AttachmentPreview : public QWidget
{
    Q_OBJECT
public:
    // 100 %: PDF pages at this resolution; images at the same physical size when they say theirs.
    static constexpr double BaseDpi = 100.0;

    explicit AttachmentPreview(QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    // Shows the content by its MIME type (application/pdf, image/png, image/jpeg).
    void showContent(const QString &mimeType, const QByteArray &content);
    // A line instead of a document: nothing selected, unreadable file…
    void showMessage(const QString &message);
    void clear();

    // What is on screen now; null until a page has been rendered.
    QImage currentImage() const { return m_shownImage; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    bool isPdf() const { return m_isPdf; }

public Q_SLOTS:
    void showPage(int page);
    void nextPage();
    void previousPage();

Q_SIGNALS:
    // A page or image is on screen (after the render finished, for PDFs).
    void imageShown();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void showRendered(int page, const QImage &image);
    void updateControls();
    double zoom() const; // 0: fit the width
    double fitWidthScale(double contentWidthInches) const;

    PdfRenderer *m_renderer;
    QStackedWidget *m_stack;
    QLabel *m_messageLabel;
    QScrollArea *m_scrollArea;
    QLabel *m_imageLabel;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_pageLabel;
    QComboBox *m_zoomComboBox;
    QTimer *m_resizeTimer;

    bool m_isPdf = false;
    bool m_renderPending = false;
    int m_page = 0;
    QImage m_sourceImage; // PNG/JPEG as decoded
    QImage m_shownImage;
};

} // namespace dsr
