#include "PdfPageView.h"

#include "PdfRenderer.h"
#include "documents/SourceDocument.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWindow>

namespace dsr {

namespace {

// The grey around the page, so that the edge of the white sheet shows.
constexpr int SurroundPixels = 12;
// The zoom box's data for the two fitting modes; factors are positive.
constexpr double FitWidthData = 0.0;
constexpr double FitPageData = -1.0;

} // namespace

// The sheet: the rendered page painted as it came from Poppler (no conversion to a pixmap first,
// which would copy megabytes for every page shown), with a hairline edge against the grey.
class PdfPageView::PageCanvas : public QWidget
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

const QList<int> &PdfPageView::zoomPercents()
{
    static const QList<int> percents { 50, 75, 100, 125, 150, 200, 300, 400 };
    return percents;
}

PdfPageView::PdfPageView(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new PdfRenderer(this))
    , m_tools(new QHBoxLayout)
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
    , m_fitPageButton(new QToolButton(this))
    , m_resizeTimer(new QTimer(this))
    , m_placeholder(tr("Nothing to show."))
{
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
    m_fitWidthButton->setToolTip(tr("Fit the page to the width of the window (Ctrl+0)"));
    m_fitPageButton->setObjectName(QStringLiteral("fitPageButton"));
    m_fitPageButton->setText(tr("Fit page"));
    m_fitPageButton->setToolTip(tr("Show the whole page"));
    m_zoomComboBox->setObjectName(QStringLiteral("zoomComboBox"));
    m_zoomComboBox->addItem(tr("Fit width"), FitWidthData);
    m_zoomComboBox->addItem(tr("Fit page"), FitPageData);
    for (const int percent : zoomPercents())
        m_zoomComboBox->addItem(tr("%1 %").arg(percent), percent / 100.0);
    // Fit the width: a whole A4 line is readable without scrolling sideways; 100 % is one click.
    m_zoomComboBox->setCurrentIndex(0);

    // Keys that would steal from a line edit elsewhere in the window work only inside the view.
    auto addKey = [this](const QKeySequence &key, void (PdfPageView::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addKey(QKeySequence(Qt::Key_Home), &PdfPageView::firstPage);
    addKey(QKeySequence(Qt::Key_End), &PdfPageView::lastPage);
    addKey(QKeySequence(Qt::CTRL | Qt::Key_0), &PdfPageView::fitWidth);

    m_tools->setContentsMargins(0, 0, 0, 0);
    m_tools->addWidget(m_previousButton);
    m_tools->addWidget(m_pageNumberLabel);
    m_tools->addWidget(m_nextButton);
    m_tools->addSpacing(16);
    m_tools->addWidget(m_zoomOutButton);
    m_tools->addWidget(m_zoomComboBox);
    m_tools->addWidget(m_zoomInButton);
    m_tools->addWidget(m_fitWidthButton);
    m_tools->addWidget(m_fitPageButton);
    m_tools->addStretch(1);

    m_messageLabel->setObjectName(QStringLiteral("pageMessageLabel"));
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
    m_scrollArea->setObjectName(QStringLiteral("pageScrollArea"));
    m_scrollArea->setWidget(surround);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_scrollArea->viewport()->installEventFilter(this);
    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(m_scrollArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_tools);
    layout->addWidget(m_stack, 1);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, &PdfPageView::render);
    connect(m_previousButton, &QToolButton::clicked, this, &PdfPageView::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &PdfPageView::nextPage);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &PdfPageView::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &PdfPageView::zoomIn);
    connect(m_fitWidthButton, &QToolButton::clicked, this, &PdfPageView::fitWidth);
    connect(m_fitPageButton, &QToolButton::clicked, this, &PdfPageView::fitPage);
    connect(m_zoomComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        render();
        Q_EMIT zoomChanged();
    });
    connect(m_renderer, &PdfRenderer::pageRendered, this, &PdfPageView::showRendered);
    connect(m_renderer, &PdfRenderer::renderFailed, this,
            [this](int, const QString &message) { showMessage(message); });
    clear();
}

PdfPageView::~PdfPageView() = default;

void PdfPageView::addToolWidget(QWidget *widget)
{
    m_tools->addWidget(widget);
}

void PdfPageView::setPlaceholderText(const QString &text)
{
    const bool showing = !hasDocument() && m_messageLabel->text() == m_placeholder;
    m_placeholder = text;
    if (showing)
        m_messageLabel->setText(text);
}

bool PdfPageView::hasDocument() const
{
    return m_isPdf ? m_renderer->isLoaded() : !m_sourceImage.isNull();
}

int PdfPageView::pageCount() const
{
    if (m_isPdf)
        return m_renderer->pageCount();
    return m_sourceImage.isNull() ? 0 : 1;
}

