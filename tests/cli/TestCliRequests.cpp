// The member, request and demo commands through the built dsrctl (issue 3, "Command line" and
// "Demo data"): exit codes, the single stderr line (and the bad-row list of an import), JSON
// output, receipt numbers, audited views, attachments and the printed demo passwords.
// Fixtures are made in-process with the same services where only the command under test matters,
// because every login costs an Argon2id hash (about half a second).

#include "TestSupport.h"
#include "model/Role.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult ctl(const QString &db, const QStringList &args, const QString &stdinText = QString())
{
    return runDsrctl(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db } + args,
        stdinText);
}

CliResult asUser(const QString &db, const QString &login, const QStringList &args,
                 const QString &password = kPassword)
{
    return ctl(db, QStringList { QStringLiteral("--user"), login, QStringLiteral("--password-stdin") } + args,
               password + QLatin1Char('\n'));
}

CliResult asClerk(const QString &db, const QStringList &args)
{
    return asUser(db, QStringLiteral("clerk1"), args);
}

QJsonDocument parseJson(const CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return doc;
}

// A database with admin, clerk1 and auditor1, made once: each Desk starts from a copy, which
// saves three Argon2id hashes per test.
struct Template
{
    QTemporaryDir dir;
    QString path;
    Actor clerk;

    Template()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        // The file, or on the server a template database the file names (TempDatabase::saveAs).
        path = dir.filePath(QStringLiteral("template.sqlite"));
        t.saveAs(path);
    }
};

const Template &deskTemplate()
{
    static const Template t;
    return t;
}

// A copy of the template, and a few members and requests made in-process.
struct Desk
{
    TempDatabase t { deskTemplate().path };
    Actor clerk = deskTemplate().clerk;

    QString path() const { return t.path(); }

    Member addMember(const QString &number, const QString &name, const QString &kana)
    {
        Member m;
        m.memberNumber = number;
        m.name = name;
        m.kana = kana;
        m.birthDate = QDate(1975, 6, 1);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎県長崎市本町1-2-3");
        auto added = MemberService(t.db()).add(clerk, m);
        if (!added)
            qFatal("member fixture: %s", qPrintable(added.error().message));
        return added.value();
    }

    Request addRequest(const Member &m, RequestType type, const QDate &received)
    {
        Request r;
        r.type = type;
        r.memberId = m.id;
        r.received = received;
        r.channel = Channel::Counter;
        r.summary = QStringLiteral("保有個人情報の開示");
        auto added = RequestService(t.db()).registerRequest(clerk, r);
        if (!added)
            qFatal("request fixture: %s", qPrintable(added.error().message));
        return added.value();
    }
};

QStringList memberArgs(const QString &number, const QString &postal)
{
    return { QStringLiteral("member"),        QStringLiteral("add"),
             QStringLiteral("--number"),      number,
             QStringLiteral("--name"),        QStringLiteral("山田 花子"),
             QStringLiteral("--kana"),        QStringLiteral("やまだ はなこ"),
             QStringLiteral("--birth"),       QStringLiteral("1980-05-06"),
             QStringLiteral("--postal"),      postal,
             QStringLiteral("--address"),     QStringLiteral("長崎県長崎市桜町2-22"),
             QStringLiteral("--phone"),       QStringLiteral("095-000-0000"),
             QStringLiteral("--affiliation"), QStringLiteral("長崎市役所") };
}

QStringList requestArgs(const QString &member, const QString &received)
{
    return { QStringLiteral("request"),    QStringLiteral("add"),
             QStringLiteral("--type"),     QStringLiteral("disclosure"),
             QStringLiteral("--member"),   member,
             QStringLiteral("--received"), received,
             QStringLiteral("--channel"),  QStringLiteral("counter"),
             QStringLiteral("--summary"),  QStringLiteral("給付記録の開示") };
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray kHeader = "member_number,name,kana,birth_date,postal_code,address,phone,affiliation\n";

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memberAddAndShowJson();
    void memberAddRefusedBadPostalCode();
    void memberEditChangesOnlyGivenFields();
    void importGoodFile();
    void importBadRowsListsEveryLine();
    void importCp932AndBom();
    void memberFindHalfWidthKanaAndVariantKanji();
    void requestAddPrintsReceiptNumber();
    void readsThroughTheServicesAreAudited();
    void requestAddRefusedSavesNothing();
    void myNumberRefusedUnlessMasked();
    void requestListJsonAndFilters();
    void requestShowByIdAndReceiptNumber();
    void requestEditKeepsHistory();
    void requestAttach();
    void unknownRequestNotFound();
    void auditorRefused();
    void demoFillsEmptyDatabaseOnly();
    void helpListsEveryOptionAndIdentifier();
    void logsCarryNoPersonalData();
};

