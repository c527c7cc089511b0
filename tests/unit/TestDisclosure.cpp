// Disclosure copies stored on a request (issue 12): documents added only when they can be redacted,
// numbered and immutable; redaction drafts versioned with lost races refused; redacted copies
// proved, stored with their SHA-256 and log, immutable on both engines; the decision's withheld
// parts grouped by ground; every read and change audited; roles that may not, refused; a purge
// takes it all.

#include "LetterFixtures.h"
#include "RedactionFixtures.h"
#include "TestSupport.h"
#include "services/DisclosureService.h"
#include "services/ErasureService.h"
#include "services/LetterService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/DatabaseCopy.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;
namespace fx = dsr::test::redaction;

class TestDisclosure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin;
    Actor m_clerk;
    Actor m_clerk2;
    Actor m_chief;
    Actor m_auditor;
    Actor m_manager;
    Actor m_privacy;
    qint64 m_request = 0;
    qint64 m_otherRequest = 0;
    QByteArray m_pdf; // three pages with the secrets of fx::Secrets
    QByteArray m_png; // one scanned page
    fx::Secrets m_secrets;

    static qint64 auditCount(Database &db, const QString &action)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            qFatal("audit count failed");
        return q.value(0).toLongLong();
    }
    static QString auditDetails(Database &db) { return tableText(db, QStringLiteral("audit_log")); }
    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    static void setStatus(Database &db, qint64 requestId, const QString &status)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE requests SET status = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(requestId);
        QVERIFY2(q.exec(), "status not set");
    }
    static RedactionBox box(int page, QRectF rect, const QString &ground, const QString &reason = QString())
    {
        RedactionBox b;
        b.page = page;
        b.rect = rect;
        b.ground = ground;
        b.reason = reason;
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pdf = fx::makePdf(fx::samplePages(m_secrets));
        m_png = fx::encodeImage(fx::scanImage(QSize(1240, 1754), 150), "png");
        QVERIFY(!m_pdf.isEmpty() && !m_png.isEmpty());
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_clerk2 = t.addUser(m_admin, QStringLiteral("clerk2"), { Role::Clerk });
        m_chief = t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        m_auditor = t.addUser(m_admin, QStringLiteral("auditor1"), { Role::Auditor });
        m_manager = t.addUser(m_admin, QStringLiteral("manager1"), { Role::Manager });
        m_privacy = t.addUser(m_admin, QStringLiteral("privacy1"), { Role::PrivacyOfficer });
        const qint64 member = t.addMember(m_clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        RequestService requests(t.db());
        m_request = requests.registerRequest(m_clerk, disclosureDraft(member)).value().id;
        m_otherRequest = requests.registerRequest(m_clerk, disclosureDraft(member)).value().id;
        t.saveAs(m_fixture);
    }

    void addRefusesWhatCannotBeRedacted_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.pdf") << QStringLiteral("empty");
        QTest::newRow("broken PDF") << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a PDF")
                                    << QStringLiteral("broken.pdf") << QStringLiteral("broken.pdf");
        QTest::newRow("unsupported") << QByteArray("just some text, no document at all\n")
                                     << QStringLiteral("notes.txt") << QStringLiteral("notes.txt");
        // Cut off in the middle: what an interrupted scan upload leaves.
        QTest::newRow("truncated PNG")
            << m_png.left(200) << QStringLiteral("scan.png") << QStringLiteral("scan.png");
    }
    void addRefusesWhatCannotBeRedacted()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, said);
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        auto added = disclosure.addDocument(m_clerk, m_request, fileName, content);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Validation);
        QVERIFY2(added.error().message.contains(said), qPrintable(added.error().message));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM disclosure_documents")), 0);
        QCOMPARE(auditCount(t.db(), QStringLiteral("disclosure_document.add")), 0);
    }

    void addRefusesAnEncryptedPdf()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.pdf"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(m_pdf) == m_pdf.size());
        f.close();
        const QByteArray encrypted = fx::encryptWithQpdf(in, dir.filePath(QStringLiteral("locked.pdf")),
                                                         QStringLiteral("user-secret"));
        QVERIFY2(!encrypted.isEmpty(), "qpdf did not encrypt the sample");
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        auto added = disclosure.addDocument(m_clerk, m_request, QStringLiteral("locked.pdf"), encrypted);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Validation);
        QVERIFY2(added.error().message.contains(QStringLiteral("ncrypt"))
                     || added.error().message.contains(QStringLiteral("password")),
                 qPrintable(added.error().message));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM disclosure_documents")), 0);
    }

    void documentsAreNumberedStoredAndAudited()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        auto first
            = disclosure.addDocument(m_clerk, m_request, QStringLiteral("/tmp/records/記録.pdf"), m_pdf);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->number, 1);
        QCOMPARE(first->fileName, QStringLiteral("記録.pdf")); // the name, not the folder
        QCOMPARE(first->mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(first->pages, 3);
        QCOMPARE(first->size, m_pdf.size());
        QCOMPARE(first->sha256, sha256(m_pdf));
        QCOMPARE(first->addedByName, m_clerk.displayName);
        QVERIFY(first->addedAt.isValid());
        auto second = disclosure.addDocument(m_clerk2, m_request, QStringLiteral("scan.png"), m_png);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->number, 2);
        QCOMPARE(second->mediaType, QStringLiteral("image/png"));
        // Numbers are per request.
        auto elsewhere = disclosure.addDocument(m_clerk, m_otherRequest, QStringLiteral("scan.png"), m_png);
        QCOMPARE(elsewhere->number, 1);

        auto listed = disclosure.documents(m_chief, m_request);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).id, first->id);
        QCOMPARE(listed->at(1).addedByName, m_clerk2.displayName);
        QCOMPARE(disclosure.documentContent(m_chief, first->id).value(), m_pdf);
        QCOMPARE(disclosure.documentByNumber(m_chief, m_request, 2)->id, second->id);
        QCOMPARE(disclosure.documentByNumber(m_chief, m_request, 3).error().code, ErrorCode::NotFound);
        QCOMPARE(disclosure.addDocument(m_clerk, 99999, QStringLiteral("x.pdf"), m_pdf).error().code,
                 ErrorCode::NotFound);

        QCOMPARE(auditCount(t.db(), QStringLiteral("disclosure_document.add")), 3);
        QVERIFY(auditCount(t.db(), QStringLiteral("request.disclosure_documents")) >= 2);
        QCOMPARE(auditCount(t.db(), QStringLiteral("disclosure_document.view")), 1);
        // The trail keeps ids and hashes, not the file's name.
        QVERIFY(!auditDetails(t.db()).contains(QStringLiteral("記録")));

        // A closed or withdrawn request takes no more documents.
        for (const QString &status : { QStringLiteral("closed"), QStringLiteral("withdrawn") }) {
            setStatus(t.db(), m_otherRequest, status);
            auto refused = disclosure.addDocument(m_clerk, m_otherRequest, QStringLiteral("scan.png"), m_png);
            QCOMPARE(refused.error().code, ErrorCode::Validation);
        }
        QCOMPARE(disclosure.documents(m_clerk, m_otherRequest)->size(), 1);
    }

    void draftsAreVersionedAndLostRacesRefused()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        const qint64 doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf)->id;
        auto none = disclosure.draft(m_chief, doc);
        QVERIFY(none.ok());
        QCOMPARE(none->version, 0);
        QVERIFY(none->boxes.isEmpty());

        RedactionBox hand
            = box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1"), QStringLiteral("第三者の氏名"));
        RedactionBox number = box(0, QRectF(72, 155, 200, 20), QString());
        number.source = RedactionSource::MyNumber;
        number.text = fx::Secrets::grouped(m_secrets.number1, QStringLiteral(" "));
        auto v1 = disclosure.saveDraft(m_clerk, doc, { hand, number }, 0);
        QVERIFY2(v1.ok(), qPrintable(v1.error().message));
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->boxes.size(), 2);
        QCOMPARE(v1->boxes.at(0), hand);
        QVERIFY(v1->boxes.at(1).text.isEmpty()); // a My Number is never kept
        QCOMPARE(v1->savedByName, m_clerk.displayName);

        // Another desk saved version 1 meanwhile: a save based on version 0 is refused.
        auto stale = disclosure.saveDraft(m_clerk2, doc, { hand }, 0);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(disclosure.draft(m_clerk, doc)->version, 1);
        auto v2 = disclosure.saveDraft(m_clerk2, doc, { hand }, 1);
        QVERIFY2(v2.ok(), qPrintable(v2.error().message));
        QCOMPARE(v2->version, 2);
        QCOMPARE(disclosure.draft(m_chief, doc)->boxes, QList<RedactionBox> { hand });
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redaction_drafts")), 2);

        // Boxes are checked: the page, the page's area, the ground.
        QCOMPARE(
            disclosure.saveDraft(m_clerk, doc, { box(5, QRectF(10, 10, 50, 50), QString()) }, 2).error().code,
            ErrorCode::Validation);
        QCOMPARE(disclosure.saveDraft(m_clerk, doc, { box(0, QRectF(5000, 10, 50, 50), QString()) }, 2)
                     .error()
                     .code,
                 ErrorCode::Validation);
        auto badGround = disclosure.saveDraft(m_clerk, doc,
                                              { box(0, QRectF(10, 10, 50, 50), QStringLiteral("氏名")) }, 2);
        QCOMPARE(badGround.error().code, ErrorCode::Validation);
        QVERIFY2(badGround.error().message.contains(QStringLiteral("art33-2-1")),
                 qPrintable(badGround.error().message));
        RedactionBox numberInReason = box(0, QRectF(10, 10, 50, 50), QString(), m_secrets.number1);
        QCOMPARE(disclosure.saveDraft(m_clerk, doc, { numberInReason }, 2).error().code,
                 ErrorCode::Validation);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redaction_drafts")), 2);

        // Neither the drafts nor the trail hold the number; the trail holds counts, not texts.
        const QString drafts = tableText(t.db(), QStringLiteral("redaction_drafts"));
        QVERIFY(!holdsTrace(drafts, m_secrets.number1));
        QVERIFY(drafts.contains(QStringLiteral("第三者の氏名")));
        QCOMPARE(auditCount(t.db(), QStringLiteral("redaction_draft.save")), 2);
        QVERIFY(!auditDetails(t.db()).contains(QStringLiteral("第三者の氏名")));
        QVERIFY(!holdsTrace(auditDetails(t.db()), m_secrets.number1));
    }

    void copiesAreProvedStoredAndImmutable()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        const qint64 doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf)->id;
        // clerk2 drew the box first; clerk1 makes the copy.
        const RedactionBox hand
            = box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1"), QStringLiteral("第三者の氏名"));
        QVERIFY(disclosure.saveDraft(m_clerk2, doc, { hand }, 0).ok());

        RedactionOrder order;
        order.boxes = { hand };
        order.detectors.searches = { m_secrets.name2 };
        order.detectors.myNumbers = true;
        order.detectors.phones = true;
        order.ground = QStringLiteral("art33-2-2");
        order.reason = QStringLiteral("業務に支障");
        auto plan = disclosure.plan(m_clerk, doc, order);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QVERIFY(plan->boxes.size() > 5);
        RedactionOptions options;
        options.dpi = 200;
        auto copy = disclosure.makeRedactedCopy(m_clerk, doc, plan.value(), options);
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(copy->documentNumber, 1);
        QCOMPARE(copy->requestId, m_request);
        QCOMPARE(copy->pages, 3);
        QCOMPARE(copy->dpi, 200);
        QCOMPARE(copy->madeByName, m_clerk.displayName);
        QCOMPARE(copy->log.size(), plan->boxes.size());
        // Who placed each box: the hand box is clerk2's from the draft, the detectors' hits the maker's.
        QCOMPARE(copy->log.at(0).box.ground, QStringLiteral("art33-2-1"));
        QCOMPARE(copy->log.at(0).byName, m_clerk2.displayName);
        QCOMPARE(copy->log.last().byName, m_clerk.displayName);
        QVERIFY(copy->log.last().at.isValid());
        bool sawMyNumber = false;
        for (const RedactionLogEntry &e : copy->log)
            if (e.box.source == RedactionSource::MyNumber) {
                sawMyNumber = true;
                QVERIFY(e.box.text.isEmpty());
            }
        QVERIFY(sawMyNumber);

        const QByteArray bytes = disclosure.redactedCopyContent(m_chief, copy->id).value();
        QCOMPARE(sha256(bytes), copy->sha256);
        QCOMPARE(bytes.size(), copy->size);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(!bytes.contains(m_secrets.number1.toLatin1()));
        auto listed = disclosure.redactedCopies(m_chief, m_request);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).log.size(), copy->log.size());
        QCOMPARE(listed->at(0).log.at(0).byName, m_clerk2.displayName);
        QVERIFY(!holdsTrace(tableText(t.db(), QStringLiteral("redacted_copies")), m_secrets.number1));
        QCOMPARE(auditCount(t.db(), QStringLiteral("redacted_copy.make")), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("redacted_copy.view")), 1);
        QVERIFY(!auditDetails(t.db()).contains(m_secrets.name2));

        // Nothing to black out, a box without a ground, a closed request: refused, nothing stored.
        QCOMPARE(disclosure.makeRedactedCopy(m_clerk, doc, RedactionPlan {}).error().code,
                 ErrorCode::Validation);
        RedactionPlan groundless;
        groundless.boxes = { box(0, QRectF(72, 125, 120, 20), QString()) };
        QCOMPARE(disclosure.makeRedactedCopy(m_clerk, doc, groundless).error().code, ErrorCode::Validation);
        setStatus(t.db(), m_request, QStringLiteral("closed"));
        QCOMPARE(disclosure.makeRedactedCopy(m_clerk, doc, plan.value(), options).error().code,
                 ErrorCode::Validation);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redacted_copies")), 1);

        // The stored rows cannot be changed or removed, on either engine, by the desks.
        QSqlQuery q(t.db().connection());
        for (const QString &sql : { QStringLiteral("UPDATE redacted_copies SET sha256 = 'x'"),
                                    QStringLiteral("DELETE FROM redacted_copies"),
                                    QStringLiteral("UPDATE disclosure_documents SET file_name = 'x'"),
                                    QStringLiteral("DELETE FROM disclosure_documents"),
                                    QStringLiteral("UPDATE redaction_drafts SET boxes = '[]'"),
                                    QStringLiteral("DELETE FROM redaction_drafts") })
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redacted_copies")), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM disclosure_documents")), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redaction_drafts")), 1);
        QCOMPARE(sha256(disclosure.redactedCopyContent(m_chief, copy->id).value()), copy->sha256);
    }

    void alteredBytesAreFound()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        const auto doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf);
        QVERIFY(doc.ok());
        RedactionPlan plan;
        plan.boxes = { box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1")) };
        RedactionOptions options;
        options.dpi = 200;
        const auto copy = disclosure.makeRedactedCopy(m_clerk, doc->id, plan, options);
        QVERIFY(copy.ok());
        auto intact = DatabaseCopy::verifyStoredHashes(t.db());
        QVERIFY2(intact.ok(), qPrintable(intact.error().message));
        QCOMPARE(intact->disclosureFiles, 2);

        // Someone holding the database (the owner, guards lifted) swaps the copy's bytes: the copy is
        // no longer handed out, and a migration's check names it.
        t.liftGuards(QStringLiteral("redacted_copies"));
        t.execAsOwner(QStringLiteral("UPDATE redacted_copies SET content = content || content"));
        auto served = disclosure.redactedCopyContent(m_chief, copy->id);
        QCOMPARE(served.error().code, ErrorCode::Failure);
        QVERIFY(served.error().message.contains(QStringLiteral("SHA-256")));
        auto check = DatabaseCopy::verifyStoredHashes(t.db());
        QCOMPARE(check.error().code, ErrorCode::Failure);
        QVERIFY2(check.error().message.contains(QStringLiteral("redacted copy")),
                 qPrintable(check.error().message));
    }

    void withheldPartsAreGroupedByGround()
    {
        // The grouping: regime order, pages and kinds per document, distinct reasons.
        RedactionBox phone
            = box(1, QRectF(1, 1, 10, 10), QStringLiteral("art33-2-1"), QStringLiteral("第三者の連絡先"));
        phone.source = RedactionSource::Phone;
        RedactionBox name
            = box(0, QRectF(1, 1, 10, 10), QStringLiteral("art33-2-1"), QStringLiteral("第三者の氏名"));
        name.source = RedactionSource::Search;
        RedactionBox note
            = box(2, QRectF(1, 1, 10, 10), QStringLiteral("art33-2-2"), QStringLiteral("評価の記載"));
        const auto parts
            = DisclosureService::groupWithheld({ { 1, { note, phone, name, phone } }, { 2, { name } } },
                                               DecisionVocabulary::grounds(LegalRegime::Private));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).ground, QStringLiteral("art33-2-1"));
        QCOMPARE(parts.at(0).part, QStringLiteral("文書1 1頁・2頁の計3箇所（電話番号）、文書2 1頁"));
        QCOMPARE(parts.at(0).reason, QStringLiteral("第三者の連絡先；第三者の氏名"));
        QCOMPARE(parts.at(1).ground, QStringLiteral("art33-2-2"));
        QCOMPARE(parts.at(1).part, QStringLiteral("文書1 3頁"));
        QCOMPARE(parts.at(1).reason, QStringLiteral("評価の記載"));

        // From the stored copies: only the newest copy of each document counts.
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        const qint64 doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf)->id;
        const qint64 scan = disclosure.addDocument(m_clerk, m_request, QStringLiteral("s.png"), m_png)->id;
        RedactionOptions options;
        options.dpi = 200;
        RedactionPlan old;
        old.boxes = { box(2, QRectF(72, 80, 100, 30), QStringLiteral("art33-2-3"), QStringLiteral("古い")) };
        QVERIFY(disclosure.makeRedactedCopy(m_clerk, doc, old, options).ok());
        RedactionPlan newer;
        newer.boxes
            = { box(2, QRectF(72, 80, 100, 30), QStringLiteral("art33-2-2"), QStringLiteral("評価")),
                box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1"), QStringLiteral("氏名")) };
        QVERIFY(disclosure.makeRedactedCopy(m_clerk, doc, newer, options).ok());
        RedactionPlan onScan;
        onScan.boxes
            = { box(0, QRectF(50, 50, 100, 100), QStringLiteral("art33-2-1"), QStringLiteral("氏名")) };
        QVERIFY(disclosure.makeRedactedCopy(m_clerk, scan, onScan, options).ok());
        auto stored = disclosure.withheldParts(m_chief, m_request);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).ground, QStringLiteral("art33-2-1"));
        QCOMPARE(stored->at(0).part, QStringLiteral("文書1 1頁、文書2 1頁"));
        QCOMPARE(stored->at(0).reason, QStringLiteral("氏名"));
        QCOMPARE(stored->at(1).ground, QStringLiteral("art33-2-2"));
        QCOMPARE(stored->at(1).part, QStringLiteral("文書1 3頁"));
        QCOMPARE(auditCount(t.db(), QStringLiteral("request.withheld_parts")), 1);
        QVERIFY(disclosure.withheldParts(m_chief, m_otherRequest)->isEmpty());
    }

    void partialDisclosureLetterListsTheWithheldPartsFromTheLog()
    {
        // The copy's boxes → the decision's withheld parts (as the decision editor takes them) →
        // the approved decision → the letter, read back as text.
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        const qint64 doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf)->id;
        RedactionPlan plan;
        plan.boxes
            = { box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1"), QStringLiteral("第三者の氏名")),
                box(1, QRectF(72, 80, 200, 30), QStringLiteral("art33-2-1"), QStringLiteral("第三者の氏名")),
                box(2, QRectF(72, 80, 100, 30), QStringLiteral("art33-2-2"),
                    QStringLiteral("評価に関する記載")) };
        RedactionOptions options;
        options.dpi = 200;
        QVERIFY(disclosure.makeRedactedCopy(m_clerk, doc, plan, options).ok());
        auto parts = disclosure.withheldParts(m_clerk, m_request);
        QVERIFY2(parts.ok(), qPrintable(parts.error().message));
        QCOMPARE(parts->size(), 2);

        Decision decision;
        decision.kind = DecisionKind::Partial;
        decision.data = QStringLiteral("短期給付の支給記録");
        decision.method = DisclosureMethod::Paper;
        decision.reasons = QStringLiteral("第三者の情報を含むため一部を開示しない。");
        decision.withheld = parts.value();
        WorkflowInput draft;
        draft.decision = decision;
        WorkflowService wf(t.db());
        for (auto [who, action, in] :
             { std::tuple { m_clerk, WorkflowAction::Investigate, WorkflowInput {} },
               std::tuple { m_clerk, WorkflowAction::Draft, draft },
               std::tuple { m_clerk, WorkflowAction::Submit, WorkflowInput {} },
               std::tuple { m_chief, WorkflowAction::Approve, WorkflowInput {} },
               std::tuple { m_manager, WorkflowAction::Approve, WorkflowInput {} },
               // a partial disclosure takes the longer route (DOMAIN.md §4)
               std::tuple { m_privacy, WorkflowAction::Approve, WorkflowInput {} } }) {
            auto out = wf.perform(who, m_request, action, in);
            QVERIFY2(out.ok(),
                     qPrintable(RequestWorkflow::id(action) + QStringLiteral(": ") + out.error().message));
        }
        SettingsService settings(t.db());
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::HeadName, QStringLiteral("山本一郎") },
                                { Setting::PostalCode, QStringLiteral("850-0099") },
                                { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } }));
        auto letter = LetterService(t.db()).preview(m_clerk, m_request, LetterKind::PartialDisclosure, {});
        QVERIFY2(letter.ok(), qPrintable(letter.error().message));
        const QString text = pdfText(letter->pdf).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const WithheldPart &p : parts.value()) {
            QVERIFY2(text.contains(QString(p.part).remove(QRegularExpression(QStringLiteral("\\s")))),
                     qPrintable(p.part));
            QVERIFY2(text.contains(QString(p.reason).remove(QRegularExpression(QStringLiteral("\\s")))),
                     qPrintable(p.reason));
        }
        QVERIFY(text.contains(QStringLiteral("文書1")));
    }

    void groundsByIdOrName()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        QCOMPARE(disclosure.grounds(m_clerk).value(), DecisionVocabulary::grounds(LegalRegime::Private));
        QCOMPARE(disclosure.groundId(m_clerk, QStringLiteral("ART33-2-2")).value(),
                 QStringLiteral("art33-2-2"));
        QCOMPARE(
            disclosure.groundId(m_clerk, DecisionVocabulary::groundName(QStringLiteral("art33-2-3"))).value(),
            QStringLiteral("art33-2-3"));
        auto refused = disclosure.groundId(m_clerk, QStringLiteral("第三者の氏名"));
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QVERIFY(refused.error().message.contains(QStringLiteral("art33-2-1, art33-2-2, art33-2-3")));
        // Another regime's ground is not one.
        QCOMPARE(disclosure.groundId(m_clerk, QStringLiteral("art78-1-2")).error().code,
                 ErrorCode::Validation);
    }

    void rolesThatMayNotAreRefused()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        auto doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf);
        QVERIFY(doc.ok());
        const qint64 refusalsBefore = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        // An auditor reads the trail, not requests; a chief reads but does not prepare copies.
        QCOMPARE(disclosure.addDocument(m_auditor, m_request, QStringLiteral("b.pdf"), m_pdf).error().code,
                 ErrorCode::Permission);
        QCOMPARE(disclosure.documents(m_auditor, m_request).error().code, ErrorCode::Permission);
        QCOMPARE(disclosure.documentContent(m_auditor, doc->id).error().code, ErrorCode::Permission);
        QCOMPARE(disclosure.redactedCopies(m_auditor, m_request).error().code, ErrorCode::Permission);
        QCOMPARE(disclosure.addDocument(m_chief, m_request, QStringLiteral("b.pdf"), m_pdf).error().code,
                 ErrorCode::Permission);
        QCOMPARE(disclosure.saveDraft(m_chief, doc->id, {}, 0).error().code, ErrorCode::Permission);
        RedactionPlan plan;
        plan.boxes = { box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1")) };
        QCOMPARE(disclosure.makeRedactedCopy(m_chief, doc->id, plan).error().code, ErrorCode::Permission);
        QVERIFY(disclosure.documents(m_chief, m_request).ok());
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM disclosure_documents")), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redaction_drafts")), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redacted_copies")), 0);
        // Every refusal is in the trail.
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")) >= refusalsBefore + 7);
    }

    void purgeTakesDocumentsDraftsAndCopies()
    {
        TempDatabase t(m_fixture);
        DisclosureService disclosure(t.db());
        const qint64 doc = disclosure.addDocument(m_clerk, m_request, QStringLiteral("a.pdf"), m_pdf)->id;
        const RedactionBox hand = box(0, QRectF(72, 125, 120, 20), QStringLiteral("art33-2-1"));
        QVERIFY(disclosure.saveDraft(m_clerk, doc, { hand }, 0).ok());
        RedactionPlan plan;
        plan.boxes = { hand };
        RedactionOptions options;
        options.dpi = 200;
        QVERIFY(disclosure.makeRedactedCopy(m_clerk, doc, plan, options).ok());
        QVERIFY(disclosure.addDocument(m_clerk, m_otherRequest, QStringLiteral("s.png"), m_png).ok());

        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("UPDATE requests SET status = 'closed' WHERE id = ?"));
        q.addBindValue(m_request);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("INSERT INTO request_history (request_id, at_utc, user_login, action) "
                                 "VALUES (?, ?, 'clerk1', 'close')"));
        q.addBindValue(m_request);
        q.addBindValue(QDate::currentDate().addYears(-7).toString(Qt::ISODate)
                       + QStringLiteral("T03:00:00.000Z"));
        QVERIFY(q.exec());
        const Actor officer = t.addUser(m_admin, QStringLiteral("officer1"), { Role::PrivacyOfficer });
        ErasureService erasure(t.db());
        auto purged = erasure.purge(officer, erasure.latestPurgeDate().value(), false);
        QVERIFY2(purged.ok(), qPrintable(purged.error().message));
        QCOMPARE(purged->requests.size(), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redacted_copies")), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM redaction_drafts")), 0);
        // The other request's document stays.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM disclosure_documents")), 1);
    }
};

QTEST_MAIN(TestDisclosure)
#include "TestDisclosure.moc"
