// Runs the built dsrctl as an administrator's script would, and checks the contract of the issue's
// "Command line" section: exit codes, the single stderr line, JSON output, the audit trail and
// its verification, lockout, refused databases, and that logs never carry names or passwords.
// Fixtures are built in-process with the same services when only the command under test matters,
// because every Argon2id hash costs about half a second.

#include "AppInfo.h"
#include "Settings.h"
#include "TestSupport.h"
#include "model/Role.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace dsr;
using namespace dsr::test;

namespace {

const QString kAdminLine = kPassword + QLatin1Char('\n');

// Every run in English, so that the few wording checks hold once the Japanese catalogue exists.
CliResult ctl(const QString &db, const QStringList &args, const QString &stdinText = QString())
{
    return runDsrctl(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db } + args,
        stdinText);
}

CliResult asUser(const QString &db, const QString &login, const QString &password, const QStringList &args,
                 const QString &moreStdin = QString())
{
    return ctl(db, QStringList { QStringLiteral("--user"), login, QStringLiteral("--password-stdin") } + args,
               password + QLatin1Char('\n') + moreStdin);
}

CliResult asAdmin(const QString &db, const QStringList &args, const QString &moreStdin = QString())
{
    return asUser(db, QStringLiteral("admin"), kPassword, args, moreStdin);
}

QJsonArray parseArray(const CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", qPrintable(r.out));
    return doc.array();
}

QJsonObject findBy(const QJsonArray &array, const QString &field, const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(field).toString() == value)
            return v.toObject();
    return {};
}

// Adds a few settings changes so the chain has more than a handful of entries.
void changeSettings(Database &db, const Actor &admin)
{
    SettingsService settings(db);
    auto basis = settings.load(admin);
    QVERIFY(basis.ok());
    QVERIFY(settings
                .save(admin, basis.value(),
                      { { Setting::Phone, QStringLiteral("03-0000-0001") },
                        { Setting::Division, QStringLiteral("総務部") } })
                .ok());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void helpForOneCommand();
    void usageErrors();
    void initTwiceConflicts();
    void initLeavesNothingBehindOnFailure();
    void addUserAndListJson();
    void newUserMustChangePasswordFirst();
    void wrongPasswordRefused();
    void clerkRefusedAndRefusalAudited();
    void missingUserNotFound();
    void disableAndEnable();
    void lockoutAndUnlock();
    void auditVerifyIntact();
    void auditVerifyFindsTampering_data();
    void auditVerifyFindsTampering();
    void auditListFiltersAndExport();
    void auditCheckpointFindsCutTail();
    void auditCheckpointFileRefusedWhenBad();
    void unkeyedTrailSwitchesOnFirstRun();
    void newerSchemaRefused();
    void notADatabaseRefused();
    void settingsSetAndBadValue();
    void passwordsNeverEchoed();
    void noTerminalWithoutPasswordStdin();
    void logsCarryNoPersonalData();
};

void TestCli::versionAndHelp()
{
    const CliResult version = runDsrctl({ QStringLiteral("--version") });
    EXPECT_EXIT(version, 0);
    QVERIFY2(version.out.contains(QStringLiteral(DSR_VERSION)), qPrintable(describe(version)));

    const CliResult help
        = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help") });
    EXPECT_EXIT(help, 0);
    const QStringList commands { QStringLiteral("init"),
                                 QStringLiteral("passwd"),
                                 QStringLiteral("user add"),
                                 QStringLiteral("user list"),
                                 QStringLiteral("user edit"),
                                 QStringLiteral("user disable"),
                                 QStringLiteral("user enable"),
                                 QStringLiteral("user unlock"),
                                 QStringLiteral("user reset-password"),
                                 QStringLiteral("audit verify"),
                                 QStringLiteral("audit list"),
                                 QStringLiteral("audit export"),
                                 QStringLiteral("settings list"),
                                 QStringLiteral("settings set"),
                                 QStringLiteral("upgrade"),
                                 QStringLiteral("migrate"),
                                 QStringLiteral("help") };
    for (const QString &c : commands)
        QVERIFY2(help.out.contains(QStringLiteral("dsrctl ") + c + QLatin1Char(' '))
                     || help.out.contains(QStringLiteral("dsrctl ") + c + QLatin1Char('\n')),
                 qPrintable(c));
    const QStringList options {
        QStringLiteral("--db"),       QStringLiteral("--user"),    QStringLiteral("--password-stdin"),
        QStringLiteral("--lang"),     QStringLiteral("--version"), QStringLiteral("--admin"),
        QStringLiteral("--name"),     QStringLiteral("--roles"),   QStringLiteral("--json"),
        QStringLiteral("--since"),    QStringLiteral("--until"),   QStringLiteral("--action"),
        QStringLiteral("--entity"),   QStringLiteral("--by"),      QStringLiteral("--limit"),
        QStringLiteral("--org-name"), QStringLiteral("--regime"),  QStringLiteral("--app-role"),
        QStringLiteral("--from"),     QStringLiteral("--to"),      QStringLiteral("postgresql://")
    };
    for (const QString &o : options)
        QVERIFY2(help.out.contains(o), qPrintable(o));
    for (Role r : Roles::all())
        QVERIFY2(help.out.contains(Roles::id(r)), qPrintable(Roles::id(r)));
    for (const SettingInfo &s : Settings::all())
        QVERIFY2(help.out.contains(s.name), qPrintable(s.name));
    for (int code = 0; code <= 5; ++code)
        QVERIFY2(help.out.contains(QRegularExpression(QStringLiteral("\\n  %1  \\S").arg(code))),
                 qPrintable(QString::number(code)));

    // --help is the same overview; -h after a command is that command's help.
    const CliResult dashHelp
        = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    EXPECT_EXIT(dashHelp, 0);
    QCOMPARE(dashHelp.out, help.out);
}

