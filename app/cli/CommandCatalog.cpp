#include "CommandCatalog.h"

#include "AuditCommands.h"
#include "CliContext.h"
#include "Console.h"
#include "SettingsCommands.h"
#include "SetupCommands.h"
#include "UserCommands.h"
#include "model/Role.h"
#include "storage/Database.h"

#include <QSet>

namespace dsr::cli {

namespace {

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("CommandCatalog", text) : QString();
}

QList<OptionSpec> auditFilterOptions()
{
    return {
        { QStringLiteral("since"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries on or after this date (UTC).") },
        { QStringLiteral("until"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries on or before this date (UTC).") },
        { QStringLiteral("action"), QStringLiteral("PREFIX"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Only actions starting with this text, e.g. “auth.” or “permission.denied”.") },
        { QStringLiteral("entity"), QStringLiteral("TYPE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Only entries about this kind of thing, e.g. “user” or “settings”.") },
        { QStringLiteral("by"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries recorded for this login.") },
        { QStringLiteral("limit"), QStringLiteral("N"),
          QT_TRANSLATE_NOOP("CommandCatalog", "At most N entries, the newest first.") },
    };
}

const OptionSpec kJson { QStringLiteral("json"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Print JSON instead of a table.") };

QList<CommandSpec> buildCatalog()
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
    for (const auto &[option, setting] : SetupCommands::organisationOptions()) {
        const SettingInfo &info = Settings::info(setting);
        const QString valueName = info.type == SettingInfo::Type::Choice ? info.choices.join(QLatin1Char('|'))
                                                                         : QStringLiteral("TEXT");
        initOptions.append({ option, valueName, nullptr, false, setting });
    }

    QList<OptionSpec> listOptions = auditFilterOptions();
    listOptions.append(kJson);

    // Designated initialisers keep each entry readable; fields left out take the defaults of CommandSpec.
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
        { .path = QStringLiteral("audit verify"),
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Check the audit trail's hash chain from the first entry to the last."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Prints the number of entries checked. When an entry was altered, removed, "
                              "inserted or reordered, exits with 1 and names the first sequence number that "
                              "is wrong."),
          .needsUser = true,
          .run = &AuditCommands::verify },
        { .path = QStringLiteral("audit list"),
          .options = listOptions,
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Show audit trail entries."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: an array of objects with seq, at_utc, user_id, user_login, action, "
                              "entity_type, entity_id, details, prev_hash and hash."),
          .needsUser = true,
          .run = &AuditCommands::list },
        { .path = QStringLiteral("audit export"),
          .positionals = { QStringLiteral("FILE.csv") },
          .options = auditFilterOptions(),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Write audit trail entries to a CSV file (UTF-8, for spreadsheets)."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "An existing file is replaced. The export itself is recorded."),
          .needsUser = true,
          .run = &AuditCommands::exportCsv },
        { .path = QStringLiteral("settings list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Show the organisation settings."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with key, label, value and default."),
          .needsUser = true,
          .run = &SettingsCommands::list },
        { .path = QStringLiteral("settings set"),
          .positionals = { QStringLiteral("KEY"), QStringLiteral("VALUE") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Change one organisation setting (see Settings for the keys)."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog", "A value the setting does not accept changes nothing."),
          .needsUser = true,
          .run = &SettingsCommands::set },
        { .path = QStringLiteral("help"),
          .positionals = { QStringLiteral("COMMAND") },
          .optionalPositionals = 1,
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Show this overview, or the details of one command."),
          .repeatLastPositional = true,
          .opensDatabase = false,
          .run = &CommandCatalog::help },
    };
}

QString groupOf(const CommandSpec &spec)
{
    const qsizetype space = spec.path.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : spec.path.left(space);
}

QString optionUsage(const OptionSpec &o)
{
    const QString text = o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                               : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
    return o.required ? text : QStringLiteral("[%1]").arg(text);
}

QString optionHelp(const OptionSpec &o)
{
    if (o.setting) {
        return CommandCatalog::tr("Organisation setting “%1” (%2).")
            .arg(Settings::label(*o.setting), Settings::info(*o.setting).name);
    }
    return translated(o.help);
}

// Two-column lines: the term padded to a common width, then its explanation.
QString table(const QList<QPair<QString, QString>> &rows, int indent = 2)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    width = std::min<qsizetype>(width, 34);
    QStringList lines;
    for (const auto &[term, text] : rows) {
        const QString pad(indent, QLatin1Char(' '));
        if (term.size() > width)
            lines << pad + term << pad + QString(width + 2, QLatin1Char(' ')) + text;
        else
            lines << pad + term.leftJustified(width + 2) + text;
    }
    return lines.join(QLatin1Char('\n'));
}

QString settingRule(const SettingInfo &info)
{
    QString rule;
    switch (info.type) {
    case SettingInfo::Type::Text:
        rule = info.minimum > 0
            ? CommandCatalog::tr("text of %1 to %2 characters").arg(info.minimum).arg(info.maximum)
            : CommandCatalog::tr("text of at most %1 characters").arg(info.maximum);
        break;
    case SettingInfo::Type::Integer:
        rule = CommandCatalog::tr("whole number from %1 to %2").arg(info.minimum).arg(info.maximum);
        break;
    case SettingInfo::Type::Choice:
        rule = CommandCatalog::tr("one of %1").arg(info.choices.join(QStringLiteral(", ")));
        break;
    }
    return info.defaultValue.isEmpty()
        ? CommandCatalog::tr("%1: %2; empty by default").arg(Settings::label(info.key), rule)
        : CommandCatalog::tr("%1: %2; default %3").arg(Settings::label(info.key), rule, info.defaultValue);
}

QString rolesSection()
{
    QList<QPair<QString, QString>> rows;
    for (Role r : Roles::all())
        rows.append({ Roles::id(r), Roles::displayName(r) });
    return CommandCatalog::tr("Roles (for --roles):") + QLatin1Char('\n') + table(rows);
}

QString settingsSection()
{
    QList<QPair<QString, QString>> rows;
    for (const SettingInfo &info : Settings::all())
        rows.append({ info.name, settingRule(info) });
    return CommandCatalog::tr("Settings (KEY for “settings set”):") + QLatin1Char('\n') + table(rows);
}

QString exitCodesSection()
{
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("0"), CommandCatalog::tr("done") },
        { QStringLiteral("1"),
          CommandCatalog::tr("failed: a value was refused, the database or a file could not be "
                             "used, or the audit trail is broken") },
        { QStringLiteral("2"), CommandCatalog::tr("wrong command line, or no password available") },
        { QStringLiteral("3"), CommandCatalog::tr("authentication or permission refused") },
        { QStringLiteral("4"), CommandCatalog::tr("not found") },
        { QStringLiteral("5"),
          CommandCatalog::tr("conflict: already exists, already set up, or changed by someone "
                             "else") },
    };
    return CommandCatalog::tr("Exit codes (on failure, standard error has one line saying what was wrong):")
        + QLatin1Char('\n') + table(rows);
}

QString globalSection()
{
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("--db PATH"),
          CommandCatalog::tr("The database file (default: %1).").arg(Database::defaultPath()) },
        { QStringLiteral("--user LOGIN"),
          CommandCatalog::tr("Act as this user. The password is asked on the terminal without echo.") },
        { QStringLiteral("--password-stdin"),
          CommandCatalog::tr(
              "Read the acting user's password from the first line of standard input instead.") },
        { QStringLiteral("--lang ja|en"),
          CommandCatalog::tr("Language of the messages (default: Japanese).") },
        { QStringLiteral("--version"), CommandCatalog::tr("Print the version.") },
        { QStringLiteral("--help, -h"),
          CommandCatalog::tr("Show this help; after a command, that command's help.") },
    };
    return CommandCatalog::tr("Global options:") + QLatin1Char('\n') + table(rows);
}

QString passwordsSection()
{
    return CommandCatalog::tr("Passwords:") + QLatin1Char('\n')
        + CommandCatalog::tr(
               "  Passwords are never taken from the command line. Without --password-stdin they are "
               "asked on the terminal without echo (new ones twice). With --password-stdin, each "
               "password is one line of standard input, in this order: the acting user's password "
               "(global --password-stdin), then the command's password (the new, first or temporary "
               "password of init, passwd, user add or user reset-password).");
}

QString commandHelp(const CommandSpec &spec)
{
    QStringList parts;
    parts << QStringLiteral("dsrctl %1").arg(CommandCatalog::synopsis(spec));
    parts << QStringLiteral("  ") + translated(spec.summary);
    if (spec.details)
        parts << QStringLiteral("  ") + translated(spec.details);
    if (spec.needsUser)
        parts << QStringLiteral("  ") + CommandCatalog::tr("Needs --user LOGIN (and its password).");
    if (!spec.options.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const OptionSpec &o : spec.options)
            rows.append({ o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                                : QStringLiteral("--%1 %2").arg(o.name, o.valueName),
                          optionHelp(o) });
        parts << table(rows, 4);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

const QList<CommandSpec> &CommandCatalog::all()
{
    static const QList<CommandSpec> catalog = buildCatalog();
    return catalog;
}

const CommandSpec *CommandCatalog::find(const QString &path)
{
    for (const CommandSpec &spec : all())
        if (spec.path == path)
            return &spec;
    return nullptr;
}

bool CommandCatalog::isGroup(const QString &word)
{
    return !subcommands(word).isEmpty();
}

QStringList CommandCatalog::subcommands(const QString &group)
{
    QStringList out;
    for (const CommandSpec &spec : all())
        if (groupOf(spec) == group)
            out << spec.path.mid(group.size() + 1);
    return out;
}

QString CommandCatalog::synopsis(const CommandSpec &spec)
{
    QStringList parts { spec.path };
    const qsizetype firstOptional = spec.positionals.size() - spec.optionalPositionals;
    for (qsizetype i = 0; i < spec.positionals.size(); ++i) {
        QString p = spec.positionals.at(i);
        if (spec.repeatLastPositional && i == spec.positionals.size() - 1)
            p += QStringLiteral(" …");
        parts << (i >= firstOptional ? QStringLiteral("[%1]").arg(p) : p);
    }
    for (const OptionSpec &o : spec.options)
        parts << optionUsage(o);
    return parts.join(QLatin1Char(' '));
}

QString CommandCatalog::overview()
{
    QStringList parts;
    parts << tr("dsrctl %1 — DSR Desk on the command line.").arg(QCoreApplication::applicationVersion());
    parts << tr("Usage: %1")
                 .arg(QStringLiteral("dsrctl [--db PATH] [--user LOGIN] [--password-stdin] [--lang ja|en] "
                                     "COMMAND …"));
    parts << globalSection();
    parts << passwordsSection();
    QStringList commands { tr("Commands:") };
    for (const CommandSpec &spec : all()) {
        commands << QStringLiteral("  dsrctl %1").arg(synopsis(spec));
        commands << QStringLiteral("      ") + translated(spec.summary);
    }
    parts << commands.join(QLatin1Char('\n'));
    parts << rolesSection();
    parts << settingsSection();
    parts << exitCodesSection();
    parts << tr("Run “dsrctl help COMMAND” for the details of one command, e.g. “dsrctl help user add”.");
    return parts.join(QStringLiteral("\n\n"));
}

Result<QString> CommandCatalog::helpFor(const QStringList &topic)
{
    const QString path = topic.join(QLatin1Char(' '));
    if (const CommandSpec *spec = find(path)) {
        QStringList parts { commandHelp(*spec) };
        if (spec->path == QLatin1String("user add") || spec->path == QLatin1String("user edit"))
            parts << rolesSection();
        if (spec->path == QLatin1String("settings set") || spec->path == QLatin1String("settings list")
            || spec->path == QLatin1String("init"))
            parts << settingsSection();
        parts << exitCodesSection();
        return parts.join(QStringLiteral("\n\n"));
    }
    if (isGroup(path)) {
        QStringList parts;
        for (const CommandSpec &spec : all())
            if (groupOf(spec) == path)
                parts << commandHelp(spec);
        if (path == QLatin1String("user"))
            parts << rolesSection();
        if (path == QLatin1String("settings"))
            parts << settingsSection();
        parts << exitCodesSection();
        return parts.join(QStringLiteral("\n\n"));
    }
    return makeError(ErrorCode::Usage, tr("There is no command “%1”. %2").arg(path, CommandLine::helpHint()));
}

Status CommandCatalog::help(CliContext &ctx)
{
    const QStringList &topic = ctx.invocation().positionals;
    if (topic.isEmpty()) {
        Console::out(overview());
        return {};
    }
    auto text = helpFor(topic);
    if (!text)
        return text.error();
    Console::out(text.value());
    return {};
}

} // namespace dsr::cli
