// Disclosure copies in the window (issue 12), on the offscreen platform over a real SQLite file:
// the clerk adds a generated document on the request's Disclosure tab, opens the redaction window,
// gets suggestions — other members' names but never the requester's own, My Numbers, telephone
// numbers —, accepts them, draws a box, saves the draft (a desk that saved meanwhile wins), makes
// the redacted copy in the background and sees it beside the list; the decision editor takes the
// withheld parts from the redaction log; the approver sees the copy beside the decision; the copy
// prints after the letter in the same job. The test data is synthetic.

#include "ApprovalsPage.h"
#include "DecisionDialog.h"
#include "DisclosurePage.h"
#include "FileDialog.h"
#include "LetterViewer.h"
#include "MessageBox.h"
#include "PdfPageView.h"
#include "PdfRenderer.h"
#include "PrintDialog.h"
#include "RedactedCopyPanel.h"
#include "RedactionBoxModel.h"
#include "RedactionFixtures.h"
#include "RedactionOverlay.h"
#include "RedactionWindow.h"
#include "RedactionWorkspace.h"
#include "RequestView.h"
#include "Session.h"
#include "TestSupport.h"
#include "services/DisclosureService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"

#include "GuiTestSupport.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QtTest>

using namespace dsr;
using namespace dsr::test::redaction;
using dsr::test::child;
using dsr::test::TempDatabase;
using dsr::test::waitForBackgroundTasks;

namespace {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void flush()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

// The division and a disclosure request of 田中 太郎, whose record also names two other members.
struct Office
{
    Office()
    {
        admin = db.initialize();
        clerk = db.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
        chief = db.addUser(admin, QStringLiteral("kakaricho"), { Role::Chief });
        manager = db.addUser(admin, QStringLiteral("kacho"), { Role::Manager });
        requester = db.addMember(clerk, QStringLiteral("20000001"), QStringLiteral("田中 太郎"),
                                 QStringLiteral("タナカ タロウ"));
        db.addMember(clerk, QStringLiteral("20000002"), QStringLiteral("佐藤 花子"),
                     QStringLiteral("サトウ ハナコ"));
        db.addMember(clerk, QStringLiteral("20000003"), QStringLiteral("鈴木 一郎"),
                     QStringLiteral("スズキ イチロウ"));
        auto added = RequestService(db.db()).registerRequest(
            clerk, test::disclosureDraft(requester, QDate::currentDate()));
        if (!added)
            qFatal("request not added: %s", qPrintable(added.error().message));
        request = added.value();
    }

    // The record as a division sends it: the requester's name, another member's, a My Number.
    static QByteArray record()
    {
        Page one;
        one.lines = {
            { { 72, 100 }, QStringLiteral("共済掛金の払込記録（見本）") },
            { { 72, 140 }, QStringLiteral("組合員　田中 太郎") },
            { { 72, 170 }, QStringLiteral("面談者　佐藤 花子") },
            { { 72, 200 },
              QStringLiteral("個人番号　") + Secrets::grouped(Secrets().number1, QStringLiteral(" ")) },
            { { 72, 230 }, QStringLiteral("連絡先　03-1234-5678") },
            { { 72, 270 }, QStringLiteral("この行は開示される本文である。") },
        };
        Page two;
        two.lines = { { { 72, 100 }, QStringLiteral("査定担当　鈴木一郎") } };
        return makePdf({ one, two });
    }

    void act(const Actor &actor, WorkflowAction action, WorkflowInput in = {})
    {
        auto done = WorkflowService(db.db()).perform(actor, request.id, action, in);
        if (!done)
            qFatal("%s refused: %s", qPrintable(RequestWorkflow::id(action)),
                   qPrintable(done.error().message));
    }

