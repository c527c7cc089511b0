// Requests: intake validation, receipt numbers per fiscal year, My Number in free text, the
// register's search and filters, history and attachments.

#include "TestSupport.h"
#include "security/MyNumber.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/RequestRepository.h"
#include "text/ReceiptNumberFormat.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

class TestRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin;
    Actor m_clerk;
    Actor m_chief;
    qint64 m_tanaka = 0;
    qint64 m_takahashi = 0;

    static QStringList fields(const Error &e)
    {
        QStringList out;
        for (const FieldError &f : e.fields)
            out << f.field;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_chief = t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        MemberService members(t.db());
        Member m;
        m.memberNumber = QStringLiteral("10001");
        m.name = QStringLiteral("田中太郎");
        m.kana = QStringLiteral("タナカタロウ");
        m.birthDate = QDate(1970, 1, 1);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎市試験町1");
        m_tanaka = members.add(m_clerk, m)->id;
        m.memberNumber = QStringLiteral("10002");
        m.name = QStringLiteral("髙橋花子");
        m.kana = QStringLiteral("タカハシハナコ");
        m_takahashi = members.add(m_clerk, m)->id;
        t.saveAs(m_fixture);
    }

    void receiptNumbersRestartEachFiscalYear()
    {
        QCOMPARE(RequestService::formatReceiptNo(QStringLiteral("{era_initial}{era_year}-{seq:4}"), 2025, 1),
                 QStringLiteral("R7-0001"));
        QCOMPARE(RequestService::formatReceiptNo(QStringLiteral("{fiscal_year}-{seq}"), 2025, 12),
                 QStringLiteral("2025-12"));
        QCOMPARE(RequestService::formatReceiptNo(QStringLiteral("{era}{era_year}年度第{seq:3}号"), 2019, 7),
                 QStringLiteral("令和1年度第007号"));
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        auto a = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka, QDate(2025, 3, 31)));
        auto b = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka, QDate(2025, 4, 1)));
        auto c = requests.registerRequest(m_clerk, disclosureDraft(m_takahashi, QDate(2025, 6, 30)));
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(a->receiptNo, QStringLiteral("R6-0001"));
        QCOMPARE(b->receiptNo, QStringLiteral("R7-0001"));
        QCOMPARE(c->receiptNo, QStringLiteral("R7-0002"));
        QCOMPARE(c->fiscalYear, 2025);
        QCOMPARE(c->status, RequestStatus::Received);
        // Private regime: 30 days, the day of receipt not counted.
        QCOMPARE(b->deadline, QDate(2025, 5, 1));
        QCOMPARE(requests.fiscalYears(m_clerk).value(), (QList<int> { 2025, 2024 }));
    }

    // A receipt number format is refused when it set would stop intake: receipt numbers are unique,
    // so the format must tell every request of every fiscal year apart (issue 15).
    void receiptNumberFormatsThatRepeatAreRefused()
    {
        for (const QString &good :
             { QStringLiteral("{era_initial}{era_year}-{seq:4}"), QStringLiteral("{fiscal_year}-{seq}"),
               QStringLiteral("{era}{era_year}年度第{seq:3}号"), QStringLiteral("{fiscal_year}{seq:5}"),
               QStringLiteral("受{era_initial}{era_year}第{seq}号") })
            QVERIFY2(ReceiptNumberFormat::check(good).ok(), qPrintable(good));
        const QList<std::pair<QString, QString>> bad {
            { QStringLiteral("FIXED"), QStringLiteral("{seq}") },
            { QStringLiteral("{bogus}-{seq}"), QStringLiteral("{bogus}") },
            { QStringLiteral("{fiscal_year}-{seq:99}"), QStringLiteral("{seq:99}") },
            { QStringLiteral("{fiscal_year}-{seq:0}"), QStringLiteral("{seq:0}") },
            { QStringLiteral("{fiscal_year}-{seq"), QStringLiteral("{seq") },
            { QStringLiteral("{fiscal_year}}-{seq}"), QStringLiteral("}") },
            { QStringLiteral("{seq:4}"), QStringLiteral("{fiscal_year}") }, // repeats next April
            { QStringLiteral("{era_year}-{seq}"), QStringLiteral("{era_initial}") }, // 令和1 = 平成1
            { QStringLiteral("{era_initial}{era_year}{seq}"), QStringLiteral("{era_year}") }, // R1+11 = R11+1
        };
        for (const auto &[format, named] : bad) {
            const Status s = ReceiptNumberFormat::check(format);
            QVERIFY2(!s.ok(), qPrintable(format));
            QCOMPARE(s.error().code, ErrorCode::Validation);
            QVERIFY2(s.error().message.contains(named),
                     qPrintable(format + QStringLiteral(": ") + s.error().message));
            // The one rule the window and dsrctl share.
            QVERIFY(!Settings::validate(Setting::ReceiptNumberFormat, format).ok());
        }
        // Every accepted format writes distinct numbers over the eras and the years of a register.
        for (const QString &good :
             { QStringLiteral("{fiscal_year}{seq:5}"), QStringLiteral("{era_initial}{era_year}-{seq}") }) {
            QSet<QString> seen;
            for (int year = 2015; year <= 2045; ++year)
                for (int n = 1; n <= 120; ++n)
                    seen.insert(ReceiptNumberFormat::format(good, year, n));
            QCOMPARE(seen.size(), 31 * 120);
        }
    }

    // A format stored before formats were checked does not stop intake: the default is used.
    void aStoredFormatThatRepeatsDoesNotStopIntake()
    {
        TempDatabase t(m_fixture);
        t.execAsOwner(
            QStringLiteral("UPDATE settings SET value = 'FIXED' WHERE key = 'requests.receipt_format'"));
        t.execAsOwner(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) SELECT 'requests.receipt_format', "
                           "'FIXED', '2025-01-01T00:00:00Z' WHERE NOT EXISTS (SELECT 1 FROM settings WHERE "
                           "key = 'requests.receipt_format')"));
        RequestService requests(t.db());
        auto a = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka, QDate(2025, 6, 2)));
        auto b = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka, QDate(2025, 6, 3)));
        QVERIFY2(a.ok() && b.ok(), qPrintable(a ? b.error().message : a.error().message));
        QCOMPARE(a->receiptNo, QStringLiteral("R7-0001"));
        QCOMPARE(b->receiptNo, QStringLiteral("R7-0002"));
    }

    void twoDesksNeverShareANumber()
    {
        TempDatabase t(m_fixture);
        auto second = t.openSecond();
        RequestService deskA(t.db());
        RequestService deskB(*second);
        QSet<QString> numbers;
        for (int i = 0; i < 10; ++i) {
            numbers.insert(deskA.registerRequest(m_clerk, disclosureDraft(m_tanaka))->receiptNo);
            numbers.insert(deskB.registerRequest(m_clerk, disclosureDraft(m_tanaka))->receiptNo);
        }
        QCOMPARE(numbers.size(), 20);
        QVERIFY(numbers.contains(QStringLiteral("R7-0020")));
    }

    void everyValidationRule()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        requests.setToday(QDate(2025, 5, 1));
        auto refused = [&](Request r, const char *field) {
            auto result = requests.registerRequest(m_clerk, r);
            if (result.ok())
                return QStringLiteral("accepted");
            if (result.error().code != ErrorCode::Validation)
                return result.error().message;
            return fields(result.error()).contains(QString::fromLatin1(field))
                ? QString()
                : fields(result.error()).join(QLatin1Char(','));
        };
        Request r = disclosureDraft(m_tanaka);
        r.memberId = 999;
        QCOMPARE(refused(r, "member"), QString());
        r = disclosureDraft(m_tanaka, QDate(2025, 5, 2));
        QCOMPARE(refused(r, "received"), QString());
        r = disclosureDraft(m_tanaka, QDate());
        QCOMPARE(refused(r, "received"), QString());
        r = disclosureDraft(m_tanaka);
        r.summary = QStringLiteral("   ");
        QCOMPARE(refused(r, "summary"), QString());
        r = disclosureDraft(m_tanaka);
        r.summary = QString(2001, QChar(0x3042));
        QCOMPARE(refused(r, "summary"), QString());
        r = disclosureDraft(m_tanaka);
        r.requester.kind = RequesterKind::StatutoryAgent;
        QCOMPARE(refused(r, "agent_name"), QString());
        QCOMPARE(refused(r, "agent_evidence"), QString());
        r = disclosureDraft(m_tanaka);
        r.identity.documentType = QStringLiteral("my_number_card_back");
        QCOMPARE(refused(r, "id_document"), QString());
        r.identity.documentType = QStringLiteral("library_card");
        QCOMPARE(refused(r, "id_document"), QString());
        r = disclosureDraft(m_tanaka);
        r.channel = Channel::Mail;
        QCOMPARE(refused(r, "residence_certificate"), QString());
        r.identity.residenceCertificateIssued = QDate(2025, 1, 1); // 99 days before arrival
        QCOMPARE(refused(r, "residence_certificate"), QString());
        r.identity.residenceCertificateIssued = QDate(2025, 4, 11); // after arrival
        QCOMPARE(refused(r, "residence_certificate"), QString());
        r = disclosureDraft(m_tanaka);
        r.categories = { QStringLiteral("宇宙旅行") };
        QCOMPARE(refused(r, "categories"), QString());
        r = disclosureDraft(m_tanaka);
        r.type = RequestType::Correction;
        r.method = DisclosureMethod::None;
        r.feeYen = 300;
        QCOMPARE(refused(r, "fee"), QString());
        r = disclosureDraft(m_tanaka);
        r.type = RequestType::Complaint;
        QCOMPARE(refused(r, "method"), QString());
        r = disclosureDraft(m_tanaka);
        r.feeYen = -1;
        QCOMPARE(refused(r, "fee"), QString());
        r = disclosureDraft(m_tanaka);
        r.feePaid = QDate(2025, 4, 10);
        QCOMPARE(refused(r, "fee_paid"), QString());
        r = disclosureDraft(m_tanaka);
        r.assignedTo = m_chief.userId;
        QCOMPARE(refused(r, "assigned_to"), QString());
        QCOMPARE(RequestRepository(t.db()).count({}).value(), qint64(0));
    }

    void goodVariantsAreAccepted()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        Request r = disclosureDraft(m_tanaka);
        r.requester.kind = RequesterKind::AppointedAgent;
        r.requester.agentName = QStringLiteral("代理 人子");
        r.requester.agentAddress = QStringLiteral("福岡市中央区");
        r.requester.agentRelationship = QStringLiteral("委任を受けた者");
        r.requester.agentEvidence = QStringLiteral("power_of_attorney");
        r.channel = Channel::Mail;
        r.identity.documentType = QStringLiteral("copy_with_residence_certificate");
        r.identity.residenceCertificateIssued = QDate(2025, 4, 1);
        r.feeYen = 300;
        r.feePaid = QDate(2025, 4, 9);
        r.assignedTo = m_clerk.userId;
        auto ok = requests.registerRequest(m_clerk, r);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        auto back = requests.openById(m_clerk, ok->id).value();
        QCOMPARE(back.requesterName(), QStringLiteral("代理 人子"));
        QCOMPARE(back.identity.checkedByLogin, QStringLiteral("clerk1"));
        QVERIFY(back.identity.checkedAt.isValid());
        QCOMPARE(back.feeYen.value_or(-1), 300);
        QCOMPARE(back.assignedLogin, QStringLiteral("clerk1"));
        QCOMPARE(back.categories, QStringList { QStringLiteral("短期給付") });
    }

    void myNumberIsRefusedOrMasked()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        Request r = disclosureDraft(m_tanaka);
        r.notes = QStringLiteral("本人申出の番号 1234 5678 9018 を確認");
        auto refused = requests.registerRequest(m_clerk, r);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QCOMPARE(fields(refused.error()), QStringList { QStringLiteral("notes") });
        auto masked = requests.registerRequest(m_clerk, r, RegisterOptions { true });
        QVERIFY(masked.ok());
        // Masked: the digits and the separators between them, nothing around them.
        QCOMPARE(masked->notes, QStringLiteral("本人申出の番号 ************** を確認"));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM requests WHERE notes LIKE '%9018%'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // An invalid check digit is not a My Number and stays as typed.
        r.notes = QStringLiteral("整理番号 123456789012");
        QCOMPARE(requests.registerRequest(m_clerk, r)->notes, r.notes);
    }

    void registerSearchAndFilters()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        const auto a
            = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka, QDate(2025, 4, 10))).value();
        Request r2 = disclosureDraft(m_takahashi, QDate(2025, 4, 14));
        r2.type = RequestType::Correction;
        r2.method = DisclosureMethod::None;
        r2.assignedTo = m_clerk.userId;
        const auto b = requests.registerRequest(m_clerk, r2).value();
        Request r3 = disclosureDraft(m_tanaka, QDate(2024, 6, 1));
        r3.requester.kind = RequesterKind::StatutoryAgent;
        r3.requester.agentName = QStringLiteral("田中父");
        r3.requester.agentAddress = QStringLiteral("長崎市");
        r3.requester.agentRelationship = QStringLiteral("親権者");
        r3.requester.agentEvidence = QStringLiteral("family_register");
        const auto c = requests.registerRequest(m_clerk, r3).value();

        // The ids a query lists; {-1} when its count disagrees with the listing.
        auto ids = [&](RequestQuery q) -> QList<qint64> {
            QList<qint64> out;
            for (const Request &r : requests.list(m_clerk, q).value())
                out << r.id;
            std::sort(out.begin(), out.end());
            if (requests.count(m_clerk, q).value() != qint64(out.size()))
                return { -1 };
            return out;
        };
        auto text = [](const QString &s) {
            RequestQuery q;
            q.text = s;
            return q;
        };
        QCOMPARE(ids(text(QStringLiteral("田中"))), (QList<qint64> { a.id, c.id }));
        QCOMPARE(ids(text(QStringLiteral("高橋"))), QList<qint64> { b.id }); // variant kanji
        QCOMPARE(ids(text(QStringLiteral("ﾀｶﾊｼ"))), QList<qint64> { b.id }); // half-width kana
        QCOMPARE(ids(text(QStringLiteral("たかはし"))), QList<qint64> { b.id }); // hiragana
        QCOMPARE(ids(text(QStringLiteral("10002"))), QList<qint64> { b.id }); // member number
        QCOMPARE(ids(text(QStringLiteral("ｒ７－０００２"))), QList<qint64> { b.id }); // receipt number
        QCOMPARE(ids(text(QStringLiteral("R6"))), QList<qint64> { c.id });
        QCOMPARE(ids(text(QStringLiteral("田中父"))), QList<qint64> { c.id }); // agent
        QCOMPARE(ids(text(QStringLiteral("鈴木"))), QList<qint64> {});

        RequestQuery byType;
        byType.type = RequestType::Correction;
        QCOMPARE(ids(byType), QList<qint64> { b.id });
        RequestQuery byYear;
        byYear.fiscalYear = 2024;
        QCOMPARE(ids(byYear), QList<qint64> { c.id });
        RequestQuery mine;
        mine.assignedTo = m_clerk.userId;
        QCOMPARE(ids(mine), QList<qint64> { b.id });
        // a: deadline 5/10 (Saturday) → act by 5/9; b: act by 5/14; c: long past.
        QCOMPARE(a.actBy, QDate(2025, 5, 9));
        QCOMPARE(b.actBy, QDate(2025, 5, 14));
        RequestQuery overdue;
        overdue.overdueAsOf = QDate(2025, 5, 11);
        QCOMPARE(ids(overdue), (QList<qint64> { a.id, c.id }));
        RequestQuery byMember;
        byMember.memberId = m_takahashi;
        QCOMPARE(ids(byMember), QList<qint64> { b.id });
        RequestQuery dueSoon; // act-by dates 5/9 (a), 5/14 (b), 2024-07-01 (c)
        dueSoon.actByFrom = QDate(2025, 5, 10);
        dueSoon.actByTo = QDate(2025, 5, 20);
        QCOMPARE(ids(dueSoon), QList<qint64> { b.id });
        // Due soon as DeadlinePolicy says on the business calendar: on Saturday 5/10 the seven
        // open days run to 5/20, so b (act by 5/14) is due soon; a (5/9) is late, not due soon.
        RequestQuery dueSoonOn;
        dueSoonOn.dueSoonAsOf = QDate(2025, 5, 10);
        QCOMPARE(ids(dueSoonOn), QList<qint64> { b.id });
        // Friday 5/2 before Golden Week (5/3–5/6 closed): the seventh open day is 5/15, so both.
        dueSoonOn.dueSoonAsOf = QDate(2025, 5, 2);
        QCOMPARE(ids(dueSoonOn), (QList<qint64> { a.id, b.id }));
        dueSoonOn.type = RequestType::Correction; // with the other filters: both must hold
        QCOMPARE(ids(dueSoonOn), QList<qint64> { b.id });
        dueSoonOn.type.reset();
        dueSoonOn.dueSoonAsOf = QDate(2025, 5, 15); // nothing between 5/15 and 5/26
        QCOMPARE(ids(dueSoonOn), QList<qint64> {});
        RequestQuery byStatus;
        byStatus.status = RequestStatus::Closed;
        QCOMPARE(ids(byStatus), QList<qint64> {});

        RequestQuery sorted;
        sorted.sort = RequestQuery::Sort::ReceiptNo;
        sorted.descending = false;
        const auto list = requests.list(m_clerk, sorted).value();
        QCOMPARE(list.first().receiptNo, QStringLiteral("R6-0001"));
        QCOMPARE(list.last().receiptNo, QStringLiteral("R7-0002"));
        sorted.limit = 1;
        sorted.offset = 1;
        QCOMPARE(requests.list(m_clerk, sorted)->first().receiptNo, QStringLiteral("R7-0001"));
    }

    void openByReceiptNumberIsAudited()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        const auto a = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();
        QCOMPARE(requests.open(m_clerk, QStringLiteral("R7-0001"))->id, a.id);
        QCOMPARE(requests.open(m_clerk, QString::number(a.id))->receiptNo, a.receiptNo);
        QCOMPARE(requests.open(m_clerk, QStringLiteral("R7-9999")).error().code, ErrorCode::NotFound);
        const auto last = AuditRepository(t.db())
                              .list(AuditFilter { {}, QStringLiteral("request.view"), {}, {}, {}, {}, 0 })
                              .value();
        QCOMPARE(last.size(), 2);
        QCOMPARE(requests.open(m_admin, QStringLiteral("R7-0001")).error().code, ErrorCode::Permission);
    }

    void editsLeaveHistory()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        auto a = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();
        Request edited = a;
        edited.summary = QStringLiteral("長期給付の記録に変更");
        edited.categories = { QStringLiteral("長期給付") };
        auto saved = requests.update(m_clerk, edited);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->version, a.version + 1);
        const auto history = requests.history(m_clerk, a.id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].action, QStringLiteral("create"));
        QCOMPARE(history[1].field, QStringLiteral("summary"));
        QCOMPARE(history[1].before, a.summary);
        QCOMPARE(history[1].after, edited.summary);
        QCOMPARE(history[2].field, QStringLiteral("categories"));
        // The stale copy loses.
        Request stale = a;
        stale.notes = QStringLiteral("遅れた編集");
        QCOMPARE(requests.update(m_clerk, stale).error().code, ErrorCode::Conflict);
    }

    void attachmentsAreCheckedAndKept()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        auto a = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();
        QFile pdf(QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        auto stored = requests.attach(m_clerk, a.id, QStringLiteral("/scans/request.pdf"), bytes,
                                      QStringLiteral("請求書"));
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->fileName, QStringLiteral("request.pdf"));
        QCOMPARE(stored->mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(stored->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(requests.attachmentContent(m_clerk, stored->id).value(), bytes);
        QCOMPARE(requests.attach(m_clerk, a.id, QStringLiteral("note.pdf"), "just text").error().code,
                 ErrorCode::Validation);
        QCOMPARE(requests.attach(m_clerk, a.id, QStringLiteral("empty.png"), QByteArray()).error().code,
                 ErrorCode::Validation);
        QCOMPARE(
            requests.attach(m_clerk, 999, QStringLiteral("x.png"), QByteArray("\x89PNG\r\n\x1a\n....", 12))
                .error()
                .code,
            ErrorCode::NotFound);
        QCOMPARE(requests.attachments(m_clerk, a.id).value().size(), 1);
        // Stored files are never modified…
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("UPDATE attachments SET content = ?"));
        q.addBindValue(QByteArray(1, '\0'));
        QVERIFY(!q.exec());
        // …and a damaged one is reported, not shown (changed behind the program's back).
        t.liftGuards(QStringLiteral("attachments"));
        if (test::onServer()) {
            // The desks' role has no UPDATE on attachments at all: the owner does it.
            t.execAsOwner(QStringLiteral("UPDATE attachments SET content = decode('255044462D00', 'hex')"));
        } else {
            q.prepare(QStringLiteral("UPDATE attachments SET content = ?"));
            q.addBindValue(QByteArray::fromHex("255044462D00"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QCOMPARE(requests.attachmentContent(m_clerk, stored->id).error().code, ErrorCode::Failure);
    }

    // Issue 9: every free-text field of a request, whatever way the number is written.
    void myNumberInEveryRequestField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        const QString other = QStringLiteral("98765432109")
            + QString::number(MyNumber::checkDigit(QStringLiteral("98765432109")));
        const QStringList fields { QStringLiteral("summary"),          QStringLiteral("agent_name"),
                                   QStringLiteral("agent_address"),    QStringLiteral("agent_relationship"),
                                   QStringLiteral("requested_detail"), QStringLiteral("notes") };
        const QStringList writings {
            QStringLiteral("1234ー5678ー9018"),
            QStringLiteral("１２３４－５６７８－９０１８"),
            QStringLiteral("1234.5678.9018"),
            QStringLiteral("123 456 789 018"),
            QStringLiteral("1234-5678\r\n9018"),
            QStringLiteral("%1・%2・%3").arg(other.left(4), other.mid(4, 4), other.mid(8))
        };
        for (const QString &f : fields)
            for (const QString &w : writings)
                QTest::addRow(
                    "%s: %s", qPrintable(f),
                    qPrintable(QString(w).replace(QStringLiteral("\r\n"), QStringLiteral("\\r\\n"))))
                    << f << w;
    }
    void myNumberInEveryRequestField()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        Request r = disclosureDraft(m_tanaka);
        r.requester.kind = RequesterKind::StatutoryAgent;
        r.requester.agentName = QStringLiteral("田中一郎");
        r.requester.agentAddress = QStringLiteral("長崎市試験町2");
        r.requester.agentRelationship = QStringLiteral("父");
        r.requester.agentEvidence = RequestVocabulary::agentEvidenceIds().first();
        QVERIFY2(requests.validate(m_clerk, r, {}).ok(), "the draft without a number is accepted");
        const QString text = QStringLiteral("メモ %1 終").arg(written);
        if (field == QLatin1String("summary"))
            r.summary = text;
        else if (field == QLatin1String("agent_name"))
            r.requester.agentName = text;
        else if (field == QLatin1String("agent_address"))
            r.requester.agentAddress = text;
        else if (field == QLatin1String("agent_relationship"))
            r.requester.agentRelationship = text;
        else if (field == QLatin1String("requested_detail"))
            r.requestedDetail = text;
        else
            r.notes = text;
        auto refused = requests.registerRequest(m_clerk, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QCOMPARE(fields(refused.error()), QStringList { field });
        QVERIFY2(refused.error().message.contains(RequestService::fieldLabel(field)
                                                  + QStringLiteral(" contains what looks like a My Number")),
                 qPrintable(refused.error().message));
        QCOMPARE(requests.count(m_clerk, {}).value(), 0);
    }

    // Issue 9: an attachment's file name and description are free text too.
    void myNumberInAnAttachmentNameOrDescription()
    {
        TempDatabase t(m_fixture);
        RequestService requests(t.db());
        auto a = requests.registerRequest(m_clerk, disclosureDraft(m_tanaka)).value();
        QFile pdf(QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        auto byName
            = requests.attach(m_clerk, a.id, QStringLiteral("/scans/マイナンバー_1234-5678-9018.pdf"), bytes);
        QCOMPARE(byName.error().code, ErrorCode::Validation);
        QVERIFY2(byName.error().message.startsWith(
                     QStringLiteral("The file name contains what looks like a My Number")),
                 qPrintable(byName.error().message));
        QVERIFY(!byName.error().message.contains(QStringLiteral("9018")));
        auto byFullWidthName
            = requests.attach(m_clerk, a.id, QStringLiteral("１２３４５６７８９０１８.pdf"), bytes);
        QCOMPARE(byFullWidthName.error().code, ErrorCode::Validation);
        auto byDescription = requests.attach(m_clerk, a.id, QStringLiteral("scan.pdf"), bytes,
                                             QStringLiteral("番号 1234ー5678ー9018"));
        QCOMPARE(byDescription.error().code, ErrorCode::Validation);
        QVERIFY2(byDescription.error().message.contains(QStringLiteral("description")),
                 qPrintable(byDescription.error().message));
        QVERIFY(requests.attachments(m_clerk, a.id)->isEmpty());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attachment.add'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A 13-digit reference in a name is not a My Number.
        QVERIFY(requests.attach(m_clerk, a.id, QStringLiteral("受付1234567890180.pdf"), bytes).ok());
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "TestRequests.moc"
