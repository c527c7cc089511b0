// "dsrctl request disclose-add", "request redact" and "request disclosures" through the built
// dsrctl (issue 12): documents stored only when they can be redacted, redacted copies stored with
// their SHA-256 and log, grounds by id or name, exit codes (0 done, 1 refused or proof failed, 2
// usage, 3 permission, 4 not found), one line on standard error, a My Number never printed.
// Fixtures are made in-process where only the command under test matters (every login costs an
// Argon2id hash).

#include "RedactionFixtures.h"
#include "TestSupport.h"
#include "model/Decision.h"
#include "services/DisclosureService.h"
#include "services/RequestService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;
namespace fx = dsr::test::redaction;

namespace {

CliResult asUser(const QString &db, const QString &login, const QStringList &args)
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                   QStringLiteral("--user"), login, QStringLiteral("--password-stdin") }
                         + args,
                     kPassword + QLatin1Char('\n'), 120000);
}

CliResult asClerk(const QString &db, const QStringList &args)
{
    return asUser(db, QStringLiteral("clerk1"), args);
}

QJsonObject jsonOf(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A database with admin, clerk1, chief1 and auditor1 and one registered disclosure request, made
// once; each test starts from a copy.
struct Template
{
    QTemporaryDir dir;
    QString path;
    Actor clerk;
    Actor chief;

    Template()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        chief = t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
        t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        const qint64 member = t.addMember(clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        if (!RequestService(t.db()).registerRequest(clerk, disclosureDraft(member)))
            qFatal("request fixture failed");
        path = dir.filePath(QStringLiteral("template.sqlite"));
        t.saveAs(path);
    }
};

const Template &deskTemplate()
{
    static const Template t;
    return t;
}

} // namespace

