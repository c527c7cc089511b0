// The statistics page (issue 13) in the main window: a fiscal year picked in 和暦, its figures in
// the table, requests per month by type as stacked bars, the days to decision as a histogram —
// each checked against a database with known contents — and the CSV and PDF exports.

#include "MainWindow.h"
#include "StatisticsPage.h"
#include "TestSupport.h"
#include "services/RequestService.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QStackedBarSeries>
#include <QTableWidget>

#include "FileDialog.h"
#include "GuiTestSupport.h"

#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestStatisticsGui : public QObject
{
    Q_OBJECT

    // A request of `type` received on `received`; decided (full disclosure or correction) on
    // `decidedOn` when that is valid.
    static void addRequest(Database &db, const Actor &clerk, const Actor &chief, const Actor &manager,
                           qint64 member, RequestType type, const QDate &received,
                           const QDate &decidedOn = {})
    {
        Request d;
        d.type = type;
        d.memberId = member;
        d.received = received;
        d.channel = Channel::Counter;
        d.summary = QStringLiteral("記録");
        d.identity.documentType = QStringLiteral("drivers_license");
        if (RequestVocabulary::hasDisclosureMethod(type))
            d.method = DisclosureMethod::Paper;
        auto r = RequestService(db).registerRequest(clerk, d);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        if (!decidedOn.isValid())
            return;
        Decision decision;
        decision.kind = type == RequestType::Correction ? DecisionKind::Correct : DecisionKind::Full;
        decision.data = QStringLiteral("記録");
        decision.method = d.method;
        if (type == RequestType::Correction)
            decision.corrections = { { QStringLiteral("住所"), QStringLiteral("旧"), QStringLiteral("新") } };
        decide(db, r->id, decision, decidedOn, clerk, chief, manager);
    }

    static QString cell(QTableWidget *table, const QString &id)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toString() == id)
                return table->item(row, 1)->text();
        return QStringLiteral("(no row %1)").arg(id);
    }

private Q_SLOTS:
    void pageShowsAYearWithItsCharts()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const Actor chief = t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
        const Actor manager = t.addUser(admin, QStringLiteral("manager1"), { Role::Manager });
        const qint64 member = t.addMember(clerk, QStringLiteral("1"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        // April: two disclosures (one decided in 10 days) and a correction (decided in 7 days);
        // June: one disclosure; 31 March belongs to the year before.
        addRequest(t.db(), clerk, chief, manager, member, RequestType::Disclosure, QDate(2025, 4, 10),
                   QDate(2025, 4, 20));
        addRequest(t.db(), clerk, chief, manager, member, RequestType::Disclosure, QDate(2025, 4, 21));
        addRequest(t.db(), clerk, chief, manager, member, RequestType::Correction, QDate(2025, 4, 14),
                   QDate(2025, 4, 21));
        addRequest(t.db(), clerk, chief, manager, member, RequestType::Disclosure, QDate(2025, 6, 2),
                   QDate(2025, 7, 25));
        addRequest(t.db(), clerk, chief, manager, member, RequestType::Disclosure, QDate(2025, 3, 31));

        MainWindow window(t.db(), clerk);
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("statistics")));
        auto *page = qobject_cast<StatisticsPage *>(window.page(QStringLiteral("statistics")));
        QVERIFY(page);
        QVERIFY(waitForBackgroundTasks());
        page->showFiscalYear(2025);
        QVERIFY(waitForBackgroundTasks());
        QCOMPARE(page->periodCombo()->currentText(), QStringLiteral("令和7年度"));

        QTableWidget *table = page->figuresTable();
        QCOMPARE(cell(table, QStringLiteral("received.total")), QStringLiteral("4"));
        QCOMPARE(cell(table, QStringLiteral("received.by_type.disclosure")), QStringLiteral("3"));
        QCOMPARE(cell(table, QStringLiteral("received.by_type.correction")), QStringLiteral("1"));
        QCOMPARE(cell(table, QStringLiteral("decisions.total")), QStringLiteral("3"));
        QCOMPARE(cell(table, QStringLiteral("open")), QStringLiteral("2")); // with 31 March 2025's
        QCOMPARE(cell(table, QStringLiteral("days_to_decision.max")), QStringLiteral("53"));
        QCOMPARE(cell(table, QStringLiteral("days_to_decision.median")), QStringLiteral("10"));

        // Requests per month: one stacked set per type that occurs, twelve months April–March.
        auto *months = qobject_cast<QStackedBarSeries *>(page->monthChart()->chart()->series().value(0));
        QVERIFY(months);
        QCOMPARE(months->count(), 2);
        QHash<QString, QList<qreal>> byType;
        for (QBarSet *set : months->barSets()) {
            QList<qreal> values;
            for (int i = 0; i < set->count(); ++i)
                values << set->at(i);
            byType.insert(set->property("typeId").toString(), values);
        }
        QCOMPARE(byType.value(QStringLiteral("disclosure")),
                 (QList<qreal> { 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
        QCOMPARE(byType.value(QStringLiteral("correction")),
                 (QList<qreal> { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));

        // Days to decision: 7 → 0–7, 10 → 8–14, 53 → 31–60.
        auto *days = qobject_cast<QAbstractBarSeries *>(page->daysChart()->chart()->series().value(0));
        QVERIFY(days);
        QCOMPARE(days->barSets().size(), 1);
        QList<qreal> bins;
        for (int i = 0; i < days->barSets().first()->count(); ++i)
            bins << days->barSets().first()->at(i);
        QCOMPARE(bins, (QList<qreal> { 1, 1, 0, 0, 1, 0 }));

        const QString shot = qEnvironmentVariable("DSR_STATS_SCREENSHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(300); // Qt Charts lays out its axes and legend on a later turn of the loop
            window.grab().save(shot);
            page->monthChart()->grab().save(shot + QStringLiteral(".month.png"));
        }

        // Export CSV… writes what the page shows.
        const QString csv = t.dir() + QStringLiteral("/figures.csv");
        FileDialog::setNextFileName(csv);
        QMetaObject::invokeMethod(page, &StatisticsPage::exportCsv);
        QVERIFY(waitForBackgroundTasks());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(",received.by_type.disclosure,3\r\n"));
        // Export PDF… renders on the worker thread too.
        const QString pdf = t.dir() + QStringLiteral("/figures.pdf");
        FileDialog::setNextFileName(pdf);
        QMetaObject::invokeMethod(page, &StatisticsPage::exportPdf);
        QVERIFY(waitForBackgroundTasks());
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestStatisticsGui)
#include "TestStatisticsGui.moc"
