// "dsrctl check" through the built dsrctl (issue 13): a healthy database exits 0 with a summary of
// what was checked; each thing broken behind the program's back — a letter's or an attachment's
// bytes, the audit chain, a number counter, a letter setting, a foreign key, a page of the file —
// prints its line ("id<TAB>message") and exits 1 with one line on standard error; --json says the
// same for scripts; a clerk is refused (3).

#include "TestSupport.h"
#include "services/LetterService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult check(const QString &db, const QString &login, const QStringList &extra = {})
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                   QStringLiteral("--user"), login, QStringLiteral("--password-stdin"),
                                   QStringLiteral("check") }
                         + extra,
                     kPassword + QLatin1Char('\n'), 120000);
}

// A database with a letter issued, an attachment stored and the letter settings set, made once.
struct Template
{
    QTemporaryDir dir;
    QString path;

    Template()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const Actor chief = t.addUser(admin, QStringLiteral("chief1"), { Role::Chief });
        const Actor manager = t.addUser(admin, QStringLiteral("manager1"), { Role::Manager });
        t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        SettingsService settings(t.db());
        if (!settings.save(admin, settings.load(admin).value(),
                           { { Setting::HeadName, QStringLiteral("山本一郎") } }))
            qFatal("settings fixture failed");
        const qint64 request = decidedRequest(t.db(), clerk, chief, manager, QStringLiteral("30001"));
        if (!LetterService(t.db()).issue(clerk, request, LetterKind::Disclosure, {}))
            qFatal("letter fixture failed");
        const qint64 member = t.addMember(clerk, QStringLiteral("30002"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        const qint64 open = RequestService(t.db()).registerRequest(clerk, disclosureDraft(member)).value().id;
        if (!RequestService(t.db()).attach(clerk, open, QStringLiteral("form.png"), markedPng("CLI-CHECK")))
            qFatal("attachment fixture failed");
        path = dir.filePath(QStringLiteral("template.sqlite"));
        t.saveAs(path);
    }
};

const Template &fixture()
{
    static const Template t;
    return t;
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyDatabaseExitsZeroWithASummary()
    {
        TempDatabase t(fixture().path);
        const CliResult r = check(t.path(), QStringLiteral("admin"));
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("No problem found:")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("1 letters")), qPrintable(describe(r)));
        QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0);

        const CliResult j = check(t.path(), QStringLiteral("auditor1"), { QStringLiteral("--json") });
        EXPECT_EXIT(j, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 0);
        const QJsonObject checked = o.value(QStringLiteral("checked")).toObject();
        QCOMPARE(checked.value(QStringLiteral("letters")).toInt(), 1);
        QCOMPARE(checked.value(QStringLiteral("attachments")).toInt(), 1);
        QVERIFY(checked.value(QStringLiteral("audit_entries")).toInt() > 10);
        QCOMPARE(checked.value(QStringLiteral("engine")).toString(), engineName());
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check.run'")),
                 2);
    }

    void clerkIsRefused()
    {
        TempDatabase t(fixture().path);
        EXPECT_EXIT(check(t.path(), QStringLiteral("clerk1")), 3);
    }

    void eachBreakageIsReported_data()
    {
        QTest::addColumn<QString>("guarded"); // a table whose guards the intruder lifts first
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("id");
        const auto row
            = [](const char *name, const QString &guarded, const QStringList &sql, const char *id) {
                  QTest::newRow(name) << guarded << sql << QString::fromLatin1(id);
              };
        row("letter bytes", QStringLiteral("letters"),
            { QStringLiteral("UPDATE letters SET pdf = substr(pdf, 2)") }, "letter_hash");
        row("attachment bytes", QStringLiteral("attachments"),
            { QStringLiteral("UPDATE attachments SET content = substr(content, 2)") }, "attachment_hash");
        row("audit entry deleted", QStringLiteral("audit_log"),
            { QStringLiteral("DELETE FROM audit_log WHERE seq = 6") }, "audit_chain");
        row("audit entry edited", QStringLiteral("audit_log"),
            { QStringLiteral("UPDATE audit_log SET user_login = 'someone' WHERE seq = 4") }, "audit_chain");
        row("counter below", QString(),
            { QStringLiteral("UPDATE number_counters SET last_no = 0 WHERE series = 'document'") },
            "numbering");
        row("head's name deleted", QString(),
            { QStringLiteral("DELETE FROM settings WHERE key = 'organisation.head_name'") }, "settings");
        const QString orphan = QStringLiteral(
            "INSERT INTO attachments (request_id, file_name, mime_type, size, sha256, content, added_by, "
            "added_at) "
            "SELECT 999999, 'x.png', mime_type, size, sha256, content, added_by, added_at FROM attachments");
        if (onServer())
            row("foreign key", QString(),
                { QStringLiteral("ALTER TABLE attachments DROP CONSTRAINT attachments_request_id_fkey"),
                  orphan,
                  QStringLiteral(
                      "ALTER TABLE attachments ADD CONSTRAINT attachments_request_id_fkey FOREIGN KEY "
                      "(request_id) REFERENCES requests(id) NOT VALID") },
                "foreign_keys");
        else
            row("foreign key", QString(),
                { QStringLiteral("PRAGMA foreign_keys = OFF"), orphan,
                  QStringLiteral("PRAGMA foreign_keys = ON") },
                "foreign_keys");
    }
    void eachBreakageIsReported()
    {
        QFETCH(QString, guarded);
        QFETCH(QStringList, sql);
        QFETCH(QString, id);
        TempDatabase t(fixture().path);
        if (!guarded.isEmpty())
            t.liftGuards(guarded);
        for (const QString &s : sql)
            t.execAsOwner(s);
        const CliResult r = check(t.path(), QStringLiteral("admin"));
        EXPECT_EXIT(r, 1);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(!lines.isEmpty(), qPrintable(describe(r)));
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(id + QLatin1Char('\t')), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("problem")), qPrintable(describe(r)));

        const CliResult j = check(t.path(), QStringLiteral("admin"), { QStringLiteral("--json") });
        EXPECT_EXIT(j, 1);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QVERIFY2(!problems.isEmpty(), qPrintable(describe(j)));
        for (const QJsonValue &p : problems) {
            QCOMPARE(p.toObject().value(QStringLiteral("id")).toString(), id);
            QVERIFY(!p.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    void corruptPageIsReported()
    {
        if (onServer())
            QSKIP("a page of the server's files is not the desk's to corrupt");
        TempDatabase t(fixture().path);
        const qint64 root = scalar(t.db(),
                                   QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                                  "'requests_assigned'"));
        const qint64 pageSize = scalar(t.db(), QStringLiteral("PRAGMA page_size"));
        const QString copy = t.dir() + QStringLiteral("/corrupt.sqlite");
        t.saveAs(copy);
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(root * pageSize - 64));
            QVERIFY(f.write(QByteArray(64, '\x5a')) == 64);
        }
        const CliResult r = check(copy, QStringLiteral("admin"));
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("integrity\t")), qPrintable(describe(r)));
    }
};

QTEST_MAIN(TestCliCheck) // the fixture's letter renders with QGuiApplication
#include "TestCliCheck.moc"