QSizeF PdfPageView::pageSize(int page) const
{
    if (m_isPdf)
        return m_renderer->pageSize(page);
    if (m_sourceImage.isNull() || page != 0)
        return {};
    // A scan that states its resolution has its paper size; one that does not is taken at BaseDpi.
    const double dpmX = m_sourceImage.dotsPerMeterX();
    const double dpmY = m_sourceImage.dotsPerMeterY();
    const double dpiX = dpmX > 0 ? dpmX * 0.0254 : BaseDpi;
    const double dpiY = dpmY > 0 ? dpmY * 0.0254 : dpiX;
    return { m_sourceImage.width() / dpiX * 72.0, m_sourceImage.height() / dpiY * 72.0 };
}

QWidget *PdfPageView::pageWidget() const
{
    return m_canvas;
}

void PdfPageView::clear()
{
    showMessage(m_placeholder);
}

void PdfPageView::showMessage(const QString &message)
{
    m_renderer->clear();
    m_isPdf = false;
    m_page = 0;
    m_requestedDpi = 0;
    m_sourceImage = QImage();
    m_shownImage = QImage();
    m_shownPixelsPerPoint = 0;
    m_canvas->clear();
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
    updateControls();
    Q_EMIT documentChanged();
}

bool PdfPageView::setPdf(const QByteArray &pdf, QString *error)
{
    showMessage(QString());
    QString message;
    if (!m_renderer->load(pdf, &message)) {
        showMessage(message);
        if (error)
            *error = message;
        return false;
    }
    m_isPdf = true;
    showLoaded();
    return true;
}

bool PdfPageView::setImage(const QImage &image)
{
    showMessage(QString());
    if (image.isNull())
        return false;
    m_sourceImage = image;
    showLoaded();
    return true;
}

bool PdfPageView::setDocument(std::unique_ptr<SourceDocument> document)
{
    showMessage(QString());
    if (!document)
        return false;
    m_renderer->load(std::move(document));
    m_isPdf = true;
    showLoaded();
    return true;
}

void PdfPageView::showLoaded()
{
    m_messageLabel->setText(tr("Loading…"));
    updateControls();
    render();
    Q_EMIT documentChanged();
    Q_EMIT currentPageChanged(m_page);
}

void PdfPageView::showPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_scrollArea->verticalScrollBar()->setValue(0);
    updateControls();
    render();
    Q_EMIT currentPageChanged(m_page);
}

void PdfPageView::nextPage()
{
    showPage(m_page + 1);
}

void PdfPageView::previousPage()
{
    showPage(m_page - 1);
}

void PdfPageView::firstPage()
{
    showPage(0);
}

void PdfPageView::lastPage()
{
    showPage(pageCount() - 1);
}

PdfPageView::ZoomMode PdfPageView::zoomMode() const
{
    const double data = m_zoomComboBox->currentData().toDouble();
    if (data > 0)
        return ZoomMode::Factor;
    return data == FitPageData ? ZoomMode::FitPage : ZoomMode::FitWidth;
}

double PdfPageView::zoom() const
{
    return qMax(0.0, m_zoomComboBox->currentData().toDouble());
}

double PdfPageView::effectiveZoom() const
{
    const ZoomMode mode = zoomMode();
    return mode == ZoomMode::Factor ? zoom() : fitScale(mode);
}

void PdfPageView::setZoom(double factor)
{
    if (factor <= 0)
        return;
    int index = m_zoomComboBox->findData(factor);
    if (index < 0) {
        // A factor between the steps (from a benchmark or Ctrl+wheel): add it in its place.
        index = 0;
        while (index < m_zoomComboBox->count() && m_zoomComboBox->itemData(index).toDouble() <= 0)
            ++index;
        while (index < m_zoomComboBox->count() && m_zoomComboBox->itemData(index).toDouble() < factor)
            ++index;
        m_zoomComboBox->insertItem(index, tr("%1 %").arg(qRound(factor * 100)), factor);
    }
    m_zoomComboBox->setCurrentIndex(index);
}

void PdfPageView::fitWidth()
{
    m_zoomComboBox->setCurrentIndex(m_zoomComboBox->findData(FitWidthData));
}

void PdfPageView::fitPage()
{
    m_zoomComboBox->setCurrentIndex(m_zoomComboBox->findData(FitPageData));
}

void PdfPageView::zoomIn()
{
    stepZoom(+1);
}

void PdfPageView::zoomOut()
{
    stepZoom(-1);
}

void PdfPageView::stepZoom(int direction)
{
    // From the size on screen now, also when fitting: the next step up, or the last one below.
    const double now = effectiveZoom();
    double next = 0;
    for (const int percent : zoomPercents()) {
        const double step = percent / 100.0;
        if (direction > 0 && step > now + 0.001) {
            next = step;
            break;
        }
        if (direction < 0 && step < now - 0.001)
            next = step;
    }
    if (next > 0)
        setZoom(next);
}