void TestCli::helpForOneCommand()
{
    const CliResult userAdd
        = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help"),
                      QStringLiteral("user"), QStringLiteral("add") });
    EXPECT_EXIT(userAdd, 0);
    QVERIFY(userAdd.out.contains(QStringLiteral("--roles")));
    QVERIFY(userAdd.out.contains(QStringLiteral("line 2"))); // the stdin order is documented
    QVERIFY(userAdd.out.contains(QStringLiteral("privacy_officer")));
    QVERIFY(!userAdd.out.contains(QStringLiteral("audit verify")));

    const CliResult viaFlag
        = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("-h") });
    EXPECT_EXIT(viaFlag, 0);
    QCOMPARE(viaFlag.out, userAdd.out);

    const CliResult group = runDsrctl({ QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("help"), QStringLiteral("settings") });
    EXPECT_EXIT(group, 0);
    QVERIFY(group.out.contains(QStringLiteral("dsrctl settings set KEY VALUE")));
    QVERIFY(group.out.contains(QStringLiteral("security.lockout_threshold")));

    EXPECT_EXIT(runDsrctl({ QStringLiteral("help"), QStringLiteral("frobnicate") }), 2);
}

void TestCli::usageErrors()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    const QList<QStringList> cases {
        {},
        { QStringLiteral("frobnicate") },
        { QStringLiteral("--frobnicate"), QStringLiteral("user"), QStringLiteral("list") },
        { QStringLiteral("user") },
        { QStringLiteral("user"), QStringLiteral("frobnicate") },
        { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--frobnicate") },
        { QStringLiteral("user"), QStringLiteral("list") }, // no --user
        { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
          QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--roles"), QStringLiteral("clerk") },
        { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
          QStringLiteral("bob"), QStringLiteral("--roles"), QStringLiteral("clerk"),
          QStringLiteral("--name") },
        { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("settings"),
          QStringLiteral("set"), QStringLiteral("legal.regime") },
        { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
          QStringLiteral("disable"), QStringLiteral("a"), QStringLiteral("b") },
        { QStringLiteral("--user") },
        { QStringLiteral("--lang=fr"), QStringLiteral("help") },
        { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin") }, // no --name
        { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json=yes") },
    };
    for (const QStringList &args : cases) {
        const CliResult r = ctl(db, args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
        QVERIFY2(isOneLine(r.err), qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    }
    // Empty arguments where a login, path or file is needed (an unset shell variable).
    EXPECT_EXIT(ctl(db,
                    { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                      QStringLiteral("disable"), QString() }),
                2);
    EXPECT_EXIT(
        ctl(db, { QStringLiteral("--user"), QString(), QStringLiteral("user"), QStringLiteral("list") }), 2);
    EXPECT_EXIT(runDsrctl({ QStringLiteral("--db"), QString(), QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list") }),
                2);
    // The unknown command and option messages point at the help.
    QVERIFY(ctl(db, { QStringLiteral("frobnicate") }).err.contains(QStringLiteral("dsrctl help")));
    QVERIFY(ctl(db, { QStringLiteral("--frobnicate") }).err.contains(QStringLiteral("dsrctl help")));
    // Usage errors are found before any database is created.
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::initTwiceConflicts()
{
    FreshDatabase fresh(QStringLiteral("init.sqlite"));
    const QString db = fresh.path();
    const QStringList init { QStringLiteral("init"),           QStringLiteral("--admin"),
                             QStringLiteral("admin"),          QStringLiteral("--name"),
                             QStringLiteral("管理者"),         QStringLiteral("--org-name"),
                             QStringLiteral("テスト共済組合"), QStringLiteral("--regime"),
                             QStringLiteral("public"),         QStringLiteral("--password-stdin") };
    const CliResult first = ctl(db, init, kAdminLine);
    EXPECT_EXIT(first, 0);
    QVERIFY(first.out.contains(QStringLiteral("admin")));

    const CliResult second = ctl(db, init, kAdminLine);
    EXPECT_EXIT(second, 5);

    // The organisation options were stored, and the administrator can log in.
    const CliResult settings
        = asAdmin(db, { QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EXIT(settings, 0);
    const QJsonArray array = parseArray(settings);
    QCOMPARE(findBy(array, QStringLiteral("key"), QStringLiteral("organisation.name"))
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("テスト共済組合"));
    QCOMPARE(findBy(array, QStringLiteral("key"), QStringLiteral("legal.regime"))
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("public"));
}

void TestCli::initLeavesNothingBehindOnFailure()
{
    FreshDatabase fresh(QStringLiteral("bad-init.sqlite"));
    const QString db = fresh.path();
    // A bad organisation value: refused (exit 1) and no half-made database is left.
    const CliResult bad
        = ctl(db,
              { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                QStringLiteral("--name"), QStringLiteral("管理者"), QStringLiteral("--regime"),
                QStringLiteral("bogus"), QStringLiteral("--password-stdin") },
              kAdminLine);
    EXPECT_EXIT(bad, 1);
    QVERIFY(fresh.holdsNothing());
    // An empty name and a too-short password are refused too.
    EXPECT_EXIT(ctl(db,
                    { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--name"), QString(), QStringLiteral("--password-stdin") },
                    kAdminLine),
                1);
    EXPECT_EXIT(
        ctl(db,
            { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
              QStringLiteral("--name"), QStringLiteral("管理者"), QStringLiteral("--password-stdin") },
            QStringLiteral("short\n")),
        1);
    QVERIFY(fresh.holdsNothing());
    if (onServer()) {
        // dsrctl never creates a server database: one that is not there is named in the refusal.
        const QString absent = db.left(db.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("dsr_absent");
        const CliResult r = asAdmin(absent, { QStringLiteral("user"), QStringLiteral("list") });
        EXPECT_EXIT(r, 4); // not found, as a missing file is
        QVERIFY2(r.err.contains(QStringLiteral("dsr_absent")), qPrintable(describe(r)));
        // Before init, the empty database has no account to log in with.
        EXPECT_EXIT(asAdmin(db, { QStringLiteral("user"), QStringLiteral("list") }), 3);
        QVERIFY(fresh.holdsNothing());
        return;
    }
    // Any other command on a missing file says so instead of creating it.
    EXPECT_EXIT(asAdmin(db, { QStringLiteral("user"), QStringLiteral("list") }), 4);
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::addUserAndListJson()
{
    TempDatabase t;
    t.initialize();
    const QString newPassword = QStringLiteral("first-password-77");
    const CliResult add
        = asAdmin(t.path(),
                  { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                    QStringLiteral("--name"), QStringLiteral("職員 ボブ"), QStringLiteral("--roles"),
                    QStringLiteral("clerk,chief"), QStringLiteral("--password-stdin") },
                  newPassword + QLatin1Char('\n'));
    EXPECT_EXIT(add, 0);

    const CliResult list
        = asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EXIT(list, 0);
    const QJsonArray users = parseArray(list);
    QCOMPARE(users.size(), 2);
    const QJsonObject bob = findBy(users, QStringLiteral("login"), QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    QVERIFY(bob.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(bob.value(QStringLiteral("name")).toString(), QStringLiteral("職員 ボブ"));
    QCOMPARE(bob.value(QStringLiteral("roles")).toArray(),
             QJsonArray({ QStringLiteral("clerk"), QStringLiteral("chief") }));
    QCOMPARE(bob.value(QStringLiteral("must_change_password")).toBool(), true);
    QCOMPARE(bob.value(QStringLiteral("disabled")).toBool(), false);
    QCOMPARE(bob.value(QStringLiteral("locked")).toBool(), false);
    const QJsonObject admin = findBy(users, QStringLiteral("login"), QStringLiteral("admin"));
    QCOMPARE(admin.value(QStringLiteral("roles")).toArray(), QJsonArray({ QStringLiteral("administrator") }));
    QCOMPARE(admin.value(QStringLiteral("must_change_password")).toBool(), false);

    // The same login again is a conflict; an unknown role is a usage error.
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                          QStringLiteral("--name"), QStringLiteral("B"), QStringLiteral("--roles"),
                          QStringLiteral("clerk"), QStringLiteral("--password-stdin") },
                        newPassword + QLatin1Char('\n')),
                5);
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                          QStringLiteral("--name"), QStringLiteral("C"), QStringLiteral("--roles"),
                          QStringLiteral("clerk,boss"), QStringLiteral("--password-stdin") },
                        newPassword + QLatin1Char('\n')),
                2);

    // user edit changes the roles.
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("bob"),
                          QStringLiteral("--roles"), QStringLiteral("manager") }),
                0);
    const QJsonArray after = parseArray(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(findBy(after, QStringLiteral("login"), QStringLiteral("bob"))
                 .value(QStringLiteral("roles"))
                 .toArray(),
             QJsonArray({ QStringLiteral("manager") }));
}

void TestCli::newUserMustChangePasswordFirst()
{
    TempDatabase t;
    t.initialize();
    const QString first = QStringLiteral("first-password-77");
    const QString second = QStringLiteral("second-password-88");
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dan"),
                          QStringLiteral("--name"), QStringLiteral("職員 ダン"), QStringLiteral("--roles"),
                          QStringLiteral("clerk"), QStringLiteral("--password-stdin") },
                        first + QLatin1Char('\n')),
                0);

    const QStringList settingsList { QStringLiteral("settings"), QStringLiteral("list") };
    const CliResult refused = asUser(t.path(), QStringLiteral("dan"), first, settingsList);
    EXPECT_EXIT(refused, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("dsrctl --user dan passwd")), qPrintable(describe(refused)));

    // passwd: line 1 the current password, line 2 the new one.
    const CliResult passwd = asUser(t.path(), QStringLiteral("dan"), first, { QStringLiteral("passwd") },
                                    second + QLatin1Char('\n'));
    EXPECT_EXIT(passwd, 0);

    EXPECT_EXIT(asUser(t.path(), QStringLiteral("dan"), second, settingsList), 0);
    EXPECT_EXIT(asUser(t.path(), QStringLiteral("dan"), first, settingsList), 3);

    // A reset by the administrator brings the obligation back.
    const QString temporary = QStringLiteral("temporary-pass-99");
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("dan"),
                          QStringLiteral("--password-stdin") },
                        temporary + QLatin1Char('\n')),
                0);
    EXPECT_EXIT(asUser(t.path(), QStringLiteral("dan"), temporary, settingsList), 3);
}

