// The workflow, route and calendar commands through the built dsrctl (issue 4, "Command line"):
// a request's whole life, refusals with their exit codes, two desks approving the same step,
// holidays, deadlines, the Cabinet Office import and closed days. Fixtures are made in-process
// because every login costs an Argon2id hash.

#include "TestSupport.h"
#include "model/Role.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"
#include "storage/Database.h"
#include "storage/RequestRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult ctl(const QString &db, const QStringList &args)
{
    return runDsrctl(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db } + args);
}

QStringList userArgs(const QString &db, const QString &login, const QStringList &args)
{
    return QStringList { QStringLiteral("--lang"),
                         QStringLiteral("en"),
                         QStringLiteral("--db"),
                         db,
                         QStringLiteral("--user"),
                         login,
                         QStringLiteral("--password-stdin") }
    + args;
}

CliResult as(const QString &db, const QString &login, const QStringList &args)
{
    return runDsrctl(userArgs(db, login, args), kPassword + QLatin1Char('\n'));
}

QJsonObject object(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString status(const CliResult &r)
{
    return object(r).value(QStringLiteral("status")).toString();
}

// admin, clerk1, clerkchief (clerk + chief), chief1, chief2, manager1, chiefmanager (chief +
// manager): made once and copied.
struct Template
{
    QTemporaryDir dir;
    QString path;
    Actor admin, clerk, clerkChief;

    Template()
    {
        TempDatabase t;
        admin = t.initialize();
        clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        clerkChief = t.addUser(admin, QStringLiteral("clerkchief"), { Role::Clerk, Role::Chief });
        t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
        t.addUser(admin, QStringLiteral("chief2"), { Role::Chief });
        t.addUser(admin, QStringLiteral("manager1"), { Role::Manager });
        t.addUser(admin, QStringLiteral("chiefmanager"), { Role::Chief, Role::Manager });
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

struct Desk
{
    TempDatabase t { deskTemplate().path };
    Actor clerk = deskTemplate().clerk;

    QString path() const { return t.path(); }

    Request addRequest(const QString &number)
    {
        Member m;
        m.memberNumber = number;
        m.name = QStringLiteral("山田 花子");
        m.kana = QStringLiteral("ヤマダ ハナコ");
        m.birthDate = QDate(1975, 6, 1);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎県長崎市本町1-2-3");
        auto member = MemberService(t.db()).add(clerk, m);
        if (!member)
            qFatal("member fixture: %s", qPrintable(member.error().message));
        Request r;
        r.type = RequestType::Disclosure;
        r.memberId = member->id;
        r.received = QDate::currentDate().addDays(-3);
        r.channel = Channel::Counter;
        r.summary = QStringLiteral("保有個人情報の開示");
        auto added = RequestService(t.db()).registerRequest(clerk, r);
        if (!added)
            qFatal("request fixture: %s", qPrintable(added.error().message));
        return added.value();
    }

    void act(const Actor &actor, qint64 id, WorkflowAction action, WorkflowInput in = {})
    {
        auto done = WorkflowService(t.db()).perform(actor, id, action, in);
        if (!done)
            qFatal("workflow fixture %s: %s", qPrintable(RequestWorkflow::id(action)),
                   qPrintable(done.error().message));
    }

    // Verified, investigated, drafted (full) by `drafter` and submitted: waiting for the chief.
    Request inApproval(const QString &number, const Actor &drafter)
    {
        const Request r = addRequest(number);
        WorkflowInput id;
        id.documentType = QStringLiteral("drivers_license");
        act(clerk, r.id, WorkflowAction::VerifyIdentity, id);
        act(clerk, r.id, WorkflowAction::Investigate);
        WorkflowInput draft;
        Decision d;
        d.kind = DecisionKind::Full;
        d.data = QStringLiteral("給付記録");
        d.method = DisclosureMethod::Paper;
        draft.decision = d;
        act(drafter, r.id, WorkflowAction::Draft, draft);
        act(drafter, r.id, WorkflowAction::Submit);
        return *RequestRepository(t.db()).findById(r.id).value();
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { deskTemplate(); }
    void fullPathToClosed();
    void refusals();
    void twoDesksApproveSameStep();
    void onePersonOneStep();
    void factsFixedWhileInApproval();
    void holidays2019();
    void dueAcrossGoldenWeek();
    void duePrivateRegimeIgnoresPauses();
    void importCabinetOfficeList();
    void closedDays();
    void routeSetAppliesToNewSubmissions();
    void myNumberInDecisionReasonsIsRefused();
};

void TestCliWorkflow::fullPathToClosed()
{
    Desk desk;
    const Request r = desk.addRequest(QStringLiteral("A-1"));
    const QString db = desk.path();
    const QString id = QString::number(r.id);
    auto step = [&](const QString &login, const QStringList &args, const QString &expected) {
        const CliResult res
            = as(db, login,
                 QStringList { QStringLiteral("request") } + args + QStringList { QStringLiteral("--json") });
        EXPECT_EXIT(res, 0);
        QCOMPARE(status(res), expected);
    };
    QVERIFY(RequestVocabulary::id(r.status) == QLatin1String("received"));
    step(QStringLiteral("clerk1"),
         { QStringLiteral("verify-identity"), r.receiptNo, QStringLiteral("--id-document"),
           QStringLiteral("drivers_license") },
         RequestVocabulary::id(RequestWorkflow::transition(WorkflowAction::VerifyIdentity)
                                   .to.value_or(RequestStatus::Received)));
    step(QStringLiteral("clerk1"), { QStringLiteral("investigate"), id },
         RequestVocabulary::id(RequestStatus::Investigating));
    step(QStringLiteral("clerk1"),
         { QStringLiteral("draft"), id, QStringLiteral("--kind"), QStringLiteral("full"),
           QStringLiteral("--data"), QStringLiteral("給付記録"), QStringLiteral("--method"),
           QStringLiteral("paper") },
         RequestVocabulary::id(
             RequestWorkflow::transition(WorkflowAction::Draft).to.value_or(RequestStatus::Investigating)));
    step(QStringLiteral("clerk1"), { QStringLiteral("submit"), id },
         RequestVocabulary::id(RequestStatus::InApproval));
    step(QStringLiteral("chief1"), { QStringLiteral("approve"), id },
         RequestVocabulary::id(RequestStatus::InApproval));
    step(QStringLiteral("manager1"),
         { QStringLiteral("approve"), id, QStringLiteral("--comment"), QStringLiteral("ok") },
         RequestVocabulary::id(RequestStatus::Decided));
    step(QStringLiteral("clerk1"),
         { QStringLiteral("notified"), id, QStringLiteral("--method"), QStringLiteral("mail") },
         RequestVocabulary::id(
             RequestWorkflow::transition(WorkflowAction::Notified).to.value_or(RequestStatus::Decided)));
    step(QStringLiteral("clerk1"), { QStringLiteral("close"), id },
         RequestVocabulary::id(RequestStatus::Closed));

    const CliResult wf
        = as(db, QStringLiteral("clerk1"),
             { QStringLiteral("request"), QStringLiteral("workflow"), id, QStringLiteral("--json") });
    EXPECT_EXIT(wf, 0);
    const QJsonObject o = object(wf);
    QCOMPARE(o.value(QStringLiteral("decision")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("full"));
    const QJsonArray steps = o.value(QStringLiteral("approval_steps")).toArray();
    QCOMPARE(steps.size(), 2);
    for (const QJsonValue &s : steps)
        QCOMPARE(s.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("approved"));
    QVERIFY(!o.value(QStringLiteral("deadline_explain")).toArray().isEmpty());
}

void TestCliWorkflow::refusals()
{
    Desk desk;
    const Request r = desk.inApproval(QStringLiteral("B-1"), deskTemplate().clerkChief);
    const QString db = desk.path();
    const QString id = QString::number(r.id);
    // return without --comment: a refused value, exit 1
    EXPECT_EXIT(as(db, QStringLiteral("chief1"), { QStringLiteral("request"), QStringLiteral("return"), id }),
                1);
    // the drafter holds the chief role but may not approve their own draft
    EXPECT_EXIT(
        as(db, QStringLiteral("clerkchief"), { QStringLiteral("request"), QStringLiteral("approve"), id }),
        3);
    // the manager cannot take the chief's step
    EXPECT_EXIT(
        as(db, QStringLiteral("manager1"), { QStringLiteral("request"), QStringLiteral("approve"), id }), 3);
    // a clerk has no inbox; unknown request: 4
    EXPECT_EXIT(as(db, QStringLiteral("chief1"),
                   { QStringLiteral("request"), QStringLiteral("close"), QStringLiteral("R9-9999") }),
                4);
    const qint64 refused = scalar(
        desk.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'permission.denied%'"));
    QVERIFY(refused >= 2);
    // the request is untouched
    QCOMPARE(RequestRepository(desk.t.db()).findById(r.id).value()->version, r.version);
}

void TestCliWorkflow::onePersonOneStep()
{
    Desk desk;
    const Request r = desk.inApproval(QStringLiteral("P-1"), deskTemplate().clerk);
    const QString db = desk.path();
    const QStringList approve { QStringLiteral("request"), QStringLiteral("approve"), QString::number(r.id) };
    EXPECT_EXIT(as(db, QStringLiteral("chiefmanager"), approve), 0);
    // The manager's step of the same round: someone else's.
    const CliResult again = as(db, QStringLiteral("chiefmanager"), approve);
    EXPECT_EXIT(again, 3);
    QVERIFY2(again.err.contains(QStringLiteral("one step")), qPrintable(describe(again)));
    EXPECT_EXIT(as(db, QStringLiteral("manager1"), approve), 0);
    QCOMPARE(RequestRepository(desk.t.db()).findById(r.id).value()->status, RequestStatus::Decided);
}

void TestCliWorkflow::factsFixedWhileInApproval()
{
    Desk desk;
    const Request r = desk.inApproval(QStringLiteral("F-1"), deskTemplate().clerk);
    const QString db = desk.path();
    const QString id = QString::number(r.id);
    const CliResult refused = as(db, QStringLiteral("clerk1"),
                                 { QStringLiteral("request"), QStringLiteral("edit"), id,
                                   QStringLiteral("--summary"), QStringLiteral("別の記録の開示") });
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Summary"))
                 && refused.err.contains(QStringLiteral("差戻し")),
             qPrintable(describe(refused)));
    EXPECT_EXIT(as(db, QStringLiteral("clerk1"),
                   { QStringLiteral("request"), QStringLiteral("edit"), id, QStringLiteral("--notes"),
                     QStringLiteral("決裁中") }),
                0);
    EXPECT_EXIT(as(db, QStringLiteral("chief1"),
                   { QStringLiteral("request"), QStringLiteral("return"), id, QStringLiteral("--comment"),
                     QStringLiteral("請求内容を確認") }),
                0);
    EXPECT_EXIT(as(db, QStringLiteral("clerk1"),
                   { QStringLiteral("request"), QStringLiteral("edit"), id, QStringLiteral("--summary"),
                     QStringLiteral("別の記録の開示") }),
                0);
}

void TestCliWorkflow::twoDesksApproveSameStep()
{
    Desk desk;
    const Request r = desk.inApproval(QStringLiteral("C-1"), desk.clerk);
    const QString db = desk.path();
    const QStringList action { QStringLiteral("request"), QStringLiteral("approve"), QString::number(r.id),
                               QStringLiteral("--expect-version"), QString::number(r.version) };
    QProcess a, b;
    a.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), userArgs(db, QStringLiteral("chief1"), action));
    b.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), userArgs(db, QStringLiteral("chief2"), action));
    QVERIFY(a.waitForStarted() && b.waitForStarted());
    a.write((kPassword + QLatin1Char('\n')).toUtf8());
    b.write((kPassword + QLatin1Char('\n')).toUtf8());
    a.closeWriteChannel();
    b.closeWriteChannel();
    QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
    const QList<int> codes { a.exitCode(), b.exitCode() };
    const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
    QVERIFY2(codes.count(0) == 1,
             qPrintable(QStringLiteral("%1 %2 %3").arg(codes[0]).arg(codes[1]).arg(errors)));
    const int loser = codes[0] == 0 ? codes[1] : codes[0];
    QVERIFY2(loser == 5 || loser == 3, qPrintable(errors));
    const CliResult wf = as(db, QStringLiteral("manager1"),
                            { QStringLiteral("request"), QStringLiteral("workflow"), QString::number(r.id),
                              QStringLiteral("--json") });
    EXPECT_EXIT(wf, 0);
    const QJsonArray steps = object(wf).value(QStringLiteral("approval_steps")).toArray();
    int decided = 0;
    for (const QJsonValue &s : steps)
        decided += s.toObject().value(QStringLiteral("outcome")).toString().isEmpty() ? 0 : 1;
    QCOMPARE(decided, 1);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("approved"));
    QCOMPARE(scalar(desk.t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.approve'")),
             1);
}

void TestCliWorkflow::holidays2019()
{
    Desk desk;
    const CliResult r = ctl(desk.path(),
                            { QStringLiteral("calendar"), QStringLiteral("holidays"),
                              QStringLiteral("--year"), QStringLiteral("2019") });
    EXPECT_EXIT(r, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("2019-04-30\t休日")));
    QVERIFY(lines.contains(QStringLiteral("2019-05-01\t休日（祝日扱い）")));
    QVERIFY(lines.contains(QStringLiteral("2019-05-06\t休日")));
    for (const QString &l : lines)
        QVERIFY2(QRegularExpression(QStringLiteral("^2019-\\d\\d-\\d\\d\t\\S")).match(l).hasMatch(),
                 qPrintable(l));
    const CliResult json
        = ctl(desk.path(),
              { QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year"),
                QStringLiteral("2019"), QStringLiteral("--json") });
    EXPECT_EXIT(json, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), lines.size());
    EXPECT_EXIT(ctl(desk.path(),
                    { QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year"),
                      QStringLiteral("x") }),
                2);
}