// Issue 9: the commands that used to read with repositories (the member of `request add
// --member`, the request of `request workflow`) now read through the services, which record it;
// and a blank member search lists nobody.
void TestCliRequests::readsThroughTheServicesAreAudited()
{
    Desk d;
    const Member m
        = d.addMember(QStringLiteral("M-0100"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ"));
    auto viewsOf = [&](const QString &action, const QString &entityId) {
        return scalar(d.t.db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND "
                                     "entity_id = '%2' AND user_login = 'clerk1'")
                          .arg(action, entityId));
    };
    QCOMPARE(viewsOf(QStringLiteral("member.view"), QString::number(m.id)), qint64(0));
    const CliResult add
        = asClerk(d.path(), requestArgs(QStringLiteral("M-0100"), QStringLiteral("2025-04-10")));
    EXPECT_EXIT(add, 0);
    QCOMPARE(viewsOf(QStringLiteral("member.view"), QString::number(m.id)), qint64(1));

    const QString receiptNo = add.out.trimmed();
    const qint64 requestId
        = scalar(d.t.db(), QStringLiteral("SELECT id FROM requests WHERE receipt_no = '%1'").arg(receiptNo));
    const CliResult workflow
        = asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("workflow"), receiptNo });
    EXPECT_EXIT(workflow, 0);
    QCOMPARE(viewsOf(QStringLiteral("request.view"), QString::number(requestId)), qint64(1));
    QCOMPARE(viewsOf(QStringLiteral("workflow.details"), QString::number(requestId)), qint64(1));

    const CliResult blank = asClerk(
        d.path(),
        { QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("  "), QStringLiteral("--json") });
    EXPECT_EXIT(blank, 0);
    QCOMPARE(parseJson(blank).array().size(), 0);
    QCOMPARE(viewsOf(QStringLiteral("member.search"), QStringLiteral("-")), qint64(1));
}

void TestCliRequests::memberAddAndShowJson()
{
    Desk d;
    const CliResult add
        = asClerk(d.path(), memberArgs(QStringLiteral("M-0001"), QStringLiteral("８５０－０８６１")));
    EXPECT_EXIT(add, 0);
    QVERIFY2(add.out.contains(QStringLiteral("M-0001")), qPrintable(describe(add)));

    const CliResult show = asClerk(d.path(),
                                   { QStringLiteral("member"), QStringLiteral("show"),
                                     QStringLiteral("M-0001"), QStringLiteral("--json") });
    EXPECT_EXIT(show, 0);
    const QJsonObject m = parseJson(show).object();
    QVERIFY(m.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(m.value(QStringLiteral("member_number")).toString(), QStringLiteral("M-0001"));
    QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("山田 花子"));
    QCOMPARE(m.value(QStringLiteral("kana")).toString(),
             QStringLiteral("ヤマダ　ハナコ")); // hiragana converted
    QCOMPARE(m.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-05-06"));
    QCOMPARE(m.value(QStringLiteral("postal_code")).toString(), QStringLiteral("850-0861")); // normalised
    QCOMPARE(m.value(QStringLiteral("affiliation")).toString(), QStringLiteral("長崎市役所"));
    QCOMPARE(m.value(QStringLiteral("phone")).toString(), QStringLiteral("095-000-0000"));
    // Opening the member is audited; adding it too.
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.view'")),
             1);
    QCOMPARE(
        scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.create'")), 1);

    // The same number again is a conflict; an unknown number is not found.
    EXPECT_EXIT(asClerk(d.path(), memberArgs(QStringLiteral("M-0001"), QStringLiteral("850-0861"))), 5);
    EXPECT_EXIT(
        asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("M-9999") }), 4);
}

void TestCliRequests::memberAddRefusedBadPostalCode()
{
    Desk d;
    const CliResult bad = asClerk(d.path(), memberArgs(QStringLiteral("M-0002"), QStringLiteral("85-00001")));
    EXPECT_EXIT(bad, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("Postal code")), qPrintable(describe(bad)));
    QVERIFY2(bad.err.contains(QStringLiteral("--postal")), qPrintable(describe(bad)));
    QVERIFY(bad.out.isEmpty());
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM members")), 0);

    // A birth date that is no date is refused the same way, naming its option.
    QStringList args = memberArgs(QStringLiteral("M-0002"), QStringLiteral("850-0001"));
    args[args.indexOf(QStringLiteral("1980-05-06"))] = QStringLiteral("1980-02-30");
    const CliResult badDate = asClerk(d.path(), args);
    EXPECT_EXIT(badDate, 1);
    QVERIFY2(badDate.err.contains(QStringLiteral("--birth")), qPrintable(describe(badDate)));
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM members")), 0);

    // A missing required option is a usage error.
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--number"),
                          QStringLiteral("M-0003") }),
                2);
}

void TestCliRequests::memberEditChangesOnlyGivenFields()
{
    Desk d;
    d.addMember(QStringLiteral("E-1"), QStringLiteral("江藤 一"), QStringLiteral("エトウ ハジメ"));
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("E-1"),
                          QStringLiteral("--address"), QStringLiteral("長崎県佐世保市1-1") }),
                0);
    const QJsonObject m = parseJson(asClerk(d.path(),
                                            { QStringLiteral("member"), QStringLiteral("show"),
                                              QStringLiteral("E-1"), QStringLiteral("--json") }))
                              .object();
    QCOMPARE(m.value(QStringLiteral("address")).toString(), QStringLiteral("長崎県佐世保市1-1"));
    QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("江藤 一"));
    EXPECT_EXIT(
        asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("E-1") }), 2);
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("E-1"),
                          QStringLiteral("--kana"), QStringLiteral("abc") }),
                1);
}

void TestCliRequests::importGoodFile()
{
    Desk d;
    d.addMember(QStringLiteral("G-2"), QStringLiteral("古い 名前"), QStringLiteral("フルイ ナマエ"));
    QTemporaryDir dir;
    const QString file = writeFile(
        dir, QStringLiteral("good.csv"),
        kHeader
            + QStringLiteral("G-1,佐藤 一郎,サトウ イチロウ,1970-01-02,850-0001,\"長崎市, 本町\",095-1,本庁\n"
                             "G-2,佐藤 二郎,さとう じろう,1971/2/3,850-0002,\"長崎市\n新町\",,\n"
                             "G-3,佐藤 三郎,ｻﾄｳ ｻﾌﾞﾛｳ,1972-03-04,８５０－０００３,長崎市,,\n")
                  .toUtf8());
    const CliResult r = asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("import"), file });
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2 added, 1 updated, 0 unchanged")), qPrintable(describe(r)));
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM members")), 3);
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM members WHERE address = '長崎市, 本町'")),
             1);
}

