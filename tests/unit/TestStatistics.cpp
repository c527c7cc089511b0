// Statistics (issue 13) on a database with known contents, built through the real services:
// every figure of a fiscal year asserted, the year boundary on 31 March / 1 April, a withdrawn
// and an extended request, open days counted across Golden Week, both regimes, a free period,
// the permission, the audit entry, and the CSV and PDF exports.

#include "TestSupport.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/StatisticsService.h"
#include "services/WorkflowService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;
using namespace Qt::StringLiterals;

namespace {

using A = WorkflowAction;

Decision decision(DecisionKind kind)
{
    Decision d;
    d.kind = kind;
    d.data = QStringLiteral("短期給付の支給記録");
    if (kind == DecisionKind::Full)
        d.method = DisclosureMethod::Paper;
    if (DecisionVocabulary::needsReasons(kind))
        d.reasons = QStringLiteral("該当する記録を保有していないため");
    if (kind == DecisionKind::Correct)
        d.corrections = { { QStringLiteral("住所"), QStringLiteral("旧"), QStringLiteral("新") } };
    return d;
}

// The value at a dotted id of the report's JSON.
QJsonValue at(const QJsonObject &root, const QString &id)
{
    QJsonValue v = root;
    for (const QString &part : id.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

QJsonValue at(const QJsonObject &root, const char *id)
{
    return at(root, QString::fromUtf8(id));
}

qint64 count(Database &db, const char *sql)
{
    return scalar(db, QString::fromUtf8(sql));
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin, m_clerk, m_chief, m_manager;
    qint64 m_member = 0;

    Request newRequest(Database &db, RequestType type, const QDate &received,
                       Channel channel = Channel::Counter)
    {
        Request d;
        d.type = type;
        d.memberId = m_member;
        d.received = received;
        d.channel = channel;
        d.summary = QStringLiteral("記録");
        d.identity.documentType = QStringLiteral("drivers_license");
        if (channel == Channel::Mail)
            d.identity.residenceCertificateIssued = received.addDays(-3);
        if (RequestVocabulary::hasDisclosureMethod(type))
            d.method = DisclosureMethod::Paper;
        auto r = RequestService(db).registerRequest(m_clerk, d);
        if (!r)
            qFatal("register failed: %s", qPrintable(r.error().message));
        return r.value();
    }

    void act(Database &db, const Actor &who, qint64 id, A action, const QDate &on, WorkflowInput in = {})
    {
        WorkflowService wf(db);
        wf.setToday(on);
        in.date = on;
        auto out = wf.perform(who, id, action, in);
        if (!out)
            qFatal("%s failed: %s", qPrintable(RequestWorkflow::id(action)), qPrintable(out.error().message));
    }

    void decide(Database &db, qint64 id, DecisionKind kind, const QDate &decidedOn, bool investigate = true)
    {
        test::decide(db, id, decision(kind), decidedOn, m_clerk, m_chief, m_manager, investigate);
    }

    Letter issue(Database &db, qint64 requestId, LetterKind kind, const QDate &on)
    {
        LetterInput in;
        in.letterDate = on;
        in.dateReason = QStringLiteral("試験のため過去の日付で作成");
        auto l = LetterService(db).issue(m_clerk, requestId, kind, in);
        if (!l)
            qFatal("issue failed: %s", qPrintable(l.error().message));
        return l.value();
    }

    void setRegime(Database &db, LegalRegime regime)
    {
        SettingsService settings(db);
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::Regime, LegalRegimes::id(regime) } }));
    }

    // The private regime's year (default settings: target 14 days, limit 30):
    //   A disclosure  counter 2025-03-31  full       2025-04-10  (10 days, 8 open)  letter 4/10
    //   B disclosure  mail    2025-04-25  full       2025-05-07  (12 days, 5 open across Golden
    //                                                            Week)  letter 5/7, returned 5/20
    //   C correction  counter 2025-04-02  withdrawn 2025-04-05
    //   D disclosure  other   2025-04-03  open; amendment asked 2025-04-10 — overdue
    //   E disclosure  counter 2026-03-31  open, not overdue on 2026-03-31
    //   F disclosure  counter 2026-04-01  (fiscal year 2026)
    //   G disclosure  counter 2025-06-02  not held   2025-07-15  (43 days, 31 open — late);
    //                                     inquiry sent 2025-06-05; non-disclosure letter 7/15
    //   H correction  counter 2025-05-12  correct    2025-05-19  (7 days, 5 open)
    void buildPrivateYear(Database &db)
    {
        const Request a = newRequest(db, RequestType::Disclosure, QDate(2025, 3, 31));
        decide(db, a.id, DecisionKind::Full, QDate(2025, 4, 10));
        issue(db, a.id, LetterKind::Disclosure, QDate(2025, 4, 10));

        const Request b = newRequest(db, RequestType::Disclosure, QDate(2025, 4, 25), Channel::Mail);
        decide(db, b.id, DecisionKind::Full, QDate(2025, 5, 7));
        const Letter lb = issue(db, b.id, LetterKind::Disclosure, QDate(2025, 5, 7));
        LetterLifecycleService lifecycle(db);
        QVERIFY(lifecycle.markPrinted(m_clerk, lb.id));
        QVERIFY(lifecycle.markMailed(m_clerk, lb.id, MailMethod::Ordinary, QString(), QDate(2025, 5, 8)));
        QVERIFY(lifecycle.markReturned(m_clerk, lb.id, QDate(2025, 5, 20)));

        const Request c = newRequest(db, RequestType::Correction, QDate(2025, 4, 2));
        act(db, m_clerk, c.id, A::Withdraw, QDate(2025, 4, 5));

        const Request d = newRequest(db, RequestType::Disclosure, QDate(2025, 4, 3), Channel::Other);
        WorkflowInput amend;
        amend.text = QStringLiteral("対象文書の特定");
        amend.dueDate = QDate(2025, 4, 24);
        act(db, m_clerk, d.id, A::RequestAmendment, QDate(2025, 4, 10), amend);

        newRequest(db, RequestType::Disclosure, QDate(2026, 3, 31)); // E
        newRequest(db, RequestType::Disclosure, QDate(2026, 4, 1)); // F

        const Request g = newRequest(db, RequestType::Disclosure, QDate(2025, 6, 2));
        act(db, m_clerk, g.id, A::Investigate, QDate(2025, 6, 3));
        WorkflowInput inquiry;
        inquiry.text = QStringLiteral("給付課");
        inquiry.dueDate = QDate(2025, 6, 20);
        act(db, m_clerk, g.id, A::InquiryAdd, QDate(2025, 6, 5), inquiry);
        const qint64 inquiryId = WorkflowService(db).details(m_clerk, g.id)->inquiries.first().id;
        WorkflowInput answer;
        answer.itemId = inquiryId;
        answer.text = QStringLiteral("保有なし");
        act(db, m_clerk, g.id, A::InquiryAnswer, QDate(2025, 6, 19), answer);
        decide(db, g.id, DecisionKind::NotHeld, QDate(2025, 7, 15), false);
        issue(db, g.id, LetterKind::NonDisclosure, QDate(2025, 7, 15));

        const Request h = newRequest(db, RequestType::Correction, QDate(2025, 5, 12));
        decide(db, h.id, DecisionKind::Correct, QDate(2025, 5, 19));
    }

    QJsonObject stats(Database &db, const StatisticsPeriod &period)
    {
        StatisticsService service(db);
        auto report = service.compute(m_clerk, period);
        if (!report)
            qFatal("statistics failed: %s", qPrintable(report.error().message));
        return report->toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_chief = t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        m_manager = t.addUser(m_admin, QStringLiteral("manager1"), { Role::Manager });
        m_member = t.addMember(m_clerk, QStringLiteral("1"), QStringLiteral("髙﨑花子"),
                               QStringLiteral("タカサキハナコ"));
        SettingsService settings(t.db());
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::OrganisationName, QStringLiteral("架空共済組合") },
                                { Setting::HeadName, QStringLiteral("山本一郎") },
                                { Setting::PostalCode, QStringLiteral("850-0099") },
                                { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } }));
        t.saveAs(m_fixture);
    }

    void everyFigureOfAPrivateYear()
    {
        TempDatabase t(m_fixture);
        buildPrivateYear(t.db());
        const QJsonObject j = stats(t.db(), StatisticsPeriod::fiscal(2025));
        const QList<QPair<QString, QJsonValue>> expected {
            { u"period.from"_s, u"2025-04-01"_s },
            { u"period.to"_s, u"2026-03-31"_s },
            { u"period.fiscal_year"_s, 2025 },
            { u"as_of"_s, u"2026-03-31"_s },
            { u"regime"_s, u"private"_s },
            { u"received.total"_s, 6 },
            { u"received.by_type.disclosure"_s, 4 },
            { u"received.by_type.correction"_s, 2 },
            { u"received.by_type.suspension"_s, 0 },
            { u"received.by_type.purpose-notice"_s, 0 },
            { u"received.by_channel.counter"_s, 4 },
            { u"received.by_channel.mail"_s, 1 },
            { u"received.by_channel.other"_s, 1 },
            { u"received.by_month.2025-04.disclosure"_s, 2 },
            { u"received.by_month.2025-04.correction"_s, 1 },
            { u"received.by_month.2025-05.correction"_s, 1 },
            { u"received.by_month.2025-06.disclosure"_s, 1 },
            { u"received.by_month.2026-03.disclosure"_s, 1 },
            { u"withdrawn"_s, 1 },
            { u"open"_s, 2 },
            { u"overdue_open"_s, 1 },
            { u"decisions.total"_s, 4 },
            { u"decisions.disclosure.full"_s, 2 },
            { u"decisions.disclosure.not_held"_s, 1 },
            { u"decisions.disclosure.partial"_s, 0 },
            { u"decisions.disclosure.refusal"_s, 0 },
            { u"decisions.correction.correct"_s, 1 },
            { u"decisions.correction.no_correction"_s, 0 },
            { u"extensions.ordinary"_s, 0 },
            { u"extensions.special"_s, 0 },
            { u"amendments"_s, 1 },
            { u"inquiries"_s, 1 },
            { u"third_party_opinions"_s, 0 },
            { u"days_to_decision.count"_s, 4 },
            { u"days_to_decision.median"_s, 11 },
            { u"days_to_decision.mean"_s, 18 },
            { u"days_to_decision.max"_s, 43 },
            { u"days_to_decision.open_days.median"_s, 6.5 },
            { u"days_to_decision.open_days.mean"_s, 12.3 },
            { u"days_to_decision.open_days.max"_s, 31 },
            { u"days_to_decision.by_type.disclosure.count"_s, 3 },
            { u"days_to_decision.by_type.disclosure.median"_s, 12 },
            { u"days_to_decision.by_type.disclosure.mean"_s, 21.7 },
            { u"days_to_decision.by_type.disclosure.max"_s, 43 },
            { u"days_to_decision.by_type.disclosure.open_days.median"_s, 8 },
            { u"days_to_decision.by_type.disclosure.open_days.mean"_s, 14.7 },
            { u"days_to_decision.by_type.disclosure.open_days.max"_s, 31 },
            { u"days_to_decision.by_type.correction.count"_s, 1 },
            { u"days_to_decision.by_type.correction.median"_s, 7 },
            { u"days_to_decision.by_type.correction.open_days.max"_s, 5 },
            { u"days_to_decision.by_type.suspension.count"_s, 0 },
            { u"days_to_decision.by_type.suspension.median"_s, QJsonValue() },
            { u"decided_within_target"_s, 3 },
            { u"decided_within_limit"_s, 3 },
            { u"letters.total"_s, 3 },
            { u"letters.by_kind.disclosure"_s, 2 },
            { u"letters.by_kind.non-disclosure"_s, 1 },
            { u"letters.by_kind.partial-disclosure"_s, 0 },
            { u"letters.by_kind.purpose-notice"_s, 0 },
            { u"mail_returned"_s, 1 },
        };
        auto show = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
        };
        for (const auto &[id, value] : expected)
            QVERIFY2(at(j, id) == value,
                     qPrintable(QStringLiteral("%1: %2, expected %3").arg(id, show(at(j, id)), show(value))));
        // The private regime has no extension letter and no third-party opinion letter.
        QVERIFY(!j.value(u"letters"_s).toObject().value(u"by_kind"_s).toObject().contains(u"extension"_s));
        QVERIFY(!j.value(u"letters"_s)
                     .toObject()
                     .value(u"by_kind"_s)
                     .toObject()
                     .contains(u"third-party-opinion"_s));
    }

    void theYearBoundary()
    {
        TempDatabase t(m_fixture);
        buildPrivateYear(t.db());
        // 2024: only A (received 31 March), decided in the next year, so open at the year's end.
        const QJsonObject y2024 = stats(t.db(), StatisticsPeriod::fiscal(2024));
        QCOMPARE(at(y2024, "received.total").toInt(), 1);
        QCOMPARE(at(y2024, "decisions.total").toInt(), 0);
        QCOMPARE(at(y2024, "open").toInt(), 1);
        QCOMPARE(at(y2024, "overdue_open").toInt(), 0);
        QCOMPARE(at(y2024, "letters.total").toInt(), 0);
        // 2026, looked at on 15 April: F (1 April) received; D, E and F open, only D overdue.
        StatisticsService service(t.db());
        service.setToday(QDate(2026, 4, 15));
        const QJsonObject y2026 = service.compute(m_clerk, StatisticsPeriod::fiscal(2026))->toJson();
        QCOMPARE(at(y2026, "as_of").toString(), QStringLiteral("2026-04-15"));
        QCOMPARE(at(y2026, "received.total").toInt(), 1);
        QCOMPARE(at(y2026, "open").toInt(), 3);
        QCOMPARE(at(y2026, "overdue_open").toInt(), 1);
        // A free period: 25 April to 7 May 2025 holds B's receipt and decision.
        const QJsonObject gw
            = stats(t.db(), StatisticsPeriod::between(QDate(2025, 4, 25), QDate(2025, 5, 7)));
        QCOMPARE(at(gw, "period.fiscal_year"), QJsonValue());
        QCOMPARE(at(gw, "received.total").toInt(), 1);
        QCOMPARE(at(gw, "received.by_channel.mail").toInt(), 1);
        QCOMPARE(at(gw, "decisions.disclosure.full").toInt(), 1);
        QCOMPARE(at(gw, "days_to_decision.max").toInt(), 12);
        QCOMPARE(at(gw, "days_to_decision.open_days.max").toInt(), 5); // 4/29 and 5/3–5/6 closed
        QCOMPARE(at(gw, "mail_returned").toInt(), 0);
    }

    void publicRegimeExtensionsAndOpinions()
    {
        TempDatabase t(m_fixture);
        setRegime(t.db(), LegalRegime::Public);
        // P: extended (ordinary) to 5/31 on 4/20, an opinion asked on 4/15, decided 5/20 — within
        // the extended deadline. Q: a special extension to 9/30, still open. R: decided late.
        const Request p = newRequest(t.db(), RequestType::Disclosure, QDate(2025, 4, 1));
        act(t.db(), m_clerk, p.id, A::Investigate, QDate(2025, 4, 2));
        WorkflowInput opinion;
        opinion.text = QStringLiteral("第三者");
        opinion.dueDate = QDate(2025, 4, 30);
        act(t.db(), m_clerk, p.id, A::OpinionAdd, QDate(2025, 4, 15), opinion);
        WorkflowInput ext;
        ext.text = QStringLiteral("対象文書が大量のため");
        ext.dueDate = QDate(2025, 5, 31);
        act(t.db(), m_clerk, p.id, A::Extend, QDate(2025, 4, 20), ext);
        decide(t.db(), p.id, DecisionKind::Full, QDate(2025, 5, 20), false);

        const Request q = newRequest(t.db(), RequestType::Disclosure, QDate(2025, 4, 1));
        WorkflowInput special;
        special.text = QStringLiteral("著しく大量のため");
        special.dueDate = QDate(2025, 9, 30);
        special.flag = true;
        act(t.db(), m_clerk, q.id, A::Extend, QDate(2025, 4, 20), special);

        const Request r = newRequest(t.db(), RequestType::Disclosure, QDate(2025, 4, 1));
        decide(t.db(), r.id, DecisionKind::Full, QDate(2025, 5, 12)); // deadline 5/1

        const QJsonObject j = stats(t.db(), StatisticsPeriod::fiscal(2025));
        QCOMPARE(at(j, "regime").toString(), QStringLiteral("public"));
        QCOMPARE(at(j, "received.total").toInt(), 3);
        QCOMPARE(at(j, "extensions.ordinary").toInt(), 1);
        QCOMPARE(at(j, "extensions.special").toInt(), 1);
        QCOMPARE(at(j, "third_party_opinions").toInt(), 1);
        QCOMPARE(at(j, "decisions.total").toInt(), 2);
        QCOMPARE(at(j, "decided_within_limit").toInt(), 1); // P within its extension, R late
        QCOMPARE(at(j, "decided_within_target").toInt(), 1); // no target: the deadline
        QCOMPARE(at(j, "open").toInt(), 1);
        QCOMPARE(at(j, "overdue_open").toInt(), 1); // Q: past 9/30 on 2026-03-31
        QCOMPARE(at(j, "days_to_decision.median").toDouble(), 45.0); // 49 and 41 days
        QCOMPARE(at(j, "days_to_decision.max").toInt(), 49);
        // The public regime's letters include the extension notice and the opinion inquiry.
        QCOMPARE(at(j, "letters.by_kind.extension").toInt(), 0);
        QVERIFY(j.value(u"letters"_s).toObject().value(u"by_kind"_s).toObject().contains(u"extension"_s));
        QVERIFY(j.value(u"letters"_s)
                    .toObject()
                    .value(u"by_kind"_s)
                    .toObject()
                    .contains(u"third-party-opinion"_s));
        QVERIFY(
            !j.value(u"letters"_s).toObject().value(u"by_kind"_s).toObject().contains(u"purpose-notice"_s));
    }

    void permissionAuditAndBadPeriods()
    {
        TempDatabase t(m_fixture);
        StatisticsService service(t.db());
        const qint64 before = count(t.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'stats.read'");
        QVERIFY(service.compute(m_chief, StatisticsPeriod::fiscal(2025)));
        QVERIFY(service.compute(m_clerk, StatisticsPeriod::fiscal(2025)));
        QCOMPARE(count(t.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'stats.read'"), before + 2);
        QCOMPARE(count(t.db(),
                       "SELECT COUNT(*) FROM audit_log WHERE action = 'stats.read' AND details LIKE "
                       "'%\"fiscal_year\":2025%' AND details LIKE '%2026-03-31%'"),
                 before + 2);
        QCOMPARE(service.compute(m_admin, StatisticsPeriod::fiscal(2025)).error().code,
                 ErrorCode::Permission);
        QCOMPARE(service.compute(m_clerk, StatisticsPeriod::between(QDate(2025, 5, 1), QDate(2025, 4, 1)))
                     .error()
                     .code,
                 ErrorCode::Validation);
        QCOMPARE(service.compute(m_clerk, StatisticsPeriod::between(QDate(), QDate(2025, 4, 1))).error().code,
                 ErrorCode::Validation);
    }

    void csvAndPdfExports()
    {
        TempDatabase t(m_fixture);
        buildPrivateYear(t.db());
        StatisticsService service(t.db());
        const QString csvPath = t.dir() + QStringLiteral("/stats.csv");
        const QString pdfPath = t.dir() + QStringLiteral("/stats.pdf");
        QVERIFY(service.exportCsv(m_clerk, StatisticsPeriod::fiscal(2025), csvPath));
        QVERIFY(service.exportPdf(m_clerk, StatisticsPeriod::fiscal(2025), pdfPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        QVERIFY(bytes.contains(",received.by_type.disclosure,4\r\n"));
        QVERIFY(bytes.contains(",days_to_decision.open_days.median,6.5\r\n"));
        QVERIFY(bytes.contains(",mail_returned,1\r\n"));
        QVERIFY(!bytes.contains("髙﨑")); // no personal data
        QCOMPARE(count(t.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'stats.export_csv'"), 1);
        QCOMPARE(count(t.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'stats.export_pdf'"), 1);

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("架空共済組合")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("令和7年度")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("令和8年3月31日")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("髙﨑")));
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), { pdfPath });
        QVERIFY(pdfinfo.waitForFinished(30000));
        const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
    }
};

QTEST_MAIN(TestStatistics)
#include "TestStatistics.moc"