void TestCli::wrongPasswordRefused()
{
    TempDatabase t;
    t.initialize();
    const QStringList userList { QStringLiteral("user"), QStringLiteral("list") };
    const CliResult wrong
        = asUser(t.path(), QStringLiteral("admin"), QStringLiteral("not-the-password"), userList);
    EXPECT_EXIT(wrong, 3);
    QVERIFY(wrong.out.isEmpty());
    EXPECT_EXIT(asUser(t.path(), QStringLiteral("nobody"), kPassword, userList), 3);
    // An empty standard input is a usage error, not a wrong password.
    EXPECT_EXIT(ctl(t.path(),
                    { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("user"), QStringLiteral("list") }),
                2);
    // The failure was counted and audited.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT failed_attempts FROM users WHERE login = 'admin'")), 1);
    QCOMPARE(scalar(t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed' AND "
                                   "user_login = 'admin'")),
             1);
    // The attempt on an unknown login is recorded without the login typed.
    QCOMPARE(scalar(t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed' AND "
                                   "user_login = ''")),
             1);
}

void TestCli::clerkRefusedAndRefusalAudited()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });

    const CliResult refused
        = asUser(t.path(), QStringLiteral("clerk1"), kPassword,
                 { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                   QStringLiteral("--name"), QStringLiteral("E"), QStringLiteral("--roles"),
                   QStringLiteral("administrator"), QStringLiteral("--password-stdin") },
                 QStringLiteral("evil-password-123\n"));
    EXPECT_EXIT(refused, 3);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM users WHERE login = 'eve'")), 0);

    const CliResult audit
        = asUser(t.path(), QStringLiteral("auditor1"), kPassword,
                 { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--action"), QStringLiteral("permission.denied") });
    EXPECT_EXIT(audit, 0);
    const QJsonArray entries = parseArray(audit);
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("permission.denied"));
    QCOMPARE(e.value(QStringLiteral("user_login")).toString(), QStringLiteral("clerk1"));
    QCOMPARE(e.value(QStringLiteral("details")).toObject().value(QStringLiteral("operation")).toString(),
             QStringLiteral("user.manage"));
    QVERIFY(e.value(QStringLiteral("seq")).toInteger() > 0);
    QCOMPARE(e.value(QStringLiteral("hash")).toString().size(), 64);

    // An administrator may not read the audit trail (administration is not oversight).
    EXPECT_EXIT(asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("list") }), 3);
}

