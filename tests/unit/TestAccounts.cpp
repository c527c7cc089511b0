// Password hashing, the password policy, first-run set-up, login lockout and account states.

#include "TestSupport.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"

#include <QScopeGuard>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace dsr;
using namespace dsr::test;

class TestAccounts : public QObject
{
    Q_OBJECT

    static QStringList actions(Database &db)
    {
        QStringList out;
        auto all = AuditRepository(db).list({});
        for (const AuditRecord &r : all.value())
            out.prepend(r.action);
        return out;
    }

private Q_SLOTS:
    void hashIsArgon2idWithModerateLimits()
    {
        // The production default, without the suite's cheap test cost (see TestPasswordHasher).
        const bool hadTestCost = qEnvironmentVariableIsSet("DSR_TEST_HASH_COST");
        const QByteArray testCost = qgetenv("DSR_TEST_HASH_COST");
        qunsetenv("DSR_TEST_HASH_COST");
        const auto restore = qScopeGuard([&] {
            if (hadTestCost)
                qputenv("DSR_TEST_HASH_COST", testCost);
        });
        auto h = PasswordHasher::hash(kPassword);
        QVERIFY(h.ok());
        QVERIFY2(h->startsWith("$argon2id$v=19$m=262144,t=3,"), h->constData());
        QVERIFY(PasswordHasher::verify(h.value(), kPassword));
        QVERIFY(!PasswordHasher::verify(h.value(), kPassword + QLatin1Char('x')));
        QVERIFY(!PasswordHasher::needsRehash(h.value()));
        // Salted: the same password never hashes the same twice.
        QVERIFY(PasswordHasher::hash(kPassword).value() != h.value());
    }

