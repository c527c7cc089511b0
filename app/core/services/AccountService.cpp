#include "AccountService.h"

#include "../Logging.h"
#include "../security/PasswordHasher.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace dsr {

namespace {

Actor actorFor(const User &u)
{
    return Actor { u.id, u.login, u.displayName, u.roles, u.mustChangePassword };
}

QJsonObject userDetails(const User &u)
{
    return { { QStringLiteral("login"), u.login },
             { QStringLiteral("roles"), Roles::ids(u.roles).join(QLatin1Char(',')) },
             { QStringLiteral("disabled"), u.disabled } };
}

} // namespace

AccountService::AccountService(Database &db)
    : ServiceBase(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Status AccountService::validateLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(login).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The login must be 2–32 characters: lower-case letters, digits, '.', '_' or '-', "
                            "starting with a letter or digit."));
    return {};
}

Status AccountService::validateNewUser(const NewUser &user)
{
    if (Status s = validateLogin(user.login); !s)
        return s;
    if (user.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the person's name."));
    if (user.displayName.trimmed().size() > 60)
        return makeError(ErrorCode::Validation, tr("The name may have at most 60 characters."));
    if (user.roles.isEmpty())
        return makeError(ErrorCode::Validation, tr("Give the account at least one role."));
    return PasswordHasher::checkPolicy(user.password);
}

Result<bool> AccountService::needsInitialSetup()
{
    auto n = UserRepository(database()).count();
    if (!n)
        return n.error();
    return n.value() == 0;
}

Result<Actor> AccountService::initialize(const QHash<Setting, QString> &organisation, const NewUser &adminIn)
{
    NewUser admin = adminIn;
    admin.roles.insert(Role::Administrator);
    if (Status s = validateNewUser(admin); !s)
        return s.error();
    QHash<Setting, QString> values;
    for (auto it = organisation.constBegin(); it != organisation.constEnd(); ++it) {
        auto v = Settings::validate(it.key(), it.value());
        if (!v)
            return v.error();
        values.insert(it.key(), v.value());
    }
    auto hash = PasswordHasher::hash(admin.password);
    if (!hash)
        return hash.error();

    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    UserRepository users(database());
    auto count = users.count();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return makeError(ErrorCode::Conflict, tr("DSR Desk is already set up; log in instead."));
    SettingsRepository settings(database());
    auto current = settings.load();
    if (!current)
        return current.error();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (Status s = settings.store(it.key(), it.value(), current->version(it.key())); !s)
            return s.error();
    User u;
    u.login = admin.login;
    u.displayName = admin.displayName.trimmed();
    u.roles = admin.roles;
    u.mustChangePassword = false;
    auto id = users.insert(u, hash.value());
    if (!id)
        return id.error();
    u.id = id.value();
    u.version = 1;
    Actor actor = actorFor(u);
    AuditRepository audit(database());
    QJsonArray keys;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        keys.append(Settings::info(it.key()).name);
    if (auto s = audit.append(eventFor(actor, QStringLiteral("system.initialize"), QStringLiteral("database"),
                                       QString::number(database().schemaVersion()),
                                       { { QStringLiteral("settings"), keys } }));
        !s)
        return s.error();
    // Two first runs at once on a server both found no account above (SQLite's BEGIN IMMEDIATE
    // serialised them already). The audit trail's head is locked now until commit, and a count
    // taken under that lock sees the other run's administrator once it committed: the later run
    // is the one refused, with nothing of it kept.
    if (auto again = users.count(); !again)
        return again.error();
    else if (again.value() > 1)
        return makeError(ErrorCode::Conflict, tr("DSR Desk is already set up; log in instead."));
    if (auto s = audit.append(eventFor(actor, QStringLiteral("user.create"), QStringLiteral("user"),
                                       QString::number(u.id), userDetails(u)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcSecurity) << "initial administrator created, user id" << u.id;
    return actor;
}

Status AccountService::checkPassword(const User &account, const QString &password, const QString &action)
{
    const QDateTime now = m_clock();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    const int threshold = settings->intValue(Setting::LockoutThreshold);
    const int minutes = settings->intValue(Setting::LockoutMinutes);

    // The attempt is counted before the password is checked, in its own committed transaction:
    // parallel guesses each take the next number, and those past the threshold are not checked
    // at all, so no more than `threshold` passwords are ever tried before the account locks.
    User user = account;
    int attempt = 0;
    bool overThreshold = false;
    {
        Transaction tx(database());
        if (!tx.isActive())
            return tx.beginError();
        UserRepository users(database());
        auto fresh = users.findByIdLocked(account.id);
        if (!fresh)
            return fresh.error();
        if (!fresh.value())
            return makeError(ErrorCode::Authentication, tr("The account no longer exists."));
        user = *fresh.value();
        if (!user.disabled && !user.isLockedAt(now)) {
            auto counted = users.recordFailure(user.id);
            if (!counted)
                return counted.error();
            attempt = counted.value();
            if (attempt > threshold) {
                if (Status s = users.lockUntil(user.id, now.addSecs(qint64(minutes) * 60)); !s)
                    return s;
                if (auto s = AuditRepository(database())
                                 .append(eventFor(actorFor(user), QStringLiteral("user.locked"),
                                                  QStringLiteral("user"), QString::number(user.id),
                                                  { { QStringLiteral("minutes"), minutes } }));
                    !s)
                    return s.error();
                overThreshold = true;
                qCWarning(lcSecurity) << "account locked after failed logins, user id" << user.id;
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    const Actor who = actorFor(user);
    if (user.disabled || user.isLockedAt(now) || overThreshold) {
        // Not checked, but it costs the same: the time does not tell a locked account apart.
        PasswordHasher::verifyDummy(password);
        const QString reason = user.disabled ? QStringLiteral("disabled") : QStringLiteral("locked");
        (void)recordOnly(eventFor(who, action + QStringLiteral("_refused"), QStringLiteral("user"),
                                  QString::number(user.id), { { QStringLiteral("reason"), reason } }));
        if (user.disabled)
            return makeError(ErrorCode::Authentication,
                             tr("This account is disabled. Ask an administrator."));
        const QDateTime until = overThreshold ? now.addSecs(qint64(minutes) * 60) : user.lockedUntil;
        return makeError(
            ErrorCode::Authentication,
            tr("This account is locked after too many wrong passwords until %1. Try again then, or "
               "ask an administrator to unlock it.")
                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    }
    auto stored = UserRepository(database()).passwordHash(user.id);
    if (!stored)
        return stored.error();
    // The slow Argon2id check runs outside any transaction, so other desks are not held up.
    // On success the caller clears the count.
    if (PasswordHasher::verify(stored.value(), password))
        return {};

    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    UserRepository users(database());
    AuditRepository audit(database());
    // The account's row before the audit trail's head, as every writing transaction takes them:
    // on a server two desks taking them in opposite orders would deadlock.
    const bool locked = attempt >= threshold;
    if (locked) {
        if (Status s = users.lockUntil(user.id, now.addSecs(qint64(minutes) * 60)); !s)
            return s;
    }
    if (auto s = audit.append(eventFor(who, action + QStringLiteral("_failed"), QStringLiteral("user"),
                                       QString::number(user.id), { { QStringLiteral("attempt"), attempt } }));
        !s)
        return s.error();
    if (locked) {
        if (auto s
            = audit.append(eventFor(who, QStringLiteral("user.locked"), QStringLiteral("user"),
                                    QString::number(user.id), { { QStringLiteral("minutes"), minutes } }));
            !s)
            return s.error();
        qCWarning(lcSecurity) << "account locked after failed logins, user id" << user.id;
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (locked)
        return makeError(ErrorCode::Authentication,
                         tr("Wrong password. The account is now locked for %1 minutes.").arg(minutes));
    return makeError(ErrorCode::Authentication, tr("Wrong password."));
}

Status AccountService::loginRefused()
{
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    // One message for an unknown login, a wrong password, a locked and a disabled account: the
    // login box does not tell who exists.
    return makeError(ErrorCode::Authentication,
                     tr("Wrong login or password, or the account is locked or disabled. After %1 wrong "
                        "passwords an account is locked for %2 minutes; an administrator can unlock it "
                        "sooner.")
                         .arg(settings->intValue(Setting::LockoutThreshold))
                         .arg(settings->intValue(Setting::LockoutMinutes)));
}

Result<Actor> AccountService::authenticate(const QString &login, const QString &password)
{
    auto found = UserRepository(database()).findByLogin(login.trimmed());
    if (!found)
        return found.error();
    if (!found.value()) {
        // Costs the same hashing as a known login.
        PasswordHasher::verifyDummy(password);
        // The attempted login is not recorded: people type passwords into the login box.
        (void)recordOnly(eventFor(Actor {}, QStringLiteral("auth.login_failed"), QStringLiteral("user"),
                                  QStringLiteral("-"),
                                  { { QStringLiteral("reason"), QStringLiteral("unknown_login") } }));
        return loginRefused().error();
    }
    const User user = *found.value();
    if (Status s = checkPassword(user, password, QStringLiteral("auth.login")); !s) {
        if (s.error().code != ErrorCode::Authentication)
            return s.error();
        return loginRefused().error();
    }

    // A hash cheaper than today's cost (an older default, or one a test build made) is replaced
    // now that the password is known; never the other way round.
    QByteArray stronger;
    if (auto stored = UserRepository(database()).passwordHash(user.id);
        stored && PasswordHasher::weakerThanCurrent(stored.value())) {
        auto rehashed = PasswordHasher::hash(password);
        if (!rehashed)
            return rehashed.error();
        stronger = rehashed.value();
    }

    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = UserRepository(database()).clearFailures(user.id); !s)
        return s.error();
    if (!stronger.isEmpty()) {
        if (Status s = UserRepository(database()).setPassword(user.id, stronger, user.mustChangePassword); !s)
            return s.error();
    }
    QJsonObject details;
    if (!stronger.isEmpty())
        details.insert(QStringLiteral("rehashed"), true);
    if (auto s = AuditRepository(database())
                     .append(eventFor(actorFor(user), QStringLiteral("auth.login"), QStringLiteral("user"),
                                      QString::number(user.id), details));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcSecurity) << "login, user id" << user.id;
    return actorFor(user);
}

Status AccountService::reauthenticate(const Actor &actor, const QString &password)
{
    auto found = UserRepository(database()).findById(actor.userId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::Authentication, tr("The account no longer exists."));
    // On the lock screen the login is known: the message says what is wrong.
    if (Status s = checkPassword(*found.value(), password, QStringLiteral("auth.unlock")); !s)
        return s;
    return inTransaction([&] { return UserRepository(database()).clearFailures(actor.userId); },
                         [&] {
                             return eventFor(actor, QStringLiteral("auth.unlock"), QStringLiteral("user"),
                                             QString::number(actor.userId));
                         });
}

Status AccountService::changePassword(Actor &actor, const QString &oldPassword, const QString &newPassword)
{
    auto found = UserRepository(database()).findById(actor.userId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The account no longer exists."));
    if (Status s = checkPassword(*found.value(), oldPassword, QStringLiteral("user.password_change")); !s) {
        if (s.error().code == ErrorCode::Authentication && !found.value()->isLockedAt(m_clock()))
            return makeError(ErrorCode::Authentication, tr("The current password is wrong."));
        return s;
    }
    if (Status s = PasswordHasher::checkPolicy(newPassword); !s)
        return s;
    if (newPassword == oldPassword)
        return makeError(ErrorCode::Validation, tr("The new password must differ from the current one."));
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    Status s = inTransaction(
        [&] { return UserRepository(database()).setPassword(actor.userId, hash.value(), false); },
        [&] {
            return eventFor(actor, QStringLiteral("user.password_change"), QStringLiteral("user"),
                            QString::number(actor.userId));
        });
    if (s)
        actor.mustChangePassword = false;
    return s;
}

Result<qint64> AccountService::addUser(const Actor &actor, const NewUser &user)
{
    if (Status s = require(actor, Operation::UserManage, QStringLiteral("user")); !s)
        return s.error();
    if (Status s = validateNewUser(user); !s)
        return s.error();
    auto hash = PasswordHasher::hash(user.password);
    if (!hash)
        return hash.error();
    User u;
    u.login = user.login;
    u.displayName = user.displayName.trimmed();
    u.roles = user.roles;
    u.mustChangePassword = true;
    qint64 newId = 0;
    Status s = inTransaction(
        [&]() -> Status {
            UserRepository users(database());
            auto existing = users.findByLogin(u.login);
            if (!existing)
                return existing.error();
            if (existing.value())
                return makeError(ErrorCode::Conflict, tr("The login %1 is already taken.").arg(u.login));
            auto id = users.insert(u, hash.value());
            if (!id)
                return id.error();
            newId = id.value();
            return {};
        },
        [&] {
            return eventFor(actor, QStringLiteral("user.create"), QStringLiteral("user"),
                            QString::number(newId), userDetails(u));
        });
    if (!s)
        return s.error();
    qCInfo(lcSecurity) << "user created, id" << newId;
    return newId;
}

Result<QList<User>> AccountService::listUsers(const Actor &actor)
{
    if (Status s = require(actor, Operation::UserList, QStringLiteral("user")); !s)
        return s.error();
    return UserRepository(database()).all();
}

Status AccountService::checkMayManageUsers(const Actor &actor)
{
    return require(actor, Operation::UserManage, QStringLiteral("user"));
}

Result<User> AccountService::requireUser(const QString &login)
{
    auto found = UserRepository(database()).findByLogin(login);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no user with the login %1.").arg(login));
    return *found.value();
}

Result<User> AccountService::findUser(const Actor &actor, const QString &login)
{
    if (Status s = require(actor, Operation::UserList, QStringLiteral("user")); !s)
        return s.error();
    return requireUser(login);
}

Status AccountService::keepAnAdministrator(const User &before, const User &after)
{
    const bool wasActiveAdmin = before.roles.contains(Role::Administrator) && !before.disabled;
    const bool isActiveAdmin = after.roles.contains(Role::Administrator) && !after.disabled;
    if (!wasActiveAdmin || isActiveAdmin)
        return {};
    auto admins = UserRepository(database()).activeAdministratorCount();
    if (!admins)
        return admins.error();
    if (admins.value() <= 1)
        return makeError(ErrorCode::Validation,
                         tr("%1 is the last active administrator; make someone else an administrator first.")
                             .arg(before.login));
    return {};
}

Status AccountService::authorityChange(const Actor &actor, const User &before, const User &after)
{
    // Nobody changes their own roles or switches their own account off; an administrator's
    // roles and flag are changed by another administrator (only administrators manage accounts).
    const bool rolesChange = before.roles != after.roles;
    const bool disabledChange = before.disabled != after.disabled;
    if (!rolesChange && !disabledChange)
        return {};
    if (before.id == actor.userId) {
        (void)recordOnly(eventFor(actor, QStringLiteral("permission.denied"), QStringLiteral("user"),
                                  QString::number(before.id),
                                  { { QStringLiteral("operation"), QStringLiteral("user.update") },
                                    { QStringLiteral("reason"), QStringLiteral("own_account") } }));
        return makeError(ErrorCode::Permission,
                         rolesChange ? tr("Nobody changes their own roles; ask another administrator.")
                                     : tr("You cannot disable your own account."));
    }
    return {};
}

Status AccountService::updateUser(const Actor &actor, const User &user)
{
    if (Status s = require(actor, Operation::UserManage, QStringLiteral("user"), QString::number(user.id));
        !s)
        return s;
    if (user.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the person's name."));
    if (user.roles.isEmpty())
        return makeError(ErrorCode::Validation, tr("Give the account at least one role."));
    if (user.id == actor.userId) {
        // Checked (and the refusal recorded) before the change's transaction; checked again inside.
        auto current = UserRepository(database()).findById(user.id);
        if (!current)
            return current.error();
        if (current.value())
            if (Status s = authorityChange(actor, *current.value(), user); !s)
                return s;
    }
    User before;
    return inTransaction(
        [&]() -> Status {
            UserRepository users(database());
            auto found = users.findById(user.id);
            if (!found)
                return found.error();
            if (!found.value())
                return makeError(ErrorCode::NotFound, tr("The account no longer exists."));
            before = *found.value();
            if (before.version != user.version)
                return changedBySomeoneElse();
            if (before.id == actor.userId && (before.roles != user.roles || before.disabled != user.disabled))
                return makeError(ErrorCode::Permission,
                                 tr("Nobody changes their own roles; ask another "
                                    "administrator."));
            if (Status s = keepAnAdministrator(before, user); !s)
                return s;
            return users.update(user);
        },
        [&] {
            return eventFor(actor, QStringLiteral("user.update"), QStringLiteral("user"),
                            QString::number(user.id),
                            { { QStringLiteral("before"), userDetails(before) },
                              { QStringLiteral("after"), userDetails(user) } });
        });
}

Status AccountService::setDisabled(const Actor &actor, const QString &login, bool disabled)
{
    if (Status s = require(actor, Operation::UserManage, QStringLiteral("user")); !s)
        return s;
    auto user = requireUser(login);
    if (!user)
        return user.error();
    // Refused on one's own account by updateUser (authorityChange).
    User changed = user.value();
    changed.disabled = disabled;
    return updateUser(actor, changed);
}

Status AccountService::unlock(const Actor &actor, const QString &login)
{
    if (Status s = require(actor, Operation::UserManage, QStringLiteral("user")); !s)
        return s;
    auto user = requireUser(login);
    if (!user)
        return user.error();
    return inTransaction([&] { return UserRepository(database()).clearFailures(user->id); },
                         [&] {
                             return eventFor(actor, QStringLiteral("user.unlock"), QStringLiteral("user"),
                                             QString::number(user->id));
                         });
}

Status AccountService::resetPassword(const Actor &actor, const QString &login, const QString &newPassword)
{
    if (Status s = require(actor, Operation::UserManage, QStringLiteral("user")); !s)
        return s;
    auto user = requireUser(login);
    if (!user)
        return user.error();
    // A reset skips the current password: on one's own account that would step around it.
    if (user->id == actor.userId) {
        (void)recordOnly(eventFor(actor, QStringLiteral("permission.denied"), QStringLiteral("user"),
                                  QString::number(user->id),
                                  { { QStringLiteral("operation"), QStringLiteral("user.password_reset") },
                                    { QStringLiteral("reason"), QStringLiteral("own_account") } }));
        return makeError(ErrorCode::Permission,
                         tr("Change your own password with your current one (Change password), not by a "
                            "reset."));
    }
    if (Status s = PasswordHasher::checkPolicy(newPassword); !s)
        return s;
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    return inTransaction([&] { return UserRepository(database()).setPassword(user->id, hash.value(), true); },
                         [&] {
                             return eventFor(actor, QStringLiteral("user.password_reset"),
                                             QStringLiteral("user"), QString::number(user->id));
                         });
}

} // namespace dsr
