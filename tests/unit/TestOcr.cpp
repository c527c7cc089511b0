// OCR of scanned pages for the redaction detectors (issue 12): a page written in the letters'
// font with a made-up name, telephone number and valid My Number is rendered at 300 dpi and saved
// as a PNG scan — a document without a text layer. Tesseract (Debian's tesseract-ocr-jpn) must
// read it well enough that the detectors find all three where the original PDF's text layer has
// them, and the redacted copy of the scan must be black there. Nothing here passes when OCR reads
// nothing: every hit is asked for by its place on the page. The time OCR takes for the A4 page is
// printed (qInfo), not asserted.

#include "RedactionFixtures.h"
#include "TestSupport.h"
#include "documents/PageOcr.h"
#include "documents/PageText.h"
#include "documents/RedactionFinder.h"
#include "documents/Redactor.h"
#include "documents/SourceDocument.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test::redaction;

namespace {

QRectF unitedOf(const QList<QRectF> &rects)
{
    QRectF out;
    for (const QRectF &r : rects)
        out = out.isNull() ? r : out.united(r);
    return out;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1, %2 %3×%4)")
        .arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1);
}

// Whether the OCR'd hit stands where the text layer has the text: Tesseract's boxes hug the ink,
// the text layer's take the font's whole height, so the OCR box lies within the line and covers
// most of the text's width.
bool sameText(const QRectF &ocr, const QRectF &layer)
{
    const double overlap = qMin(ocr.right(), layer.right()) - qMax(ocr.left(), layer.left());
    return layer.adjusted(-2, -2, 2, 2).contains(ocr.center()) && overlap >= 0.85 * layer.width()
        && ocr.width() <= 1.15 * layer.width();
}

// The share of the pixels of `rect` (points) that are black in `page` (rendered at `dpi`).
double blackShare(const QImage &page, const QRectF &rect, int dpi)
{
    const double scale = dpi / 72.0;
    const QRect px = QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale)
                         .toAlignedRect()
                         .intersected(page.rect());
    qint64 black = 0;
    for (int y = px.top(); y <= px.bottom(); ++y)
        for (int x = px.left(); x <= px.right(); ++x)
            black += page.constScanLine(y)[x] < 32 ? 1 : 0;
    return px.isEmpty() ? 0.0 : double(black) / (qint64(px.width()) * px.height());
}

