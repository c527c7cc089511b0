#include "PdfRenderer.h"

#include "Logging.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>
#include <poppler-qt6.h>

namespace dsr {

struct PdfRenderer::Document
{
    // Poppler documents are not thread-safe: every call on one goes under this mutex.
    QMutex mutex;
    std::unique_ptr<Poppler::Document> pdf;
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
    m_pageCount = doc->numPages();
    auto document = std::make_shared<Document>();
    document->pdf = std::move(doc);
    m_document = std::move(document);
    qCInfo(lcUi) << "pdf loaded," << m_pageCount << "pages";
    return true;
}

void PdfRenderer::clear()
{
    // Queued renders of the old document are dropped; a running one finishes on its own copy of
    // the document pointer and its result is ignored (the generation moved on).
    m_pool->clear();
    ++m_generation;
    m_document.reset();
    m_pageCount = 0;
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
    if (!m_document || page < 0 || page >= m_pageCount)
        return {};
    QMutexLocker lock(&m_document->mutex);
    const std::unique_ptr<Poppler::Page> p = m_document->pdf->page(page);
    return p ? p->pageSizeF() : QSizeF();
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
            if (const std::unique_ptr<Poppler::Page> p = document->pdf->page(page))
                image = p->renderToImage(dpi, dpi);
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