void TestCliRequests::importBadRowsListsEveryLine()
{
    Desk d;
    QTemporaryDir dir;
    const QString file
        = writeFile(dir, QStringLiteral("bad.csv"),
                    kHeader
                        + QStringLiteral("B-1,良い 行,ヨイ ギョウ,1970-01-01,850-0001,長崎市,,\n"
                                         "B-2,,ナシ,1970-01-01,850-0001,長崎市,,\n"
                                         "B-3,悪い 郵便,ワルイ,1970-01-01,85-0001,長崎市,,\n"
                                         "B-4,良い 行,ヨイ,1970-01-01,850-0001,長崎市,,\n"
                                         "B-5,悪い 日付,ワルイ,1970-02-30,850-0001,長崎市,,\n"
                                         "B-1,重複,ジュウフク,1970-01-01,850-0001,長崎市,,\n")
                              .toUtf8());
    const CliResult r = asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("import"), file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    // The summary line first, then one line per bad row.
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY2(lines.first().startsWith(QStringLiteral("dsrctl: ")), qPrintable(describe(r)));
    QVERIFY2(lines.first().contains(QStringLiteral("Nothing was imported")), qPrintable(describe(r)));
    for (int line : { 3, 4, 6, 7 })
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &l) {
                                 return l.startsWith(QStringLiteral("line %1: ").arg(line)) && l.size() > 10;
                             }),
                 qPrintable(QStringLiteral("line %1 missing\n").arg(line) + describe(r)));
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM members")), 0);

    // A header that is not ours is one line, exit 1; a missing file is not found.
    const QString junk = writeFile(dir, QStringLiteral("junk.csv"), "foo,bar\n1,2\n");
    EXPECT_EXIT(asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("import"), junk }), 1);
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("member"), QStringLiteral("import"),
                          dir.filePath(QStringLiteral("none.csv")) }),
                4);
}

void TestCliRequests::importCp932AndBom()
{
    Desk d;
    QTemporaryDir dir;
    QStringEncoder cp932("CP932");
    QVERIFY2(cp932.isValid(), "Qt has no CP932 encoder here");
    const QByteArray sjis = cp932.encode(
        QStringLiteral("組合員番号,氏名,カナ,生年月日,郵便番号,住所,電話,所属所\r\n"
                       "S-1,渡邊 恵,ワタナベ メグミ,1980-01-01,850-0001,長崎県長崎市,,長崎市役所\r\n"));
    QVERIFY(!cp932.hasError());
    const QString sjisFile = writeFile(dir, QStringLiteral("sjis.csv"), sjis);
    const CliResult r1 = asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("import"), sjisFile });
    EXPECT_EXIT(r1, 0);
    QVERIFY2(r1.out.contains(QStringLiteral("1 added")), qPrintable(describe(r1)));

    const QString bomFile = writeFile(
        dir, QStringLiteral("bom.csv"),
        QByteArray("\xEF\xBB\xBF") + kHeader
            + QStringLiteral("U-1,齋藤 修,サイトウ オサム,1980-01-01,850-0001,長崎県長崎市,,\n").toUtf8());
    const CliResult r2 = asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("import"), bomFile });
    EXPECT_EXIT(r2, 0);
    QVERIFY2(r2.out.contains(QStringLiteral("1 added")), qPrintable(describe(r2)));

    const QJsonObject s1 = parseJson(asClerk(d.path(),
                                             { QStringLiteral("member"), QStringLiteral("show"),
                                               QStringLiteral("S-1"), QStringLiteral("--json") }))
                               .object();
    QCOMPARE(s1.value(QStringLiteral("name")).toString(), QStringLiteral("渡邊 恵"));
    QCOMPARE(s1.value(QStringLiteral("affiliation")).toString(), QStringLiteral("長崎市役所"));
    const QJsonObject u1 = parseJson(asClerk(d.path(),
                                             { QStringLiteral("member"), QStringLiteral("show"),
                                               QStringLiteral("U-1"), QStringLiteral("--json") }))
                               .object();
    QCOMPARE(u1.value(QStringLiteral("name")).toString(), QStringLiteral("齋藤 修"));
}

void TestCliRequests::memberFindHalfWidthKanaAndVariantKanji()
{
    Desk d;
    d.addMember(QStringLiteral("F-1"), QStringLiteral("髙橋 一郎"), QStringLiteral("タカハシ イチロウ"));
    d.addMember(QStringLiteral("F-2"), QStringLiteral("田中 花子"), QStringLiteral("タナカ ハナコ"));
    auto numbers = [&](const QString &query) {
        const CliResult r = asClerk(
            d.path(), { QStringLiteral("member"), QStringLiteral("find"), query, QStringLiteral("--json") });
        QStringList out;
        for (const QJsonValue &v : parseJson(r).array())
            out << v.toObject().value(QStringLiteral("member_number")).toString();
        return out;
    };
    QCOMPARE(numbers(QStringLiteral("ﾀｶﾊｼ")), QStringList { QStringLiteral("F-1") });
    QCOMPARE(numbers(QStringLiteral("高橋")), QStringList { QStringLiteral("F-1") });
    QCOMPARE(numbers(QStringLiteral("たなか")), QStringList { QStringLiteral("F-2") });
    QCOMPARE(numbers(QStringLiteral("存在しない")), QStringList());

    // The text form: a header and aligned columns.
    const CliResult text
        = asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("F-") });
    EXPECT_EXIT(text, 0);
    const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith(QStringLiteral("Number")));
}

