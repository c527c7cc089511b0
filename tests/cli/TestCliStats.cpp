// `dsrctl stats` through the built binary (issue 13): a fiscal year and a free period as JSON
// with the stable ids, the aligned table, the usage mistakes (exit 2), the permission, and the
// CSV and PDF exports (the PDF read back with pdftotext: organisation and period in 和暦).

#include "TestSupport.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult as(const QString &db, const QString &login, const QStringList &args)
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                   QStringLiteral("--user"), login, QStringLiteral("--password-stdin") }
                         + args,
                     kPassword + QLatin1Char('\n'));
}

QJsonValue at(const CliResult &r, const QString &id)
{
    QJsonValue v = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QString &part : id.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

} // namespace

class TestCliStats : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TempDatabase>();
        TempDatabase &t = *m_db;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const Actor chief = t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
        const Actor manager = t.addUser(admin, QStringLiteral("manager1"), { Role::Manager });
        const qint64 member = t.addMember(clerk, QStringLiteral("1"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::OrganisationName, QStringLiteral("架空共済組合") } }));
        // 31 March 2025 (fiscal year 2024, still open) and 1 April 2025 (2025, decided 11 April).
        for (const QDate &received : { QDate(2025, 3, 31), QDate(2025, 4, 1) }) {
            Request d = disclosureDraft(member, received);
            auto r = RequestService(t.db()).registerRequest(clerk, d);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            if (received.month() == 3)
                continue;
            Decision decision;
            decision.kind = DecisionKind::Full;
            decision.data = QStringLiteral("記録");
            decision.method = DisclosureMethod::Paper;
            decide(t.db(), r->id, decision, QDate(2025, 4, 11), clerk, chief, manager);
        }
    }

    void fiscalYearAsJson()
    {
        const CliResult r = as(m_db->path(), QStringLiteral("clerk1"),
                               { QStringLiteral("stats"), QStringLiteral("--fiscal-year"),
                                 QStringLiteral("2025"), QStringLiteral("--json") });
        EXPECT_EXIT(r, 0);
        QCOMPARE(at(r, QStringLiteral("period.from")).toString(), QStringLiteral("2025-04-01"));
        QCOMPARE(at(r, QStringLiteral("period.to")).toString(), QStringLiteral("2026-03-31"));
        QCOMPARE(at(r, QStringLiteral("period.fiscal_year")).toInt(), 2025);
        QCOMPARE(at(r, QStringLiteral("received.total")).toInt(), 1);
        QCOMPARE(at(r, QStringLiteral("received.by_type.disclosure")).toInt(), 1);
        QCOMPARE(at(r, QStringLiteral("received.by_channel.counter")).toInt(), 1);
        QCOMPARE(at(r, QStringLiteral("decisions.disclosure.full")).toInt(), 1);
        QCOMPARE(at(r, QStringLiteral("decisions.disclosure.partial")).toInt(), 0);
        QCOMPARE(at(r, QStringLiteral("withdrawn")).toInt(), 0);
        QCOMPARE(at(r, QStringLiteral("open")).toInt(), 1); // 31 March's
        QCOMPARE(at(r, QStringLiteral("overdue_open")).toInt(), 1);
        QCOMPARE(at(r, QStringLiteral("days_to_decision.median")).toInt(), 10);
        QCOMPARE(at(r, QStringLiteral("days_to_decision.open_days.median")).toInt(), 8);
        QCOMPARE(at(r, QStringLiteral("decided_within_target")).toInt(), 1);
        QCOMPARE(at(r, QStringLiteral("decided_within_limit")).toInt(), 1);

        const CliResult before = as(m_db->path(), QStringLiteral("clerk1"),
                                    { QStringLiteral("stats"), QStringLiteral("--fiscal-year"),
                                      QStringLiteral("2024"), QStringLiteral("--json") });
        EXPECT_EXIT(before, 0);
        QCOMPARE(at(before, QStringLiteral("received.total")).toInt(), 1);
        QCOMPARE(at(before, QStringLiteral("decisions.total")).toInt(), 0);
    }

    void periodAsTable()
    {
        const CliResult r
            = as(m_db->path(), QStringLiteral("clerk1"),
                 { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2025-03-31"),
                   QStringLiteral("--to"), QStringLiteral("2025-04-01") });
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2025-03-31 – 2025-04-01")), qPrintable(r.out));
        // Aligned: the value column of "received.total" holds 2 (both boundary days).
        QRegularExpression total(QStringLiteral("\\n\\S.*\\s+received\\.total\\s+2\\n"));
        QVERIFY2(total.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("decisions.disclosure.full")));
    }

    void usageMistakes()
    {
        for (const QStringList &args :
             { QStringList { QStringLiteral("stats") },
               QStringList { QStringLiteral("stats"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                             QStringLiteral("--from"), QStringLiteral("2025-04-01") },
               QStringList { QStringLiteral("stats"), QStringLiteral("--from"),
                             QStringLiteral("2025-04-01") },
               QStringList { QStringLiteral("stats"), QStringLiteral("--fiscal-year"), QStringLiteral("R7") },
               QStringList { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2025-05-01"),
                             QStringLiteral("--to"), QStringLiteral("2025-04-01") } }) {
            const CliResult r = as(m_db->path(), QStringLiteral("clerk1"), args);
            EXPECT_EXIT(r, 2);
        }
        const CliResult admin
            = as(m_db->path(), QStringLiteral("admin"),
                 { QStringLiteral("stats"), QStringLiteral("--fiscal-year"), QStringLiteral("2025") });
        EXPECT_EXIT(admin, 3);
    }

    void csvAndPdf()
    {
        const QString csv = m_db->dir() + QStringLiteral("/stats.csv");
        const QString pdf = m_db->dir() + QStringLiteral("/stats.pdf");
        const CliResult r
            = as(m_db->path(), QStringLiteral("clerk1"),
                 { QStringLiteral("stats"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                   QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf });
        EXPECT_EXIT(r, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(",received.total,1\r\n"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("架空共済組合")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("令和7年度")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("令和7年4月1日")), qPrintable(text));
    }
};

QTEST_MAIN(TestCliStats)
#include "TestCliStats.moc"