void TestCliWorkflow::dueAcrossGoldenWeek()
{
    Desk desk;
    const QStringList base { QStringLiteral("calendar"),   QStringLiteral("due"),
                             QStringLiteral("--received"), QStringLiteral("2025-04-05"),
                             QStringLiteral("--days"),     QStringLiteral("30"),
                             QStringLiteral("--json") };
    CliResult r = ctl(desk.path(), base);
    EXPECT_EXIT(r, 0);
    QCOMPARE(object(r).value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-05-05"));
    QCOMPARE(object(r).value(QStringLiteral("act_by")).toString(), QStringLiteral("2025-05-02"));
    QVERIFY(!object(r).value(QStringLiteral("explain")).toArray().isEmpty());
    r = ctl(desk.path(),
            base + QStringList { QStringLiteral("--paused"), QStringLiteral("2025-04-10:2025-04-19") });
    EXPECT_EXIT(r, 0);
    QCOMPARE(object(r).value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-05-15"));
    r = ctl(desk.path(),
            { QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--received"),
              QStringLiteral("2025-04-05"), QStringLiteral("--regime"), QStringLiteral("public"),
              QStringLiteral("--json") });
    EXPECT_EXIT(r, 0);
    QCOMPARE(object(r).value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-05-05"));
    EXPECT_EXIT(
        ctl(desk.path(), base + QStringList { QStringLiteral("--paused"), QStringLiteral("2025-04-10") }), 2);
}

// Only the public regime pauses for amendments (DeadlinePolicy): under --regime private a
// --paused range changes nothing, with or without --days; under public it counts.
void TestCliWorkflow::duePrivateRegimeIgnoresPauses()
{
    Desk desk;
    const QStringList base { QStringLiteral("calendar"),   QStringLiteral("due"),
                             QStringLiteral("--received"), QStringLiteral("2025-04-05"),
                             QStringLiteral("--paused"),   QStringLiteral("2025-04-10:2025-04-19"),
                             QStringLiteral("--json") };
    CliResult r
        = ctl(desk.path(), base + QStringList { QStringLiteral("--regime"), QStringLiteral("private") });
    EXPECT_EXIT(r, 0);
    // 30 days (deadlines.limit_days) from 4/5, the pause not counted: 5/5 こどもの日, act by 5/2.
    QCOMPARE(object(r).value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-05-05"));
    QCOMPARE(object(r).value(QStringLiteral("act_by")).toString(), QStringLiteral("2025-05-02"));
    r = ctl(desk.path(),
            base
                + QStringList { QStringLiteral("--regime"), QStringLiteral("private"),
                                QStringLiteral("--days"), QStringLiteral("20") });
    EXPECT_EXIT(r, 0);
    QCOMPARE(object(r).value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-04-25"));
    r = ctl(desk.path(), base + QStringList { QStringLiteral("--regime"), QStringLiteral("public") });
    EXPECT_EXIT(r, 0);
    QCOMPARE(object(r).value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-05-15"));
    EXPECT_EXIT(ctl(desk.path(), base + QStringList { QStringLiteral("--regime"), QStringLiteral("state") }),
                2);
}

void TestCliWorkflow::importCabinetOfficeList()
{
    Desk desk;
    const CliResult ok = as(desk.path(), QStringLiteral("admin"),
                            { QStringLiteral("calendar"), QStringLiteral("import-cao"),
                              QStringLiteral(DSR_TEST_DATA_DIR "/syukujitsu.csv") });
    EXPECT_EXIT(ok, 0);
    QVERIFY2(ok.out.contains(QStringLiteral("1067")), qPrintable(ok.out));

    Desk fresh;
    QTemporaryDir dir;
    QStringEncoder cp932("Shift_JIS");
    QVERIFY(cp932.isValid());
    const QByteArray bytes = cp932.encode(QStringLiteral(
        "国民の祝日・休日月日,国民の祝日・休日名称\r\n2031/1/2,テスト祝日\r\n2031/13/40,壊れた行\r\n"));
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), bytes);
    const CliResult r = as(fresh.path(), QStringLiteral("admin"),
                           { QStringLiteral("calendar"), QStringLiteral("import-cao"), bad });
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const QStringList errLines = r.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(errLines.size() >= 2 && errLines.at(1).startsWith(QStringLiteral("line 3")),
             qPrintable(describe(r)));
    const CliResult h = ctl(fresh.path(),
                            { QStringLiteral("calendar"), QStringLiteral("holidays"),
                              QStringLiteral("--year"), QStringLiteral("2031") });
    EXPECT_EXIT(h, 0);
    QVERIFY(!h.out.contains(QStringLiteral("テスト祝日")));
    QCOMPARE(scalar(fresh.t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'calendar.import'")),
             0);
}

void TestCliWorkflow::closedDays()
{
    Desk desk;
    desk.addRequest(QStringLiteral("D-1"));
    const QString db = desk.path();
    const QString day = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    EXPECT_EXIT(as(db, QStringLiteral("clerk1"),
                   { QStringLiteral("calendar"), QStringLiteral("closed"), QStringLiteral("add"), day }),
                3);
    const CliResult add = as(db, QStringLiteral("admin"),
                             { QStringLiteral("calendar"), QStringLiteral("closed"), QStringLiteral("add"),
                               day, QStringLiteral("--reason"), QStringLiteral("創立記念日") });
    EXPECT_EXIT(add, 0);
    const CliResult list = ctl(db,
                               { QStringLiteral("calendar"), QStringLiteral("closed"), QStringLiteral("list"),
                                 QStringLiteral("--json") });
    EXPECT_EXIT(list, 0);
    const QJsonArray days = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("date")).toString(), day);
    EXPECT_EXIT(as(db, QStringLiteral("admin"),
                   { QStringLiteral("calendar"), QStringLiteral("closed"), QStringLiteral("remove"), day }),
                0);
    QCOMPARE(scalar(desk.t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                   "('calendar.closed_day_add', 'calendar.closed_day_remove')")),
             2);
    QVERIFY(scalar(desk.t.db(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'permission.denied%'"))
            >= 1);
}

void TestCliWorkflow::routeSetAppliesToNewSubmissions()
{
    Desk desk;
    const QString db = desk.path();
    const QStringList set { QStringLiteral("route"),      QStringLiteral("set"),
                            QStringLiteral("disclosure"), QStringLiteral("full"),
                            QStringLiteral("--steps"),    QStringLiteral("chief,manager,privacy_officer") };
    EXPECT_EXIT(as(db, QStringLiteral("clerk1"), set), 3);
    EXPECT_EXIT(as(db, QStringLiteral("admin"), set), 0);
    const Request r = desk.inApproval(QStringLiteral("E-1"), desk.clerk);
    auto details = WorkflowService(desk.t.db()).details(desk.clerk, r.id);
    QVERIFY(details);
    QCOMPARE(details->steps.size(), 3);
    QCOMPARE(details->steps.at(2).role, Role::PrivacyOfficer);
}

// Issue 9: a My Number in a decision's reasons, typed at the command line in any of the ways a
// clerk writes it, is refused with exit 1 and one line naming the field; nothing is drafted and
// the digits reach no audit entry.
void TestCliWorkflow::myNumberInDecisionReasonsIsRefused()
{
    Desk desk;
    const Request r = desk.addRequest(QStringLiteral("M-1"));
    WorkflowInput idCheck;
    idCheck.documentType = QStringLiteral("drivers_license");
    desk.act(desk.clerk, r.id, WorkflowAction::VerifyIdentity, idCheck);
    desk.act(desk.clerk, r.id, WorkflowAction::Investigate);
    const QString db = desk.path();
    const QString id = QString::number(r.id);
    for (const QString &written :
         { QStringLiteral("1234ー5678ー9018"), QStringLiteral("１２３４－５６７８－９０１８"),
           QStringLiteral("1234 5678 9018") }) {
        const CliResult res = as(
            db, QStringLiteral("clerk1"),
            { QStringLiteral("request"), QStringLiteral("draft"), id, QStringLiteral("--kind"),
              QStringLiteral("refusal"), QStringLiteral("--data"), QStringLiteral("給付記録"),
              QStringLiteral("--reasons"), QStringLiteral("本人の個人番号 %1 を含むため").arg(written) });
        EXPECT_EXIT(res, 1);
        QVERIFY2(res.err.contains(QStringLiteral("Reasons contains what looks like a My Number")),
                 qPrintable(res.err));
        QVERIFY2(!res.err.contains(written), qPrintable(res.err));
        QSqlQuery q(desk.t.db().connection());
        // LIKE rather than instr(), which only SQLite has; the patterns hold no wildcard.
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE ? OR details LIKE ?"));
        q.addBindValue(QLatin1Char('%') + written + QLatin1Char('%'));
        q.addBindValue(QStringLiteral("%123456789018%"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }
    QCOMPARE(scalar(desk.t.db(), QStringLiteral("SELECT count(*) FROM decisions")), 0);
    QCOMPARE(
        scalar(desk.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.draft'")),
        0);
    QCOMPARE(RequestRepository(desk.t.db()).findById(r.id).value()->status, RequestStatus::Investigating);
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "TestCliWorkflow.moc"