void TestCli::missingUserNotFound()
{
    TempDatabase t;
    t.initialize();
    EXPECT_EXIT(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody") }),
        4);
    EXPECT_EXIT(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("nobody") }), 4);
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("nobody"),
                          QStringLiteral("--password-stdin") },
                        QStringLiteral("temporary-pass-99\n")),
                4);
}

void TestCli::disableAndEnable()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    const QStringList settingsList { QStringLiteral("settings"), QStringLiteral("list") };
    EXPECT_EXIT(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("clerk1") }),
        0);
    EXPECT_EXIT(asUser(t.path(), QStringLiteral("clerk1"), kPassword, settingsList), 3);
    EXPECT_EXIT(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("clerk1") }), 0);
    EXPECT_EXIT(asUser(t.path(), QStringLiteral("clerk1"), kPassword, settingsList), 0);
    // Nobody disables their own account or changes their own roles: a permission refusal.
    EXPECT_EXIT(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("admin") }), 3);
    const CliResult selfRoles
        = asAdmin(t.path(),
                  { QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("admin"),
                    QStringLiteral("--roles"), QStringLiteral("administrator,clerk") });
    EXPECT_EXIT(selfRoles, 3);
    QVERIFY2(selfRoles.err.contains(QStringLiteral("own roles")), qPrintable(describe(selfRoles)));
    // Still no clerk: the request register stays closed to the administrator.
    EXPECT_EXIT(asAdmin(t.path(), { QStringLiteral("request"), QStringLiteral("list") }), 3);
}

void TestCli::lockoutAndUnlock()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    t.addUser(admin, QStringLiteral("locky"), { Role::Clerk });
    const QStringList settingsList { QStringLiteral("settings"), QStringLiteral("list") };
    for (int i = 0; i < 5; ++i)
        EXPECT_EXIT(asUser(t.path(), QStringLiteral("locky"), QStringLiteral("wrong-password-%1").arg(i),
                           settingsList),
                    3);
    const CliResult locked = asUser(t.path(), QStringLiteral("locky"), kPassword, settingsList);
    EXPECT_EXIT(locked, 3);
    QVERIFY2(locked.err.contains(QStringLiteral("locked")), qPrintable(describe(locked)));

    const QJsonArray users = parseArray(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(findBy(users, QStringLiteral("login"), QStringLiteral("locky"))
                 .value(QStringLiteral("locked"))
                 .toBool(),
             true);

    EXPECT_EXIT(
        asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("locky") }), 0);
    EXPECT_EXIT(asUser(t.path(), QStringLiteral("locky"), kPassword, settingsList), 0);
}

void TestCli::auditVerifyIntact()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    changeSettings(t.db(), admin);
    const qint64 before = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(before >= 4);
    const CliResult verify = asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("verify") });
    EXPECT_EXIT(verify, 0);
    // The administrator's own login is entry before+1; the verification's record comes after.
    QVERIFY2(verify.out.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(before + 1))),
             qPrintable(describe(verify)));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.verify'")),
             1);
}

