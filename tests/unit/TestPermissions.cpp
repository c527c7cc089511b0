// Who may do what: the permission table itself, and every service operation tried by a user of
// every role — allowed ones go through, refused ones fail with a Permission error and leave a
// permission.denied entry in the audit trail.

#include "TestSupport.h"
#include "security/Permissions.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"

#include <QBuffer>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

// The expected table, written out independently of Permissions.cpp.
// Columns: clerk, chief, manager, privacy_officer, administrator, auditor.
struct Row
{
    Operation op;
    const char *id;
    bool allowed[6];
};
const Row kTable[] = {
    { Operation::UserManage, "user.manage", { false, false, false, false, true, false } },
    { Operation::UserList, "user.list", { false, false, false, false, true, false } },
    { Operation::SettingsRead, "settings.read", { true, true, true, true, true, true } },
    { Operation::SettingsEdit, "settings.edit", { false, false, false, false, true, false } },
    { Operation::AuditRead, "audit.read", { false, false, false, true, false, true } },
    { Operation::AuditVerify, "audit.verify", { false, false, false, true, true, true } },
    { Operation::RequestRead, "request.read", { true, true, true, true, false, false } },
    { Operation::RequestRegister, "request.register", { true, false, false, false, false, false } },
    { Operation::RequestApprove, "request.approve", { false, true, true, true, false, false } },
    { Operation::LetterIssue, "letter.issue", { true, false, false, false, false, false } },
    { Operation::MemberEdit, "member.edit", { true, false, false, false, false, false } },
    { Operation::CalendarEdit, "calendar.edit", { false, false, false, false, true, false } },
    { Operation::DataErase, "data.erase", { false, false, false, true, false, false } },
    { Operation::Backup, "backup.make", { false, false, false, false, true, false } },
};
const Role kRoles[]
    = { Role::Clerk, Role::Chief, Role::Manager, Role::PrivacyOfficer, Role::Administrator, Role::Auditor };

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

    // Built once: an administrator, a "target" clerk and one user per role. Each test row works
    // on its own copy, so Argon2id runs a handful of times instead of hundreds.
    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin;
    QHash<int, Actor> m_actors;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        // Made on the engine under test and saved as a fixture each row copies (TempDatabase(file)).
        TempDatabase fixture;
        Database *db = &fixture.db();
        AccountService accounts(*db);
        auto admin = accounts.initialize(
            {}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
        QVERIFY(admin.ok());
        m_admin = admin.value();
        QVERIFY(accounts.addUser(
            m_admin,
            NewUser { QStringLiteral("target"), QStringLiteral("対象"), { Role::Clerk }, kPassword }));
        for (int c = 0; c < 6; ++c) {
            const QString login = QStringLiteral("actor_") + Roles::id(kRoles[c]);
            auto id = accounts.addUser(m_admin,
                                       NewUser { login, QStringLiteral("職員"), { kRoles[c] }, kPassword });
            QVERIFY(id.ok());
            // As if they had already changed their first password.
            QVERIFY(UserRepository(*db).setPassword(
                id.value(), UserRepository(*db).passwordHash(id.value()).value(), false));
            m_actors.insert(c, Actor { id.value(), login, QStringLiteral("職員"), { kRoles[c] }, false });
        }
        fixture.saveAs(m_fixture);
    }

    void tableCoversEveryOperation()
    {
        QCOMPARE(int(std::size(kTable)), int(Permissions::allOperations().size()));
    }

    void everyOperationTimesEveryRole_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("role");
        for (int r = 0; r < int(std::size(kTable)); ++r)
            for (int c = 0; c < 6; ++c)
                QTest::addRow("%s by %s", kTable[r].id, qPrintable(Roles::id(kRoles[c]))) << r << c;
    }
    void everyOperationTimesEveryRole()
    {
        QFETCH(int, row);
        QFETCH(int, role);
        const Row &expected = kTable[row];
        QCOMPARE(Permissions::id(expected.op), QString::fromLatin1(expected.id));
        QCOMPARE(Permissions::allowed(RoleSet { kRoles[role] }, expected.op), expected.allowed[role]);
        QVERIFY(!Permissions::describe(expected.op).isEmpty());
    }

    void administrationDoesNotShowRequestContents()
    {
        QVERIFY(!Permissions::allowed({ Role::Administrator }, Operation::RequestRead));
        QVERIFY(!Permissions::allowed({ Role::Administrator }, Operation::AuditRead));
        // Several roles combine.
        QVERIFY(Permissions::allowed({ Role::Administrator, Role::Clerk }, Operation::RequestRead));
    }

    // Every service operation, tried by a user holding exactly one role.
    void serviceOperationsTimesEveryRole_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("role");
        const QStringList ops { QStringLiteral("user.add"),      QStringLiteral("user.list"),
                                QStringLiteral("user.update"),   QStringLiteral("user.disable"),
                                QStringLiteral("user.unlock"),   QStringLiteral("user.reset_password"),
                                QStringLiteral("settings.load"), QStringLiteral("settings.save"),
                                QStringLiteral("audit.list"),    QStringLiteral("audit.export"),
                                QStringLiteral("audit.verify"),  QStringLiteral("backup.make") };
        for (const QString &op : ops)
            for (int c = 0; c < 6; ++c)
                QTest::addRow("%s by %s", qPrintable(op), qPrintable(Roles::id(kRoles[c]))) << op << c;
    }
    void serviceOperationsTimesEveryRole()
    {
        QFETCH(QString, operation);
        QFETCH(int, role);
        static const QHash<QString, Operation> needs {
            { QStringLiteral("user.add"), Operation::UserManage },
            { QStringLiteral("user.list"), Operation::UserList },
            { QStringLiteral("user.update"), Operation::UserManage },
            { QStringLiteral("user.disable"), Operation::UserManage },
            { QStringLiteral("user.unlock"), Operation::UserManage },
            { QStringLiteral("user.reset_password"), Operation::UserManage },
            { QStringLiteral("settings.load"), Operation::SettingsRead },
            { QStringLiteral("settings.save"), Operation::SettingsEdit },
            { QStringLiteral("audit.list"), Operation::AuditRead },
            { QStringLiteral("audit.export"), Operation::AuditRead },
            { QStringLiteral("audit.verify"), Operation::AuditVerify },
            { QStringLiteral("backup.make"), Operation::Backup },
        };
        bool expected = false;
        for (const Row &r : kTable)
            if (r.op == needs.value(operation))
                expected = r.allowed[role];

        TempDatabase t(m_fixture);
        const Actor admin = m_admin;
        const Actor actor = m_actors.value(role);
        AccountService accounts(t.db());
        SettingsService settings(t.db());
        AuditService audit(t.db());
        const User target = accounts.findUser(admin, QStringLiteral("target")).value();

        Error error;
        bool failed = false;
        auto check = [&](const auto &result) {
            if (!result.ok()) {
                failed = true;
                error = result.error();
            }
        };
        if (operation == QLatin1String("user.add"))
            check(accounts.addUser(
                actor,
                NewUser { QStringLiteral("newuser"), QStringLiteral("新規"), { Role::Clerk }, kPassword }));
        else if (operation == QLatin1String("user.list"))
            check(accounts.listUsers(actor));
        else if (operation == QLatin1String("user.update")) {
            User edited = target;
            edited.roles = { Role::Chief };
            check(accounts.updateUser(actor, edited));
        } else if (operation == QLatin1String("user.disable"))
            check(accounts.setDisabled(actor, QStringLiteral("target"), true));
        else if (operation == QLatin1String("user.unlock"))
            check(accounts.unlock(actor, QStringLiteral("target")));
        else if (operation == QLatin1String("user.reset_password"))
            check(
                accounts.resetPassword(actor, QStringLiteral("target"), QStringLiteral("temporary-pass-9")));
        else if (operation == QLatin1String("settings.load"))
            check(settings.load(actor));
        else if (operation == QLatin1String("settings.save"))
            check(settings.save(actor, settings.loadForSystem().value(),
                                { { Setting::Phone, QStringLiteral("095-000-1111") } }));
        else if (operation == QLatin1String("audit.list"))
            check(audit.list(actor, {}));
        else if (operation == QLatin1String("audit.export")) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            check(audit.exportCsv(actor, {}, &buffer));
        } else if (operation == QLatin1String("audit.verify"))
            check(audit.verify(actor));
        else if (operation == QLatin1String("backup.make")) {
            QTemporaryDir out;
            auto made = BackupService(t.db()).backup(actor, out.filePath(QStringLiteral("b.dsrbackup")),
                                                     std::nullopt);
            // On a server an administrator is allowed but sent to pg_dump (a Validation refusal).
            if (made.ok() || !onServer() || made.error().code != ErrorCode::Validation)
                check(made);
        }

        if (expected) {
            QVERIFY2(!failed, qPrintable(error.message));
            return;
        }
        QVERIFY(failed);
        QCOMPARE(error.code, ErrorCode::Permission);
        QVERIFY(!error.message.isEmpty());
        // The refused attempt is itself in the trail, naming who and what.
        const auto last = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value();
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().action, QStringLiteral("permission.denied"));
        QCOMPARE(last.first().userLogin, actor.login);
        QVERIFY(last.first().details.contains(Permissions::id(needs.value(operation))));
        // And nothing changed.
        QCOMPARE(accounts.findUser(admin, QStringLiteral("target"))->version, target.version);
        QCOMPARE(settings.loadForSystem()->value(Setting::Phone), QStringLiteral("095-827-3137"));
    }

    void anonymousActorIsRefused()
    {
        TempDatabase t;
        t.initialize();
        SettingsService settings(t.db());
        QCOMPARE(settings.load(Actor {}).error().code, ErrorCode::Authentication);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
