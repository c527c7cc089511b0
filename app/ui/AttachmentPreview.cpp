#include "AttachmentPreview.h"

#include "PdfRenderer.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dsr {

AttachmentPreview::AttachmentPreview(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new PdfRenderer(this))
    , m_stack(new QStackedWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_scrollArea(new QScrollArea(this))
    , m_imageLabel(new QLabel)
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_zoomComboBox(new QComboBox(this))
    , m_resizeTimer(new QTimer(this))
{
    m_previousButton->setObjectName(QStringLiteral("previousPageButton"));
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_previousButton->setToolTip(tr("Previous page (Page Up)"));
    m_previousButton->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next page (Page Down)"));
    m_nextButton->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_zoomComboBox->setObjectName(QStringLiteral("zoomComboBox"));
    m_zoomComboBox->addItem(tr("Fit width"), 0.0);
    for (const int percent : { 50, 75, 100, 125, 150, 200 })
        m_zoomComboBox->addItem(tr("%1 %").arg(percent), percent / 100.0);
    // Fit the width: a whole A4 line is readable without scrolling sideways; 100 % is one click.
    m_zoomComboBox->setCurrentIndex(0);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_previousButton);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_nextButton);
    tools->addStretch(1);
    tools->addWidget(m_zoomComboBox);

    m_messageLabel->setObjectName(QStringLiteral("previewMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_imageLabel->setObjectName(QStringLiteral("previewImageLabel"));
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_scrollArea->setObjectName(QStringLiteral("previewScrollArea"));
    m_scrollArea->setWidget(m_imageLabel);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    // A grey surround shows where the white page ends.
    QPalette surround = m_imageLabel->palette();
    surround.setColor(QPalette::Window, QColor(0x70, 0x70, 0x70));
    m_imageLabel->setPalette(surround);
    m_imageLabel->setAutoFillBackground(true);
    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(m_scrollArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, &AttachmentPreview::render);
    connect(m_previousButton, &QToolButton::clicked, this, &AttachmentPreview::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &AttachmentPreview::nextPage);
    connect(m_zoomComboBox, &QComboBox::currentIndexChanged, this, &AttachmentPreview::render);
    connect(m_renderer, &PdfRenderer::pageRendered, this,
            [this](int page, double, const QImage &image) { showRendered(page, image); });
    connect(m_renderer, &PdfRenderer::renderFailed, this,
            [this](int, const QString &message) { showMessage(message); });
    clear();
}

AttachmentPreview::~AttachmentPreview() = default;

int AttachmentPreview::pageCount() const
{
    if (m_isPdf)
        return m_renderer->pageCount();
    return m_sourceImage.isNull() ? 0 : 1;
}

void AttachmentPreview::clear()
{
    showMessage(tr("Select a file to see it here."));
}

void AttachmentPreview::showMessage(const QString &message)
{
    m_renderer->clear();
    m_isPdf = false;
    m_page = 0;
    m_sourceImage = QImage();
    m_shownImage = QImage();
    m_imageLabel->clear();
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
    updateControls();
}

void AttachmentPreview::showContent(const QString &mimeType, const QByteArray &content)
{
    showMessage(QString());
    if (mimeType == QLatin1String("application/pdf")) {
        QString error;
        if (!m_renderer->load(content, &error)) {
            showMessage(error);
            return;
        }
        m_isPdf = true;
    } else {
        const QImage image = QImage::fromData(content);
        if (image.isNull()) {
            showMessage(tr("The image cannot be read; it may be damaged."));
            return;
        }
        m_sourceImage = image;
    }
    m_messageLabel->setText(tr("Loading…"));
    updateControls();
    render();
}

void AttachmentPreview::showPage(int page)
{
    if (!m_isPdf || page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_scrollArea->verticalScrollBar()->setValue(0);
    updateControls();
    render();
}

void AttachmentPreview::nextPage()
{
    showPage(m_page + 1);
}

void AttachmentPreview::previousPage()
{
    showPage(m_page - 1);
}

double AttachmentPreview::zoom() const
{
    return m_zoomComboBox->currentData().toDouble();
}

double AttachmentPreview::fitWidthScale(double contentWidthInches) const
{
    // The stack's width, not the viewport's: the scroll area may not have been laid out yet while
    // a message was showing. Leave room for the vertical scroll bar so that fitting the width
    // does not need a horizontal one.
    const int available = m_stack->width() - 2 * m_scrollArea->frameWidth()
        - m_scrollArea->verticalScrollBar()->sizeHint().width() - 8;
    if (contentWidthInches <= 0 || available <= 0)
        return 1.0;
    return qMax(0.1, available / (contentWidthInches * BaseDpi));
}

void AttachmentPreview::render()
{
    // Fitting the width of a hidden preview (another tab) would fit nothing: wait to be shown.
    if (zoom() == 0 && !isVisible()) {
        m_renderPending = true;
        return;
    }
    m_renderPending = false;
    const qreal ratio = devicePixelRatioF();
    if (m_isPdf) {
        const QSizeF points = m_renderer->pageSize(m_page);
        const double scale = zoom() > 0 ? zoom() : fitWidthScale(points.width() / 72.0);
        m_renderer->requestPage(m_page, BaseDpi * scale * ratio);
        return;
    }
    if (m_sourceImage.isNull())
        return;
    // A scan that states its resolution is shown at its paper size, like a PDF page.
    const double imageDpi
        = m_sourceImage.dotsPerMeterX() > 0 ? m_sourceImage.dotsPerMeterX() * 0.0254 : BaseDpi;
    const double scale = zoom() > 0 ? zoom() : fitWidthScale(m_sourceImage.width() / imageDpi);
    const double factor = scale * BaseDpi / imageDpi * ratio;
    QImage shown = qFuzzyCompare(factor, 1.0)
        ? m_sourceImage
        : m_sourceImage.scaledToWidth(qMax(1, qRound(m_sourceImage.width() * factor)),
                                      Qt::SmoothTransformation);
    showRendered(0, shown);
}

void AttachmentPreview::showRendered(int page, const QImage &image)
{
    if (page != m_page)
        return;
    QImage shown = image;
    shown.setDevicePixelRatio(devicePixelRatioF());
    m_shownImage = shown;
    m_imageLabel->setPixmap(QPixmap::fromImage(shown));
    m_stack->setCurrentWidget(m_scrollArea);
    Q_EMIT imageShown();
}

void AttachmentPreview::updateControls()
{
    const int pages = pageCount();
    const bool paged = m_isPdf && pages > 0;
    m_previousButton->setVisible(paged);
    m_nextButton->setVisible(paged);
    m_pageLabel->setVisible(paged);
    m_previousButton->setEnabled(paged && m_page > 0);
    m_nextButton->setEnabled(paged && m_page < pages - 1);
    m_pageLabel->setText(paged ? tr("Page %1 of %2").arg(m_page + 1).arg(pages) : QString());
    m_zoomComboBox->setEnabled(pages > 0);
}

void AttachmentPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_renderPending)
        m_resizeTimer->start();
}

void AttachmentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (zoom() == 0 && pageCount() > 0)
        m_resizeTimer->start();
}

} // namespace dsr