void TestCli::auditVerifyFindsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("expectedSeq");
    // Entry 3 is the creation of clerk1 (1: system.initialize, 2: the administrator's user.create).
    QTest::newRow("edit details of 3") << QStringList { QStringLiteral(
        "UPDATE audit_log SET details = replace(details, '\"clerk\"', '\"administrator\"') WHERE seq = 3") }
                                       << 3;
    QTest::newRow("delete 4") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq = 4") } << 4;
    QTest::newRow("swap 3 and 4") << QStringList {
        QStringLiteral("CREATE TEMP TABLE keep AS SELECT * FROM audit_log WHERE seq IN (3, 4)"),
        QStringLiteral("UPDATE audit_log SET (at_utc, user_id, user_login, action, entity_type, "
                       "entity_id, details, prev_hash, hash) = (SELECT at_utc, user_id, user_login, "
                       "action, entity_type, entity_id, details, prev_hash, hash FROM keep WHERE "
                       "keep.seq = 7 - audit_log.seq) WHERE seq IN (3, 4)"),
        QStringLiteral("DROP TABLE keep")
    } << 3;
    QTest::newRow("insert after 5") << QStringList {
        QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq > 5"),
        QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000"),
        QStringLiteral(
            "INSERT INTO audit_log (seq, at_utc, user_id, user_login, action, entity_type, entity_id, "
            "details, prev_hash, hash) SELECT 6, at_utc, user_id, user_login, 'user.create', entity_type, "
            "entity_id, details, hash, hash FROM audit_log WHERE seq = 5")
    } << 6;
}

void TestCli::auditVerifyFindsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(int, expectedSeq);
    TempDatabase t;
    const Actor admin = t.initialize();
    t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    changeSettings(t.db(), admin);
    changeSettings(t.db(), admin); // unchanged values: no entries
    SettingsService settings(t.db());
    QVERIFY(
        settings
            .save(admin, settings.load(admin).value(), { { Setting::Phone, QStringLiteral("03-0000-0002") } })
            .ok());
    QVERIFY(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")) >= 6);
    QVERIFY(AuditService::verifyChain(t.db())->intact);

    // The triggers (and on a server the grants) are what stands between a careless UPDATE and the
    // chain; an attacker holding the file or the owner role lifts them.
    t.liftGuards(QStringLiteral("audit_log"));
    for (QString sql : statements) {
        // The owner's statements run one connection each on the server: no temporary table.
        if (onServer())
            sql.replace(QStringLiteral("CREATE TEMP TABLE"), QStringLiteral("CREATE TABLE"));
        t.execAsOwner(sql);
    }
    QVERIFY(!AuditService::verifyChain(t.db())->intact);

    const CliResult verify = asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("verify") });
    EXPECT_EXIT(verify, 1);
    const auto match = QRegularExpression(QStringLiteral("broken at entry (\\d+)")).match(verify.err);
    QVERIFY2(match.hasMatch(), qPrintable(describe(verify)));
    QCOMPARE(match.captured(1).toInt(), expectedSeq);
    // The head reached — the last entry that checked out — is printed even on failure.
    QVERIFY2(verify.out.contains(QStringLiteral("entry %1, hash ").arg(expectedSeq - 1)),
             qPrintable(describe(verify)));
}

void TestCli::auditCheckpointFindsCutTail()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    changeSettings(t.db(), admin);
    const QString file = t.dir() + QStringLiteral("/checkpoint.json");
    const CliResult taken = asAdmin(
        t.path(), { QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), file });
    EXPECT_EXIT(taken, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject checkpoint = QJsonDocument::fromJson(f.readAll()).object();
    const qint64 seq = checkpoint.value(QStringLiteral("seq")).toInteger();
    const QString hash = checkpoint.value(QStringLiteral("hash")).toString();
    QCOMPARE(QFile::permissions(file) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT max(seq) FROM audit_log")), seq);
    QCOMPARE(scalar(t.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE seq = %1 AND action = "
                                   "'audit.checkpoint' AND hash = '%2'")
                        .arg(seq)
                        .arg(hash)),
             1);
    QVERIFY2(taken.out.contains(hash), qPrintable(describe(taken)));

    const QStringList verify { QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--checkpoint"), file };
    const CliResult intact = asAdmin(t.path(), verify);
    EXPECT_EXIT(intact, 0);
    QVERIFY2(intact.out.contains(QStringLiteral("Head: entry %1, hash ").arg(seq + 1)),
             qPrintable(describe(intact)));
    QVERIFY2(intact.out.contains(QStringLiteral("checkpoint")), qPrintable(describe(intact)));

    // Cut the tail below the checkpoint. Without the checkpoint the shorter chain is consistent;
    // the next program run appends its login where the cut entries were.
    t.liftGuards(QStringLiteral("audit_log"));
    t.execAsOwner(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(seq - 3));
    const CliResult cut = asAdmin(t.path(), verify);
    EXPECT_EXIT(cut, 1);
    const auto match = QRegularExpression(QStringLiteral("broken at entry (\\d+)")).match(cut.err);
    QVERIFY2(match.hasMatch(), qPrintable(describe(cut)));
    QCOMPARE(match.captured(1).toLongLong(), seq - 2); // seq - 3 is this run's own login
    QVERIFY2(cut.err.contains(QStringLiteral("cut off")), qPrintable(describe(cut)));
    QVERIFY2(cut.out.contains(QStringLiteral("Head: entry %1, hash ").arg(seq - 3)),
             qPrintable(describe(cut)));
    EXPECT_EXIT(asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("verify") }), 0);
}