double PdfPageView::fitScale(ZoomMode mode) const
{
    const QSizeF points = pageSize(m_page);
    // The stack's size, not the viewport's: the scroll area may not have been laid out yet while
    // a message was showing. Fitting the width leaves room for the vertical scroll bar, so that
    // it does not need a horizontal one; a fitted page needs neither.
    const int frame = 2 * m_scrollArea->frameWidth() + 2 * SurroundPixels + 4;
    const int scrollBar = m_scrollArea->verticalScrollBar()->sizeHint().width();
    const int width = m_stack->width() - frame - (mode == ZoomMode::FitWidth ? scrollBar : 0);
    const int height = m_stack->height() - frame;
    if (points.width() <= 0 || points.height() <= 0 || width <= 0)
        return 1.0;
    double scale = width / (points.width() / 72.0 * BaseDpi);
    if (mode == ZoomMode::FitPage && height > 0)
        scale = qMin(scale, height / (points.height() / 72.0 * BaseDpi));
    return qMax(0.1, scale);
}

double PdfPageView::renderDpi() const
{
    return BaseDpi * effectiveZoom() * devicePixelRatioF();
}

void PdfPageView::scheduleRender()
{
    if (hasDocument())
        m_resizeTimer->start();
}

void PdfPageView::render()
{
    if (!hasDocument())
        return;
    // Fitting a hidden view (another tab) would fit nothing: wait to be shown.
    if (zoomMode() != ZoomMode::Factor && !isVisible()) {
        m_renderPending = true;
        return;
    }
    m_renderPending = false;
    m_requestedDpi = renderDpi();
    if (m_isPdf) {
        m_renderer->requestPage(m_page, m_requestedDpi);
        return;
    }
    // A scan is scaled from its own resolution to the one asked for.
    const double factor = m_requestedDpi / 72.0 * pageSize(0).width() / m_sourceImage.width();
    const QImage shown = qFuzzyCompare(factor, 1.0)
        ? m_sourceImage
        : m_sourceImage.scaledToWidth(qMax(1, qRound(m_sourceImage.width() * factor)),
                                      Qt::SmoothTransformation);
    showRendered(0, m_requestedDpi, shown);
}

void PdfPageView::showRendered(int page, double dpi, const QImage &image)
{
    // A render for another page or zoom that was overtaken: the newest request wins.
    if (page != m_page || !qFuzzyCompare(dpi, m_requestedDpi))
        return;
    QImage shown = image;
    shown.setDevicePixelRatio(devicePixelRatioF());
    m_shownImage = shown;
    m_canvas->setImage(shown);
    const QSizeF points = pageSize(page);
    m_shownPixelsPerPoint = points.width() > 0 ? m_canvas->width() / points.width() : 0;
    m_stack->setCurrentWidget(m_scrollArea);
    Q_EMIT pageShown(page);
    // The next page is likely next: render it now into the cache, so that paging on is instant.
    if (m_isPdf && page + 1 < pageCount())
        m_renderer->requestPage(page + 1, dpi);
}

QTransform PdfPageView::pageToWidget() const
{
    if (m_shownPixelsPerPoint <= 0)
        return {};
    return QTransform::fromScale(m_shownPixelsPerPoint, m_shownPixelsPerPoint);
}

QPointF PdfPageView::mapFromPage(const QPointF &point) const
{
    return pageToWidget().map(point);
}

QRectF PdfPageView::mapFromPage(const QRectF &rect) const
{
    return pageToWidget().mapRect(rect);
}

QPointF PdfPageView::mapToPage(const QPointF &widgetPoint) const
{
    return pageToWidget().inverted().map(widgetPoint);
}

void PdfPageView::updateControls()
{
    const int pages = pageCount();
    const bool loaded = pages > 0;
    const double factor = zoom();
    m_previousButton->setEnabled(loaded && m_page > 0);
    m_nextButton->setEnabled(loaded && m_page < pages - 1);
    m_pageNumberLabel->setText(loaded ? tr("Page %1 of %2").arg(m_page + 1).arg(pages) : QString());
    m_zoomComboBox->setEnabled(loaded);
    m_zoomOutButton->setEnabled(loaded && (factor == 0 || factor > zoomPercents().first() / 100.0 + 0.001));
    m_zoomInButton->setEnabled(loaded && (factor == 0 || factor < zoomPercents().last() / 100.0 - 0.001));
    m_fitWidthButton->setEnabled(loaded && zoomMode() != ZoomMode::FitWidth);
    m_fitPageButton->setEnabled(loaded && zoomMode() != ZoomMode::FitPage);
}

void PdfPageView::watchScreen()
{
    // Moved to a screen of another pixel density: render again at the new one.
    if (QWindow *handle = window()->windowHandle())
        connect(handle, &QWindow::screenChanged, this, &PdfPageView::scheduleRender, Qt::UniqueConnection);
}

bool PdfPageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier && hasDocument()) {
            if (wheel->angleDelta().y() != 0)
                stepZoom(wheel->angleDelta().y() > 0 ? +1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfPageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    watchScreen();
    if (m_renderPending)
        render();
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (zoomMode() != ZoomMode::Factor)
        scheduleRender();
}

} // namespace dsr