void TestCliRequests::requestAddPrintsReceiptNumber()
{
    Desk d;
    d.addMember(QStringLiteral("R-1"), QStringLiteral("受付 太郎"), QStringLiteral("ウケツケ タロウ"));
    const CliResult first
        = asClerk(d.path(), requestArgs(QStringLiteral("R-1"), QStringLiteral("2025-04-10")));
    EXPECT_EXIT(first, 0);
    QCOMPARE(first.out.trimmed(), QStringLiteral("R7-0001"));

    // Agent, identity, repeated categories, method and fee; --json prints the request.
    const CliResult second = asClerk(d.path(),
                                     requestArgs(QStringLiteral("R-1"), QStringLiteral("2025-04-11"))
                                         + QStringList { QStringLiteral("--agent-kind"),
                                                         QStringLiteral("statutory"),
                                                         QStringLiteral("--agent-name"),
                                                         QStringLiteral("受付 花子"),
                                                         QStringLiteral("--agent-address"),
                                                         QStringLiteral("長崎市"),
                                                         QStringLiteral("--agent-relationship"),
                                                         QStringLiteral("成年後見人"),
                                                         QStringLiteral("--agent-evidence"),
                                                         QStringLiteral("guardianship_certificate"),
                                                         QStringLiteral("--id-document"),
                                                         QStringLiteral("drivers_license"),
                                                         QStringLiteral("--category"),
                                                         QStringLiteral("短期給付"),
                                                         QStringLiteral("--category"),
                                                         QStringLiteral("貸付,貯金"),
                                                         QStringLiteral("--method"),
                                                         QStringLiteral("paper"),
                                                         QStringLiteral("--fee"),
                                                         QStringLiteral("300"),
                                                         QStringLiteral("--fee-paid"),
                                                         QStringLiteral("2025-04-11"),
                                                         QStringLiteral("--assign"),
                                                         QStringLiteral("clerk1"),
                                                         QStringLiteral("--json") });
    EXPECT_EXIT(second, 0);
    const QJsonObject r = parseJson(second).object();
    QCOMPARE(r.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("R7-0002"));
    QCOMPARE(r.value(QStringLiteral("requester_kind")).toString(), QStringLiteral("statutory"));
    QCOMPARE(r.value(QStringLiteral("requester_name")).toString(), QStringLiteral("受付 花子"));
    QCOMPARE(r.value(QStringLiteral("categories")).toArray(),
             QJsonArray({ QStringLiteral("短期給付"), QStringLiteral("貸付"), QStringLiteral("貯金") }));
    QCOMPARE(r.value(QStringLiteral("fee")).toInt(), 300);
    QCOMPARE(r.value(QStringLiteral("method")).toString(), QStringLiteral("paper"));
    QCOMPARE(r.value(QStringLiteral("assigned")).toString(), QStringLiteral("clerk1"));
    QCOMPARE(r.value(QStringLiteral("identity")).toObject().value(QStringLiteral("checked_by")).toString(),
             QStringLiteral("clerk1"));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QVERIFY(!r.value(QStringLiteral("deadline")).toString().isEmpty());

    // The previous fiscal year counts on its own.
    const CliResult march
        = asClerk(d.path(), requestArgs(QStringLiteral("R-1"), QStringLiteral("2025-03-31")));
    EXPECT_EXIT(march, 0);
    QCOMPARE(march.out.trimmed(), QStringLiteral("R6-0001"));
}

void TestCliRequests::requestAddRefusedSavesNothing()
{
    Desk d;
    d.addMember(QStringLiteral("N-1"), QStringLiteral("拒否 太郎"), QStringLiteral("キョヒ タロウ"));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const CliResult future = asClerk(d.path(), requestArgs(QStringLiteral("N-1"), tomorrow));
    EXPECT_EXIT(future, 1);
    QVERIFY2(future.err.contains(QStringLiteral("--received")), qPrintable(describe(future)));

    const CliResult noDate
        = asClerk(d.path(), requestArgs(QStringLiteral("N-1"), QStringLiteral("2025-02-30")));
    EXPECT_EXIT(noDate, 1);
    QVERIFY2(noDate.err.contains(QStringLiteral("2025-02-30")), qPrintable(describe(noDate)));

    // Several refused fields are named together, in one line.
    QStringList args = requestArgs(QStringLiteral("N-1"), QStringLiteral("2025-04-10"));
    args[args.indexOf(QStringLiteral("disclosure"))] = QStringLiteral("complaint");
    args << QStringLiteral("--fee") << QStringLiteral("300") << QStringLiteral("--category")
         << QStringLiteral("存在しない分類");
    const CliResult several = asClerk(d.path(), args);
    EXPECT_EXIT(several, 1);
    QVERIFY2(several.err.contains(QStringLiteral("--fee"))
                 && several.err.contains(QStringLiteral("--category")),
             qPrintable(describe(several)));

    // An unknown identifier is a usage error, an unknown member is not found.
    QStringList unknownType = requestArgs(QStringLiteral("N-1"), QStringLiteral("2025-04-10"));
    unknownType[unknownType.indexOf(QStringLiteral("disclosure"))] = QStringLiteral("frobnicate");
    const CliResult usage = asClerk(d.path(), unknownType);
    EXPECT_EXIT(usage, 2);
    QVERIFY2(usage.err.contains(QStringLiteral("stop-provision")), qPrintable(describe(usage)));
    EXPECT_EXIT(asClerk(d.path(), requestArgs(QStringLiteral("N-404"), QStringLiteral("2025-04-10"))), 4);
    EXPECT_EXIT(asClerk(d.path(),
                        requestArgs(QStringLiteral("N-1"), QStringLiteral("2025-04-10"))
                            + QStringList { QStringLiteral("--agent-name"), QStringLiteral("X") }),
                2);

    const CliResult list
        = asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EXIT(list, 0);
    QCOMPARE(parseJson(list).array().size(), 0);
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM requests")), 0);
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM number_counters")), 0);
}

