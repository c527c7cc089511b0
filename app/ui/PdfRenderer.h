#pragma once
// The one door to Poppler (STYLE.md practice 11, after Okular's PDF generator): a document loaded
// from bytes, every Poppler call under one mutex, pages rendered on a worker thread and delivered
// through a queued signal, and a memory-bounded cache of rendered pages. Nothing else in the
// window includes a Poppler header (the core's redaction has its own doors:
// core/documents/SourceDocument and RedactionProof).

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <memory>

class QPainter;
class QPrinter;
class QThreadPool;

namespace dsr {

class SourceDocument;

class PdfRenderer : public QObject
{
    Q_OBJECT
public:
    // Rendered pages kept for quick paging back and forth.
    static constexpr int CacheKilobytes = 64 * 1024;

    explicit PdfRenderer(QObject *parent = nullptr);
    ~PdfRenderer() override;

    // Replaces the document. False with a message for a damaged, empty or password-protected file.
    bool load(const QByteArray &pdf, QString *error);
    // Replaces the document with one already opened for redaction (a PDF, or a PNG, JPEG or
    // multi-page TIFF scan): its pages are rendered by SourceDocument, in grey, as the redacted
    // copy will show them.
    void load(std::unique_ptr<SourceDocument> document);
    void clear();
    bool isLoaded() const;
    int pageCount() const;
    // In points (1/72 inch); empty for a page that does not exist.
    QSizeF pageSize(int page) const;

    // Renders `page` at `dpi` on the worker and emits pageRendered, or at once from the cache.
    // Requests for a document that was replaced meanwhile are dropped.
    void requestPage(int page, double dpi);
    // Blocks until every render already requested is done (tests, and the destructor).
    void waitForRenders();

    // Print: pages `from`..`to` (0-based, inclusive) onto `printer`, each rendered by Poppler at
    // the printer's resolution (divided down to at most MaxPrintDpi) and drawn to fill the paper
    // the same way the page fills its own, in bands so that a page never needs its whole bitmap at
    // once. Runs on the calling thread. False with a message when nothing, or not every page, went
    // to the printer.
    static constexpr int MaxPrintDpi = 600;
    bool print(QPrinter *printer, int from, int to, QString *error);
    // The same onto a print job already begun with `painter` (several documents in one job: a
    // letter and the redacted copies that go with it); `newPageFirst` when pages precede these.
    bool printPages(QPainter &painter, QPrinter *printer, int from, int to, bool newPageFirst,
                    QString *error);

Q_SIGNALS:
    void pageRendered(int page, double dpi, const QImage &image);
    void renderFailed(int page, const QString &message);

private:
    struct Document;
    void deliver(quint64 generation, int page, double dpi, const QImage &image);
    static QString cacheKey(int page, double dpi);
    void take(std::shared_ptr<Document> document, int pages);

    std::shared_ptr<Document> m_document;
    quint64 m_generation = 0;
    // Kept, so that asking does not wait for a render holding the mutex.
    int m_pageCount = 0;
    QList<QSizeF> m_pageSizes;
    QCache<QString, QImage> m_cache;
    // Declared last, destroyed first: its destructor waits for a running render, which still
    // holds its own reference to the document it renders.
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace dsr
