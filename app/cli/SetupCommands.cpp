#include "SetupCommands.h"

#include "CliContext.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/ServerMigration.h"

#include <QJsonArray>
#include <QJsonObject>

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

Status SetupCommands::checkInit(CliContext &ctx)
{
    if (ctx.invocation().has(QStringLiteral("app-role"))
        && !DatabaseAccess::isServerLocation(ctx.databasePath()))
        return makeError(ErrorCode::Usage,
                         tr("--app-role grants a login role of a server database (postgresql://…); the "
                            "SQLite file %1 has no roles.")
                             .arg(ctx.displayPath()));
    return {};
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
            tr("The database %1 is already set up; log in with --user instead.").arg(ctx.displayPath()));

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
    // The desks' roles first: a role the server lacks stops init before anything is set up, and
    // init can simply be run again.
    const QStringList roles = inv.valueList(QStringLiteral("app-role"));
    for (const QString &role : roles)
        if (Status s = DatabaseAccess::grantApplicationRole(ctx.database(), role); !s)
            return s;
    auto actor = accounts.initialize(organisation, admin);
    if (!actor)
        return actor.error();
    QString done = tr("Set up %1 with the administrator %2.").arg(ctx.displayPath(), actor->login);
    if (!roles.isEmpty())
        done += QLatin1Char('\n') + tr("The role(s) %1 may use it.").arg(roles.join(QStringLiteral(", ")));
    Console::out(done);
    return {};
}

Status SetupCommands::upgrade(CliContext &ctx)
{
    Database &db = ctx.database();
    // Opening upgraded the schema already (as its owner on a server); new tables reach the desks'
    // roles only through the grants given again here.
    auto roles = DatabaseAccess::regrantApplicationRoles(db);
    if (!roles)
        return roles.error();
    const QString engine = DatabaseAccess::engineName(db);
    const QString version = DatabaseAccess::engineVersion(db);
    const int schema = DatabaseAccess::schemaVersion(db);
    if (ctx.invocation().has(QStringLiteral("json"))) {
        Console::json(QJsonObject { { QStringLiteral("engine"), engine },
                                    { QStringLiteral("engine_version"), version },
                                    { QStringLiteral("schema_version"), schema },
                                    { QStringLiteral("roles"), QJsonArray::fromStringList(roles.value()) } });
        return {};
    }
    QString text = tr("%1 %2, schema version %3.").arg(engine, version).arg(schema);
    if (!roles->isEmpty())
        text += QLatin1Char('\n') + tr("Rights granted again to: %1.").arg(roles->join(QStringLiteral(", ")));
    Console::out(text);
    return {};
}

Status SetupCommands::migrate(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString from = inv.value(QStringLiteral("from"));
    const QString to = inv.value(QStringLiteral("to"));
    if (from.isEmpty() || DatabaseAccess::isServerLocation(from))
        return makeError(ErrorCode::Usage, tr("--from names the desk's SQLite database file."));
    if (!DatabaseAccess::isServerLocation(to))
        return makeError(ErrorCode::Usage,
                         tr("--to names the server database, postgresql://OWNER@HOST:PORT/DATABASE."));
    const QString &auditKey = inv.global.auditKey;
    // Looked at before opening: opening a file that is not a database would make it one.
    if (Status s = ServerMigration::checkSource(from); !s)
        return s;
    auto source = DatabaseAccess::open(from, auditKey);
    if (!source)
        return source.error();
    // As every command does on opening: an old trail is keyed now, a keyed one needs its key.
    if (Status s = AuditService::ensureKeyed(*source.value()); !s)
        return s;
    auto target = ctx.openWithPassword(to, [&](const QString &password) {
        return ServerMigration::openEmptyTarget(to, auditKey, password);
    });
    if (!target)
        return target.error();
    auto report
        = ServerMigration::copy(*source.value(), *target.value(), inv.valueList(QStringLiteral("app-role")));
    if (!report)
        return report.error();

    if (inv.has(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const CopiedTable &t : report->tables)
            tables.insert(t.table, t.rows);
        Console::json(QJsonObject { { QStringLiteral("target"), DatabaseAccess::path(*target.value()) },
                                    { QStringLiteral("tables"), tables },
                                    { QStringLiteral("audit_entries"), report->auditEntries },
                                    { QStringLiteral("letters"), report->letters },
                                    { QStringLiteral("attachments"), report->attachments },
                                    { QStringLiteral("disclosure_files"), report->disclosureFiles },
                                    { QStringLiteral("roles"), QJsonArray::fromStringList(report->roles) } });
        return {};
    }
    QList<QStringList> rows { { tr("Table"), tr("Rows") } };
    for (const CopiedTable &t : report->tables)
        rows << QStringList { t.table, QString::number(t.rows) };
    QStringList lines { tr("Copied %1 to %2:").arg(from, DatabaseAccess::path(*target.value())) };
    for (const QString &line : Console::columns(rows).split(QLatin1Char('\n')))
        lines << QStringLiteral("  ") + line;
    lines << tr("Audit chain verified, %1 entries; %2 letters verified; %3 attachments verified.")
                 .arg(report->auditEntries)
                 .arg(report->letters)
                 .arg(report->attachments);
    if (!report->roles.isEmpty())
        lines << tr("The role(s) %1 may use it.").arg(report->roles.join(QStringLiteral(", ")));
    Console::out(lines.join(QLatin1Char('\n')));
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
        { QStringLiteral("app-role"),
          QStringLiteral("ROLE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Server databases only, connected as the schema's owner: let this login role "
                            "(the desks') read and write the data; repeatable."),
          false,
          {},
          true },
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
          .run = &SetupCommands::init,
          .check = &SetupCommands::checkInit },
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
        { .path = QStringLiteral("upgrade"),
          .options = { CommandCatalog::jsonOption() },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Upgrade the database's schema to this program and show the engine, "
                                       "its version and the schema version."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Needs no --user. On a server database, connect as the role that owns the schema "
              "(postgresql://OWNER@HOST:PORT/DATABASE): the desks' role may not change the schema. The "
              "roles granted with “init --app-role” are granted their rights again, so that new tables "
              "reach them. With --json: engine, engine_version, schema_version and roles."),
          .run = &SetupCommands::upgrade },
        { .path = QStringLiteral("migrate"),
          .options
          = { { QStringLiteral("from"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The single desk's SQLite database file."), true },
              { QStringLiteral("to"), QStringLiteral("URI"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The empty server database, as its owner: "
                                  "postgresql://OWNER@HOST:PORT/DATABASE."),
                true },
              { QStringLiteral("app-role"),
                QStringLiteral("ROLE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Let this login role (the desks') read and write the copy; repeatable."),
                false,
                {},
                true },
              CommandCatalog::jsonOption() },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Move a single desk's database to an empty server database."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Needs no --user: it runs where the file is, by whoever may read it and its audit key. "
              "Every row is copied with its id, in one transaction; the audit chain is verified on the "
              "server with the same audit key (--audit-key, or the file found by the database's "
              "identity, which moves with it), and every letter's and attachment's bytes are checked "
              "against their SHA-256. A server database that already holds data is refused (exit 5), and "
              "a file that is not a DSR Desk database (exit 1). The file is only read, after being opened "
              "as every command opens it (an older schema is upgraded, an old audit trail keyed)."),
          .opensDatabase = false,
          .run = &SetupCommands::migrate },
    };
}

} // namespace dsr::cli