void TestCliRequests::myNumberRefusedUnlessMasked()
{
    Desk d;
    d.addMember(QStringLiteral("P-1"), QStringLiteral("番号 太郎"), QStringLiteral("バンゴウ タロウ"));
    const QString myNumber = QStringLiteral("123456789018"); // a valid check digit
    const QStringList args = requestArgs(QStringLiteral("P-1"), QStringLiteral("2025-04-10"))
        + QStringList { QStringLiteral("--notes"), QStringLiteral("個人番号 %1 の記載あり").arg(myNumber) };
    const CliResult refused = asClerk(d.path(), args);
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--notes")), qPrintable(describe(refused)));
    QVERIFY2(!refused.err.contains(myNumber), qPrintable(describe(refused)));
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM requests")), 0);

    const CliResult masked = asClerk(
        d.path(), args + QStringList { QStringLiteral("--mask-my-number"), QStringLiteral("--json") });
    EXPECT_EXIT(masked, 0);
    const QString notes = parseJson(masked).object().value(QStringLiteral("notes")).toString();
    QVERIFY2(!notes.contains(myNumber), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("個人番号")), qPrintable(notes));
    QCOMPARE(
        scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM requests WHERE notes LIKE '%123456789018%'")),
        0);
}

void TestCliRequests::requestListJsonAndFilters()
{
    Desk d;
    const Member taro
        = d.addMember(QStringLiteral("L-1"), QStringLiteral("一覧 太郎"), QStringLiteral("イチラン タロウ"));
    const Member hanako
        = d.addMember(QStringLiteral("L-2"), QStringLiteral("髙橋 花子"), QStringLiteral("タカハシ ハナコ"));
    const Request r1 = d.addRequest(taro, RequestType::Disclosure, QDate(2025, 4, 10));
    const Request r2 = d.addRequest(hanako, RequestType::Correction, QDate(2025, 4, 11));
    d.addRequest(hanako, RequestType::Complaint, QDate(2024, 5, 1));

    auto list = [&](const QStringList &extra) {
        const CliResult r = asClerk(
            d.path(),
            QStringList { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") }
                + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(describe(r)));
        return parseJson(r).array();
    };
    auto receipts = [&](const QStringList &extra) {
        QStringList out;
        for (const QJsonValue &v : list(extra))
            out << v.toObject().value(QStringLiteral("receipt_no")).toString();
        return out;
    };

    const QJsonArray all = list({});
    QCOMPARE(all.size(), 3);
    const QJsonObject first = all.first().toObject(); // the newest received first
    for (const char *field : { "id", "receipt_no", "type", "status", "member_number", "requester_name",
                               "received", "deadline", "assigned" })
        QVERIFY2(first.contains(QString::fromLatin1(field)), field);
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), r2.id);
    QCOMPARE(first.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("R7-0002"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("correction"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QCOMPARE(first.value(QStringLiteral("member_number")).toString(), QStringLiteral("L-2"));
    QCOMPARE(first.value(QStringLiteral("requester_name")).toString(), QStringLiteral("髙橋 花子"));
    QCOMPARE(first.value(QStringLiteral("received")).toString(), QStringLiteral("2025-04-11"));
    QCOMPARE(first.value(QStringLiteral("deadline")).toString(), r2.deadline.toString(Qt::ISODate));
    QVERIFY(first.value(QStringLiteral("assigned")).isNull());

    QCOMPARE(receipts({ QStringLiteral("--type"), QStringLiteral("disclosure") }),
             QStringList { r1.receiptNo });
    QCOMPARE(receipts({ QStringLiteral("--status"), QStringLiteral("received"), QStringLiteral("--type"),
                        QStringLiteral("complaint") }),
             QStringList { QStringLiteral("R6-0001") });
    QCOMPARE(receipts({ QStringLiteral("--status"), QStringLiteral("closed") }), QStringList());
    QCOMPARE(receipts({ QStringLiteral("--query"), QStringLiteral("R7-0001") }),
             QStringList { QStringLiteral("R7-0001") });
    QCOMPARE(receipts({ QStringLiteral("--query"), QStringLiteral("高橋") }),
             (QStringList { QStringLiteral("R7-0002"), QStringLiteral("R6-0001") }));
    QCOMPARE(receipts({ QStringLiteral("--query"), QStringLiteral("ｲﾁﾗﾝ") }),
             QStringList { QStringLiteral("R7-0001") });
    QCOMPARE(receipts({ QStringLiteral("--fiscal-year"), QStringLiteral("2024") }),
             QStringList { QStringLiteral("R6-0001") });
    QCOMPARE(receipts({ QStringLiteral("--limit"), QStringLiteral("1") }),
             QStringList { QStringLiteral("R7-0002") });
    QCOMPARE(receipts({ QStringLiteral("--mine") }), QStringList());

    // Bad filter values are usage errors.
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--status"),
                          QStringLiteral("bogus") }),
                2);
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("0") }),
                2);

    // Text: a header and one aligned line per request.
    const CliResult text = asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("list") });
    EXPECT_EXIT(text, 0);
    const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Receipt")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("R7-0002  2025-04-11")));
    // The Received column starts at the same place on every line.
    const qsizetype column = lines.at(0).indexOf(QStringLiteral("Received"));
    for (const QString &line : lines.mid(1))
        QCOMPARE(line.indexOf(QStringLiteral("202")), column);
}

