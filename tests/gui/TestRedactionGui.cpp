// The redaction workspace on the offscreen platform: a generated document with made-up names,
// My Numbers and telephone numbers opened in the real widgets; boxes drawn, moved, resized and
// deleted with the mouse, undone and redone; suggestions found on a worker thread, accepted and
// rejected; grounds set on several boxes at once.

#include "PdfPageView.h"
#include "RedactionBoxModel.h"
#include "RedactionFixtures.h"
#include "RedactionOverlay.h"
#include "RedactionWorkspace.h"
#include "TestSupport.h"
#include "model/Decision.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include "GuiTestSupport.h"

#include <QtTest>

using namespace dsr;
using namespace dsr::test::redaction;
using dsr::test::child;
using dsr::test::type;

class TestRedactionGui : public QObject
{
    Q_OBJECT

private:
    // The workspace on screen with the sample document, its first page shown.
    bool open(RedactionWorkspace &w, const QByteArray &bytes = makePdf(samplePages()))
    {
        w.resize(1400, 950);
        w.setRegime(LegalRegime::Private);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        QSignalSpy shown(w.pageView(), &PdfPageView::pageShown);
        QString error;
        if (!w.setDocument(bytes, QStringLiteral("sample.pdf"), &error)) {
            qWarning() << error;
            return false;
        }
        return shown.wait(10000);
    }
    // Drags on the overlay from one page point to another (points from the page's corner).
    void drag(RedactionWorkspace &w, QPointF fromPage, QPointF toPage)
    {
        RedactionOverlay *overlay = w.overlay();
        const QPoint from = w.pageView()->mapFromPage(fromPage).toPoint();
        const QPoint to = w.pageView()->mapFromPage(toPage).toPoint();
        QTest::mousePress(overlay, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(overlay, (from + to) / 2);
        QTest::mouseMove(overlay, to);
        QTest::mouseRelease(overlay, Qt::LeftButton, Qt::NoModifier, to);
    }
    bool find(RedactionWorkspace &w)
    {
        child<QTabWidget>(&w, QStringLiteral("redactionTabs"))->setCurrentIndex(1);
        QSignalSpy finished(&w, &RedactionWorkspace::findingFinished);
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("findSuggestionsButton")), Qt::LeftButton);
        return !finished.isEmpty() || finished.wait(60000);
    }

