// The one page view (PdfPageView) on the offscreen platform: a real PDF rendered by Poppler, paged
// by button and key, zoomed, and a page-to-widget mapping that matches the page on screen.

#include "PdfPageView.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>

#include "GuiTestSupport.h"

#include <QtTest>

using namespace dsr;
using dsr::test::child;

namespace {

// A PDF of `pages` A4 pages, the first with a black square 1 inch from the top-left corner.
QByteArray pdfOf(int pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        if (page == 0)
            painter.fillRect(QRectF(72, 72, 72, 72), Qt::black);
        painter.drawText(QRectF(72, 300, 400, 40), QStringLiteral("Page %1").arg(page + 1));
    }
    painter.end();
    return pdf;
}

QString pageLabel(const PdfPageView &view)
{
    return child<QLabel>(&view, QStringLiteral("pageNumberLabel"))->text();
}

// On screen at a size that shows an A4 page fitted to the width, active for its shortcuts.
bool showOnScreen(PdfPageView &view)
{
    view.resize(700, 900);
    view.show();
    view.activateWindow();
    return QTest::qWaitForWindowActive(&view);
}

void click(const PdfPageView &view, const QString &name)
{
    auto *button = child<QAbstractButton>(&view, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestPdfPageViewGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughByButtonAndKey();
    void zoomChangesTheRenderedSize();
    void pageCoordinatesMapOntoThePageOnScreen();
    void showsAnImageAsOnePage();
    void refusesADamagedFile();
};

void TestPdfPageViewGui::pagesThroughByButtonAndKey()
{
    PdfPageView view;
    QVERIFY(showOnScreen(view));
    QSignalSpy shown(&view, &PdfPageView::pageShown);
    QVERIFY(view.setPdf(pdfOf(3)));
    QVERIFY(view.isPdf());
    QCOMPARE(view.pageCount(), 3);
    QVERIFY(shown.wait(10000) || !shown.isEmpty());
    QCOMPARE(view.currentPage(), 0);
    QCOMPARE(pageLabel(view), QStringLiteral("Page 1 of 3"));
    QVERIFY(!child<QAbstractButton>(&view, QStringLiteral("previousPageButton"))->isEnabled());

    click(view, QStringLiteral("nextPageButton"));
    QTRY_COMPARE(shown.last().at(0).toInt(), 1);
    QCOMPARE(view.currentPage(), 1);
    QCOMPARE(pageLabel(view), QStringLiteral("Page 2 of 3"));
    QVERIFY(!view.currentImage().isNull());

    // End and Home inside the view, Page Up / Page Down anywhere in its window.
    view.pageWidget()->setFocus();
    QTest::keyClick(view.pageWidget(), Qt::Key_End);
    QCOMPARE(view.currentPage(), 2);
    QVERIFY(!child<QAbstractButton>(&view, QStringLiteral("nextPageButton"))->isEnabled());
    QTRY_COMPARE(shown.last().at(0).toInt(), 2);
    QTest::keyClick(view.pageWidget(), Qt::Key_Home);
    QCOMPARE(view.currentPage(), 0);
    // (A button's shortcut clicks it the way a person sees: animated, a moment later.)
    QTest::keyClick(view.pageWidget(), Qt::Key_PageDown);
    QTRY_COMPARE(view.currentPage(), 1);
    QTest::keyClick(view.pageWidget(), Qt::Key_PageUp);
    QTRY_COMPARE(view.currentPage(), 0);
    click(view, QStringLiteral("nextPageButton"));
    QCOMPARE(view.currentPage(), 1);
    // No page past either end.
    view.showPage(7);
    QCOMPARE(view.currentPage(), 1);
    view.showPage(-1);
    QCOMPARE(view.currentPage(), 1);

    // Dropped: no pages, the placeholder instead.
    view.clear();
    QCOMPARE(view.pageCount(), 0);
    QVERIFY(!view.hasDocument());
    QVERIFY(view.currentImage().isNull());
    QVERIFY(pageLabel(view).isEmpty());
}

void TestPdfPageViewGui::zoomChangesTheRenderedSize()
{
    PdfPageView view;
    QVERIFY(showOnScreen(view));
    QSignalSpy shown(&view, &PdfPageView::pageShown);
    QFile sample(QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(view.setPdf(sample.readAll()));
    QCOMPARE(view.pageCount(), 1);

    // Fitting the width (the default): the page is as wide as the view allows, no wider.
    QCOMPARE(view.zoomMode(), PdfPageView::ZoomMode::FitWidth);
    QCOMPARE(view.zoom(), 0.0);
    QTRY_VERIFY(!view.currentImage().isNull());
    const int fitted = view.pageWidget()->width();
    QVERIFY2(fitted > 400 && fitted <= view.width(), qPrintable(QString::number(fitted)));

    // 100 %: BaseDpi pixels per inch of paper, times the screen's pixel ratio.
    view.setZoom(1.0);
    QCOMPARE(view.zoomMode(), PdfPageView::ZoomMode::Factor);
    const QSizeF points = view.pageSize(0);
    const int at100 = qRound(points.width() / 72.0 * PdfPageView::BaseDpi);
    QTRY_COMPARE(view.pageWidget()->width(), at100);
    QCOMPARE(view.currentImage().width(), qRound(at100 * view.devicePixelRatioF()));
    QCOMPARE(view.renderDpi(), PdfPageView::BaseDpi * view.devicePixelRatioF());

    // Zoom in and out step through the levels, and the page follows.
    click(view, QStringLiteral("zoomInButton"));
    QCOMPARE(view.zoom(), 1.25);
    QTRY_VERIFY(view.pageWidget()->width() > at100);
    const int larger = view.pageWidget()->width();
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTRY_COMPARE(view.zoom(), 1.0);
    click(view, QStringLiteral("zoomOutButton"));
    QCOMPARE(view.zoom(), 0.75);
    QTRY_VERIFY(view.pageWidget()->width() < at100);

    // Fit page: the whole sheet in view, so no taller than the view and smaller than at 125 %.
    click(view, QStringLiteral("fitPageButton"));
    QCOMPARE(view.zoomMode(), PdfPageView::ZoomMode::FitPage);
    QTRY_VERIFY(view.pageWidget()->height() < view.height() && view.pageWidget()->height() > 200);
    QVERIFY(view.pageWidget()->width() < larger);

    // Back to fitting the width, and the page follows the view's width when it is resized.
    click(view, QStringLiteral("fitWidthButton"));
    QTRY_COMPARE(view.pageWidget()->width(), fitted);
    view.resize(500, 900);
    QTRY_VERIFY(view.pageWidget()->width() < fitted && view.pageWidget()->width() <= 500);

    // The zoom box offers both fitting modes and every step.
    auto *box = child<QComboBox>(&view, QStringLiteral("zoomComboBox"));
    QCOMPARE(box->count(), 2 + int(PdfPageView::zoomPercents().size()));
}

void TestPdfPageViewGui::pageCoordinatesMapOntoThePageOnScreen()
{
    PdfPageView view;
    QVERIFY(showOnScreen(view));
    QSignalSpy shown(&view, &PdfPageView::pageShown);
    QVERIFY(view.setPdf(pdfOf(1)));
    view.setZoom(2.0);
    QTRY_VERIFY(!shown.isEmpty() && qFuzzyCompare(view.effectiveZoom(), 2.0)
                && view.pageWidget()->width() > 1000);

    // The whole page maps onto the whole page widget.
    const QSizeF points = view.pageSize(0);
    const QRectF whole = view.mapFromPage(QRectF(QPointF(0, 0), points));
    QVERIFY2(qAbs(whole.width() - view.pageWidget()->width()) <= 1
                 && qAbs(whole.height() - view.pageWidget()->height()) <= 1,
             qPrintable(QStringLiteral("%1 x %2").arg(whole.width()).arg(whole.height())));
    // One inch is BaseDpi × zoom widget pixels; the square drawn 1 inch in is black on screen.
    const QRectF square = view.mapFromPage(QRectF(72, 72, 72, 72));
    QVERIFY(qAbs(square.width() - 2.0 * PdfPageView::BaseDpi) < 1);
    const QPointF centre = square.center();
    const qreal ratio = view.currentImage().devicePixelRatio();
    QCOMPARE(view.currentImage().pixelColor((centre * ratio).toPoint()), QColor(Qt::black));
    const QPointF outside = view.mapFromPage(QPointF(36, 36));
    QCOMPARE(view.currentImage().pixelColor((outside * ratio).toPoint()), QColor(Qt::white));
    // And back.
    const QPointF back = view.mapToPage(centre);
    QVERIFY(qAbs(back.x() - 108) < 0.5 && qAbs(back.y() - 108) < 0.5);
}

void TestPdfPageViewGui::showsAnImageAsOnePage()
{
    QImage scan(850, 1100, QImage::Format_RGB32);
    scan.fill(Qt::white);
    scan.setDotsPerMeterX(qRound(100 / 0.0254));
    scan.setDotsPerMeterY(qRound(100 / 0.0254));
    PdfPageView view;
    QVERIFY(showOnScreen(view));
    QVERIFY(view.setImage(scan));
    QVERIFY(!view.isPdf());
    QCOMPARE(view.pageCount(), 1);
    // 8.5 inches wide at 100 dpi: a US letter sheet, in points.
    QCOMPARE(view.pageSize(0).toSize(), QSize(612, 792));
    view.setZoom(1.0);
    QTRY_COMPARE(view.pageWidget()->width(), 850);
    QCOMPARE(pageLabel(view), QStringLiteral("Page 1 of 1"));
    QVERIFY(!view.setImage(QImage()));
    QVERIFY(!view.hasDocument());
}

void TestPdfPageViewGui::refusesADamagedFile()
{
    PdfPageView view;
    view.show();
    QString error;
    QVERIFY(!view.setPdf(QByteArray("%PDF-1.4 not really"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!view.hasDocument());
    QCOMPARE(child<QLabel>(&view, QStringLiteral("pageMessageLabel"))->text(), error);
}

QTEST_MAIN(TestPdfPageViewGui)
#include "TestPdfPageViewGui.moc"