void TestCli::auditCheckpointFileRefusedWhenBad()
{
    TempDatabase t;
    t.initialize();
    const QString missing = t.dir() + QStringLiteral("/none.json");
    const CliResult absent = asAdmin(
        t.path(),
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), missing });
    EXPECT_EXIT(absent, 2);
    QVERIFY2(absent.err.contains(missing), qPrintable(describe(absent)));
    QFile junk(t.dir() + QStringLiteral("/junk.json"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not json");
    junk.close();
    const CliResult bad = asAdmin(t.path(),
                                  { QStringLiteral("audit"), QStringLiteral("verify"),
                                    QStringLiteral("--checkpoint"), junk.fileName() });
    EXPECT_EXIT(bad, 2);
    QVERIFY2(bad.err.contains(junk.fileName()), qPrintable(describe(bad)));
    EXPECT_EXIT(asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("checkpoint") }), 2); // no --out

    // A checkpoint of another database: refused, and the head of this one is still printed.
    TempDatabase other;
    const Actor otherAdmin = other.initialize();
    const QString foreign = t.dir() + QStringLiteral("/foreign.json");
    QVERIFY(AuditService(other.db()).writeCheckpointFile(otherAdmin, foreign).ok());
    const CliResult wrong = asAdmin(
        t.path(),
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), foreign });
    EXPECT_EXIT(wrong, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("another database")), qPrintable(describe(wrong)));
    QVERIFY2(wrong.out.contains(QStringLiteral("Head: entry ")), qPrintable(describe(wrong)));
}

// A trail written before the audit key existed (plain SHA-256, no key file) is switched by the
// first dsrctl run: the key is created (owner-only) and the switch is the next entry.
void TestCli::unkeyedTrailSwitchesOnFirstRun()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    changeSettings(t.db(), admin);
    const QString keyPath = AuditRepository(t.db()).keyPath().value();
    t.liftGuards(QStringLiteral("audit_log"));
    QList<AuditRecord> all = AuditRepository(t.db()).list({}).value();
    std::reverse(all.begin(), all.end());
    QString prev = AuditChain::genesisHash();
    for (AuditRecord r : all) {
        r.scheme = AuditScheme::Sha256;
        r.prevHash = prev;
        r.hash = AuditChain::computeHash(r);
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET scheme = 1, prev_hash = '%1', hash = '%2' "
                                     "WHERE seq = %3")
                          .arg(r.prevHash, r.hash)
                          .arg(r.seq));
        prev = r.hash;
    }
    QVERIFY(QFile::remove(keyPath));
    const qint64 n = all.size();

    const CliResult verify = asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("verify") });
    EXPECT_EXIT(verify, 0);
    QVERIFY(QFile::exists(keyPath));
    QCOMPARE(QFile::permissions(keyPath) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT seq FROM audit_log WHERE action = 'audit.keyed'")), n + 1);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE scheme = 2")),
             scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE seq > %1").arg(n)));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE scheme = 1")), n);
    EXPECT_EXIT(asAdmin(t.path(), { QStringLiteral("audit"), QStringLiteral("verify") }), 0);
}

void TestCli::auditListFiltersAndExport()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
    changeSettings(t.db(), admin);
    const QString db = t.path();
    auto auditor
        = [&](const QStringList &args) { return asUser(db, QStringLiteral("auditor1"), kPassword, args); };

    const CliResult all
        = auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EXIT(all, 0);
    // Every entry up to the listing; the listing's own entry (audit.list) comes after it.
    const qint64 total = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QCOMPARE(parseArray(all).size(), total - 1);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.list'")), 1);

    const CliResult settingsOnly
        = auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--entity"), QStringLiteral("settings"), QStringLiteral("--by"),
                    QStringLiteral("admin") });
    EXPECT_EXIT(settingsOnly, 0);
    const QJsonArray changes = parseArray(settingsOnly);
    QCOMPARE(changes.size(), 2);
    for (const QJsonValue &v : changes) {
        QCOMPARE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("settings.change"));
        QCOMPARE(v.toObject().value(QStringLiteral("user_login")).toString(), QStringLiteral("admin"));
    }

    const CliResult limited
        = auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--action"), QStringLiteral("auth."), QStringLiteral("--limit"),
                    QStringLiteral("1") });
    EXPECT_EXIT(limited, 0);
    const QJsonArray one = parseArray(limited);
    QCOMPARE(one.size(), 1);
    QVERIFY(one.first()
                .toObject()
                .value(QStringLiteral("action"))
                .toString()
                .startsWith(QStringLiteral("auth.")));

    const CliResult future
        = auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--since"), QStringLiteral("2999-01-01") });
    EXPECT_EXIT(future, 0);
    QCOMPARE(parseArray(future).size(), 0);
    const CliResult upToNow
        = auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--since"), QStringLiteral("2000-01-01"), QStringLiteral("--until"),
                    QStringLiteral("2999-12-31") });
    EXPECT_EXIT(upToNow, 0);
    QVERIFY(parseArray(upToNow).size() >= total);

    EXPECT_EXIT(auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                          QStringLiteral("2024-02-30") }),
                2);
    EXPECT_EXIT(auditor({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("0") }),
                2);

    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("audit.csv"));
    const CliResult exported = auditor({ QStringLiteral("audit"), QStringLiteral("export"), csv,
                                         QStringLiteral("--entity"), QStringLiteral("settings") });
    EXPECT_EXIT(exported, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"
                            "seq,at_utc,"));
    QCOMPARE(data.count("\r\n"), 1 + 2); // header and the two settings changes
    QVERIFY(data.contains("settings.change"));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'")),
             1);

    EXPECT_EXIT(auditor({ QStringLiteral("audit"), QStringLiteral("export"),
                          out.filePath(QStringLiteral("no/such/x.csv")) }),
                1);
}