private Q_SLOTS:
    void documentOpensWithAThumbnailPerPage()
    {
        RedactionWorkspace w;
        QVERIFY(open(w));
        QCOMPARE(w.pageView()->pageCount(), 3);
        auto *thumbnails = child<QListWidget>(&w, QStringLiteral("thumbnailList"));
        QCOMPARE(thumbnails->count(), 3);
        // Picking a thumbnail shows its page.
        thumbnails->setCurrentRow(2);
        QCOMPARE(w.pageView()->currentPage(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnails->item(2)->icon().isNull(), 10000);
    }

    void brokenOrEncryptedFilesAreRefusedWithTheReason()
    {
        RedactionWorkspace w;
        QString error;
        QVERIFY(
            !w.setDocument(QByteArrayLiteral("%PDF-1.7\nnot really a pdf"), QStringLiteral("x.pdf"), &error));
        QVERIFY2(!error.isEmpty(), "the refusal says why");
        QCOMPARE(w.pageView()->pageCount(), 0);
        QVERIFY(!child<QPushButton>(&w, QStringLiteral("findSuggestionsButton"))->isEnabled());
    }

    void boxesAreDrawnMovedResizedDeletedAndUndone()
    {
        RedactionWorkspace w;
        QVERIFY(open(w));
        w.setCurrentGround(DecisionVocabulary::grounds(LegalRegime::Private).first());
        w.setCurrentReason(QStringLiteral("第三者の氏名"));
        drag(w, { 100, 120 }, { 220, 150 });
        QCOMPARE(w.model()->rowCount(), 1);
        RedactionBox drawn = w.model()->box(0);
        QCOMPARE(drawn.page, 0);
        QCOMPARE(drawn.source, RedactionSource::Box);
        QCOMPARE(drawn.ground, DecisionVocabulary::grounds(LegalRegime::Private).first());
        QCOMPARE(drawn.reason, QStringLiteral("第三者の氏名"));
        // Within a screen pixel of where the mouse went, in points.
        const double pixel = 1.0 / w.pageView()->pageToWidget().m11() + 0.01;
        QVERIFY2(qAbs(drawn.rect.left() - 100) <= pixel && qAbs(drawn.rect.bottom() - 150) <= pixel,
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(drawn.rect.x())
                                .arg(drawn.rect.y())
                                .arg(drawn.rect.width())
                                .arg(drawn.rect.height())));
        QCOMPARE(w.selectedRows(), QList<int> { 0 });

        // Moved by dragging its middle.
        drag(w, drawn.rect.center(), drawn.rect.center() + QPointF(50, 100));
        QCOMPARE(w.model()->rowCount(), 1);
        const QRectF moved = w.model()->box(0).rect;
        QVERIFY(qAbs(moved.left() - (drawn.rect.left() + 50)) <= 2 * pixel);
        QVERIFY(qAbs(moved.top() - (drawn.rect.top() + 100)) <= 2 * pixel);
        QVERIFY(qAbs(moved.width() - drawn.rect.width()) <= 2 * pixel);

        // Resized by its bottom-right handle.
        drag(w, moved.bottomRight(), moved.bottomRight() + QPointF(80, 40));
        const QRectF resized = w.model()->box(0).rect;
        QVERIFY(qAbs(resized.width() - (moved.width() + 80)) <= 2 * pixel);
        QVERIFY(qAbs(resized.height() - (moved.height() + 40)) <= 2 * pixel);
        QVERIFY(qAbs(resized.left() - moved.left()) <= pixel);

        // Every step undoes and redoes.
        QCOMPARE(w.undoStack()->count(), 3);
        w.undoAction()->trigger();
        QCOMPARE(w.model()->box(0).rect, moved);
        w.undoAction()->trigger();
        QCOMPARE(w.model()->box(0).rect, drawn.rect);
        w.redoAction()->trigger();
        w.redoAction()->trigger();
        QCOMPARE(w.model()->box(0).rect, resized);

        // Deleted with the Delete key's action; undo brings it back.
        w.selectRows({ 0 });
        QVERIFY(w.deleteAction()->isEnabled());
        w.deleteAction()->trigger();
        QCOMPARE(w.model()->rowCount(), 0);
        QVERIFY(w.isModified());
        w.undoAction()->trigger();
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(w.model()->box(0).rect, resized);

        // A click without a drag draws nothing.
        QTest::mouseClick(w.overlay(), Qt::LeftButton, Qt::NoModifier,
                          w.pageView()->mapFromPage(QPointF(400, 600)).toPoint());
        QCOMPARE(w.model()->rowCount(), 1);
    }

    void aBoxCannotLeaveItsPage()
    {
        RedactionWorkspace w;
        QVERIFY(open(w));
        const QSizeF page = w.pageView()->pageSize(0);
        drag(w, { page.width() - 40, page.height() - 40 }, { page.width() + 300, page.height() + 300 });
        QCOMPARE(w.model()->rowCount(), 1);
        const QRectF r = w.model()->box(0).rect;
        QVERIFY(r.right() <= page.width() + 0.01 && r.bottom() <= page.height() + 0.01);
        drag(w, r.center(), r.center() + QPointF(500, 500));
        const QRectF moved = w.model()->box(0).rect;
        QVERIFY(moved.right() <= page.width() + 0.01 && moved.bottom() <= page.height() + 0.01);
        QVERIFY(qAbs(moved.width() - r.width()) < 0.01);
    }

    void suggestionsAreFoundAcceptedAndRejected()
    {
        RedactionWorkspace w;
        QVERIFY(open(w));
        const Secrets s;
        type(&w, QStringLiteral("searchLineEdit"), s.name2);
        child<QCheckBox>(&w, QStringLiteral("phoneCheckBox"))->setChecked(true);
        QVERIFY(find(w));
        // My Numbers (ticked by default): the three valid ones, not the invalid one; the name on
        // three pages; three telephone numbers on the first pages and the full-width one.
        int myNumbers = 0, searches = 0, phones = 0;
        for (const RedactionHit &hit : w.suggestions()) {
            myNumbers += hit.source == RedactionSource::MyNumber;
            searches += hit.source == RedactionSource::Search;
            phones += hit.source == RedactionSource::Phone;
        }
        QCOMPARE(myNumbers, 3);
        QCOMPARE(searches, 3);
        QCOMPARE(phones, 4);
        // The list never shows a My Number's digits.
        auto *list = child<QListWidget>(&w, QStringLiteral("suggestionList"));
        QCOMPARE(list->count(), int(w.suggestions().size()));
        for (int row = 0; row < list->count(); ++row) {
            QString digits;
            for (const QChar c : list->item(row)->text())
                if (c.isDigit())
                    digits += QChar(u'0' + c.digitValue());
            for (const QString &n : { s.number1, s.number2, s.number3 })
                QVERIFY2(!digits.contains(n), qPrintable(list->item(row)->text()));
        }

        // Picking a suggestion shows its page.
        int onPageTwo = -1;
        for (int i = 0; i < w.suggestions().size() && onPageTwo < 0; ++i)
            if (w.suggestions().at(i).page == 1)
                onPageTwo = i;
        QVERIFY(onPageTwo >= 0);
        list->setCurrentRow(onPageTwo);
        QCOMPARE(w.pageView()->currentPage(), 1);

        // One accepted: its boxes carry the ground and reason set; one rejected: gone, no box.
        const QString ground = DecisionVocabulary::grounds(LegalRegime::Private).at(1);
        w.setCurrentGround(ground);
        w.setCurrentReason(QStringLiteral("他の組合員の情報"));
        const RedactionHit first = w.suggestions().first();
        const int before = int(w.suggestions().size());
        w.acceptSuggestions({ 0 });
        QCOMPARE(int(w.suggestions().size()), before - 1);
        QCOMPARE(w.model()->rowCount(), int(first.rects.size()));
        QCOMPARE(w.model()->box(0).ground, ground);
        QCOMPARE(w.model()->box(0).source, first.source);
        w.rejectSuggestions({ 0 });
        QCOMPARE(int(w.suggestions().size()), before - 2);
        QCOMPARE(w.model()->rowCount(), int(first.rects.size()));

        // All at once, as one step that undoes.
        const int boxesBefore = w.model()->rowCount();
        child<QTabWidget>(&w, QStringLiteral("redactionTabs"))->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("acceptAllSuggestionsButton")),
                          Qt::LeftButton);
        QVERIFY(w.suggestions().isEmpty());
        QVERIFY(w.model()->rowCount() > boxesBefore);
        w.undoAction()->trigger();
        QCOMPARE(w.model()->rowCount(), boxesBefore);

        // Finding again does not offer what is already boxed.
        w.redoAction()->trigger();
        QVERIFY(find(w));
        QVERIFY2(w.suggestions().isEmpty(), qPrintable(QString::number(w.suggestions().size())));
    }

    void boxesOfOneGroundAreSetAtOnce()
    {
        RedactionWorkspace w;
        QVERIFY(open(w));
        const QStringList grounds = DecisionVocabulary::grounds(LegalRegime::Private);
        w.setCurrentGround(grounds.at(0));
        drag(w, { 80, 80 }, { 160, 100 });
        drag(w, { 80, 300 }, { 160, 320 });
        w.setCurrentGround(grounds.at(1));
        drag(w, { 80, 500 }, { 160, 520 });
        QCOMPARE(w.model()->rowCount(), 3);

        w.selectRows({ 0 });
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("selectSameGroundButton")), Qt::LeftButton);
        QCOMPARE(w.selectedRows(), (QList<int> { 0, 1 }));
        w.setCurrentGround(grounds.at(2));
        w.setCurrentReason(QStringLiteral("評価に関する情報"));
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyGroundButton")), Qt::LeftButton);
        QCOMPARE(w.model()->box(0).ground, grounds.at(2));
        QCOMPARE(w.model()->box(1).ground, grounds.at(2));
        QCOMPARE(w.model()->box(1).reason, QStringLiteral("評価に関する情報"));
        QCOMPARE(w.model()->box(2).ground, grounds.at(1));
        // One step for both.
        w.undoAction()->trigger();
        QCOMPARE(w.model()->box(0).ground, grounds.at(0));
        QCOMPARE(w.model()->box(1).ground, grounds.at(0));
    }

    void aMultiPageScanIsShownPageByPage()
    {
        RedactionWorkspace w;
        const QByteArray tiff
            = multiPageTiff({ scanImage({ 2480, 3508 }, 300, 1), scanImage({ 2480, 3508 }, 300, 2) }, 300);
        w.resize(1400, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(w.pageView(), &PdfPageView::pageShown);
        QVERIFY(w.setDocument(tiff, QStringLiteral("scan.tiff")));
        QVERIFY(shown.wait(20000));
        QCOMPARE(w.pageView()->pageCount(), 2);
        // A4 at 300 dpi is A4 in points.
        QVERIFY(qAbs(w.pageView()->pageSize(1).width() - 595.2) < 1.0);
        w.pageView()->showPage(1);
        QVERIFY(shown.wait(20000));
        drag(w, { 100, 100 }, { 300, 200 });
        QCOMPARE(w.model()->box(0).page, 1);
    }
};

QTEST_MAIN(TestRedactionGui)
#include "TestRedactionGui.moc"
