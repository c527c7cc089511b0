#include "LetterViewer.h"

#include "PdfRenderer.h"
#include "PrintDialog.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPaintEvent>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dsr {

namespace {

// The grey around the page, so that the edge of the white sheet shows.
constexpr int SurroundPixels = 12;
const QList<int> ZoomPercents { 50, 75, 100, 125, 150, 200, 300, 400 };

} // namespace

// The sheet: the rendered page painted as it came from Poppler (no conversion to a pixmap first,
// which would copy megabytes for every page shown), with a hairline edge against the grey.
class LetterViewer::PageCanvas : public QWidget
{
public:
    using QWidget::QWidget;

    void setImage(const QImage &image)
    {
        m_image = image;
        setFixedSize((QSizeF(image.size()) / image.devicePixelRatio()).toSize());
        update();
    }
    void clear()
    {
        m_image = QImage();
        setFixedSize(0, 0);
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (m_image.isNull())
            return;
        QPainter painter(this);
        const qreal ratio = m_image.devicePixelRatio();
        const QRect exposed = event->rect();
        const QRectF source(exposed.x() * ratio, exposed.y() * ratio, exposed.width() * ratio,
                            exposed.height() * ratio);
        painter.drawImage(QRectF(exposed), m_image, source);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }

private:
    QImage m_image;
};

LetterViewer::LetterViewer(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new PdfRenderer(this))
    , m_stack(new QStackedWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_scrollArea(new QScrollArea(this))
    , m_canvas(new PageCanvas)
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_pageNumberLabel(new QLabel(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_zoomComboBox(new QComboBox(this))
    , m_zoomInButton(new QToolButton(this))
    , m_fitWidthButton(new QToolButton(this))
    , m_printButton(new QPushButton(this))
    , m_resizeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("letterViewer"));
    m_previousButton->setObjectName(QStringLiteral("previousPageButton"));
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_previousButton->setToolTip(tr("Previous page (Page Up)"));
    m_previousButton->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next page (Page Down)"));
    m_nextButton->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageNumberLabel->setObjectName(QStringLiteral("pageNumberLabel"));

    m_zoomOutButton->setObjectName(QStringLiteral("zoomOutButton"));
    m_zoomOutButton->setText(QStringLiteral("−"));
    m_zoomOutButton->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomOutButton->setShortcut(QKeySequence::ZoomOut);
    m_zoomInButton->setObjectName(QStringLiteral("zoomInButton"));
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomInButton->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomInButton->setShortcut(QKeySequence::ZoomIn);
    m_fitWidthButton->setObjectName(QStringLiteral("fitWidthButton"));
    m_fitWidthButton->setText(tr("Fit width"));
    m_fitWidthButton->setToolTip(tr("Fit the page to the width of the window"));
    m_zoomComboBox->setObjectName(QStringLiteral("zoomComboBox"));
    m_zoomComboBox->addItem(tr("Fit width"), 0.0);
    for (const int percent : ZoomPercents)
        m_zoomComboBox->addItem(tr("%1 %").arg(percent), percent / 100.0);
    m_zoomComboBox->setCurrentIndex(0);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Print the letter exactly as shown (Ctrl+P)"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setAutoDefault(false);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_previousButton);
    tools->addWidget(m_pageNumberLabel);
    tools->addWidget(m_nextButton);
    tools->addSpacing(16);
    tools->addWidget(m_zoomOutButton);
    tools->addWidget(m_zoomComboBox);
    tools->addWidget(m_zoomInButton);
    tools->addWidget(m_fitWidthButton);
    tools->addStretch(1);
    tools->addWidget(m_printButton);

    m_messageLabel->setObjectName(QStringLiteral("viewerMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_canvas->setObjectName(QStringLiteral("pageCanvas"));
    m_canvas->setFixedSize(0, 0);
    auto *surround = new QWidget;
    surround->setObjectName(QStringLiteral("pageSurround"));
    QPalette grey = surround->palette();
    grey.setColor(QPalette::Window, QColor(0x70, 0x70, 0x70));
    surround->setPalette(grey);
    surround->setAutoFillBackground(true);
    auto *surroundLayout = new QVBoxLayout(surround);
    surroundLayout->setContentsMargins(SurroundPixels, SurroundPixels, SurroundPixels, SurroundPixels);
    surroundLayout->addWidget(m_canvas, 0, Qt::AlignHCenter | Qt::AlignTop);
    m_scrollArea->setObjectName(QStringLiteral("viewerScrollArea"));
    m_scrollArea->setWidget(surround);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(m_scrollArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, &LetterViewer::render);
    connect(m_previousButton, &QToolButton::clicked, this, &LetterViewer::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &LetterViewer::nextPage);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &LetterViewer::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &LetterViewer::zoomIn);
    connect(m_fitWidthButton, &QToolButton::clicked, this, &LetterViewer::fitWidth);
    connect(m_zoomComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        render();
    });
    connect(m_printButton, &QPushButton::clicked, this, &LetterViewer::printRequested);
    connect(m_renderer, &PdfRenderer::pageRendered, this, &LetterViewer::showRendered);
    connect(m_renderer, &PdfRenderer::renderFailed, this,
            [this](int, const QString &message) { showMessage(message); });
    clear();
}

LetterViewer::~LetterViewer() = default;

bool LetterViewer::hasDocument() const
{
    return m_renderer->isLoaded();
}

int LetterViewer::pageCount() const
{
    return m_renderer->pageCount();
}

QWidget *LetterViewer::pageWidget() const
{
    return m_canvas;
}

void LetterViewer::clear()
{
    showMessage(tr("Preview the letter to see it here."));
}

void LetterViewer::showMessage(const QString &message)
{
    m_renderer->clear();
    m_page = 0;
    m_requestedDpi = 0;
    m_shownImage = QImage();
    m_canvas->clear();
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
    updateControls();
}

bool LetterViewer::showPdf(const QByteArray &pdf, const QString &documentName)
{
    showMessage(QString());
    QString error;
    if (!m_renderer->load(pdf, &error)) {
        showMessage(error);
        return false;
    }
    m_documentName = documentName;
    m_messageLabel->setText(tr("Loading…"));
    updateControls();
    render();
    return true;
}

void LetterViewer::showPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_scrollArea->verticalScrollBar()->setValue(0);
    updateControls();
    render();
}