void TestCliRequests::requestShowByIdAndReceiptNumber()
{
    Desk d;
    const Member m
        = d.addMember(QStringLiteral("V-1"), QStringLiteral("閲覧 太郎"), QStringLiteral("エツラン タロウ"));
    const Request r = d.addRequest(m, RequestType::Disclosure, QDate(2025, 4, 10));
    const qint64 viewsBefore
        = scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.view'"));

    const CliResult byId = asClerk(d.path(),
                                   { QStringLiteral("request"), QStringLiteral("show"), QString::number(r.id),
                                     QStringLiteral("--json") });
    EXPECT_EXIT(byId, 0);
    const CliResult byReceipt = asClerk(d.path(),
                                        { QStringLiteral("request"), QStringLiteral("show"),
                                          QStringLiteral("R7-0001"), QStringLiteral("--json") });
    EXPECT_EXIT(byReceipt, 0);
    const QJsonObject a = parseJson(byId).object();
    const QJsonObject b = parseJson(byReceipt).object();
    QCOMPARE(a.value(QStringLiteral("id")).toInteger(), r.id);
    QCOMPARE(a, b);
    QCOMPARE(a.value(QStringLiteral("member_name")).toString(), QStringLiteral("閲覧 太郎"));
    QVERIFY(a.value(QStringLiteral("attachments")).isArray());
    const QJsonArray history = a.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    QCOMPARE(scalar(d.t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.view' AND "
                                   "entity_id = '%1'")
                        .arg(r.id)),
             viewsBefore + 2);

    // Full-width receipt number; the text form names the sections.
    const CliResult text = asClerk(
        d.path(), { QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("Ｒ７－０００１") });
    EXPECT_EXIT(text, 0);
    for (const QString &part :
         { QStringLiteral("R7-0001"), QStringLiteral("閲覧 太郎"), QStringLiteral("Attachments:"),
           QStringLiteral("History:"), QStringLiteral("create") })
        QVERIFY2(text.out.contains(part), qPrintable(part + QLatin1Char('\n') + describe(text)));
}

void TestCliRequests::requestEditKeepsHistory()
{
    Desk d;
    const Member m
        = d.addMember(QStringLiteral("H-1"), QStringLiteral("履歴 太郎"), QStringLiteral("リレキ タロウ"));
    d.addRequest(m, RequestType::Disclosure, QDate(2025, 4, 10));
    const CliResult edit
        = asClerk(d.path(),
                  { QStringLiteral("request"), QStringLiteral("edit"), QStringLiteral("R7-0001"),
                    QStringLiteral("--notes"), QStringLiteral("電話で確認済み"), QStringLiteral("--assign"),
                    QStringLiteral("clerk1") });
    EXPECT_EXIT(edit, 0);
    const QJsonObject r = parseJson(asClerk(d.path(),
                                            { QStringLiteral("request"), QStringLiteral("show"),
                                              QStringLiteral("1"), QStringLiteral("--json") }))
                              .object();
    QCOMPARE(r.value(QStringLiteral("notes")).toString(), QStringLiteral("電話で確認済み"));
    QCOMPARE(r.value(QStringLiteral("assigned")).toString(), QStringLiteral("clerk1"));
    QStringList fields;
    for (const QJsonValue &h : r.value(QStringLiteral("history")).toArray())
        fields << h.toObject().value(QStringLiteral("field")).toString();
    QVERIFY2(fields.contains(QStringLiteral("notes")) && fields.contains(QStringLiteral("assigned_to")),
             qPrintable(fields.join(QLatin1Char(','))));
    // Nothing to change is a usage error; a refused value changes nothing.
    EXPECT_EXIT(asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("edit"), QStringLiteral("1") }),
                2);
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("request"), QStringLiteral("edit"), QStringLiteral("1"),
                          QStringLiteral("--summary"), QString() }),
                1);
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("request"), QStringLiteral("edit"), QStringLiteral("R7-0404"),
                          QStringLiteral("--notes"), QStringLiteral("x") }),
                4);
}