// Of the pixels inked in `original` within `rect` (points), how many; and the share of them that
// are black in `copy`: what of the text is left to read.
QPair<qint64, double> inkCovered(const QImage &original, const QImage &copy, const QRectF &rect, int dpi)
{
    const double scale = dpi / 72.0;
    const QRect px = QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale)
                         .toAlignedRect()
                         .intersected(original.rect());
    qint64 ink = 0;
    qint64 covered = 0;
    for (int y = px.top(); y <= px.bottom(); ++y)
        for (int x = px.left(); x <= px.right(); ++x)
            if (original.constScanLine(y)[x] < 160) {
                ++ink;
                covered += copy.constScanLine(y)[x] < 32 ? 1 : 0;
            }
    return { ink, ink > 0 ? double(covered) / ink : 0.0 };
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OcrSecrets m_secrets;
    QByteArray m_pdf;
    QString m_scanPath;

    RedactionDetectors detectors() const
    {
        RedactionDetectors d;
        d.searches = { m_secrets.name };
        d.myNumbers = true;
        d.phones = true;
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        // install-deps.sh installs tesseract-ocr-jpn: without it OCR is missing, not skipped.
        QVERIFY2(PageOcr::available(&why), qPrintable(why));
        QVERIFY(m_dir.isValid());
        m_pdf = makePdf({ ocrPage(m_secrets) });
        m_scanPath = m_dir.filePath(QStringLiteral("scan.png"));
        QFile f(m_scanPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scannedPng(m_pdf));
    }

    void recognisesAnA4PageWithBoxesPerCharacter()
    {
        auto scan = SourceDocument::open(m_scanPath);
        QVERIFY2(scan, qPrintable(scan.error().message));
        QVERIFY(!scan->hasTextLayer(0));
        auto image = scan->render(0, PageOcr::Dpi);
        QVERIFY(image);
        QList<int> percents;
        QElapsedTimer timer;
        timer.start();
        auto text = PageOcr::recognise(*image, PageOcr::Dpi, [&](int percent) {
            percents.append(percent);
            return true;
        });
        const qint64 ms = timer.elapsed();
        QVERIFY2(text, qPrintable(text.error().message));
        qInfo("OCR of an A4 page at 300 dpi (%dx%d pixels, jpn+eng): %lld ms", image->width(),
              image->height(), ms);
        QVERIFY2(!text->isEmpty(), "OCR read nothing");
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        // Japanese is read without spaces between its characters, each with its own box inside
        // the page (points: A4 is 595 × 842).
        QVERIFY2(text->text().contains(m_secrets.name), qPrintable(text->text()));
        for (const PageWord &w : text->words()) {
            QVERIFY(QRectF(0, 0, 596, 842).contains(w.rect));
            QCOMPARE(w.glyphs.size(), w.text.size());
        }
        const QList<RedactionHit> name = RedactionFinder::search(*text, 0, m_secrets.name);
        QCOMPARE(name.size(), 1);
        // Four characters of about 16 points each, on the line whose baseline is at y = 180.
        const QRectF r = unitedOf(name.first().rects);
        QVERIFY2(r.width() > 50 && r.width() < 75 && r.top() > 160 && r.bottom() < 186,
                 qPrintable(describe(r)));
    }

    void findAllReadsScansAndHitsWhereTheTextWas()
    {
        auto pdf = SourceDocument::fromBytes(m_pdf, QStringLiteral("ocr.pdf"));
        QVERIFY(pdf);
        auto scan = SourceDocument::open(m_scanPath);
        QVERIFY(scan);
        // The text layer of the original says where each hit must be.
        const QList<RedactionHit> expected = RedactionFinder::find(*pdf, detectors());
        QCOMPARE(expected.size(), 3);

        QList<int> pagesSeen;
        auto found = RedactionFinder::findAll(*scan, detectors(), [&](int page, int pages, int) {
            pagesSeen.append(page);
            return pages == 1;
        });
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->pagesWithoutText, QList<int> { 0 });
        QCOMPARE(found->ocrPages, QList<int> { 0 });
        QVERIFY(found->ocrUnavailable.isEmpty());
        QVERIFY(!pagesSeen.isEmpty() && pagesSeen.last() == 0);
        for (const RedactionHit &want : expected) {
            const QRectF layer = unitedOf(want.rects);
            bool seen = false;
            for (const RedactionHit &hit : std::as_const(found->hits))
                if (hit.detector == want.source && hit.source == RedactionSource::Ocr
                    && sameText(unitedOf(hit.rects), layer))
                    seen = true;
            QString got;
            for (const RedactionHit &hit : std::as_const(found->hits))
                got += RedactionSources::id(hit.detector) + describe(unitedOf(hit.rects)) + QLatin1Char(' ');
            QVERIFY2(seen,
                     qPrintable(QStringLiteral("no OCR hit of %1 at %2; found: %3")
                                    .arg(RedactionSources::id(want.source), describe(layer), got)));
        }
        // The same number read from the scan: its digits are what the proof looks for.
        const auto number = std::find_if(found->hits.cbegin(), found->hits.cend(), [](const RedactionHit &h) {
            return h.detector == RedactionSource::MyNumber;
        });
        QVERIFY(number != found->hits.cend());
        QCOMPARE(number->digits, m_secrets.myNumber);
        // The old call finds the same.
        QCOMPARE(RedactionFinder::find(*scan, detectors()).size(), found->hits.size());

        // OCR off: the page is listed as without text, nothing is found on it.
        RedactionDetectors off = detectors();
        off.ocr = false;
        auto without = RedactionFinder::findAll(*scan, off);
        QVERIFY(without);
        QCOMPARE(without->pagesWithoutText, QList<int> { 0 });
        QVERIFY(without->ocrPages.isEmpty() && without->hits.isEmpty());
    }

    void theRedactedScanIsBlackWhereTheMyNumberWas()
    {
        auto pdf = SourceDocument::fromBytes(m_pdf, QStringLiteral("ocr.pdf"));
        QVERIFY(pdf);
        auto scan = SourceDocument::open(m_scanPath);
        QVERIFY(scan);
        const QList<RedactionHit> layer = RedactionFinder::myNumbers(pdf->pageText(0), 0);
        QCOMPARE(layer.size(), 1);

        RedactionOrder order;
        order.detectors = detectors();
        order.ground = QStringLiteral("個人番号");
        auto plan = Redactor::plan(*scan, order);
        QVERIFY2(plan, qPrintable(plan.error().message));
        QCOMPARE(plan->ocrPages, QList<int> { 0 });
        QVERIFY(plan->withheld.contains(m_secrets.myNumber));
        for (const RedactionBox &box : std::as_const(plan->boxes))
            QCOMPARE(box.source, RedactionSource::Ocr);
        auto copy = Redactor::toBytes(*scan, *plan);
        QVERIFY2(copy, qPrintable(copy.error().message));
        auto redacted = SourceDocument::fromBytes(copy->pdf, QStringLiteral("copy.pdf"));
        QVERIFY(redacted);
        auto page = redacted->render(0, 300);
        QVERIFY(page);
        auto original = scan->render(0, 300);
        QVERIFY(original);
        // Every pixel of ink the number has on the scan (found by its place in the original's text
        // layer) is black in the copy.
        for (const QRectF &word : layer.first().rects) {
            const auto [ink, share] = inkCovered(*original, *page, word.adjusted(-1, -1, 1, 1), 300);
            QVERIFY2(ink > 200, "the sample's digits have no ink");
            QVERIFY2(share > 0.995,
                     qPrintable(QStringLiteral("only %1 of the number's ink at %2 is black")
                                    .arg(share)
                                    .arg(describe(word))));
        }
        // A line that is disclosed stays as it was.
        const QRectF disclosed = QRectF(72, 345, 200, 18);
        QVERIFY(blackShare(*page, disclosed, 300) < 0.5);
    }

    void progressStopsTheRecognition()
    {
        auto scan = SourceDocument::open(m_scanPath);
        QVERIFY(scan);
        auto image = scan->render(0, PageOcr::Dpi);
        QVERIFY(image);
        int calls = 0;
        auto text = PageOcr::recognise(*image, PageOcr::Dpi, [&](int) { return ++calls < 2; });
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::Failure);
        QVERIFY2(text.error().message.contains(QStringLiteral("stopped")), qPrintable(text.error().message));

        RedactionDetectors d = detectors();
        auto found = RedactionFinder::findAll(*scan, d, [](int, int, int percent) { return percent < 30; });
        QVERIFY(!found);
        QVERIFY(found.error().message.contains(QStringLiteral("stopped")));
        // The detectors' own hook stops it the same when findAll is given none.
        d.progress = [](int, int, int percent) { return percent < 30; };
        auto hooked = RedactionFinder::findAll(*scan, d);
        QVERIFY(!hooked);
        QVERIFY(hooked.error().message.contains(QStringLiteral("stopped")));
    }
};

QTEST_MAIN(TestOcr)
#include "TestOcr.moc"
