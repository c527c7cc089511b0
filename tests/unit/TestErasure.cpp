// Erasure (issue 9, "Erasure and files"): an attachment's bytes leave the database file, a
// member's personal data is blanked and leaves the search index, closed requests are purged after
// the retention period; each leaves an erasure record and an audit entry; only the privacy
// officer may do it. Also the owner-only file modes, bounded imports and the CSV formula guard.

#include "TestSupport.h"
#include "security/FileInput.h"
#include "security/FileModes.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/ErasureService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/ErasureRepository.h"
#include "storage/UserRepository.h"
#include "text/CsvReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace dsr;
using namespace dsr::test;

namespace {

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin;
    Actor m_clerk;
    Actor m_officer;
    Actor m_chief;
    qint64 m_tanaka = 0;
    qint64 m_suzuki = 0;

    static qint64 auditCount(Database &db, const QString &action)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            qFatal("audit count failed");
        return q.value(0).toLongLong();
    }

    // Marks a request closed on `closedOn`, as the workflow's close action leaves it.
    static void closeOn(Database &db, qint64 requestId, const QDate &closedOn)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE requests SET status = 'closed' WHERE id = ?"));
        q.addBindValue(requestId);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("INSERT INTO request_history (request_id, at_utc, user_login, action) "
                                 "VALUES (?, ?, 'clerk1', 'close')"));
        q.addBindValue(requestId);
        q.addBindValue(closedOn.toString(Qt::ISODate) + QStringLiteral("T03:00:00.000Z"));
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_officer = t.addUser(m_admin, QStringLiteral("officer1"), { Role::PrivacyOfficer });
        m_chief = t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        m_tanaka = t.addMember(m_clerk, QStringLiteral("10001"), QStringLiteral("田中太郎"),
                               QStringLiteral("タナカタロウ"));
        m_suzuki = t.addMember(m_clerk, QStringLiteral("10002"), QStringLiteral("鈴木一郎"),
                               QStringLiteral("スズキイチロウ"));
        t.saveAs(m_fixture);
    }

    // Fails before issue 9: there was no way to remove an attachment's bytes.
    void erasedAttachmentLeavesTheFile()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        auto r = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();
        const QByteArray marker("MYNUMBER-CARD-BACK-7f3a9c");
        const QByteArray keepMarker("KEEP-THIS-SCAN-41b2");
        auto wrong = requests.attach(m_clerk, r.id, QStringLiteral("card_back.png"), markedPng(marker));
        QVERIFY2(wrong.ok(), qPrintable(wrong.error().message));
        auto kept = requests.attach(m_clerk, r.id, QStringLiteral("form.png"), markedPng(keepMarker));
        QVERIFY(kept.ok());
        QVERIFY(databaseHolds(t, marker));

        ErasureService erasure(t.db());
        // Refused for every other role, and without a reason.
        for (const Actor &other : { m_clerk, m_chief, m_admin }) {
            auto refused
                = erasure.eraseAttachment(other, r.receiptNo, wrong->id, QStringLiteral("誤って読み取った"));
            QCOMPARE(refused.error().code, ErrorCode::Permission);
        }
        QCOMPARE(
            erasure.eraseAttachment(m_officer, r.receiptNo, wrong->id, QStringLiteral("  ")).error().code,
            ErrorCode::Usage);
        QCOMPARE(erasure.eraseAttachment(m_officer, r.receiptNo, 9999, QStringLiteral("誤り")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(
            erasure.eraseAttachment(m_officer, QStringLiteral("R99-9999"), wrong->id, QStringLiteral("誤り"))
                .error()
                .code,
            ErrorCode::NotFound);
        // An attachment of another request is not found through this one.
        auto other = requests.registerRequest(m_clerk, disclosureDraft(m_suzuki)).value();
        QCOMPARE(
            erasure.eraseAttachment(m_officer, QString::number(other.id), wrong->id, QStringLiteral("誤り"))
                .error()
                .code,
            ErrorCode::NotFound);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM erasures")), 0);

        const qint64 before = auditCount(t.db(), QStringLiteral("attachment.erase"));
        auto done = erasure.eraseAttachment(m_officer, r.receiptNo, wrong->id,
                                            QStringLiteral("マイナンバーカード裏面を誤って読み取ったため"));
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QVERIFY(done->checkpointed);

        // The bytes are gone from the database file and its WAL (on a server: from every row); the
        // other attachment is intact.
        QVERIFY(!databaseHolds(t, marker));
        QVERIFY(databaseHolds(t, keepMarker));
        QCOMPARE(requests.attachmentContent(m_clerk, kept->id).value(), markedPng(keepMarker));
        QCOMPARE(requests.attachments(m_clerk, r.id)->size(), 1);

        // The record: what, who, when, why — the name only as a hash.
        auto records = erasure.records(m_officer, ErasureRecord::Kind::Attachment, wrong->id);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        const ErasureRecord rec = records->first();
        QCOMPARE(rec.requestId, r.id);
        QCOMPARE(rec.receiptNo, r.receiptNo);
        QCOMPARE(rec.erasedLogin, QStringLiteral("officer1"));
        QCOMPARE(rec.reason, QStringLiteral("マイナンバーカード裏面を誤って読み取ったため"));
        QCOMPARE(rec.what.value(QStringLiteral("size")).toInteger(), qint64(markedPng(marker).size()));
        QVERIFY(!QJsonDocument(rec.what).toJson().contains("card_back"));
        QCOMPARE(rec.what.value(QStringLiteral("file_name_sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash("card_back.png", QCryptographicHash::Sha256).toHex()));
        QVERIFY(rec.erasedAt.isValid());
        QCOMPARE(auditCount(t.db(), QStringLiteral("attachment.erase")), before + 1);
        QVERIFY(AuditService::verifyChain(t.db()).value().intact);

        // Erasing it again: not found. Deleting an attachment any other way stays refused.
        QCOMPARE(
            erasure.eraseAttachment(m_officer, r.receiptNo, wrong->id, QStringLiteral("誤り")).error().code,
            ErrorCode::NotFound);
        QVERIFY(!exec(t.db(), QStringLiteral("DELETE FROM attachments WHERE id = %1").arg(kept->id)));
        QSqlQuery blank(t.db().connection());
        blank.prepare(QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"));
        blank.addBindValue(QByteArray(""));
        blank.addBindValue(kept->id);
        QVERIFY(!blank.exec());
        QVERIFY(!exec(t.db(), QStringLiteral("DELETE FROM erasures")));
    }

    void erasedMemberKeepsOnlyTheNumber()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        MemberService members(t.db());
        ErasureService erasure(t.db());
        auto r = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();

        QCOMPARE(
            erasure.eraseMember(m_clerk, QStringLiteral("10001"), QStringLiteral("本人の求め")).error().code,
            ErrorCode::Permission);
        QCOMPARE(erasure.eraseMember(m_officer, QStringLiteral("99999"), QStringLiteral("本人の求め"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(erasure.eraseMember(m_officer, QStringLiteral("10001"), QString()).error().code,
                 ErrorCode::Usage);
        // A request in progress still needs the name and address.
        auto busy = erasure.eraseMember(m_officer, QStringLiteral("10001"), QStringLiteral("本人の求め"));
        QCOMPARE(busy.error().code, ErrorCode::Validation);
        QVERIFY(busy.error().message.contains(r.receiptNo));
        closeOn(t.db(), r.id, QDate::currentDate());

        // Searching through the service would record the search text in the audit trail, which
        // erasure leaves as it is (it is the record of who looked for whom): the index is checked
        // directly here, and the file before any search by name.
        const QString gramsOfTanaka
            = QStringLiteral("SELECT count(*) FROM search_grams WHERE owner = 'member' AND owner_id = %1")
                  .arg(m_tanaka);
        QVERIFY(scalar(t.db(), gramsOfTanaka) > 0);
        QVERIFY(databaseHolds(t, QStringLiteral("タナカタロウ").toUtf8()));
        auto done
            = erasure.eraseMember(m_officer, QStringLiteral("１０００１"), QStringLiteral("本人の求め"));
        QVERIFY2(done.ok(), qPrintable(done.error().message));

        const Member m = members.open(m_clerk, QStringLiteral("10001")).value();
        QCOMPARE(m.memberNumber, QStringLiteral("10001"));
        QVERIFY(!m.name.contains(QStringLiteral("田中")));
        QVERIFY(m.kana.isEmpty());
        QVERIFY(!m.birthDate.isValid());
        QVERIFY(m.postalCode.isEmpty());
        QVERIFY(m.address.isEmpty());
        QVERIFY(m.phone.isEmpty());
        // Gone from the file (on a server: from every row), and from both search indexes (short queries: gram
        // table; long ones: FTS).
        QVERIFY(!databaseHolds(t, QStringLiteral("タナカタロウ").toUtf8()));
        QVERIFY(!databaseHolds(t, QStringLiteral("田中太郎").toUtf8()));
        QCOMPARE(scalar(t.db(), gramsOfTanaka), 0);
        QVERIFY(members.find(m_clerk, QStringLiteral("田中"))->isEmpty());
        QVERIFY(members.find(m_clerk, QStringLiteral("タナカタロウ"))->isEmpty());
        // The other member is untouched and still found.
        QCOMPARE(members.find(m_clerk, QStringLiteral("スズキイチロウ"))->size(), 1);
        // The request keeps its receipt number and member.
        QCOMPARE(requests.open(m_clerk, r.receiptNo)->memberId, m_tanaka);

        auto records = erasure.records(m_officer, ErasureRecord::Kind::Member, m_tanaka);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().what.value(QStringLiteral("fields")).toArray().size(),
                 ErasureService::memberFields().size());
        QCOMPARE(auditCount(t.db(), QStringLiteral("member.erase")), 1);
        // Erased stays erased: neither a second erasure nor an edit brings data back.
        QCOMPARE(erasure.eraseMember(m_officer, QStringLiteral("10001"), QStringLiteral("再度")).error().code,
                 ErrorCode::Conflict);
        Member edited = m;
        edited.name = QStringLiteral("田中太郎");
        edited.kana = QStringLiteral("タナカタロウ");
        edited.birthDate = QDate(1970, 1, 1);
        edited.postalCode = QStringLiteral("850-0001");
        edited.address = QStringLiteral("長崎市試験町1");
        QVERIFY(!members.update(m_clerk, edited).ok());
    }

    void purgeHonoursRetentionAndDryRun()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        ErasureService erasure(t.db());
        auto old = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();
        auto recent = requests.registerRequest(m_clerk, disclosureDraft(m_suzuki)).value();
        auto open = requests.registerRequest(m_clerk, disclosureDraft(m_suzuki)).value();
        Request withAgent = disclosureDraft(m_tanaka);
        withAgent.requester.kind = RequesterKind::AppointedAgent;
        withAgent.requester.agentName = QStringLiteral("代理人山田花子");
        withAgent.requester.agentAddress = QStringLiteral("佐世保市代理町9");
        withAgent.requester.agentRelationship = QStringLiteral("弁護士");
        withAgent.requester.agentEvidence = QStringLiteral("power_of_attorney");
        auto agented = requests.registerRequest(m_clerk, withAgent);
        QVERIFY2(agented.ok(), qPrintable(agented.error().message));
        QVERIFY(requests.attach(m_clerk, agented->id, QStringLiteral("id.png"), markedPng("PURGED-SCAN-5d1e"))
                    .ok());
        const QDate today = QDate::currentDate();
        closeOn(t.db(), old.id, today.addYears(-7));
        closeOn(t.db(), agented->id, today.addYears(-6));
        closeOn(t.db(), recent.id, today.addYears(-1));
        QVERIFY(databaseHolds(t, "PURGED-SCAN-5d1e"));

        // The default retention is 5 years: a later date is refused.
        auto latest = erasure.latestPurgeDate();
        QCOMPARE(latest.value(), today.addYears(-5));
        auto tooNew = erasure.purge(m_officer, today.addYears(-4), true);
        QCOMPARE(tooNew.error().code, ErrorCode::Validation);
        QVERIFY(tooNew.error().message.contains(latest->toString(Qt::ISODate)));
        QCOMPARE(erasure.purge(m_chief, latest.value(), true).error().code, ErrorCode::Permission);

        // Dry run: lists, changes nothing.
        const qint64 historyRows = scalar(t.db(), QStringLiteral("SELECT count(*) FROM request_history"));
        auto preview = erasure.purge(m_officer, latest.value(), true);
        QVERIFY2(preview.ok(), qPrintable(preview.error().message));
        QCOMPARE(preview->requests.size(), 2);
        QCOMPARE(preview->requests[0].receiptNo, old.receiptNo);
        QCOMPARE(preview->requests[1].receiptNo, agented->receiptNo);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM request_history")), historyRows);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM erasures")), 0);
        QCOMPARE(requests.open(m_clerk, agented->receiptNo)->requester.agentName,
                 withAgent.requester.agentName);

        // The real purge.
        auto purged = erasure.purge(m_officer, latest.value(), false);
        QVERIFY2(purged.ok(), qPrintable(purged.error().message));
        QCOMPARE(purged->requests.size(), 2);
        const Request left = requests.open(m_clerk, agented->receiptNo).value();
        QCOMPARE(left.receiptNo, agented->receiptNo);
        QCOMPARE(left.type, RequestType::Disclosure);
        QCOMPARE(left.received, withAgent.received);
        QVERIFY(left.requester.agentName.isEmpty());
        QVERIFY(left.requester.agentAddress.isEmpty());
        QVERIFY(left.summary.isEmpty());
        QCOMPARE(requests.attachments(m_clerk, agented->id)->size(), 0);
        QVERIFY(!databaseHolds(t, "PURGED-SCAN-5d1e"));
        QVERIFY(!databaseHolds(t, QStringLiteral("佐世保市代理町").toUtf8()));
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT count(*) FROM request_history WHERE request_id IN (%1, %2)")
                            .arg(old.id)
                            .arg(agented->id)),
                 0);
        auto records = erasure.records(m_officer, ErasureRecord::Kind::Request, agented->id);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().receiptNo, agented->receiptNo);
        QCOMPARE(records->first().what.value(QStringLiteral("closed_on")).toString(),
                 today.addYears(-6).toString(Qt::ISODate));
        QCOMPARE(auditCount(t.db(), QStringLiteral("request.purge")), 1);
        QCOMPARE(auditCount(t.db(), QStringLiteral("request.purge-preview")), 1);
        // The others are untouched; a second purge finds nothing more.
        QCOMPARE(requests.open(m_clerk, recent.receiptNo)->summary, disclosureDraft(m_suzuki).summary);
        QCOMPARE(requests.open(m_clerk, open.receiptNo)->summary, disclosureDraft(m_suzuki).summary);
        QCOMPARE(erasure.purge(m_officer, latest.value(), true)->requests.size(), 0);
        QVERIFY(AuditService::verifyChain(t.db()).value().intact);

        // A shorter retention setting moves the latest date.
        OrganisationSettings basis = SettingsService(t.db()).loadForSystem().value();
        QVERIFY(SettingsService(t.db())
                    .save(m_admin, basis, { { Setting::RetentionYears, QStringLiteral("1") } })
                    .ok());
        QCOMPARE(erasure.latestPurgeDate().value(), today.addYears(-1));
    }

    // Fails before issue 9: files were created with the process umask (0644 under 022).
    void filesAreOwnerOnly()
    {
        const mode_t saved = ::umask(022);
        QTemporaryDir dir;
        if (onServer()) {
            // A server's files are its own (initdb keeps them owner-only); what a desk writes on
            // its own disk is the export.
            TempDatabase t;
            const Actor admin = t.initialize();
            const Actor officer = t.addUser(admin, QStringLiteral("officer1"), { Role::PrivacyOfficer });
            const QString csv = dir.filePath(QStringLiteral("audit.csv"));
            auto exported = AuditService(t.db()).exportCsvFile(officer, AuditFilter {}, csv);
            QVERIFY2(exported.ok(), qPrintable(exported.error().message));
            QCOMPARE(FileModes::mode(csv), 0600);
            ::umask(saved);
            return;
        }
        const QString path = dir.filePath(QStringLiteral("new/desk.sqlite"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            Database &db = *opened.value();
            AccountService accounts(db);
            auto admin = accounts.initialize(
                {}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
            QVERIFY(admin.ok());
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
            for (const char *suffix : { "", "-wal", "-shm" })
                QCOMPARE(FileModes::mode(path + QLatin1String(suffix)), 0600);
            QCOMPARE(FileModes::mode(dir.filePath(QStringLiteral("new"))), 0700);

            const Actor officer = [&] {
                auto id = accounts.addUser(admin.value(),
                                           NewUser { QStringLiteral("officer1"),
                                                     QStringLiteral("職員"),
                                                     { Role::PrivacyOfficer },
                                                     kPassword });
                UserRepository users(db);
                (void)users.setPassword(id.value(), users.passwordHash(id.value()).value(), false);
                return Actor {
                    id.value(), QStringLiteral("officer1"), QString(), { Role::PrivacyOfficer }, false
                };
            }();
            const QString csv = dir.filePath(QStringLiteral("audit.csv"));
            auto exported = AuditService(db).exportCsvFile(officer, AuditFilter {}, csv);
            QVERIFY2(exported.ok(), qPrintable(exported.error().message));
            QCOMPARE(FileModes::mode(csv), 0600);
        }
        // An existing database left more open is made owner-only when opened.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        {
            auto reopened = Database::open(path);
            QVERIFY(reopened.ok());
            QCOMPARE(FileModes::mode(path), 0600);
        }
        ::umask(saved);
    }

    // Fails before issue 9: imports read the whole file, whatever it was.
    void boundedReadsRefuseDevicesAndLargeFiles()
    {
        QElapsedTimer timer;
        timer.start();
        auto zero = FileInput::read(QStringLiteral("/dev/zero"), FileInput::MemberCsvLimit);
        QCOMPARE(zero.error().code, ErrorCode::Validation);
        QVERIFY(timer.elapsed() < 2000);
        QTemporaryDir dir;
        QCOMPARE(FileInput::read(dir.path(), 100).error().code, ErrorCode::Validation);
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        auto piped = FileInput::read(fifo, 100); // must not wait for a writer
        QCOMPARE(piped.error().code, ErrorCode::Validation);
        QCOMPARE(FileInput::read(dir.filePath(QStringLiteral("missing")), 100).error().code,
                 ErrorCode::NotFound);
        QFile big(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(101, 'a'));
        big.close();
        QCOMPARE(FileInput::read(big.fileName(), 100).error().code, ErrorCode::Validation);
        QCOMPARE(FileInput::read(big.fileName(), 101).value().size(), 101);
    }

    // Fails before issue 9: a password with a lone surrogate or U+FFFD (from bytes that were not
    // UTF-8) passed the policy.
    void passwordMustBeValidText()
    {
        QVERIFY(PasswordHasher::checkPolicy(kPassword).ok());
        QCOMPARE(PasswordHasher::checkPolicy(kPassword + QChar(0xD800)).error().code, ErrorCode::Validation);
        QCOMPARE(PasswordHasher::checkPolicy(kPassword + QChar::ReplacementCharacter).error().code,
                 ErrorCode::Validation);
        QVERIFY(PasswordHasher::checkPolicy(QStringLiteral("正しい馬の電池ホチキスだ")).ok());
    }

    // Fails before issue 9: a leading TAB or CR passed unguarded.
    void csvFormulaGuardCoversTabAndCr()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\rcmd")), QStringLiteral("\"'\rcmd\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("＝SUM(A1)")), QStringLiteral("'＝SUM(A1)"));
        QCOMPARE(CsvWriter::field(QStringLiteral("田中")), QStringLiteral("田中"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\tb")), QStringLiteral("a\tb"));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "TestErasure.moc"