void TestCliRequests::requestAttach()
{
    Desk d;
    const Member m
        = d.addMember(QStringLiteral("A-1"), QStringLiteral("添付 太郎"), QStringLiteral("テンプ タロウ"));
    const Request r = d.addRequest(m, RequestType::Disclosure, QDate(2025, 4, 10));
    const QString pdf = QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf");
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

    const CliResult attached
        = asClerk(d.path(),
                  { QStringLiteral("request"), QStringLiteral("attach"), QStringLiteral("R7-0001"), pdf,
                    QStringLiteral("--description"), QStringLiteral("請求書の写し") });
    EXPECT_EXIT(attached, 0);
    QVERIFY2(attached.out.contains(sha), qPrintable(sha + QLatin1Char('\n') + describe(attached)));

    // By numeric id too; a file that is not PDF, PNG or JPEG is refused whatever its name.
    QTemporaryDir dir;
    const QString fake = writeFile(dir, QStringLiteral("fake.pdf"), "just text, not a PDF\n");
    const CliResult refused = asClerk(
        d.path(), { QStringLiteral("request"), QStringLiteral("attach"), QString::number(r.id), fake });
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("PDF")), qPrintable(describe(refused)));
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("request"), QStringLiteral("attach"), QString::number(r.id),
                          dir.filePath(QStringLiteral("missing.pdf")) }),
                4);

    const QJsonObject shown = parseJson(asClerk(d.path(),
                                                { QStringLiteral("request"), QStringLiteral("show"),
                                                  QString::number(r.id), QStringLiteral("--json") }))
                                  .object();
    const QJsonArray attachments = shown.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().toObject().value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(attachments.first().toObject().value(QStringLiteral("mime_type")).toString(),
             QStringLiteral("application/pdf"));
    QCOMPARE(attachments.first().toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("請求書の写し"));
}