void LetterViewer::nextPage()
{
    showPage(m_page + 1);
}

void LetterViewer::previousPage()
{
    showPage(m_page - 1);
}

double LetterViewer::zoom() const
{
    return m_zoomComboBox->currentData().toDouble();
}

void LetterViewer::setZoom(double factor)
{
    int index = m_zoomComboBox->findData(factor);
    if (index < 0) {
        // A factor between the steps (from a benchmark or a setting): add it in its place.
        index = 1;
        while (index < m_zoomComboBox->count() && m_zoomComboBox->itemData(index).toDouble() < factor)
            ++index;
        m_zoomComboBox->insertItem(index, tr("%1 %").arg(qRound(factor * 100)), factor);
    }
    m_zoomComboBox->setCurrentIndex(index);
}

void LetterViewer::fitWidth()
{
    m_zoomComboBox->setCurrentIndex(0);
}

void LetterViewer::zoomIn()
{
    stepZoom(+1);
}

void LetterViewer::zoomOut()
{
    stepZoom(-1);
}

void LetterViewer::stepZoom(int direction)
{
    // From the size on screen now, also when fitting the width: the next step up or down.
    const double now = zoom() > 0 ? zoom() : fitWidthScale();
    if (direction > 0) {
        for (const int percent : ZoomPercents) {
            if (percent / 100.0 > now + 0.001) {
                setZoom(percent / 100.0);
                return;
            }
        }
    } else {
        for (auto it = ZoomPercents.crbegin(); it != ZoomPercents.crend(); ++it) {
            if (*it / 100.0 < now - 0.001) {
                setZoom(*it / 100.0);
                return;
            }
        }
    }
}