void TestCli::newerSchemaRefused()
{
    TempDatabase t;
    t.initialize();
    t.execAsOwner(
        QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, '2099-01-01')"));
    const CliResult r = asAdmin(t.path(), { QStringLiteral("user"), QStringLiteral("list") });
    EXPECT_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("999")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("version %1").arg(Database::latestSchemaVersion())),
             qPrintable(describe(r)));
    // init on it is refused the same way, not as "already set up".
    EXPECT_EXIT(ctl(t.path(),
                    { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--password-stdin") },
                    kAdminLine),
                1);
}

void TestCli::notADatabaseRefused()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 37 + 11) & 0xff));
        f.write(bytes);
    }
    const CliResult r = asAdmin(junk, { QStringLiteral("user"), QStringLiteral("list") });
    EXPECT_EXIT(r, 1);
    QVERIFY2(r.err.contains(junk), qPrintable(describe(r)));
    // Nothing was written into the foreign file.
    QCOMPARE(QFileInfo(junk).size(), 4096);

    // A folder is refused too, for init as well.
    EXPECT_EXIT(asAdmin(dir.path(), { QStringLiteral("user"), QStringLiteral("list") }), 1);
    EXPECT_EXIT(ctl(dir.path(),
                    { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--password-stdin") },
                    kAdminLine),
                1);
}

void TestCli::settingsSetAndBadValue()
{
    TempDatabase t;
    t.initialize();
    const auto settingsJson = [&] {
        return parseArray(asAdmin(
            t.path(), { QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json") }));
    };
    const auto valueOf = [](const QJsonArray &a, const QString &key) {
        return findBy(a, QStringLiteral("key"), key).value(QStringLiteral("value")).toString();
    };
    const qint64 entriesBefore
        = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'"));

    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("settings"), QStringLiteral("set"),
                          QStringLiteral("security.lockout_threshold"), QStringLiteral("99") }),
                1);
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("legal.regime"),
                          QStringLiteral("bogus") }),
                1);
    EXPECT_EXIT(asAdmin(t.path(),
                        { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("no.such.key"),
                          QStringLiteral("1") }),
                2);
    // A receipt number format that cannot tell requests apart would stop all intake: refused, named.
    for (const QString &format : { QStringLiteral("FIXED"), QStringLiteral("{bogus}-{seq}"),
                                   QStringLiteral("{fiscal_year}-{seq:99}") }) {
        const CliResult refused = asAdmin(t.path(),
                                          { QStringLiteral("settings"), QStringLiteral("set"),
                                            QStringLiteral("requests.receipt_format"), format });
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("{")), qPrintable(refused.err));
    }
    const QJsonArray unchanged = settingsJson();
    QCOMPARE(valueOf(unchanged, QStringLiteral("requests.receipt_format")),
             QStringLiteral("{era_initial}{era_year}-{seq:4}"));
    QCOMPARE(valueOf(unchanged, QStringLiteral("security.lockout_threshold")), QStringLiteral("5"));
    QCOMPARE(valueOf(unchanged, QStringLiteral("legal.regime")), QStringLiteral("private"));
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")),
        entriesBefore);

    // A good value is stored trimmed and audited.
    const CliResult set = asAdmin(t.path(),
                                  { QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("organisation.phone"), QStringLiteral(" 03-1234-5678 ") });
    EXPECT_EXIT(set, 0);
    QCOMPARE(set.out.trimmed(), QStringLiteral("organisation.phone = 03-1234-5678"));
    QCOMPARE(valueOf(settingsJson(), QStringLiteral("organisation.phone")), QStringLiteral("03-1234-5678"));
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")),
        entriesBefore + 1);
}

