// Help ▸ User manual (issue 14): the Japanese manual is built into the program and opens offline;
// its pages link to each other, every picture and page it names is there, and pictures wider
// than the page are scaled to fit.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ManualWindow.h"
#include "TestSupport.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextDocument>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestManualGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLinkAndPictureOfTheManualIsBuiltIn();
    void helpMenuOpensTheManualWithF1();
    void linksBetweenPagesAndBackWork();
    void widePicturesAreScaledToThePage();
};

namespace {

QString resourceText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList manualPages()
{
    QStringList pages;
    QDirIterator it(QStringLiteral(":/manual"), { QStringLiteral("*.md") });
    while (it.hasNext())
        pages << it.next();
    pages.sort();
    return pages;
}

} // namespace

void TestManualGui::everyLinkAndPictureOfTheManualIsBuiltIn()
{
    const QStringList pages = manualPages();
    // The table of contents and one page per kind of reader.
    for (const char *page : { "index.md", "clerk.md", "approver.md", "admin.md" })
        QVERIFY2(pages.contains(QStringLiteral(":/manual/") + QLatin1String(page)), page);
    static const QRegularExpression link(QStringLiteral(R"(\]\(([^)#]+)(#[^)]*)?\))"));
    int pictures = 0;
    for (const QString &page : pages) {
        const QString text = resourceText(page);
        QVERIFY2(!text.isEmpty(), qPrintable(page));
        for (auto m = link.globalMatch(text); m.hasNext();) {
            const QString target = m.next().captured(1);
            if (target.startsWith(QLatin1String("http")))
                continue;
            QVERIFY2(QFile::exists(QStringLiteral(":/manual/") + target),
                     qPrintable(QStringLiteral("%1 links to %2, which is not built in").arg(page, target)));
            if (target.endsWith(QLatin1String(".png"))) {
                ++pictures;
                QImage image(QStringLiteral(":/manual/") + target);
                QVERIFY2(!image.isNull(), qPrintable(target));
                // A picture of a window or dialog (the login is the smallest), not an empty or stray image.
                QVERIFY2(image.width() >= 300 && image.height() >= 150, qPrintable(target));
            }
        }
    }
    QVERIFY(pictures >= 15);
}

void TestManualGui::helpMenuOpensTheManualWithF1()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor clerk = db.addUser(admin, QStringLiteral("clerk"), { Role::Clerk });
    MainWindow window(db.db(), clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("manualAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    // It is in the Help menu, where people look for it.
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help && help->actions().contains(action));

    QTest::keyClick(&window, Qt::Key_F1);
    ManualWindow *manual = window.findChild<ManualWindow *>();
    QVERIFY(manual);
    QTRY_VERIFY(manual->isVisible());
    QCOMPARE(manual->browser()->source(), ManualWindow::indexUrl());
    QVERIFY(manual->browser()->toPlainText().contains(QStringLiteral("DSR Desk 利用者マニュアル")));
    // F1 again brings the same window forward instead of opening a second one.
    action->trigger();
    QCOMPARE(window.findChildren<ManualWindow *>().size(), 1);
}

void TestManualGui::linksBetweenPagesAndBackWork()
{
    ManualWindow manual;
    manual.show();
    ManualBrowser *browser = manual.browser();
    QVERIFY(browser->toPlainText().contains(QStringLiteral("事務担当者向け")));
    // Follow the link as a click does: the browser resolves it against the page it shows.
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("clerk.md"))));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/manual/clerk.md")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("請求の受付")));
    QVERIFY(browser->isBackwardAvailable());
    browser->backward();
    QCOMPARE(browser->source(), ManualWindow::indexUrl());
    manual.openPage(QStringLiteral("approver.md"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("差戻し")));
}

void TestManualGui::widePicturesAreScaledToThePage()
{
    ManualWindow manual;
    ManualBrowser *browser = manual.browser();
    const QUrl picture(QStringLiteral("qrc:/manual/images/clerk-register.png"));
    const QImage original(QStringLiteral(":/manual/images/clerk-register.png"));
    QVERIFY(original.width() > ManualBrowser::MaxImageWidth);
    const QVariant shown = browser->loadResource(QTextDocument::ImageResource, picture);
    const QImage image = shown.value<QImage>();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), ManualBrowser::MaxImageWidth);
    // The proportions are kept.
    QVERIFY(qAbs(image.height() - original.height() * ManualBrowser::MaxImageWidth / original.width()) <= 1);
}

QTEST_MAIN(TestManualGui)
#include "TestManualGui.moc"
