#include "UserCommands.h"

#include "CliContext.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "services/AccountService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dsr::cli {

namespace {

Result<RoleSet> parseRoles(const QString &text)
{
    QString unknown;
    const auto roles = Roles::parseList(text, &unknown);
    if (!roles) {
        QStringList known;
        for (Role r : Roles::all())
            known << Roles::id(r);
        return makeError(ErrorCode::Usage,
                         UserCommands::tr("Unknown role “%1”. The roles are: %2.")
                             .arg(unknown, known.join(QStringLiteral(", "))));
    }
    return *roles;
}

// The administrator's own password (if from standard input) was line 1; the command's comes next.
bool commandPasswordFromStdin(const CliContext &ctx)
{
    return ctx.invocation().has(QStringLiteral("password-stdin"));
}

QString stateText(const User &u, const QDateTime &now)
{
    QStringList states;
    if (u.disabled)
        states << UserCommands::tr("disabled");
    if (u.isLockedAt(now))
        states << UserCommands::tr("locked");
    if (u.mustChangePassword)
        states << UserCommands::tr("must change password");
    return states.isEmpty() ? UserCommands::tr("active") : states.join(UserCommands::tr(", "));
}

} // namespace

Status UserCommands::add(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    AccountService accounts(ctx.database());
    // Refuse (and audit the refusal) before asking for a password that would be thrown away.
    if (Status s = accounts.checkMayManageUsers(ctx.actor()); !s)
        return s;
    NewUser user;
    user.login = ctx.positional(0);
    user.displayName = inv.value(QStringLiteral("name"));
    auto roles = parseRoles(inv.value(QStringLiteral("roles")));
    if (!roles)
        return roles.error();
    user.roles = roles.value();
    if (Status s = AccountService::validateLogin(user.login); !s)
        return s;
    auto password
        = ctx.newPassword(commandPasswordFromStdin(ctx), tr("First password for %1: ").arg(user.login));
    if (!password)
        return password.error();
    user.password = password.value();
    auto id = accounts.addUser(ctx.actor(), user);
    if (!id)
        return id.error();
    Console::out(tr("Created the account %1 (id %2). The password must be changed at the first login.")
                     .arg(user.login)
                     .arg(id.value()));
    return {};
}

Status UserCommands::list(CliContext &ctx)
{
    AccountService accounts(ctx.database());
    auto users = accounts.listUsers(ctx.actor());
    if (!users)
        return users.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const User &u : users.value())
            array.append(
                QJsonObject { { QStringLiteral("id"), u.id },
                              { QStringLiteral("login"), u.login },
                              { QStringLiteral("name"), u.displayName },
                              { QStringLiteral("roles"), QJsonArray::fromStringList(Roles::ids(u.roles)) },
                              { QStringLiteral("disabled"), u.disabled },
                              { QStringLiteral("locked"), u.isLockedAt(now) },
                              { QStringLiteral("must_change_password"), u.mustChangePassword } });
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return {};
    }
    QStringList lines { tr("ID\tLogin\tName\tRoles\tState") };
    for (const User &u : users.value())
        lines << QStringList { QString::number(u.id), u.login, u.displayName,
                               Roles::ids(u.roles).join(QLatin1Char(',')), stateText(u, now) }
                     .join(QLatin1Char('\t'));
    Console::out(lines.join(QLatin1Char('\n')));
    return {};
}

Status UserCommands::edit(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    if (!inv.has(QStringLiteral("name")) && !inv.has(QStringLiteral("roles")))
        return makeError(ErrorCode::Usage,
                         tr("Say what to change: --name NAME, --roles ROLE,ROLE… or both."));
    AccountService accounts(ctx.database());
    auto found = accounts.findUser(ctx.actor(), ctx.positional(0));
    if (!found)
        return found.error();
    User user = found.value();
    if (inv.has(QStringLiteral("name")))
        user.displayName = inv.value(QStringLiteral("name"));
    if (inv.has(QStringLiteral("roles"))) {
        auto roles = parseRoles(inv.value(QStringLiteral("roles")));
        if (!roles)
            return roles.error();
        user.roles = roles.value();
    }
    if (Status s = accounts.updateUser(ctx.actor(), user); !s)
        return s;
    Console::out(tr("The account %1 is changed.").arg(user.login));
    return {};
}