double LetterViewer::fitWidthScale() const
{
    const QSizeF points = m_renderer->pageSize(m_page);
    // The stack's width, not the viewport's: the scroll area may not have been laid out yet while
    // a message was showing. Leave room for the vertical scroll bar and the grey surround.
    const int available = m_stack->width() - 2 * m_scrollArea->frameWidth()
        - m_scrollArea->verticalScrollBar()->sizeHint().width() - 2 * SurroundPixels - 4;
    if (points.width() <= 0 || available <= 0)
        return 1.0;
    return qMax(0.1, available / (points.width() / 72.0 * BaseDpi));
}

double LetterViewer::renderDpi() const
{
    const double scale = zoom() > 0 ? zoom() : fitWidthScale();
    return BaseDpi * scale * devicePixelRatioF();
}

void LetterViewer::render()
{
    if (!hasDocument())
        return;
    // Fitting the width of a hidden viewer would fit nothing: wait to be shown.
    if (zoom() == 0 && !isVisible()) {
        m_renderPending = true;
        return;
    }
    m_renderPending = false;
    m_requestedDpi = renderDpi();
    m_renderer->requestPage(m_page, m_requestedDpi);
}

void LetterViewer::showRendered(int page, double dpi, const QImage &image)
{
    // A render for another page or zoom that was overtaken: the newest request wins.
    if (page != m_page || !qFuzzyCompare(dpi, m_requestedDpi))
        return;
    m_shownImage = image;
    QImage shown = image;
    shown.setDevicePixelRatio(devicePixelRatioF());
    m_canvas->setImage(shown);
    m_stack->setCurrentWidget(m_scrollArea);
    Q_EMIT pageShown(page);
}

void LetterViewer::setPrintEnabled(bool enabled)
{
    m_printEnabled = enabled;
    updateControls();
}

void LetterViewer::updateControls()
{
    const int pages = pageCount();
    const bool loaded = pages > 0;
    m_previousButton->setEnabled(loaded && m_page > 0);
    m_nextButton->setEnabled(loaded && m_page < pages - 1);
    m_pageNumberLabel->setText(loaded ? tr("Page %1 of %2").arg(m_page + 1).arg(pages) : QString());
    m_zoomComboBox->setEnabled(loaded);
    m_zoomOutButton->setEnabled(loaded && (zoom() == 0 || zoom() > ZoomPercents.first() / 100.0 + 0.001));
    m_zoomInButton->setEnabled(loaded && (zoom() == 0 || zoom() < ZoomPercents.last() / 100.0 - 0.001));
    m_fitWidthButton->setEnabled(loaded && zoom() != 0);
    m_printButton->setVisible(m_printEnabled);
    m_printButton->setEnabled(loaded);
}

bool LetterViewer::print(QString *error, bool *partial)
{
    if (partial)
        *partial = false;
    const int pages = pageCount();
    if (pages < 1)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    const QSizeF points = m_renderer->pageSize(0);
    // A4 letters on A4 paper: the dialog starts with the letter's own paper size.
    printer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::FuzzyMatch));
    printer.setPageOrientation(points.width() > points.height() ? QPageLayout::Landscape
                                                                : QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(m_documentName.isEmpty() ? tr("Letter") : m_documentName);
    printer.setCreator(QStringLiteral("DSR Desk"));
    if (!PrintDialog::exec(&printer, pages, this))
        return false;
    int from = 0;
    int to = pages - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        from = qBound(0, printer.fromPage() - 1, pages - 1);
        to = qBound(from, printer.toPage() > 0 ? printer.toPage() - 1 : pages - 1, pages - 1);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString message;
    const bool done = m_renderer->print(&printer, from, to, &message);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        if (error)
            *error = message;
        return false;
    }
    const bool whole = from == 0 && to == pages - 1;
    if (partial)
        *partial = !whole;
    return whole;
}

void LetterViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_renderPending)
        render();
}

void LetterViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (zoom() == 0 && hasDocument())
        m_resizeTimer->start();
}

} // namespace dsr
