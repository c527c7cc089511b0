#include "SetupCommands.h"

#include "CliContext.h"
#include "Console.h"
#include "services/AccountService.h"

namespace dsr::cli {

const QList<QPair<QString, Setting>> &SetupCommands::organisationOptions()
{
    static const QList<QPair<QString, Setting>> options {
        { QStringLiteral("org-name"), Setting::OrganisationName },
        { QStringLiteral("head-title"), Setting::HeadTitle },
        { QStringLiteral("head-name"), Setting::HeadName },
        { QStringLiteral("division"), Setting::Division },
        { QStringLiteral("postal-code"), Setting::PostalCode },
        { QStringLiteral("address"), Setting::Address },
        { QStringLiteral("phone"), Setting::Phone },
        { QStringLiteral("symbol"), Setting::DocumentSymbol },
        { QStringLiteral("regime"), Setting::Regime },
    };
    return options;
}

Status SetupCommands::init(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    AccountService accounts(ctx.database());
    // Checked before asking for a password that could not be used anyway.
    auto empty = accounts.needsInitialSetup();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return makeError(
            ErrorCode::Conflict,
            tr("The database %1 is already set up; log in with --user instead.").arg(ctx.databasePath()));

    NewUser admin;
    admin.login = inv.value(QStringLiteral("admin"));
    admin.displayName = inv.value(QStringLiteral("name"));
    admin.roles = { Role::Administrator };
    if (Status s = AccountService::validateLogin(admin.login); !s)
        return s;
    QHash<Setting, QString> organisation;
    for (const auto &[option, setting] : organisationOptions()) {
        if (!inv.has(option))
            continue;
        auto valid = Settings::validate(setting, inv.value(option));
        if (!valid)
            return valid.error();
        organisation.insert(setting, valid.value());
    }

    const bool fromStdin = inv.has(QStringLiteral("password-stdin")) || inv.global.passwordStdin;
    auto password = ctx.newPassword(fromStdin, tr("Password for the administrator %1: ").arg(admin.login));
    if (!password)
        return password.error();
    admin.password = password.value();
    auto actor = accounts.initialize(organisation, admin);
    if (!actor)
        return actor.error();
    Console::out(tr("Set up %1 with the administrator %2.").arg(ctx.databasePath(), actor->login));
    return {};
}

Status SetupCommands::passwd(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const bool fromStdin = inv.global.passwordStdin || inv.has(QStringLiteral("password-stdin"));
    auto password = ctx.newPassword(fromStdin, tr("New password for %1: ").arg(ctx.actor().login));
    if (!password)
        return password.error();
    AccountService accounts(ctx.database());
    if (Status s = accounts.changePassword(ctx.actor(), ctx.actingPassword(), password.value()); !s)
        return s;
    Console::out(tr("The password of %1 is changed.").arg(ctx.actor().login));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> SetupCommands::commands()
{
    QList<OptionSpec> initOptions {
        { QStringLiteral("admin"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Login of the first administrator."), true },
        { QStringLiteral("name"), QStringLiteral("NAME"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The administrator's name as shown in the program."), true },
        { QStringLiteral("password-stdin"), QString(),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Read the administrator's password from standard input instead of asking twice.") },
    };
    for (const auto &[option, setting] : organisationOptions()) {
        const SettingInfo &info = Settings::info(setting);
        const QString valueName = info.type == SettingInfo::Type::Choice ? info.choices.join(QLatin1Char('|'))
                                                                         : QStringLiteral("TEXT");
        initOptions.append({ option, valueName, nullptr, false, setting });
    }
    return {
        { .path = QStringLiteral("init"),
          .options = initOptions,
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Set up a new database: the organisation settings and the first administrator."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Works only on a database without accounts. Settings not given keep their "
                              "defaults and can be changed later with “dsrctl settings set”."),
          .createsDatabase = true,
          .run = &SetupCommands::init },
        { .path = QStringLiteral("passwd"),
          .options
          = { { QStringLiteral("password-stdin"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Read the new password from standard input.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Change your own password."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Accounts created or reset by an administrator must do this before anything "
                              "else. With the global --password-stdin, line 1 of standard input is the "
                              "current password and line 2 the new one; otherwise the new password is asked "
                              "twice on the terminal."),
          .needsUser = true,
          .run = &SetupCommands::passwd },
    };
}

} // namespace dsr::cli