void TestCli::passwordsNeverEchoed()
{
    FreshDatabase fresh(QStringLiteral("echo.sqlite"));
    const QString db = fresh.path();
    const QString adminPw = QStringLiteral("admin-secret-EchoCheck1");
    const QString userPw = QStringLiteral("user-secret-EchoCheck2");
    const QString newPw = QStringLiteral("user-secret-EchoCheck3");
    const QString tempPw = QStringLiteral("user-secret-EchoCheck4");
    QList<CliResult> runs;
    runs << ctl(db,
                { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                  QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--password-stdin") },
                adminPw + QLatin1Char('\n'));
    runs << asUser(db, QStringLiteral("admin"), adminPw,
                   { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("frank"),
                     QStringLiteral("--name"), QStringLiteral("F"), QStringLiteral("--roles"),
                     QStringLiteral("clerk"), QStringLiteral("--password-stdin") },
                   userPw + QLatin1Char('\n'));
    runs << asUser(db, QStringLiteral("frank"), userPw, { QStringLiteral("passwd") },
                   newPw + QLatin1Char('\n'));
    runs << asUser(db, QStringLiteral("admin"), adminPw,
                   { QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("frank"),
                     QStringLiteral("--password-stdin") },
                   tempPw + QLatin1Char('\n'));
    runs << asUser(db, QStringLiteral("frank"), QStringLiteral("wrong-") + newPw,
                   { QStringLiteral("settings"), QStringLiteral("list") });
    for (int i = 0; i < runs.size(); ++i) {
        const CliResult &r = runs.at(i);
        QVERIFY2(r.exitCode == (i == runs.size() - 1 ? 3 : 0), qPrintable(describe(r)));
        for (const QString &pw : { adminPw, userPw, newPw, tempPw }) {
            QVERIFY2(!r.out.contains(pw), qPrintable(describe(r)));
            QVERIFY2(!r.err.contains(pw), qPrintable(describe(r)));
        }
    }
}

void TestCli::noTerminalWithoutPasswordStdin()
{
    TempDatabase t;
    t.initialize();
    // setsid() detaches the child from any controlling terminal, as under cron or CI.
    auto runDetached = [](const QStringList &args) {
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"),
                QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return CliResult { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                           QString::fromUtf8(p.readAllStandardError()) };
    };
    const CliResult login
        = runDetached({ QStringLiteral("--db"), t.path(), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("user"), QStringLiteral("list") });
    EXPECT_EXIT(login, 2);
    QVERIFY2(login.err.contains(QStringLiteral("--password-stdin")), qPrintable(describe(login)));

    FreshDatabase fresh;
    const CliResult init = runDetached({ QStringLiteral("--db"), fresh.path(), QStringLiteral("init"),
                                         QStringLiteral("--admin"), QStringLiteral("admin"),
                                         QStringLiteral("--name"), QStringLiteral("A") });
    EXPECT_EXIT(init, 2);
    QVERIFY2(init.err.contains(QStringLiteral("--password-stdin")), qPrintable(describe(init)));
    QVERIFY(fresh.holdsNothing());
}

void TestCli::logsCarryNoPersonalData()
{
    const QString name = QStringLiteral("検証用氏名ＸＹＺ");
    const QString adminPw = QStringLiteral("log-privacy-Secret1");
    const QString userPw = QStringLiteral("log-privacy-Secret2");
    FreshDatabase fresh(QStringLiteral("privacy.sqlite"));
    const QString db = fresh.path();

    EXPECT_EXIT(ctl(db,
                    { QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--name"), name, QStringLiteral("--head-name"), name,
                      QStringLiteral("--password-stdin") },
                    adminPw + QLatin1Char('\n')),
                0);
    EXPECT_EXIT(asUser(db, QStringLiteral("admin"), adminPw,
                       { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("gina"),
                         QStringLiteral("--name"), name + QStringLiteral("二"), QStringLiteral("--roles"),
                         QStringLiteral("clerk"), QStringLiteral("--password-stdin") },
                       userPw + QLatin1Char('\n')),
                0);
    // Wrong passwords, and a name typed where the login belongs.
    EXPECT_EXIT(
        asUser(db, QStringLiteral("gina"), name, { QStringLiteral("passwd") }, userPw + QLatin1Char('\n')),
        3);
    EXPECT_EXIT(asUser(db, name, adminPw, { QStringLiteral("user"), QStringLiteral("list") }), 3);
    EXPECT_EXIT(asUser(db, QStringLiteral("admin"), adminPw + QStringLiteral("x"),
                       { QStringLiteral("user"), QStringLiteral("list") }),
                3);
    EXPECT_EXIT(asUser(db, QStringLiteral("admin"), adminPw,
                       { QStringLiteral("settings"), QStringLiteral("set"),
                         QStringLiteral("organisation.head_name"), name + QStringLiteral("三") }),
                0);
    EXPECT_EXIT(asUser(db, QStringLiteral("admin"), adminPw,
                       { QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("gina"),
                         QStringLiteral("--name"), name + QStringLiteral("四") }),
                0);
    // Refused values that contain the name.
    EXPECT_EXIT(asUser(db, QStringLiteral("admin"), adminPw,
                       { QStringLiteral("settings"), QStringLiteral("set"),
                         QStringLiteral("organisation.head_name"), name.repeated(10) }),
                1);
    EXPECT_EXIT(
        asUser(db, QStringLiteral("admin"), adminPw, { QStringLiteral("user"), QStringLiteral("list") }), 0);

    const QString logDir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dsrdesk/dsrdesk/logs");
    const QFileInfo logFile(logDir + QStringLiteral("/dsrctl.log"));
    QVERIFY2(!qEnvironmentVariableIsEmpty("XDG_DATA_HOME"), "the test must run with its own XDG_DATA_HOME");
    QVERIFY2(logFile.exists(), qPrintable(logFile.filePath()));
    QVERIFY(logFile.size() > 0);

    const QList<QByteArray> secrets { name.toUtf8(), QStringLiteral("ＸＹＺ").toUtf8(), adminPw.toUtf8(),
                                      userPw.toUtf8() };
    int files = 0;
    QDirIterator it(logDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        for (const QByteArray &secret : secrets)
            QVERIFY2(!content.contains(secret),
                     qPrintable(f.fileName() + QStringLiteral(" contains a secret")));
    }
    QVERIFY(files >= 1);
    // The scenario above really was logged (ids and events), so the check is not vacuous.
    QFile log(logFile.filePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray content = log.readAll();
    QVERIFY(content.contains("command user add"));
    QVERIFY(content.contains("command settings set"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
