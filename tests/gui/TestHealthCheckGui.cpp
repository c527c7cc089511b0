// 設定 ▸ 点検 on the offscreen platform: an administrator runs the check on a worker; a missing
// letter setting is listed under its part, and once set the tab says no problem was found with what
// was checked and when; a clerk's button stays off with the refusal shown. Real widgets over a real
// temporary database. DSR_SCREENSHOT_DIR, when set, receives the tab as PNGs to look at.

#include "HealthCheckTab.h"
#include "Session.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "services/SettingsService.h"

#include "GuiTestSupport.h"
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace dsr;
using dsr::test::TempDatabase;
using dsr::test::waitForBackgroundTasks;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DSR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestHealthCheckGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void administratorRunsTheCheck()
    {
        TempDatabase db;
        const Actor admin = db.initialize();
        Session session { db.db(), admin };
        SettingsPage page(session);
        page.resize(900, 600);
        HealthCheckTab *tab = page.healthCheckTab();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"));
        QVERIFY(tabs && tabs->indexOf(tab) >= 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Health check"));
        tabs->setCurrentWidget(tab);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(tab->lastRunLabel()->text(), QStringLiteral("The check has not been run yet."));

        // A fresh database has no head's name: letters cannot be issued, and the tab says so.
        QTest::mouseClick(tab->runButton(), Qt::LeftButton);
        QVERIFY(waitForBackgroundTasks());
        QTRY_VERIFY(tab->runButton()->isEnabled());
        QTableWidget *table = tab->problemTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("settings"));
        QCOMPARE(table->item(0, 0)->text(), HealthCheckTab::partName(QStringLiteral("settings")));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("organisation.head_name")));
        QVERIFY(tab->resultLabel()->text().startsWith(QStringLiteral("1 problem")));
        QVERIFY(tab->lastRunLabel()->text().startsWith(QStringLiteral("Last check: ")));
        screenshot(&page, QStringLiteral("health-check-problem.png"));

        SettingsService settings(db.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::HeadName, QStringLiteral("山本一郎") } }));
        QTest::mouseClick(tab->runButton(), Qt::LeftButton);
        QVERIFY(waitForBackgroundTasks());
        QTRY_VERIFY(tab->runButton()->isEnabled());
        QVERIFY(!table->isVisible());
        QVERIFY2(tab->resultLabel()->text().startsWith(QStringLiteral("No problem found.")),
                 qPrintable(tab->resultLabel()->text()));
        QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("audit entries")));
        screenshot(&page, QStringLiteral("health-check-ok.png"));
    }

    void clerkCannotRunIt()
    {
        TempDatabase db;
        const Actor admin = db.initialize();
        const Actor clerk = db.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        Session session { db.db(), clerk };
        HealthCheckTab tab(session);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(!tab.runButton()->isEnabled());
        QVERIFY(!tab.lastRunLabel()->text().isEmpty());
    }
};

QTEST_MAIN(TestHealthCheckGui)
#include "TestHealthCheckGui.moc"