    TempDatabase db;
    Actor admin;
    Actor clerk;
    Actor chief;
    Actor manager;
    qint64 requester = 0;
    Request request;
};

// Opens the redaction window of the selected document from the page, its first page shown.
RedactionWindow *openRedaction(DisclosurePage *page)
{
    click(child<QPushButton>(page, QStringLiteral("redactButton")));
    RedactionWindow *window = page->redactionWindow();
    if (!window)
        return nullptr;
    if (window->workspace()->pageView()->currentImage().isNull()) {
        QSignalSpy shown(window->workspace()->pageView(), &PdfPageView::pageShown);
        if (!shown.wait(10000))
            return nullptr;
    }
    return window;
}

bool findSuggestions(RedactionWorkspace *w)
{
    child<QTabWidget>(w, QStringLiteral("redactionTabs"))->setCurrentIndex(1);
    QSignalSpy finished(w, &RedactionWorkspace::findingFinished);
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("findSuggestionsButton")), Qt::LeftButton);
    return !finished.isEmpty() || finished.wait(120000);
}

} // namespace

class TestDisclosureGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { flush(); }

    void documentIsAddedRedactedStoredAndShown()
    {
        Office office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Office::record());
        }
        Session session { office.db.db(), office.clerk };
        RequestView view(session, office.request.id);
        QVERIFY(view.load());
        view.show();
        view.showDisclosureTab();
        DisclosurePage *page = view.disclosurePage();

        // A file that is not a document is refused, and nothing is stored.
        const QString broken = dir.filePath(QStringLiteral("broken.pdf"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        }
        FileDialog::setNextFileName(broken);
        click(child<QPushButton>(page, QStringLiteral("addDisclosureButton")));
        QVERIFY(!child<QLabel>(page, QStringLiteral("disclosureErrorLabel"))->text().isEmpty());
        QCOMPARE(page->documents().size(), 0);

        FileDialog::setNextFileName(path);
        click(child<QPushButton>(page, QStringLiteral("addDisclosureButton")));
        QCOMPARE(page->documents().size(), 1);
        QCOMPARE(page->documents().first().pages, 2);
        auto *table = child<QTableWidget>(page, QStringLiteral("disclosureTableWidget"));
        QCOMPARE(table->rowCount(), 1);

        RedactionWindow *window = openRedaction(page);
        QVERIFY(window);
        RedactionWorkspace *w = window->workspace();
        QCOMPARE(w->pageView()->pageCount(), 2);

        // Other members' names are offered (ticked), the requester's never.
        auto *names = child<QCheckBox>(w, QStringLiteral("memberNamesCheckBox"));
        QVERIFY(!names->isHidden() && names->isChecked());
        child<QCheckBox>(w, QStringLiteral("phoneCheckBox"))->setChecked(true);
        QVERIFY(findSuggestions(w));
        QStringList found;
        int myNumbers = 0;
        for (const RedactionHit &hit : w->suggestions()) {
            if (hit.source == RedactionSource::MemberName)
                found << hit.text.simplified().remove(QLatin1Char(' '));
            myNumbers += hit.source == RedactionSource::MyNumber;
        }
        found.sort();
        QCOMPARE(found, (QStringList { QStringLiteral("佐藤花子"), QStringLiteral("鈴木一郎") }));
        QCOMPARE(myNumbers, 1);

        // All accepted with a ground; one more box drawn by hand.
        const QString ground = DecisionVocabulary::grounds(LegalRegime::Private).first();
        w->setCurrentGround(ground);
        w->setCurrentReason(QStringLiteral("第三者の個人情報"));
        w->acceptAllSuggestions();
        const int accepted = w->model()->rowCount();
        QVERIFY(accepted >= 4);
        const QPoint from = w->pageView()->mapFromPage(QPointF(72, 255)).toPoint();
        const QPoint to = w->pageView()->mapFromPage(QPointF(200, 262)).toPoint();
        QTest::mousePress(w->overlay(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(w->overlay(), to);
        QTest::mouseRelease(w->overlay(), Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(w->model()->rowCount(), accepted + 1);

        // Saved as version 1 of the draft, with the request.
        QVERIFY(window->saveDraft());
        QCOMPARE(window->draftVersion(), 1);
        QVERIFY(!w->isModified());
        const qint64 documentId = page->documents().first().id;
        auto draft = DisclosureService(office.db.db()).draft(office.clerk, documentId);
        QVERIFY(draft);
        QCOMPARE(draft->version, 1);
        QCOMPARE(draft->boxes.size(), accepted + 1);
        // A My Number's digits are not kept with the draft.
        for (const RedactionBox &b : draft->boxes) {
            if (b.source == RedactionSource::MyNumber)
                QVERIFY(b.text.isEmpty());
            QString digits = b.text;
            digits.remove(QRegularExpression(QStringLiteral("\\D")));
            QVERIFY(!digits.contains(Secrets().number1));
        }

        // The copy, made in the background and proved; the information box answered.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy exported(window, &RedactionWindow::exportFinished);
        window->exportCopy();
        QVERIFY(exported.wait(120000) || !exported.isEmpty());
        QCOMPARE(exported.first().first().toBool(), true);
        QVERIFY(window->lastCopy().has_value());
        QCOMPARE(window->lastCopy()->log.size(), accepted + 1);
        QVERIFY(MessageBox::lastText().contains(window->lastCopy()->sha256));

        // The page shows the copy: the stored bytes, two pages.
        QCOMPARE(page->copies().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(page->copyViewer()->pageCount(), 2, 10000);
        QVERIFY(table->item(0, 5)->text() != DisclosurePage::tr("not yet made"));
        window->close();
        flush();
    }

    void aDraftSavedMeanwhileAtAnotherDeskIsNotOverwritten()
    {
        Office office;
        auto doc = DisclosureService(office.db.db())
                       .addDocument(office.clerk, office.request.id, QStringLiteral("record.pdf"),
                                    Office::record());
        QVERIFY(doc);
        Session session { office.db.db(), office.clerk };
        DisclosurePage page(session, office.request.id);
        page.setRequest(office.request.receiptNo, office.requester, true);
        QVERIFY(page.refresh());
        page.show();
        RedactionWindow *window = openRedaction(&page);
        QVERIFY(window);
        // Another desk saves version 1 first.
        RedactionBox theirs;
        theirs.page = 0;
        theirs.rect = QRectF(72, 130, 100, 14);
        QVERIFY(DisclosureService(office.db.db()).saveDraft(office.clerk, doc->id, { theirs }, 0));
        // Ours, on version 0, is refused and kept on screen.
        RedactionBox ours;
        ours.page = 1;
        ours.rect = QRectF(72, 90, 100, 14);
        window->workspace()->model()->addBox(ours);
        QVERIFY(!window->saveDraft());
        QCOMPARE(window->workspace()->model()->rowCount(), 1);
        QVERIFY(window->workspace()->isModified());
        auto stored = DisclosureService(office.db.db()).draft(office.clerk, doc->id);
        QCOMPARE(stored->boxes.size(), 1);
        QCOMPARE(stored->boxes.first().rect, theirs.rect);
        // Closing asks; discarding keeps the other desk's draft.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window->close());
        flush();
    }

    void withheldPartsComeFromTheCopyAndTheApproverSeesIt()
    {
        Office office;
        DisclosureService disclosure(office.db.db());
        auto doc = disclosure.addDocument(office.clerk, office.request.id, QStringLiteral("record.pdf"),
                                          Office::record());
        QVERIFY(doc);
        const QStringList grounds = DecisionVocabulary::grounds(LegalRegime::Private);
        RedactionBox a;
        a.page = 0;
        a.rect = QRectF(140, 158, 90, 16);
        a.ground = grounds.at(0);
        a.reason = QStringLiteral("第三者の氏名");
        RedactionBox b = a;
        b.page = 1;
        b.rect = QRectF(140, 88, 90, 16);
        RedactionBox c = a;
        c.rect = QRectF(140, 188, 140, 16);
        c.ground = grounds.at(1);
        c.reason = QStringLiteral("個人番号");
        RedactionOrder order;
        order.boxes = { a, b, c };
        auto plan = disclosure.plan(office.clerk, doc->id, order);
        QVERIFY(plan);
        auto copy = disclosure.makeRedactedCopy(office.clerk, doc->id, plan.value());
        QVERIFY2(copy, qPrintable(copy.error().message));

        // The decision editor, partial disclosure: one row per ground, from the log.
        WorkflowInput verify;
        verify.documentType = RequestVocabulary::idDocumentIds().first();
        office.act(office.clerk, WorkflowAction::VerifyIdentity, verify);
        office.act(office.clerk, WorkflowAction::Investigate);
        Session session { office.db.db(), office.clerk };
        Request request = RequestService(office.db.db()).openById(office.clerk, office.request.id).value();
        DecisionDialog dialog(session, request, std::nullopt, false);
        dialog.show();
        auto *kind = child<QComboBox>(&dialog, QStringLiteral("kindComboBox"));
        kind->setCurrentIndex(kind->findData(DecisionVocabulary::id(DecisionKind::Partial)));
        auto *withheld = child<QTableWidget>(&dialog, QStringLiteral("withheldTableWidget"));
        QCOMPARE(withheld->rowCount(), 2);
        QVERIFY(withheld->item(0, 0)->text().contains(QStringLiteral("文書1")));
        QCOMPARE(qobject_cast<QComboBox *>(withheld->cellWidget(0, 1))->currentData().toString(),
                 grounds.at(0));
        QCOMPARE(withheld->item(0, 2)->text(), QStringLiteral("第三者の氏名"));
        QCOMPARE(qobject_cast<QComboBox *>(withheld->cellWidget(1, 1))->currentData().toString(),
                 grounds.at(1));
        // Still editable: the clerk rewrites a part and it stays in the decision.
        withheld->item(0, 0)->setText(QStringLiteral("面談記録中の第三者の氏名"));
        QCOMPARE(dialog.decision().withheld.first().part, QStringLiteral("面談記録中の第三者の氏名"));
        // Asked again, the log replaces the rows only when the clerk says so.
        MessageBox::setNextAnswer(QMessageBox::No);
        click(child<QPushButton>(&dialog, QStringLiteral("withheldFromCopiesButton")));
        QCOMPARE(withheld->item(0, 0)->text(), QStringLiteral("面談記録中の第三者の氏名"));

        // Drafted and submitted: the chief's inbox shows the copy beside the decision.
        WorkflowInput draft;
        Decision decided = dialog.decision();
        decided.data = QStringLiteral("共済掛金の払込記録");
        decided.reasons = QStringLiteral("第三者の個人情報を含むため一部を開示しない。");
        decided.method = DisclosureMethod::Paper;
        draft.decision = decided;
        office.act(office.clerk, WorkflowAction::Draft, draft);
        office.act(office.clerk, WorkflowAction::Submit);
        Session chief { office.db.db(), office.chief };
        ApprovalsPage inbox(chief);
        inbox.show();
        inbox.refresh();
        QVERIFY(inbox.selectRequest(office.request.id));
        auto *tabs = child<QTabWidget>(&inbox, QStringLiteral("approvalDetailTabs"));
        QVERIFY(tabs->isTabVisible(1));
        tabs->setCurrentIndex(1);
        auto *panel = child<RedactedCopyPanel>(&inbox, QStringLiteral("redactedCopyPanel"));
        QCOMPARE(panel->copyCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(panel->viewer()->pageCount(), 2, 10000);
    }

    void theCopyPrintsAfterTheLetterInOneJob()
    {
        QTemporaryDir dir;
        LetterViewer viewer;
        viewer.show();
        QVERIFY(viewer.showPdf(makePdf(samplePages()), QStringLiteral("letter")));
        const QByteArray copy = makePdf({ samplePages().first() });
        QVERIFY(viewer.setAppendix({ copy, copy }));
        QCOMPARE(viewer.appendixPages(), 2);
        const QString file = dir.filePath(QStringLiteral("job.pdf"));
        PrintDialog::setNextOutputFile(file);
        QString error;
        bool partial = true;
        QVERIFY2(viewer.print(&error, &partial), qPrintable(error));
        QFile printed(file);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        PdfRenderer check;
        QVERIFY2(check.load(printed.readAll(), &error), qPrintable(error));
        QCOMPARE(check.pageCount(), 3 + 2);
        // A damaged copy is refused and none is kept.
        QVERIFY(!viewer.setAppendix({ QByteArrayLiteral("not a pdf") }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(viewer.appendixPages(), 0);
    }
};

QTEST_MAIN(TestDisclosureGui)
#include "TestDisclosureGui.moc"
