#include "PdfRenderer.h"

#include "Logging.h"
#include "documents/SourceDocument.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPrinter>
#include <QThreadPool>
#include <QtMath>
#include <poppler-qt6.h>

namespace dsr {

struct PdfRenderer::Document
{
    // Poppler documents are not thread-safe: every call on one goes under this mutex.
    QMutex mutex;
    std::unique_ptr<Poppler::Document> pdf;
    // Or a document opened for redaction (scans: PNG, JPEG, TIFF).
    std::unique_ptr<SourceDocument> source;

    QSizeF pageSize(int page) const
    {
        if (source)
            return source->pageSize(page);
        const std::unique_ptr<Poppler::Page> p = pdf->page(page);
        return p ? p->pageSizeF() : QSizeF();
    }
    // The page, or the band of `rows` rows from `y` down of it (all of it when rows is 0).
    QImage render(int page, double dpi, int y = 0, int rows = 0) const
    {
        if (source) {
            Result<QImage> image = source->render(page, dpi);
            if (!image)
                return {};
            return rows > 0 ? image.value().copy(0, y, image.value().width(), rows) : image.value();
        }
        const std::unique_ptr<Poppler::Page> p = pdf->page(page);
        if (!p)
            return {};
        if (rows <= 0)
            return p->renderToImage(dpi, dpi);
        const QSizeF points = p->pageSizeF();
        return p->renderToImage(dpi, dpi, 0, y, qCeil(points.width() / 72.0 * dpi), rows);
    }
};

PdfRenderer::PdfRenderer(QObject *parent)
    : QObject(parent)
    , m_cache(CacheKilobytes)
    , m_pool(std::make_unique<QThreadPool>())
{
    // One worker: renders of one document run one after another anyway (the mutex), and the
    // visible page, requested last, should not wait behind several others.
    m_pool->setMaxThreadCount(1);
}

PdfRenderer::~PdfRenderer()
{
    m_pool->clear();
    m_pool->waitForDone();
}

bool PdfRenderer::load(const QByteArray &pdf, QString *error)
{
    clear();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc) {
        *error = tr("The PDF file cannot be read; it may be damaged.");
        return false;
    }
    if (doc->isLocked()) {
        *error = tr("The PDF file is protected by a password and cannot be shown.");
        return false;
    }
    if (doc->numPages() < 1) {
        *error = tr("The PDF file has no pages.");
        return false;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    auto document = std::make_shared<Document>();
    document->pdf = std::move(doc);
    const int pages = document->pdf->numPages();
    take(std::move(document), pages);
    qCInfo(lcUi) << "pdf loaded," << m_pageCount << "pages";
    return true;
}

void PdfRenderer::load(std::unique_ptr<SourceDocument> source)
{
    clear();
    if (!source)
        return;
    auto document = std::make_shared<Document>();
    document->source = std::move(source);
    const int pages = document->source->pageCount();
    take(std::move(document), pages);
    qCInfo(lcUi) << "document loaded for redaction," << m_pageCount << "pages";
}

void PdfRenderer::take(std::shared_ptr<Document> document, int pages)
{
    m_pageCount = pages;
    m_pageSizes.reserve(pages);
    for (int page = 0; page < pages; ++page)
        m_pageSizes << document->pageSize(page);
    m_document = std::move(document);
}

void PdfRenderer::clear()
{
    // Queued renders of the old document are dropped; a running one finishes on its own copy of
    // the document pointer and its result is ignored (the generation moved on).
    m_pool->clear();
    ++m_generation;
    m_document.reset();
    m_pageCount = 0;
    m_pageSizes.clear();
    m_cache.clear();
}

bool PdfRenderer::isLoaded() const
{
    return m_document != nullptr;
}

int PdfRenderer::pageCount() const
{
    return m_pageCount;
}

QSizeF PdfRenderer::pageSize(int page) const
{
    if (!m_document || page < 0 || page >= m_pageSizes.size())
        return {};
    return m_pageSizes.at(page);
}

QString PdfRenderer::cacheKey(int page, double dpi)
{
    return QStringLiteral("%1@%2").arg(page).arg(qRound(dpi * 10));
}

void PdfRenderer::requestPage(int page, double dpi)
{
    if (!m_document || page < 0 || page >= pageCount())
        return;
    if (const QImage *cached = m_cache.object(cacheKey(page, dpi))) {
        const QImage image = *cached;
        Q_EMIT pageRendered(page, dpi, image);
        return;
    }
    const std::shared_ptr<Document> document = m_document;
    const quint64 generation = m_generation;
    m_pool->start([this, document, generation, page, dpi] {
        QImage image;
        {
            QMutexLocker lock(&document->mutex);
            image = document->render(page, dpi);
        }
        // The pool is destroyed before `this`, so `this` is alive here; a queued call to an
        // object deleted before it runs is discarded by Qt.
        QMetaObject::invokeMethod(
            this, [this, generation, page, dpi, image] { deliver(generation, page, dpi, image); },
            Qt::QueuedConnection);
    });
}

void PdfRenderer::waitForRenders()
{
    m_pool->waitForDone();
}

bool PdfRenderer::print(QPrinter *printer, int from, int to, QString *error)
{
    if (!m_document || from < 0 || to >= m_pageCount || from > to) {
        *error = tr("There is no page to print.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = tr("The printer could not be started.");
        return false;
    }
    if (!printPages(painter, printer, from, to, false, error)) {
        painter.end();
        return false;
    }
    if (!painter.end() || printer->printerState() == QPrinter::Error) {
        *error = tr("The printer reported an error; the letter may not have been printed.");
        return false;
    }
    qCInfo(lcUi) << "pdf printed, pages" << from + 1 << "to" << to + 1;
    return true;
}

bool PdfRenderer::printPages(QPainter &painter, QPrinter *printer, int from, int to, bool newPageFirst,
                             QString *error)
{
    if (!m_document || from < 0 || to >= m_pageCount || from > to) {
        *error = tr("There is no page to print.");
        return false;
    }
    // A whole divisor of the printer's resolution: every rendered pixel covers a whole number of
    // printer dots, so the bands meet without seams.
    const int resolution = qMax(72, printer->resolution());
    const int factor = (resolution + MaxPrintDpi - 1) / MaxPrintDpi;
    const double dpi = double(resolution) / factor;
    // 2048 rows: about 40 MB for an A4 band at 600 dpi.
    constexpr int BandRows = 2048;

    const std::shared_ptr<Document> document = m_document;
    for (int page = from; page <= to; ++page) {
        if ((page > from || newPageFirst) && !printer->newPage()) {
            *error = tr("The printer refused page %1.").arg(page + 1);
            return false;
        }
        QMutexLocker lock(&document->mutex);
        const QSizeF points = m_pageSizes.at(page);
        // A scan is decoded whole anyway: once per page, then cut into bands.
        QImage whole;
        if (document->source) {
            whole = document->render(page, dpi);
            if (whole.isNull()) {
                *error = tr("Page %1 could not be rendered.").arg(page + 1);
                return false;
            }
        }
        const QSize pixels(qCeil(points.width() / 72.0 * dpi), qCeil(points.height() / 72.0 * dpi));
        // The painter's origin is the paper's corner only with a full-page printer; otherwise it is
        // the printable area's, and the page is placed on the paper all the same.
        const QRectF paper = printer->paperRect(QPrinter::DevicePixel);
        const QPointF origin = printer->fullPage()
            ? QPointF()
            : -printer->pageRect(QPrinter::DevicePixel).topLeft() + paper.topLeft();
        double scale = qMin(paper.width() / pixels.width(), paper.height() / pixels.height());
        // The same paper size (A4 on A4): exactly `factor` dots per pixel, not a hair off.
        if (qAbs(scale - factor) < factor * 0.01)
            scale = factor;
        const QPointF corner = origin
            + QPointF((paper.width() - pixels.width() * scale) / 2.0,
                      (paper.height() - pixels.height() * scale) / 2.0);
        for (int y = 0; y < pixels.height(); y += BandRows) {
            const int rows = qMin(BandRows, pixels.height() - y);
            QImage band = whole.isNull() ? document->render(page, dpi, y, rows)
                                         : whole.copy(0, y, whole.width(), rows);
            if (band.isNull()) {
                *error = tr("Page %1 could not be rendered.").arg(page + 1);
                return false;
            }
            // Opaque: a printer (or a PDF file) gets no needless transparency mask.
            band.convertTo(QImage::Format_RGB32);
            painter.drawImage(
                QRectF(corner.x(), corner.y() + y * scale, pixels.width() * scale, rows * scale), band);
        }
    }
    return true;
}

void PdfRenderer::deliver(quint64 generation, int page, double dpi, const QImage &image)
{
    if (generation != m_generation)
        return;
    if (image.isNull()) {
        qCWarning(lcUi) << "pdf page render failed, page" << page;
        Q_EMIT renderFailed(page, tr("Page %1 could not be rendered.").arg(page + 1));
        return;
    }
    const qsizetype kilobytes = image.sizeInBytes() / 1024 + 1;
    m_cache.insert(cacheKey(page, dpi), new QImage(image), int(qMin<qsizetype>(kilobytes, CacheKilobytes)));
    Q_EMIT pageRendered(page, dpi, image);
}

} // namespace dsr