    void policyCountsCharactersNotBytes_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("11 ascii") << QStringLiteral("abcdefghijk") << false;
        QTest::newRow("12 ascii") << QStringLiteral("abcdefghijkl") << true;
        QTest::newRow("12 kanji") << QStringLiteral("山田太郎山田太郎山田太郎") << true;
        QTest::newRow("11 kanji (33 bytes)") << QStringLiteral("山田太郎山田太郎山田太") << false;
        QTest::newRow("128") << QString(128, QLatin1Char('a')) << true;
        QTest::newRow("129") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("spaces") << QString(14, QLatin1Char(' ')) << false;
    }
    void policyCountsCharactersNotBytes()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Status s = PasswordHasher::checkPolicy(password);
        QCOMPARE(s.ok(), accepted);
        if (!accepted)
            QCOMPARE(s.error().code, ErrorCode::Validation);
    }

    void firstRunCreatesAdministratorAndSettingsOnce()
    {
        TempDatabase t;
        AccountService accounts(t.db());
        QCOMPARE(accounts.needsInitialSetup().value(), true);
        auto admin = accounts.initialize(
            { { Setting::HeadName, QStringLiteral("長崎 一郎") },
              { Setting::Regime, QStringLiteral("public") } },
            NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
        QVERIFY2(admin.ok(), qPrintable(admin.error().message));
        QVERIFY(admin->hasRole(Role::Administrator));
        QVERIFY(!admin->mustChangePassword);
        QCOMPARE(accounts.needsInitialSetup().value(), false);
        auto settings = SettingsService(t.db()).load(admin.value());
        QCOMPARE(settings->value(Setting::HeadName), QStringLiteral("長崎 一郎"));
        QCOMPARE(settings->value(Setting::Regime), QStringLiteral("public"));
        QCOMPARE(settings->value(Setting::OrganisationName), QStringLiteral("長崎県市町村職員共済組合"));
        QCOMPARE(settings->value(Setting::Phone), QStringLiteral("095-827-3137"));
        auto again = accounts.initialize(
            {}, NewUser { QStringLiteral("admin2"), QStringLiteral("x"), {}, kPassword });
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(UserRepository(t.db()).count().value(), qint64(1));
        QVERIFY(actions(t.db()).contains(QStringLiteral("system.initialize")));
    }

    void firstRunRefusesBadInputAndSavesNothing()
    {
        TempDatabase t;
        AccountService accounts(t.db());
        auto shortPw = accounts.initialize(
            {}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, QStringLiteral("short") });
        QCOMPARE(shortPw.error().code, ErrorCode::Validation);
        auto badLogin = accounts.initialize(
            {}, NewUser { QStringLiteral("Admin User"), QStringLiteral("管理者"), {}, kPassword });
        QCOMPARE(badLogin.error().code, ErrorCode::Validation);
        auto badSetting = accounts.initialize(
            { { Setting::IdleLockMinutes, QStringLiteral("0") } },
            NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
        QCOMPARE(badSetting.error().code, ErrorCode::Validation);
        QCOMPARE(accounts.needsInitialSetup().value(), true);
        QCOMPARE(AuditRepository(t.db()).count().value(), qint64(0));
    }

    void loginSucceedsAndIsAudited()
    {
        TempDatabase t;
        t.initialize();
        AccountService accounts(t.db());
        auto actor = accounts.authenticate(QStringLiteral("admin"), kPassword);
        QVERIFY(actor.ok());
        QCOMPARE(actor->login, QStringLiteral("admin"));
        QCOMPARE(actions(t.db()).last(), QStringLiteral("auth.login"));
    }

    void unknownLoginAndWrongPasswordLookAlike()
    {
        TempDatabase t;
        t.initialize();
        AccountService accounts(t.db());
        auto unknown = accounts.authenticate(QStringLiteral("nobody"), kPassword);
        auto wrong = accounts.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-1"));
        QCOMPARE(unknown.error().code, ErrorCode::Authentication);
        QCOMPARE(wrong.error().code, ErrorCode::Authentication);
        QCOMPARE(unknown.error().message, wrong.error().message);
        // Both attempts are in the trail; the attempted login is not (it may be a mistyped password).
        const auto entries = AuditRepository(t.db()).list({}).value();
        QCOMPARE(entries.at(0).action, QStringLiteral("auth.login_failed"));
        QCOMPARE(entries.at(1).action, QStringLiteral("auth.login_failed"));
        QCOMPARE(entries.at(1).userLogin, QString());
        QVERIFY(entries.at(1).details.contains(QStringLiteral("unknown_login")));
        for (const AuditRecord &r : entries)
            QVERIFY(!r.details.contains(QStringLiteral("nobody")) && r.userLogin != QStringLiteral("nobody"));
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        QDateTime now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());
        accounts.setClock([&] { return now; });
        for (int i = 1; i <= 4; ++i) {
            auto r
                = accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-%1").arg(i));
            QCOMPARE(r.error().code, ErrorCode::Authentication);
        }
        QCOMPARE(UserRepository(t.db()).findByLogin(QStringLiteral("clerk1")).value()->failedAttempts, 4);
        auto fifth = accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-5"));
        QVERIFY(fifth.error().message.contains(QStringLiteral("15")));
        QVERIFY(actions(t.db()).contains(QStringLiteral("user.locked")));
        // Locked: even the right password is refused, without touching the counter.
        now = now.addSecs(14 * 60);
        auto locked = accounts.authenticate(QStringLiteral("clerk1"), kPassword);
        QCOMPARE(locked.error().code, ErrorCode::Authentication);
        QVERIFY(actions(t.db()).last() == QStringLiteral("auth.login_refused"));
        now = now.addSecs(2 * 60);
        auto after = accounts.authenticate(QStringLiteral("clerk1"), kPassword);
        QVERIFY2(after.ok(), qPrintable(after.error().message));
        QCOMPARE(UserRepository(t.db()).findByLogin(QStringLiteral("clerk1")).value()->failedAttempts, 0);
    }

    void successResetsTheFailureCount()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 4; ++i)
                QVERIFY(!accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x"))
                             .ok());
            QVERIFY(accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
        }
    }

    // A hash cheaper than the current cost (here one the test cost made, read by a build at the
    // production cost) is replaced at the next login; a stronger one is never weakened.
    void loginUpgradesACheaperHashOnly()
    {
        const bool hadTestCost = qEnvironmentVariableIsSet("DSR_TEST_HASH_COST");
        const QByteArray testCost = qgetenv("DSR_TEST_HASH_COST");
        const auto restore = qScopeGuard([&] {
            if (hadTestCost)
                qputenv("DSR_TEST_HASH_COST", testCost);
            else
                qunsetenv("DSR_TEST_HASH_COST");
        });
        qputenv("DSR_TEST_HASH_COST", "minimum");
        TempDatabase t;
        const Actor admin = t.initialize();
        const qint64 id = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk }).userId;
        UserRepository users(t.db());
        const QByteArray cheap = users.passwordHash(id).value();
        const bool mustChange = users.findById(id).value()->mustChangePassword;
        QVERIFY2(!cheap.startsWith("$argon2id$v=19$m=262144,t=3,"), cheap.constData());
        QVERIFY(!PasswordHasher::weakerThanCurrent(cheap));
        QVERIFY(PasswordHasher::weakerThanCurrent("not a hash"));

        qunsetenv("DSR_TEST_HASH_COST"); // the production cost
        QVERIFY(PasswordHasher::weakerThanCurrent(cheap));
        AccountService accounts(t.db());
        QVERIFY(accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
        const QByteArray upgraded = users.passwordHash(id).value();
        QVERIFY2(upgraded.startsWith("$argon2id$v=19$m=262144,t=3,"), upgraded.constData());
        QVERIFY(PasswordHasher::verify(upgraded, kPassword));
        QCOMPARE(users.findById(id).value()->mustChangePassword, mustChange); // only the hash changed
        // A wrong password changes nothing.
        QVERIFY(!accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x")).ok());
        QCOMPARE(users.passwordHash(id).value(), upgraded);

        qputenv("DSR_TEST_HASH_COST", "minimum"); // a test build again: the strong hash stays
        QVERIFY(accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
        QCOMPARE(users.passwordHash(id).value(), upgraded);
    }

    void lockoutThresholdAndMinutesAreSettings()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::LockoutThreshold, QStringLiteral("3") },
                                { Setting::LockoutMinutes, QStringLiteral("60") } }));
        AccountService accounts(t.db());
        QDateTime now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());
        accounts.setClock([&] { return now; });
        for (int i = 0; i < 3; ++i)
            (void)accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x"));
        now = now.addSecs(59 * 60);
        QVERIFY(!accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
        now = now.addSecs(2 * 60);
        QVERIFY(accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
    }

    void administratorUnlocks()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        for (int i = 0; i < 5; ++i)
            (void)accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x"));
        QVERIFY(!accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
        QVERIFY(accounts.unlock(admin, QStringLiteral("clerk1")).ok());
        QVERIFY(accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
    }

    void newAccountsMustChangeTheirPassword()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AccountService accounts(t.db());
        QVERIFY(accounts.addUser(
            admin, NewUser { QStringLiteral("chief1"), QStringLiteral("係長"), { Role::Chief }, kPassword }));
        auto first = accounts.authenticate(QStringLiteral("chief1"), kPassword);
        QVERIFY(first.ok());
        Actor chief = first.value();
        QVERIFY(chief.mustChangePassword);
        // Until the change, the services refuse work.
        SettingsService settings(t.db());
        QCOMPARE(settings.load(chief).error().code, ErrorCode::Authentication);
        QCOMPARE(
            accounts
                .changePassword(chief, QStringLiteral("not-the-password"), QStringLiteral("new-password-123"))
                .error()
                .code,
            ErrorCode::Authentication);
        QCOMPARE(accounts.changePassword(chief, kPassword, kPassword).error().code, ErrorCode::Validation);
        QCOMPARE(accounts.changePassword(chief, kPassword, QStringLiteral("short")).error().code,
                 ErrorCode::Validation);
        QVERIFY(accounts.changePassword(chief, kPassword, QStringLiteral("new-password-123")).ok());
        QVERIFY(!chief.mustChangePassword);
        QVERIFY(settings.load(chief).ok());
        auto again = accounts.authenticate(QStringLiteral("chief1"), QStringLiteral("new-password-123"));
        QVERIFY(again.ok() && !again->mustChangePassword);
        QVERIFY(
            accounts.resetPassword(admin, QStringLiteral("chief1"), QStringLiteral("temporary-pass-9")).ok());
        QVERIFY(accounts.authenticate(QStringLiteral("chief1"), QStringLiteral("temporary-pass-9"))
                    ->mustChangePassword);
    }

    void disabledAccountCannotLogIn()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        QVERIFY(accounts.setDisabled(admin, QStringLiteral("clerk1"), true).ok());
        auto r = accounts.authenticate(QStringLiteral("clerk1"), kPassword);
        QCOMPARE(r.error().code, ErrorCode::Authentication);
        QVERIFY(r.error().message.contains(QStringLiteral("disabled")));
        QVERIFY(accounts.setDisabled(admin, QStringLiteral("clerk1"), false).ok());
        QVERIFY(accounts.authenticate(QStringLiteral("clerk1"), kPassword).ok());
    }

    void theLastAdministratorStays()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AccountService accounts(t.db());
        // Nobody switches off or demotes their own account (a permission matter since issue 9) …
        QCOMPARE(accounts.setDisabled(admin, QStringLiteral("admin"), true).error().code,
                 ErrorCode::Permission);
        User self = accounts.findUser(admin, QStringLiteral("admin")).value();
        self.roles = { Role::Auditor };
        QCOMPARE(accounts.updateUser(admin, self).error().code, ErrorCode::Permission);
        // … another administrator may, and the last active one stays.
        const Actor other = t.addUser(admin, QStringLiteral("admin2"), { Role::Administrator });
        QVERIFY(accounts.updateUser(other, self).ok());
        User second = accounts.findUser(other, QStringLiteral("admin2")).value();
        second.roles = { Role::Auditor };
        QCOMPARE(accounts.updateUser(other, second).error().code, ErrorCode::Permission);
    }

    void nobodyChangesTheirOwnRoles()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AccountService accounts(t.db());
        const User before = accounts.findUser(admin, QStringLiteral("admin")).value();
        // An administrator giving themselves the clerk's role would read every request.
        User self = before;
        self.roles = { Role::Administrator, Role::Clerk };
        const Status s = accounts.updateUser(admin, self);
        QCOMPARE(s.error().code, ErrorCode::Permission);
        QCOMPARE(actions(t.db()).last(), QStringLiteral("permission.denied"));
        QCOMPARE(accounts.findUser(admin, QStringLiteral("admin"))->roles, before.roles);
        QCOMPARE(RequestService(t.db()).list(admin, {}).error().code, ErrorCode::Permission);
        // Their own name they may change.
        User renamed = before;
        renamed.displayName = QStringLiteral("管理者 二");
        QVERIFY(accounts.updateUser(admin, renamed).ok());
        // A reset skips the current password: not on one's own account.
        QCOMPARE(accounts.resetPassword(admin, QStringLiteral("admin"), QStringLiteral("temporary-pass-9"))
                     .error()
                     .code,
                 ErrorCode::Permission);
        QVERIFY(accounts.authenticate(QStringLiteral("admin"), kPassword).ok());
        // An administrator's roles are changed by another administrator.
        const Actor admin2 = t.addUser(admin, QStringLiteral("admin2"), { Role::Administrator });
        User other = accounts.findUser(admin, QStringLiteral("admin2")).value();
        other.roles = { Role::Administrator, Role::Auditor };
        QVERIFY(accounts.updateUser(admin, other).ok());
        QVERIFY(
            accounts.resetPassword(admin2, QStringLiteral("admin"), QStringLiteral("temporary-pass-9")).ok());
    }

    void administrationGivesNoAccessToRequests()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const qint64 member = t.addMember(clerk, QStringLiteral("1"), QStringLiteral("田中太郎"),
                                          QStringLiteral("タナカタロウ"));
        Request d;
        d.type = RequestType::Disclosure;
        d.memberId = member;
        d.received = QDate(2025, 4, 1);
        d.summary = QStringLiteral("記録の開示");
        d.method = DisclosureMethod::Paper;
        auto r = RequestService(t.db()).registerRequest(clerk, d);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        RequestService requests(t.db());
        QCOMPARE(requests.openById(admin, r->id).error().code, ErrorCode::Permission);
        QCOMPARE(requests.list(admin, {}).error().code, ErrorCode::Permission);
        QCOMPARE(requests.history(admin, r->id).error().code, ErrorCode::Permission);
        QCOMPARE(WorkflowService(t.db()).details(admin, r->id).error().code, ErrorCode::Permission);
        QCOMPARE(MemberService(t.db()).find(admin, QStringLiteral("田中"), 10).error().code,
                 ErrorCode::Permission);
        QVERIFY(!Permissions::allowed({ Role::Administrator }, Operation::RequestRead));
    }

    void theDummyHashHasTheCurrentLimits()
    {
        QVERIFY(PasswordHasher::dummyHash().startsWith("$argon2id$"));
        QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::dummyHash()));
        QVERIFY(!PasswordHasher::verifyDummy(kPassword));
    }

    void anUnknownLoginCostsAHash()
    {
        TempDatabase t;
        t.initialize();
        AccountService accounts(t.db());
        const quint64 checked = PasswordHasher::verifyCount();
        const quint64 dummy = PasswordHasher::dummyVerifyCount();
        QVERIFY(!accounts.authenticate(QStringLiteral("nobody"), kPassword).ok());
        QCOMPARE(PasswordHasher::dummyVerifyCount(), dummy + 1);
        QCOMPARE(PasswordHasher::verifyCount(), checked);
        QVERIFY(!accounts.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password-1")).ok());
        QCOMPARE(PasswordHasher::verifyCount(), checked + 1);
        QCOMPARE(PasswordHasher::dummyVerifyCount(), dummy + 1);
    }

    void everyRefusedLoginSaysTheSame()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        t.addUser(admin, QStringLiteral("clerk2"), { Role::Clerk });
        AccountService accounts(t.db());
        QVERIFY(accounts.setDisabled(admin, QStringLiteral("clerk2"), true).ok());
        const QString unknown = accounts.authenticate(QStringLiteral("nobody"), kPassword).error().message;
        QVERIFY(!unknown.isEmpty());
        QStringList wrong;
        for (int i = 0; i < 5; ++i) // the fifth locks the account
            wrong << accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x"))
                         .error()
                         .message;
        const quint64 checked = PasswordHasher::verifyCount();
        const quint64 dummy = PasswordHasher::dummyVerifyCount();
        const QString locked = accounts.authenticate(QStringLiteral("clerk1"), kPassword).error().message;
        const QString disabled = accounts.authenticate(QStringLiteral("clerk2"), kPassword).error().message;
        // Locked and disabled: the password is not checked, but the same work is done.
        QCOMPARE(PasswordHasher::verifyCount(), checked);
        QCOMPARE(PasswordHasher::dummyVerifyCount(), dummy + 2);
        for (const QString &m : wrong)
            QCOMPARE(m, unknown);
        QCOMPARE(locked, unknown);
        QCOMPARE(disabled, unknown);
    }

    // Guesses at once from many desks: each takes its number before its password is checked, so
    // no more passwords are checked than the threshold allows, and the account ends locked.
    void parallelWrongPasswordsStopAtTheThreshold()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::LockoutThreshold, QStringLiteral("3") } }));
        const QString path = t.path();
        constexpr int kDesks = 8;
        const quint64 checkedBefore = PasswordHasher::verifyCount();
        std::atomic<int> ready { 0 };
        std::atomic<int> refused { 0 };
        std::atomic<int> failures { 0 };
        std::vector<std::thread> desks;
        for (int i = 0; i < kDesks; ++i)
            desks.emplace_back([&, i] {
                auto db = Database::open(path);
                if (!db) {
                    ++failures;
                    return;
                }
                AccountService accounts(*db.value());
                ++ready;
                while (ready.load() < kDesks)
                    std::this_thread::yield();
                auto r = accounts.authenticate(QStringLiteral("clerk1"),
                                               QStringLiteral("wrong-password-%1").arg(i));
                if (!r.ok() && r.error().code == ErrorCode::Authentication)
                    ++refused;
                else if (!r.ok())
                    ++failures; // a database error
            });
        for (std::thread &d : desks)
            d.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(refused.load(), kDesks);
        QVERIFY2(
            PasswordHasher::verifyCount() - checkedBefore <= 3,
            qPrintable(
                QStringLiteral("%1 passwords checked").arg(PasswordHasher::verifyCount() - checkedBefore)));
        // The trail agrees: at most three checked-and-wrong attempts, the rest refused unchecked.
        QVERIFY(actions(t.db()).count(QStringLiteral("auth.login_failed")) <= 3);
        const auto user = UserRepository(t.db()).findByLogin(QStringLiteral("clerk1")).value();
        QVERIFY(user->isLockedAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(!AccountService(t.db()).authenticate(QStringLiteral("clerk1"), kPassword).ok());
    }

    void userInputIsValidated()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AccountService accounts(t.db());
        QCOMPARE(
            accounts
                .addUser(admin,
                         NewUser { QStringLiteral("x"), QStringLiteral("名前"), { Role::Clerk }, kPassword })
                .error()
                .code,
            ErrorCode::Validation);
        QCOMPARE(
            accounts
                .addUser(
                    admin,
                    NewUser { QStringLiteral("clerk2"), QStringLiteral("  "), { Role::Clerk }, kPassword })
                .error()
                .code,
            ErrorCode::Validation);
        QCOMPARE(
            accounts
                .addUser(admin, NewUser { QStringLiteral("clerk2"), QStringLiteral("名前"), {}, kPassword })
                .error()
                .code,
            ErrorCode::Validation);
        QCOMPARE(UserRepository(t.db()).count().value(), qint64(1));
    }

    void roleChangesTakeEffectAtOnce()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        AuditService audit(t.db());
        QVERIFY(audit.list(auditor, {}).ok());
        AccountService accounts(t.db());
        User changed = accounts.findUser(admin, QStringLiteral("auditor1")).value();
        changed.roles = { Role::Clerk };
        QVERIFY(accounts.updateUser(admin, changed).ok());
        // The session still carries the auditor role; the service goes by the database.
        QCOMPARE(audit.list(auditor, {}).error().code, ErrorCode::Permission);
        QVERIFY(accounts.setDisabled(admin, QStringLiteral("auditor1"), true).ok());
        QCOMPARE(SettingsService(t.db()).load(auditor).error().code, ErrorCode::Authentication);
    }

    void unlockSaysWrongPassword()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AccountService accounts(t.db());
        const Status s = accounts.reauthenticate(admin, QStringLiteral("wrong-password-x"));
        QCOMPARE(s.error().message, QStringLiteral("Wrong password."));
    }

    void idleUnlockCountsFailuresLikeLogin()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        QCOMPARE(accounts.reauthenticate(clerk, QStringLiteral("wrong-password-x")).error().code,
                 ErrorCode::Authentication);
        QVERIFY(accounts.reauthenticate(clerk, kPassword).ok());
        for (int i = 0; i < 5; ++i)
            (void)accounts.reauthenticate(clerk, QStringLiteral("wrong-password-x"));
        QVERIFY(!accounts.reauthenticate(clerk, kPassword).ok());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