class TestCliDisclosure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    fx::Secrets m_secrets;
    QByteArray m_pdf;
    QString m_pdfPath;

    // The one request of the template: its receipt number and id.
    static Request theRequest(TempDatabase &t)
    {
        return RequestService(t.db()).openById(deskTemplate().clerk, 1).value();
    }

    static qint64 count(TempDatabase &t, const char *table)
    {
        return scalar(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pdf = fx::makePdf(fx::samplePages(m_secrets));
        m_pdfPath = m_files.filePath(QStringLiteral("records.pdf"));
        QVERIFY(writeAll(m_pdfPath, m_pdf));
        deskTemplate();
    }

    void discloseAddStoresWhatCanBeRedacted()
    {
        TempDatabase t(deskTemplate().path);
        const Request r = theRequest(t);
        auto added = asClerk(
            t.path(), { QStringLiteral("request"), QStringLiteral("disclose-add"), r.receiptNo, m_pdfPath });
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QVERIFY(added.err.isEmpty());
        QVERIFY2(added.out.contains(QStringLiteral("as document 1 (3 pages)")), qPrintable(added.out));
        QVERIFY(added.out.contains(sha256(m_pdf)));

        // By id, as JSON: the next number.
        const QString png = m_files.filePath(QStringLiteral("scan.png"));
        QVERIFY(writeAll(png, fx::encodeImage(fx::scanImage(QSize(1240, 1754), 150), "png")));
        auto json = asClerk(t.path(),
                            { QStringLiteral("request"), QStringLiteral("disclose-add"),
                              QString::number(r.id), png, QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonObject o = jsonOf(json);
        QCOMPARE(o.value(QStringLiteral("number")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("media_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("added_by")).toString(), deskTemplate().clerk.displayName);
        QCOMPARE(count(t, "disclosure_documents"), 2);

        // A broken file: refused with the reason, nothing stored.
        const QString broken = m_files.filePath(QStringLiteral("broken.pdf"));
        QVERIFY(writeAll(broken, "%PDF-1.7\nnot really a PDF\n"));
        auto refused = asClerk(
            t.path(), { QStringLiteral("request"), QStringLiteral("disclose-add"), r.receiptNo, broken });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(isOneLine(refused.err), qPrintable(describe(refused)));
        QVERIFY(refused.err.contains(QStringLiteral("broken.pdf")));
        QVERIFY(refused.err.contains(QStringLiteral("Nothing was stored")));
        QCOMPARE(count(t, "disclosure_documents"), 2);

        // An encrypted one likewise.
        const QByteArray locked = fx::encryptWithQpdf(
            m_pdfPath, m_files.filePath(QStringLiteral("locked.pdf")), QStringLiteral("user-secret"));
        QVERIFY2(!locked.isEmpty(), "qpdf did not encrypt the sample");
        auto encrypted = asClerk(t.path(),
                                 { QStringLiteral("request"), QStringLiteral("disclose-add"), r.receiptNo,
                                   m_files.filePath(QStringLiteral("locked.pdf")) });
        QCOMPARE(encrypted.exitCode, 1);
        QVERIFY2(isOneLine(encrypted.err), qPrintable(describe(encrypted)));
        QCOMPARE(count(t, "disclosure_documents"), 2);

        // Missing file, unknown request: 4. An auditor: 3.
        auto missing = asClerk(t.path(),
                               { QStringLiteral("request"), QStringLiteral("disclose-add"), r.receiptNo,
                                 m_files.filePath(QStringLiteral("nothing.pdf")) });
        QCOMPARE(missing.exitCode, 4);
        auto unknown = asClerk(t.path(),
                               { QStringLiteral("request"), QStringLiteral("disclose-add"),
                                 QStringLiteral("R1-9999"), m_pdfPath });
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(isOneLine(unknown.err), qPrintable(describe(unknown)));
        auto auditor
            = asUser(t.path(), QStringLiteral("auditor1"),
                     { QStringLiteral("request"), QStringLiteral("disclose-add"), r.receiptNo, m_pdfPath });
        QCOMPARE(auditor.exitCode, 3);
        QCOMPARE(count(t, "disclosure_documents"), 2);
    }

    void redactStoresAProvedCopy()
    {
        TempDatabase t(deskTemplate().path);
        const Request r = theRequest(t);
        DisclosureService disclosure(t.db());
        QVERIFY(
            disclosure.addDocument(deskTemplate().clerk, r.id, QStringLiteral("records.pdf"), m_pdf).ok());
        auto made = asClerk(t.path(),
                            { QStringLiteral("request"), QStringLiteral("redact"), r.receiptNo,
                              QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--box"),
                              QStringLiteral("3:72,170,200,20"), QStringLiteral("--search"), m_secrets.name1,
                              QStringLiteral("--my-number"), QStringLiteral("--phone"),
                              QStringLiteral("--ground"), QStringLiteral("art33-2-1"),
                              QStringLiteral("--reason"), QStringLiteral("第三者の情報"),
                              QStringLiteral("--dpi"), QStringLiteral("200"), QStringLiteral("--json") });
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
        QVERIFY(made.err.isEmpty());
        const QJsonObject o = jsonOf(made);
        QCOMPARE(o.value(QStringLiteral("request")).toString(), r.receiptNo);
        QCOMPARE(o.value(QStringLiteral("document")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("dpi")).toInt(), 200);
        const QJsonArray log = o.value(QStringLiteral("redactions")).toArray();
        QVERIFY(log.size() > 4);
        QSet<QString> sources;
        for (const QJsonValue &v : log) {
            const QJsonObject e = v.toObject();
            sources << e.value(QStringLiteral("source")).toString();
            QCOMPARE(e.value(QStringLiteral("ground")).toString(), QStringLiteral("art33-2-1"));
            QCOMPARE(e.value(QStringLiteral("by")).toString(), deskTemplate().clerk.displayName);
            QVERIFY(!e.value(QStringLiteral("at")).toString().isEmpty());
            if (e.value(QStringLiteral("source")).toString() == QLatin1String("my-number"))
                QVERIFY(!e.contains(QStringLiteral("text")));
        }
        QCOMPARE(sources,
                 (QSet<QString> { QStringLiteral("box"), QStringLiteral("search"),
                                  QStringLiteral("my-number"), QStringLiteral("phone") }));
        QVERIFY(!holdsTrace(made.out, m_secrets.number1));
        // What is stored is what was proved, and the hash printed is the bytes'.
        const auto copies = disclosure.redactedCopies(deskTemplate().clerk, r.id).value();
        QCOMPARE(copies.size(), 1);
        const QByteArray bytes
            = disclosure.redactedCopyContent(deskTemplate().clerk, copies.first().id).value();
        QCOMPARE(sha256(bytes), o.value(QStringLiteral("sha256")).toString());

        // The ground by its name as shown, and the plain output.
        const QString name = DecisionVocabulary::groundName(QStringLiteral("art33-2-2"));
        auto byName
            = asClerk(t.path(),
                      { QStringLiteral("request"), QStringLiteral("redact"), QString::number(r.id),
                        QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--phone"),
                        QStringLiteral("--ground"), name, QStringLiteral("--dpi"), QStringLiteral("200") });
        QVERIFY2(byName.exitCode == 0, qPrintable(describe(byName)));
        QVERIFY2(byName.out.contains(QStringLiteral("art33-2-2")), qPrintable(byName.out));
        QVERIFY(byName.out.contains(QStringLiteral("the proof passed")));
        QCOMPARE(count(t, "redacted_copies"), 2);
    }

    void redactExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        const QStringList ground { QStringLiteral("--ground"), QStringLiteral("art33-2-1") };
        const QStringList doc1 { QStringLiteral("--document"), QStringLiteral("1") };
        QTest::newRow("bad box") << doc1 + ground
                + QStringList { QStringLiteral("--box"), QStringLiteral("1:x") }
                                 << 2 << QStringLiteral("--box");
        QTest::newRow("box off the pages")
            << doc1 + ground + QStringList { QStringLiteral("--box"), QStringLiteral("9:10,10,50,50") } << 2
            << QStringLiteral("page");
        QTest::newRow("free-text ground") << doc1
                + QStringList { QStringLiteral("--ground"), QStringLiteral("第三者の氏名"),
                                QStringLiteral("--phone") }
                                          << 2 << QStringLiteral("art33-2-1, art33-2-2, art33-2-3");
        QTest::newRow("no ground") << doc1 + QStringList { QStringLiteral("--phone") } << 2
                                   << QStringLiteral("--ground");
        QTest::newRow("bad dpi") << doc1 + ground
                + QStringList { QStringLiteral("--dpi"), QStringLiteral("100") }
                                 << 2 << QStringLiteral("200");
        QTest::newRow("no such document") << QStringList { QStringLiteral("--document"), QStringLiteral("7"),
                                                           QStringLiteral("--phone") }
                + ground << 4 << QStringLiteral("7");
        QTest::newRow("nothing to black out") << doc1 + ground << 1 << QStringLiteral("Nothing is marked");
    }
    void redactExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        TempDatabase t(deskTemplate().path);
        const Request r = theRequest(t);
        QVERIFY(DisclosureService(t.db())
                    .addDocument(deskTemplate().clerk, r.id, QStringLiteral("records.pdf"), m_pdf)
                    .ok());
        // 200 dpi keeps the rows quick; the row about --dpi gives its own.
        const QStringList dpi = args.contains(QStringLiteral("--dpi"))
            ? QStringList()
            : QStringList { QStringLiteral("--dpi"), QStringLiteral("200") };
        auto run = asClerk(t.path(),
                           QStringList { QStringLiteral("request"), QStringLiteral("redact"), r.receiptNo }
                               + args + dpi);
        QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
        QVERIFY2(isOneLine(run.err), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(count(t, "redacted_copies"), 0);
    }

    void redactRefusesAClosedRequestAndUnknownOnes()
    {
        TempDatabase t(deskTemplate().path);
        const Request r = theRequest(t);
        QVERIFY(DisclosureService(t.db())
                    .addDocument(deskTemplate().clerk, r.id, QStringLiteral("records.pdf"), m_pdf)
                    .ok());
        const QStringList options { QStringLiteral("--document"), QStringLiteral("1"),
                                    QStringLiteral("--phone"), QStringLiteral("--ground"),
                                    QStringLiteral("art33-2-1") };
        auto unknown = asClerk(
            t.path(),
            QStringList { QStringLiteral("request"), QStringLiteral("redact"), QStringLiteral("R1-9999") }
                + options);
        QCOMPARE(unknown.exitCode, 4);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET status = 'withdrawn' WHERE id = %1").arg(r.id)));
        auto closed = asClerk(t.path(),
                              QStringList { QStringLiteral("request"), QStringLiteral("redact"), r.receiptNo }
                                  + options);
        QCOMPARE(closed.exitCode, 1);
        QVERIFY2(isOneLine(closed.err), qPrintable(describe(closed)));
        QCOMPARE(count(t, "redacted_copies"), 0);
    }

    void disclosuresListsDocumentsAndCopies()
    {
        TempDatabase t(deskTemplate().path);
        const Request r = theRequest(t);
        const QStringList list { QStringLiteral("request"), QStringLiteral("disclosures"), r.receiptNo };
        auto empty = asUser(t.path(), QStringLiteral("chief1"), list);
        QVERIFY2(empty.exitCode == 0, qPrintable(describe(empty)));
        QVERIFY(empty.out.contains(QStringLiteral("No disclosure documents")));

        DisclosureService disclosure(t.db());
        const auto doc
            = disclosure.addDocument(deskTemplate().clerk, r.id, QStringLiteral("records.pdf"), m_pdf);
        QVERIFY(doc.ok());
        RedactionPlan plan;
        RedactionBox box;
        box.page = 0;
        box.rect = QRectF(72, 125, 120, 20);
        box.ground = QStringLiteral("art33-2-1");
        box.reason = QStringLiteral("第三者の氏名");
        plan.boxes = { box };
        RedactionOptions options;
        options.dpi = 200;
        const auto copy = disclosure.makeRedactedCopy(deskTemplate().clerk, doc->id, plan, options);
        QVERIFY(copy.ok());

        auto text = asUser(t.path(), QStringLiteral("chief1"), list);
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY(text.out.contains(QStringLiteral("records.pdf")));
        QVERIFY(text.out.contains(doc->sha256));
        QVERIFY(text.out.contains(copy->sha256));
        auto json
            = asUser(t.path(), QStringLiteral("chief1"), list + QStringList { QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonObject o = jsonOf(json);
        QCOMPARE(o.value(QStringLiteral("request")).toString(), r.receiptNo);
        QCOMPARE(o.value(QStringLiteral("documents")).toArray().size(), 1);
        const QJsonObject c = o.value(QStringLiteral("redacted_copies")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("sha256")).toString(), copy->sha256);
        QCOMPARE(c.value(QStringLiteral("document")).toInt(), 1);
        const QJsonObject entry = c.value(QStringLiteral("redactions")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("第三者の氏名"));

        auto auditor = asUser(t.path(), QStringLiteral("auditor1"), list);
        QCOMPARE(auditor.exitCode, 3);
        auto unknown
            = asUser(t.path(), QStringLiteral("chief1"),
                     { QStringLiteral("request"), QStringLiteral("disclosures"), QStringLiteral("R1-9999") });
        QCOMPARE(unknown.exitCode, 4);
    }
};

QTEST_MAIN(TestCliDisclosure)
#include "TestCliDisclosure.moc"