void TestCliRequests::unknownRequestNotFound()
{
    Desk d;
    const Member m
        = d.addMember(QStringLiteral("X-1"), QStringLiteral("不明 太郎"), QStringLiteral("フメイ タロウ"));
    d.addRequest(m, RequestType::Disclosure, QDate(2025, 4, 10));
    EXPECT_EXIT(
        asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("999") }), 4);
    const CliResult byReceipt
        = asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("R7-9999") });
    EXPECT_EXIT(byReceipt, 4);
    QVERIFY2(byReceipt.err.contains(QStringLiteral("R7-9999")), qPrintable(describe(byReceipt)));
    EXPECT_EXIT(asClerk(d.path(),
                        { QStringLiteral("request"), QStringLiteral("attach"), QStringLiteral("R7-9999"),
                          QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf") }),
                4);
}

void TestCliRequests::auditorRefused()
{
    Desk d;
    d.addMember(QStringLiteral("Q-1"), QStringLiteral("監査 太郎"), QStringLiteral("カンサ タロウ"));
    const qint64 deniedBefore = scalar(
        d.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'"));
    const CliResult add = asUser(d.path(), QStringLiteral("auditor1"),
                                 requestArgs(QStringLiteral("Q-1"), QStringLiteral("2025-04-10")));
    EXPECT_EXIT(add, 3);
    EXPECT_EXIT(asUser(d.path(), QStringLiteral("auditor1"),
                       memberArgs(QStringLiteral("Q-2"), QStringLiteral("850-0001"))),
                3);
    EXPECT_EXIT(
        asUser(d.path(), QStringLiteral("auditor1"), { QStringLiteral("request"), QStringLiteral("list") }),
        3);
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM requests")), 0);
    QCOMPARE(scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM members")), 1);
    QCOMPARE(
        scalar(d.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'")),
        deniedBefore + 3);
}

void TestCliRequests::demoFillsEmptyDatabaseOnly()
{
    FreshDatabase fresh(QStringLiteral("demo.sqlite"));
    const QString db = fresh.path();
    const CliResult demo = ctl(db,
                               { QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("20"),
                                 QStringLiteral("--requests"), QStringLiteral("30"), QStringLiteral("--seed"),
                                 QStringLiteral("7") });
    EXPECT_EXIT(demo, 0);
    // One line per account: login, roles, password.
    static const QRegularExpression row(
        QStringLiteral("^\\s+(\\w+)\\s+([a-z_,]+)\\s+([a-z0-9]{4}(?:-[a-z0-9]{4}){3})$"),
        QRegularExpression::MultilineOption);
    QHash<QString, QString> passwords;
    QSet<QString> roles;
    for (auto it = row.globalMatch(demo.out); it.hasNext();) {
        const auto match = it.next();
        passwords.insert(match.captured(1), match.captured(3));
        roles.insert(match.captured(2));
    }
    QVERIFY2(passwords.size() == 8, qPrintable(describe(demo)));
    for (Role r : Roles::all())
        QVERIFY2(roles.contains(Roles::id(r)), qPrintable(Roles::id(r)));
    QVERIFY(demo.out.contains(QStringLiteral("Password")));

    const CliResult list
        = asUser(db, QStringLiteral("clerk1"),
                 { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json") },
                 passwords.value(QStringLiteral("clerk1")));
    EXPECT_EXIT(list, 0);
    QCOMPARE(parseJson(list).array().size(), 30);

    // Not twice, and not on a database that was set up.
    EXPECT_EXIT(ctl(db,
                    { QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("5"),
                      QStringLiteral("--requests"), QStringLiteral("5") }),
                5);
    Desk d;
    EXPECT_EXIT(ctl(d.path(),
                    { QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("5"),
                      QStringLiteral("--requests"), QStringLiteral("5") }),
                5);
    FreshDatabase other(QStringLiteral("other.sqlite"));
    EXPECT_EXIT(ctl(other.path(),
                    { QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("0"),
                      QStringLiteral("--requests"), QStringLiteral("5") }),
                2);
    QVERIFY(other.holdsNothing());

    // The passwords were printed, never logged.
    const QString logDir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dsrdesk/dsrdesk/logs");
    QDirIterator it(logDir, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        for (const QString &pw : std::as_const(passwords))
            QVERIFY2(!content.contains(pw.toUtf8()), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 1);
}

void TestCliRequests::helpListsEveryOptionAndIdentifier()
{
    const CliResult request = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("help"), QStringLiteral("request") });
    EXPECT_EXIT(request, 0);
    QStringList ids;
    for (RequestType t : RequestVocabulary::types())
        ids << RequestVocabulary::id(t);
    for (RequestStatus s : RequestVocabulary::statuses())
        ids << RequestVocabulary::id(s);
    for (Channel c : RequestVocabulary::channels())
        ids << RequestVocabulary::id(c);
    for (RequesterKind k : RequestVocabulary::requesterKinds())
        ids << RequestVocabulary::id(k);
    for (DisclosureMethod m : RequestVocabulary::methods())
        ids << RequestVocabulary::id(m);
    ids << RequestVocabulary::idDocumentIds(true) << RequestVocabulary::agentEvidenceIds();
    ids << QStringLiteral("requests.categories") << QStringLiteral("R7-0001");
    for (const QString &id : ids)
        QVERIFY2(request.out.contains(
                     QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(id)))),
                 qPrintable(id));
    const QStringList requestOptions {
        QStringLiteral("--type"),
        QStringLiteral("--member"),
        QStringLiteral("--received"),
        QStringLiteral("--channel"),
        QStringLiteral("--summary"),
        QStringLiteral("--agent-kind"),
        QStringLiteral("--agent-name"),
        QStringLiteral("--agent-address"),
        QStringLiteral("--agent-relationship"),
        QStringLiteral("--agent-evidence"),
        QStringLiteral("--id-document"),
        QStringLiteral("--residence-certificate"),
        QStringLiteral("--category"),
        QStringLiteral("--detail"),
        QStringLiteral("--method"),
        QStringLiteral("--fee"),
        QStringLiteral("--fee-paid"),
        QStringLiteral("--notes"),
        QStringLiteral("--assign"),
        QStringLiteral("--mask-my-number"),
        QStringLiteral("--json"),
        QStringLiteral("--query"),
        QStringLiteral("--status"),
        QStringLiteral("--fiscal-year"),
        QStringLiteral("--mine"),
        QStringLiteral("--overdue"),
        QStringLiteral("--limit"),
        QStringLiteral("--description"),
    };
    for (const QString &o : requestOptions)
        QVERIFY2(request.out.contains(o + QLatin1Char(' ')), qPrintable(o));
    for (const QString &c :
         { QStringLiteral("request add"), QStringLiteral("request edit"), QStringLiteral("request list"),
           QStringLiteral("request show ID"), QStringLiteral("request attach ID FILE") })
        QVERIFY2(request.out.contains(QStringLiteral("dsrctl ") + c), qPrintable(c));

    const CliResult member = runDsrctl(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help"), QStringLiteral("member") });
    EXPECT_EXIT(member, 0);
    for (const QString &o :
         { QStringLiteral("--number"), QStringLiteral("--name"), QStringLiteral("--kana"),
           QStringLiteral("--birth"), QStringLiteral("--postal"), QStringLiteral("--address"),
           QStringLiteral("--phone"), QStringLiteral("--affiliation"), QStringLiteral("--limit"),
           QStringLiteral("--json"), QStringLiteral("member import FILE.csv"),
           QStringLiteral("member find QUERY"), QStringLiteral("member show NUMBER"),
           QStringLiteral("member edit NUMBER"), QStringLiteral("CP932"), QStringLiteral("birth_date"),
           QStringLiteral("組合員番号") })
        QVERIFY2(member.out.contains(o), qPrintable(o));

    const CliResult demo = runDsrctl(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help"), QStringLiteral("demo") });
    EXPECT_EXIT(demo, 0);
    for (const QString &o : { QStringLiteral("--members N"), QStringLiteral("--requests M"),
                              QStringLiteral("--seed S"), QStringLiteral("--json") })
        QVERIFY2(demo.out.contains(o), qPrintable(o));

    // The overview names the new commands too.
    const CliResult overview
        = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help") });
    for (const QString &c : { QStringLiteral("dsrctl member add"), QStringLiteral("dsrctl request add"),
                              QStringLiteral("dsrctl demo") })
        QVERIFY2(overview.out.contains(c), qPrintable(c));
}

void TestCliRequests::logsCarryNoPersonalData()
{
    Desk d;
    const QString name = QStringLiteral("秘匿 ＰＱＲ");
    QStringList add = memberArgs(QStringLiteral("Z-1"), QStringLiteral("850-0001"));
    add[add.indexOf(QStringLiteral("山田 花子"))] = name;
    EXPECT_EXIT(asClerk(d.path(), add), 0);
    EXPECT_EXIT(asClerk(d.path(),
                        requestArgs(QStringLiteral("Z-1"), QStringLiteral("2025-04-10"))
                            + QStringList { QStringLiteral("--notes"), name }),
                0);
    EXPECT_EXIT(asClerk(d.path(), { QStringLiteral("member"), QStringLiteral("find"), name }), 0);
    EXPECT_EXIT(
        asClerk(d.path(),
                { QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--query"), name }),
        0);
    EXPECT_EXIT(
        asClerk(d.path(), { QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("R7-0001") }),
        0);
    EXPECT_EXIT(asClerk(d.path(), memberArgs(QStringLiteral("Z-2"), name)), 1); // refused value with the name

    const QString logDir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dsrdesk/dsrdesk/logs");
    QDirIterator it(logDir, QDir::Files, QDirIterator::Subdirectories);
    QByteArray all;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        all += f.readAll();
    }
    QVERIFY(all.contains("command request add"));
    QVERIFY(all.contains("command member find"));
    QVERIFY(!all.contains(name.toUtf8()));
    QVERIFY(!all.contains(QStringLiteral("ＰＱＲ").toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "TestCliRequests.moc"