Status UserCommands::disable(CliContext &ctx)
{
    AccountService accounts(ctx.database());
    if (Status s = accounts.setDisabled(ctx.actor(), ctx.positional(0), true); !s)
        return s;
    Console::out(tr("The account %1 is disabled.").arg(ctx.positional(0)));
    return {};
}

Status UserCommands::enable(CliContext &ctx)
{
    AccountService accounts(ctx.database());
    if (Status s = accounts.setDisabled(ctx.actor(), ctx.positional(0), false); !s)
        return s;
    Console::out(tr("The account %1 is enabled.").arg(ctx.positional(0)));
    return {};
}

Status UserCommands::unlock(CliContext &ctx)
{
    AccountService accounts(ctx.database());
    if (Status s = accounts.unlock(ctx.actor(), ctx.positional(0)); !s)
        return s;
    Console::out(tr("The account %1 is unlocked.").arg(ctx.positional(0)));
    return {};
}

Status UserCommands::resetPassword(CliContext &ctx)
{
    AccountService accounts(ctx.database());
    // Find the account first, so that a typo is reported before a password is asked for.
    auto found = accounts.findUser(ctx.actor(), ctx.positional(0));
    if (!found)
        return found.error();
    if (Status s = accounts.checkMayManageUsers(ctx.actor()); !s)
        return s;
    auto password
        = ctx.newPassword(commandPasswordFromStdin(ctx), tr("Temporary password for %1: ").arg(found->login));
    if (!password)
        return password.error();
    if (Status s = accounts.resetPassword(ctx.actor(), found->login, password.value()); !s)
        return s;
    Console::out(
        tr("The account %1 has a temporary password, to be changed at the next login.").arg(found->login));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> UserCommands::commands()
{
    const OptionSpec kJson = CommandCatalog::jsonOption();
    return {
        { .path = QStringLiteral("user add"),
          .positionals = { QStringLiteral("LOGIN") },
          .options
          = { { QStringLiteral("name"), QStringLiteral("NAME"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The person's name as shown in the program."), true },
              { QStringLiteral("roles"), QStringLiteral("ROLE,ROLE…"),
                QT_TRANSLATE_NOOP("CommandCatalog", "One or more role ids separated by commas (see Roles)."),
                true },
              { QStringLiteral("password-stdin"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Read the new user's first password from standard input.") } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Create an account. The person must change the password at first login."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "When both the global --password-stdin and this command's --password-stdin are "
                              "given, line 1 of standard input is your own password and line 2 the new "
                              "user's password. Without this command's --password-stdin the new password is "
                              "asked twice on the terminal."),
          .needsUser = true,
          .run = &UserCommands::add },
        { .path = QStringLiteral("user list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "List the accounts with their roles and state."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: an array of objects with id, login, name, roles (role ids), disabled, "
                              "locked and must_change_password."),
          .needsUser = true,
          .run = &UserCommands::list },
        { .path = QStringLiteral("user edit"),
          .positionals = { QStringLiteral("LOGIN") },
          .options = { { QStringLiteral("name"), QStringLiteral("NAME"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "New name as shown in the program.") },
                       { QStringLiteral("roles"), QStringLiteral("ROLE,ROLE…"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Replace the roles with these role ids.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Change an account's name or roles."),
          .needsUser = true,
          .run = &UserCommands::edit },
        { .path = QStringLiteral("user disable"),
          .positionals = { QStringLiteral("LOGIN") },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Disable an account so that it can no longer log in."),
          .needsUser = true,
          .run = &UserCommands::disable },
        { .path = QStringLiteral("user enable"),
          .positionals = { QStringLiteral("LOGIN") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Enable a disabled account again."),
          .needsUser = true,
          .run = &UserCommands::enable },
        { .path = QStringLiteral("user unlock"),
          .positionals = { QStringLiteral("LOGIN") },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Unlock an account locked after too many wrong passwords."),
          .needsUser = true,
          .run = &UserCommands::unlock },
        { .path = QStringLiteral("user reset-password"),
          .positionals = { QStringLiteral("LOGIN") },
          .options
          = { { QStringLiteral("password-stdin"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Read the temporary password from standard input.") } },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Give an account a temporary password that must be changed at the next login."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "With both --password-stdin options, line 1 of standard input is your own "
                              "password and line 2 the temporary one."),
          .needsUser = true,
          .run = &UserCommands::resetPassword },
    };
}

} // namespace dsr::cli
