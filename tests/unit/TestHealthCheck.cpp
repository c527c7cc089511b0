// The health check (issue 13) on both engines: a healthy database has no problem and says what it
// checked; then each thing is broken as someone holding the database (the owner, guards lifted) or a
// bad disk would break it, and each is reported under its own id — and nothing else is.

#include "RedactionFixtures.h"
#include "TestSupport.h"
#include "letters/LetterData.h"
#include "services/DisclosureService.h"
#include "services/HealthCheckService.h"
#include "services/LetterService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/HealthCheckRepository.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;
namespace fx = dsr::test::redaction;

class TestHealthCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin;
    Actor m_clerk;
    Actor m_auditor;
    qint64 m_letter = 0;
    qint64 m_attachment = 0;
    qint64 m_document = 0;
    qint64 m_copy = 0;

    static QSet<QString> ids(const HealthCheckReport &report)
    {
        QSet<QString> out;
        for (const HealthProblem &p : report.problems)
            out << p.id;
        return out;
    }
    static QString listed(const HealthCheckReport &report)
    {
        QStringList lines;
        for (const HealthProblem &p : report.problems)
            lines << p.id + QLatin1Char(' ') + p.entity + QLatin1Char(' ') + p.message;
        return lines.join(QLatin1Char('\n'));
    }
    // Runs the check and requires exactly the problem `id` (one or more of it), about `entity`
    // when one is given.
    void expectOnly(Database &db, const QString &id, const QString &entity = QString())
    {
        auto report = HealthCheckService(db).run(m_admin);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY2(!report->ok(), "the check found nothing");
        QCOMPARE(ids(report.value()), QSet<QString> { id });
        if (!entity.isEmpty()) {
            bool named = false;
            for (const HealthProblem &p : report->problems)
                named = named || p.entity == entity;
            QVERIFY2(named, qPrintable(listed(report.value())));
        }
        for (const HealthProblem &p : report->problems)
            QVERIFY2(!p.message.trimmed().isEmpty() && !p.message.contains(QLatin1Char('\n')),
                     qPrintable(listed(report.value())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        const Actor chief = t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        const Actor manager = t.addUser(m_admin, QStringLiteral("manager1"), { Role::Manager });
        m_auditor = t.addUser(m_admin, QStringLiteral("auditor1"), { Role::Auditor });
        SettingsService settings(t.db());
        const OrganisationSettings basis = settings.load(m_admin).value();
        QVERIFY(settings.save(m_admin, basis, { { Setting::HeadName, QStringLiteral("山本一郎") } }));

        const qint64 decided = decidedRequest(t.db(), m_clerk, chief, manager, QStringLiteral("20001"));
        auto letter = LetterService(t.db()).issue(m_clerk, decided, LetterKind::Disclosure, {});
        QVERIFY2(letter.ok(), qPrintable(letter.error().message));
        m_letter = letter->id;

        const qint64 member = t.addMember(m_clerk, QStringLiteral("20002"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        RequestService requests(t.db());
        const qint64 open = requests.registerRequest(m_clerk, disclosureDraft(member)).value().id;
        auto attachment
            = requests.attach(m_clerk, open, QStringLiteral("form.png"), markedPng("HEALTH-CHECK"));
        QVERIFY2(attachment.ok(), qPrintable(attachment.error().message));
        m_attachment = attachment->id;
        DisclosureService disclosure(t.db());
        auto doc = disclosure.addDocument(m_clerk, open, QStringLiteral("a.pdf"),
                                          fx::makePdf(fx::samplePages().mid(0, 1)));
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        m_document = doc->id;
        RedactionPlan plan;
        RedactionBox box;
        box.page = 0;
        box.rect = QRectF(72, 125, 120, 20);
        box.ground = QStringLiteral("art33-2-1");
        plan.boxes = { box };
        RedactionOptions options;
        options.dpi = 200;
        auto copy = disclosure.makeRedactedCopy(m_clerk, m_document, plan, options);
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        m_copy = copy->id;
        t.saveAs(m_fixture);
    }

    void healthyDatabaseHasNoProblem()
    {
        TempDatabase t(m_fixture);
        HealthCheckService check(t.db());
        QCOMPARE(check.lastRun(m_admin).value(), std::optional<QDateTime>());
        int reports = 0;
        HealthCheckService::Progress progress;
        progress.report = [&](int done, int total) {
            QCOMPARE(total, HealthCheckService::Steps);
            QCOMPARE(done, ++reports);
        };
        auto report = check.run(m_auditor, progress);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY2(report->ok(), qPrintable(listed(report.value())));
        QCOMPARE(reports, HealthCheckService::Steps);
        QCOMPARE(report->engine, engineName());
        QCOMPARE(report->letters, 1);
        QCOMPARE(report->attachments, 1);
        QCOMPARE(report->disclosureDocuments, 1);
        QCOMPARE(report->redactedCopies, 1);
        QVERIFY(report->auditEntries > 10);
        // One counter per series, symbol and year that gave a number.
        QCOMPARE(report->counters, scalar(t.db(), QStringLiteral("SELECT count(*) FROM number_counters")));
        QVERIFY(report->counters >= 2);
        QCOMPARE(report->settings, LetterDataBuilder::requiredSettings().size());
        QVERIFY(!report->integrityMethod.isEmpty());
        if (onServer())
            QVERIFY(report->foreignKeys > 10);
        QVERIFY(report->summary().contains(QString::number(report->auditEntries)));
        QCOMPARE(report->checked().value(QStringLiteral("letters")).toInt(), 1);

        // Recorded, with the counts and no problem; the time is what the window shows.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check.run'")),
                 1);
        QVERIFY(tableText(t.db(), QStringLiteral("audit_log")).contains(QStringLiteral("\"problems\":0")));
        const auto last = check.lastRun(m_admin);
        QVERIFY(last.ok() && last->has_value());
        QVERIFY(qAbs(last->value().secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void onlyAdministratorsAndAuditorsRunIt()
    {
        TempDatabase t(m_fixture);
        auto refused = HealthCheckService(t.db()).run(m_clerk);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check.run'")),
                 0);
        QCOMPARE(HealthCheckService(t.db()).lastRun(m_clerk).error().code, ErrorCode::Permission);
    }

    void alteredLetterIsFound()
    {
        TempDatabase t(m_fixture);
        t.liftGuards(QStringLiteral("letters"));
        // One byte less: what a bad sector or a hand-edited PDF leaves.
        t.execAsOwner(QStringLiteral("UPDATE letters SET pdf = substr(pdf, 2) WHERE id = %1").arg(m_letter));
        expectOnly(t.db(), QStringLiteral("letter_hash"), QStringLiteral("letter:%1").arg(m_letter));
    }

    void alteredAttachmentIsFound()
    {
        TempDatabase t(m_fixture);
        t.liftGuards(QStringLiteral("attachments"));
        t.execAsOwner(QStringLiteral("UPDATE attachments SET content = substr(content, 2)"));
        expectOnly(t.db(), QStringLiteral("attachment_hash"),
                   QStringLiteral("attachment:%1").arg(m_attachment));
    }

    void alteredDisclosureFilesAreFound()
    {
        TempDatabase t(m_fixture);
        t.liftGuards(QStringLiteral("disclosure_documents"));
        t.execAsOwner(QStringLiteral("UPDATE disclosure_documents SET content = substr(content, 2)"));
        expectOnly(t.db(), QStringLiteral("disclosure_document_hash"),
                   QStringLiteral("disclosure_document:%1").arg(m_document));
        TempDatabase u(m_fixture);
        u.liftGuards(QStringLiteral("redacted_copies"));
        u.execAsOwner(QStringLiteral("UPDATE redacted_copies SET sha256 = 'not-the-hash'"));
        expectOnly(u.db(), QStringLiteral("redacted_copy_hash"),
                   QStringLiteral("redacted_copy:%1").arg(m_copy));
    }

    void hashingIsBatched()
    {
        // More rows than one batch, the bad one in a later batch: the keyset walk must reach it.
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        const qint64 member = t.addMember(m_clerk, QStringLiteral("20003"), QStringLiteral("佐藤次郎"),
                                          QStringLiteral("サトウジロウ"));
        const qint64 open = requests.registerRequest(m_clerk, disclosureDraft(member)).value().id;
        const int extra = HealthCheckRepository::HashBatchRows * 2 + 3;
        qint64 last = 0;
        for (int i = 0; i < extra; ++i)
            last = requests.attach(m_clerk, open, QStringLiteral("p.png"), markedPng(QByteArray::number(i)))
                       .value()
                       .id;
        t.liftGuards(QStringLiteral("attachments"));
        t.execAsOwner(
            QStringLiteral("UPDATE attachments SET content = substr(content, 2) WHERE id = %1").arg(last));
        auto report = HealthCheckService(t.db()).run(m_admin);
        QVERIFY(report.ok());
        QCOMPARE(report->attachments, extra + 1);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().entity, QStringLiteral("attachment:%1").arg(last));
    }

    void brokenAuditChainIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5");
        QTest::newRow("edited") << QStringLiteral("UPDATE audit_log SET details = '{\"n\":1}' WHERE seq = 3");
    }
    void brokenAuditChainIsFound()
    {
        QFETCH(QString, sql);
        TempDatabase t(m_fixture);
        t.liftGuards(QStringLiteral("audit_log"));
        t.execAsOwner(sql);
        expectOnly(t.db(), QStringLiteral("audit_chain"));
    }

    void counterBelowTheHighestNumberIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("series");
        QTest::newRow("document below")
            << QStringLiteral("UPDATE number_counters SET last_no = 0 WHERE series = 'document'")
            << QStringLiteral("document");
        QTest::newRow("receipt below")
            << QStringLiteral("UPDATE number_counters SET last_no = 0 WHERE series = 'receipt'")
            << QStringLiteral("receipt");
        QTest::newRow("receipt missing")
            << QStringLiteral("DELETE FROM number_counters WHERE series = 'receipt'")
            << QStringLiteral("receipt");
    }
    void counterBelowTheHighestNumberIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(QString, series);
        TempDatabase t(m_fixture);
        t.execAsOwner(sql);
        expectOnly(t.db(), QStringLiteral("numbering"));
        auto report = HealthCheckService(t.db()).run(m_admin).value();
        QVERIFY2(
            report.problems.first().entity.startsWith(QStringLiteral("counter:") + series + QLatin1Char('/')),
            qPrintable(listed(report)));
    }

    void missingLetterSettingIsFound()
    {
        TempDatabase t(m_fixture);
        t.execAsOwner(QStringLiteral("DELETE FROM settings WHERE key = 'organisation.head_name'"));
        expectOnly(t.db(), QStringLiteral("settings"), QStringLiteral("setting:organisation.head_name"));
        auto report = HealthCheckService(t.db()).run(m_admin).value();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("organisation.head_name")));
    }

    void brokenForeignKeyIsFound()
    {
        TempDatabase t(m_fixture);
        const QString orphan = QStringLiteral(
            "INSERT INTO request_history (request_id, at_utc, user_login, action) VALUES (999999, "
            "'2025-01-01T00:00:00.000Z', 'x', 'test')");
        if (onServer()) {
            // The owner drops the key, writes the orphan, and puts the key back unchecked.
            t.execAsOwner(QStringLiteral(
                "ALTER TABLE request_history DROP CONSTRAINT request_history_request_id_fkey"));
            t.execAsOwner(orphan);
            t.execAsOwner(
                QStringLiteral("ALTER TABLE request_history ADD CONSTRAINT request_history_request_id_fkey "
                               "FOREIGN KEY (request_id) REFERENCES requests(id) NOT VALID"));
        } else {
            t.execAsOwner(QStringLiteral("PRAGMA foreign_keys = OFF"));
            t.execAsOwner(orphan);
            t.execAsOwner(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
        expectOnly(t.db(), QStringLiteral("foreign_keys"), QStringLiteral("table:request_history"));
        auto report = HealthCheckService(t.db()).run(m_admin).value();
        QVERIFY2(report.problems.first().message.contains(QStringLiteral("request_history")),
                 qPrintable(listed(report)));
    }

    void corruptPageIsFound()
    {
        if (onServer())
            QSKIP("a page of the server's files is not the desk's to corrupt; amcheck runs when installed");
        TempDatabase t(m_fixture);
        const qint64 root = scalar(t.db(),
                                   QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                                  "'requests_assigned'"));
        const qint64 pageSize = scalar(t.db(), QStringLiteral("PRAGMA page_size"));
        const QString copy = t.dir() + QStringLiteral("/corrupt.sqlite");
        t.saveAs(copy); // checkpointed and closed: every page is in the file
        {
            // A bad disk: the end of the index's page — where its cells are — overwritten.
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(root * pageSize - 64));
            QVERIFY(f.write(QByteArray(64, '\x5a')) == 64);
        }
        TempDatabase c(copy);
        expectOnly(c.db(), QStringLiteral("integrity"));
    }
};

QTEST_MAIN(TestHealthCheck) // letters render with QGuiApplication
#include "TestHealthCheck.moc"
