// Every read of personal data leaves a trace (issue 9): searches, listings, counts, histories,
// workflow details and exports each write one audit entry with the query and the number of rows;
// a blank member search finds nothing; listings are capped; an export that cannot be recorded
// does not happen; a refusal stays recorded when the transaction it was raised in rolls back.

#include "TestSupport.h"
#include "security/MyNumber.h"
#include "services/AuditService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"
#include "storage/AuditRepository.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestReadAudit : public QObject
{
    Q_OBJECT

    // The entries with `action`, oldest first.
    static QList<AuditRecord> entries(Database &db, const QString &action)
    {
        AuditFilter f;
        f.actionPrefix = action;
        auto all = AuditRepository(db).list(f);
        if (!all)
            qFatal("cannot read the audit trail");
        QList<AuditRecord> out;
        for (const AuditRecord &r : all.value())
            if (r.action == action)
                out.prepend(r); // the list is newest first
        return out;
    }
    static QJsonObject details(const AuditRecord &r)
    {
        return QJsonDocument::fromJson(r.details.toUtf8()).object();
    }
    // What a full disk or a broken trail looks like to a service: no audit entry can be appended.
    // Set up behind the program's back, as the schema's owner.
    static void breakAuditAppend(TempDatabase &t)
    {
        t.execAsOwner(onServer()
                          ? QStringLiteral("CREATE TRIGGER test_no_audit BEFORE INSERT ON audit_log FOR "
                                           "EACH ROW EXECUTE FUNCTION dsr_refuse('audit trail unavailable')")
                          : QStringLiteral("CREATE TRIGGER test_no_audit BEFORE INSERT ON audit_log "
                                           "BEGIN SELECT RAISE(ABORT, 'audit trail unavailable'); END"));
    }

private Q_SLOTS:
    void blankMemberSearchFindsNobody()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        t.addMember(clerk, QStringLiteral("100001"), QStringLiteral("田中 太郎"),
                    QStringLiteral("タナカ タロウ"));
        t.addMember(clerk, QStringLiteral("100002"), QStringLiteral("佐藤 花子"),
                    QStringLiteral("サトウ ハナコ"));
        MemberService members(t.db());
        for (const QString &blank :
             { QString(), QStringLiteral("   "), QStringLiteral("\u3000\t"), QStringLiteral("・") }) {
            auto found = members.find(clerk, blank, 100);
            QVERIFY(found.ok());
            QVERIFY2(found->isEmpty(), qPrintable(QStringLiteral("“%1” listed members").arg(blank)));
        }
        QCOMPARE(members.find(clerk, QStringLiteral("タナカ"), 100)->size(), 1);
    }

    void memberSearchIsRecordedWithQueryAndRows()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        t.addMember(clerk, QStringLiteral("100001"), QStringLiteral("田中 太郎"),
                    QStringLiteral("タナカ タロウ"));
        t.addMember(clerk, QStringLiteral("100002"), QStringLiteral("田中 次郎"),
                    QStringLiteral("タナカ ジロウ"));
        MemberService members(t.db());
        QVERIFY(entries(t.db(), QStringLiteral("member.search")).isEmpty());
        QCOMPARE(members.find(clerk, QStringLiteral("田中"), 5)->size(), 2);
        auto recorded = entries(t.db(), QStringLiteral("member.search"));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].userLogin, QStringLiteral("clerk1"));
        QCOMPARE(details(recorded[0]).value(QStringLiteral("query")).toString(), QStringLiteral("田中"));
        QCOMPARE(details(recorded[0]).value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(details(recorded[0]).value(QStringLiteral("limit")).toInt(), 5);

        // A My Number typed into the search box is masked in the entry; a long query is cut.
        const QString number = QStringLiteral("12345678901")
            + QString::number(MyNumber::checkDigit(QStringLiteral("12345678901")));
        QVERIFY(MyNumber::isValid(number));
        QVERIFY(members.find(clerk, number, 5)->isEmpty());
        QVERIFY(members.find(clerk, QString(300, QLatin1Char('a')), 5).ok());
        recorded = entries(t.db(), QStringLiteral("member.search"));
        QCOMPARE(recorded.size(), 3);
        QVERIFY(!recorded[1].details.contains(number));
        QVERIFY(!recorded[1].details.contains(number.left(8)));
        QCOMPARE(details(recorded[1]).value(QStringLiteral("rows")).toInt(), 0);
        QVERIFY(details(recorded[2]).value(QStringLiteral("query")).toString().size()
                <= ServiceBase::AuditQueryChars);
        // A limit above the cap gets the cap.
        QVERIFY(members.find(clerk, QStringLiteral("田中"), 1000000).ok());
        recorded = entries(t.db(), QStringLiteral("member.search"));
        QCOMPARE(details(recorded.last()).value(QStringLiteral("limit")).toInt(),
                 MemberService::MaxSearchRows);
    }

    void requestReadsAreRecorded()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const qint64 member = t.addMember(clerk, QStringLiteral("100001"), QStringLiteral("田中 太郎"),
                                          QStringLiteral("タナカ タロウ"));
        RequestService requests(t.db());
        auto r1 = requests.registerRequest(clerk, disclosureDraft(member));
        QVERIFY2(r1.ok(), r1.ok() ? "" : qPrintable(r1.error().message));
        QVERIFY(requests.registerRequest(clerk, disclosureDraft(member)).ok());

        RequestQuery q;
        q.text = QStringLiteral("タナカ");
        q.limit = 0; // "no limit" gets the cap
        QCOMPARE(requests.list(clerk, q)->size(), 2);
        auto listed = entries(t.db(), QStringLiteral("request.list"));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(details(listed[0]).value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(details(listed[0]).value(QStringLiteral("limit")).toInt(), RequestService::MaxListRows);
        QCOMPARE(details(listed[0]).value(QStringLiteral("text")).toString(), QStringLiteral("タナカ"));

        q.limit = 1;
        q.offset = 1;
        auto second = requests.list(clerk, q);
        QCOMPARE(second->size(), 1);
        listed = entries(t.db(), QStringLiteral("request.list"));
        QCOMPARE(details(listed.last()).value(QStringLiteral("offset")).toInt(), 1);

        QCOMPARE(requests.count(clerk, q).value(), qint64(2));
        auto counted = entries(t.db(), QStringLiteral("request.count"));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(details(counted[0]).value(QStringLiteral("rows")).toInt(), 2);

        auto history = requests.history(clerk, r1->id);
        QVERIFY(history.ok());
        auto histories = entries(t.db(), QStringLiteral("request.history"));
        QCOMPARE(histories.size(), 1);
        QCOMPARE(histories[0].entityId, QString::number(r1->id));
        QCOMPARE(details(histories[0]).value(QStringLiteral("rows")).toInt(), int(history->size()));

        // The register's count and first page: one call, one entry.
        RequestQuery first;
        first.limit = 1;
        first.countCap = 1000;
        const qsizetype listsBefore = entries(t.db(), QStringLiteral("request.list")).size();
        auto page = requests.page(clerk, first);
        QVERIFY(page.ok());
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->total, qint64(2));
        listed = entries(t.db(), QStringLiteral("request.list"));
        QCOMPARE(listed.size(), listsBefore + 1);
        QCOMPARE(details(listed.last()).value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(details(listed.last()).value(QStringLiteral("rows")).toInt(), 1);

        QVERIFY(WorkflowService(t.db()).details(clerk, r1->id).ok());
        auto shown = entries(t.db(), QStringLiteral("workflow.details"));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0].entityId, QString::number(r1->id));

        // The register's search-as-you-type: each keystroke is a count and a page, each recorded.
        // Rough cost of one recorded read (one small write transaction), printed for the record.
        RequestQuery typed;
        QElapsedTimer timer;
        timer.start();
        const int keystrokes = 20;
        for (int i = 0; i < keystrokes; ++i) {
            typed.text = QStringLiteral("タナカ").left(1 + i % 3);
            QVERIFY(requests.page(clerk, typed).ok());
        }
        qInfo("search-as-you-type: %.1f ms per keystroke (count and first page, one audit entry)",
              double(timer.elapsed()) / keystrokes);
        timer.restart();
        for (int i = 0; i < keystrokes; ++i)
            QVERIFY(
                AuditService(t.db()).recordAccess(clerk, QStringLiteral("request"), QString::number(r1->id)));
        qInfo("one audit entry alone (a small write transaction): %.1f ms",
              double(timer.elapsed()) / keystrokes);
    }

    // A request's attachments (their file names) and the audit trail itself (it holds what clerks
    // searched for) are read like any other personal data; an audit export is one entry, not two.
    void attachmentListingAndAuditBrowsingAreRecorded()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        const qint64 member = t.addMember(clerk, QStringLiteral("100001"), QStringLiteral("田中 太郎"),
                                          QStringLiteral("タナカ タロウ"));
        RequestService requests(t.db());
        auto r = requests.registerRequest(clerk, disclosureDraft(member));
        QVERIFY(r.ok());
        QVERIFY(requests.attach(clerk, r->id, QStringLiteral("scan.png"), markedPng("READ-AUDIT")).ok());
        auto listed = requests.attachments(clerk, r->id);
        QVERIFY(listed.ok());
        auto seen = entries(t.db(), QStringLiteral("request.attachments"));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].entityId, QString::number(r->id));
        QCOMPARE(details(seen[0]).value(QStringLiteral("rows")).toInt(), int(listed->size()));

        AuditService audit(t.db());
        AuditFilter f;
        f.actionPrefix = QStringLiteral("request.");
        f.limit = 10;
        auto rows = audit.list(auditor, f);
        QVERIFY(rows.ok());
        auto browsed = entries(t.db(), QStringLiteral("audit.list"));
        QCOMPARE(browsed.size(), 1);
        QCOMPARE(browsed[0].userLogin, QStringLiteral("auditor1"));
        QCOMPARE(details(browsed[0]).value(QStringLiteral("action")).toString(), QStringLiteral("request."));
        QCOMPARE(details(browsed[0]).value(QStringLiteral("rows")).toInt(), int(rows->size()));

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(audit.exportCsv(auditor, f, &out).ok());
        QCOMPARE(entries(t.db(), QStringLiteral("audit.list")).size(), 1);
        QCOMPARE(entries(t.db(), QStringLiteral("audit.export")).size(), 1);
    }

    void letterListingAndExportAreRecorded()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        LetterRegister letterRegister(t.db());
        LetterQuery q;
        q.text = QStringLiteral("長共");
        QVERIFY(letterRegister.list(clerk, q).ok());
        auto listed = entries(t.db(), QStringLiteral("letter.list"));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(details(listed[0]).value(QStringLiteral("rows")).toInt(), 0);
        QCOMPARE(details(listed[0]).value(QStringLiteral("text")).toString(), QStringLiteral("長共"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.csv"));
        QVERIFY(letterRegister.exportRegisterCsv(clerk, {}, path).ok());
        QVERIFY(QFile::exists(path));
        QCOMPARE(entries(t.db(), QStringLiteral("letter.export_register")).size(), 1);
        // The export is one entry, not a listing as well.
        QCOMPARE(entries(t.db(), QStringLiteral("letter.list")).size(), 1);
    }

    void unrecordableAuditExportLeavesNoFile()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        breakAuditAppend(t);
        auto n = AuditService(t.db()).exportCsvFile(auditor, {}, path);
        QVERIFY(!n.ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());

        // Into a device: nothing is written either.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!AuditService(t.db()).exportCsv(auditor, {}, &buffer).ok());
        QVERIFY(buffer.data().isEmpty());
    }

    void unrecordableRegisterExportLeavesNoFile()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.csv"));
        // A previous export stays as it was.
        QVERIFY(LetterRegister(t.db()).exportRegisterCsv(clerk, {}, path).ok());
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        const QByteArray before = previous.readAll();
        previous.close();
        QVERIFY(QFile::remove(path));

        breakAuditAppend(t);
        QVERIFY(!LetterRegister(t.db()).exportRegisterCsv(clerk, {}, path).ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        QVERIFY(!before.isEmpty());
    }

    void refusalSurvivesTheRollbackOfItsTransaction()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        // An administrator may not read member data: the search is refused inside a transaction
        // that then fails and rolls back, as an operation composed of several services does.
        {
            Transaction tx(t.db());
            QVERIFY(tx.isActive());
            auto found = MemberService(t.db()).find(admin, QStringLiteral("田中"));
            QVERIFY(!found.ok());
            QCOMPARE(found.error().code, ErrorCode::Permission);
            tx.rollback();
        }
        auto denied = entries(t.db(), QStringLiteral("permission.denied"));
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied[0].userLogin, QStringLiteral("admin"));
        QCOMPARE(details(denied[0]).value(QStringLiteral("operation")).toString(),
                 QStringLiteral("request.read"));

        // In a savepoint that rolls back while the outer transaction commits: kept once.
        {
            Transaction outer(t.db());
            {
                Transaction inner(t.db());
                QVERIFY(!RequestService(t.db()).history(admin, 1).ok());
                // inner goes out of scope uncommitted: rolled back
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(entries(t.db(), QStringLiteral("permission.denied")).size(), 2);

        // Committed with the transaction it was raised in: not written twice.
        {
            Transaction tx(t.db());
            QVERIFY(!RequestService(t.db()).count(admin, {}).ok());
            QVERIFY(tx.commit());
        }
        QCOMPARE(entries(t.db(), QStringLiteral("permission.denied")).size(), 3);
        // Nested savepoint rolled back, then the outermost rolled back too: still exactly once.
        {
            Transaction outer(t.db());
            {
                Transaction inner(t.db());
                QVERIFY(!RequestService(t.db()).count(admin, {}).ok());
            }
        }
        QCOMPARE(entries(t.db(), QStringLiteral("permission.denied")).size(), 4);
        QVERIFY(AuditService::verifyChain(t.db())->intact);
    }
};

QTEST_GUILESS_MAIN(TestReadAudit)
#include "TestReadAudit.moc"
