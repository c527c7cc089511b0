#include "UserCommands.h"

#include "CliContext.h"
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

} // namespace dsr::cli
