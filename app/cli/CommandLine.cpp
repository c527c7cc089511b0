#include "CommandLine.h"

#include "CommandCatalog.h"

#include <algorithm>

namespace dsr::cli {

namespace {

// Options that belong to dsrctl itself rather than to one command. They are accepted after the
// command too, unless the command has an option of the same name (--password-stdin of
// "user add" is the new user's password, not the acting user's).
enum class GlobalOption { Database, AuditKey, User, Language, PasswordStdin, Version, Help };

std::optional<GlobalOption> globalOption(const QString &name)
{
    if (name == QLatin1String("db"))
        return GlobalOption::Database;
    if (name == QLatin1String("audit-key"))
        return GlobalOption::AuditKey;
    if (name == QLatin1String("user"))
        return GlobalOption::User;
    if (name == QLatin1String("lang"))
        return GlobalOption::Language;
    if (name == QLatin1String("password-stdin"))
        return GlobalOption::PasswordStdin;
    if (name == QLatin1String("version"))
        return GlobalOption::Version;
    if (name == QLatin1String("help"))
        return GlobalOption::Help;
    return std::nullopt;
}

bool isOption(const QString &token)
{
    return (token.startsWith(QLatin1String("--")) && token.size() > 2) || token == QLatin1String("-h");
}

struct OptionToken
{
    QString name;
    std::optional<QString> inlineValue; // --name=VALUE
};

OptionToken splitOption(const QString &token)
{
    if (token == QLatin1String("-h"))
        return { QStringLiteral("help"), std::nullopt };
    const QString body = token.mid(2);
    const qsizetype eq = body.indexOf(QLatin1Char('='));
    if (eq < 0)
        return { body, std::nullopt };
    return { body.left(eq), body.mid(eq + 1) };
}

Error usage(const QString &message)
{
    return makeError(ErrorCode::Usage, message);
}

} // namespace

QString CommandLine::helpHint()
{
    return tr("Run “dsrctl help” for the list of commands and options.");
}

QString CommandLine::languageOption(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        QString value;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (a.startsWith(QLatin1String("--lang=")))
            value = a.mid(7);
        else
            continue;
        return value == QLatin1String("ja") || value == QLatin1String("en") ? value : QString();
    }
    return {};
}

Result<Invocation> CommandLine::parse(const QStringList &args)
{
    Invocation inv;
    qsizetype i = 0;

    // Reads the value of option `name`, inline or from the next argument.
    auto takeValue = [&](const OptionToken &opt, const QString &valueName) -> Result<QString> {
        if (opt.inlineValue)
            return *opt.inlineValue;
        if (i + 1 >= args.size() || isOption(args.at(i + 1)))
            return usage(tr("The option --%1 needs a value (%2). %3").arg(opt.name, valueName, helpHint()));
        ++i;
        return args.at(i);
    };

    auto applyGlobal = [&](GlobalOption which, const OptionToken &opt) -> Status {
        auto setOnce = [&](QString &field, const QString &valueName) -> Status {
            if (!field.isNull())
                return usage(tr("The option --%1 is given more than once.").arg(opt.name));
            auto v = takeValue(opt, valueName);
            if (!v)
                return v.error();
            field = v.value();
            return {};
        };
        if ((which == GlobalOption::PasswordStdin || which == GlobalOption::Version
             || which == GlobalOption::Help)
            && opt.inlineValue)
            return usage(tr("The option --%1 takes no value.").arg(opt.name));
        switch (which) {
        case GlobalOption::Database:
            return setOnce(inv.global.database, QStringLiteral("PATH"));
        case GlobalOption::AuditKey:
            return setOnce(inv.global.auditKey, QStringLiteral("FILE"));
        case GlobalOption::User:
            return setOnce(inv.global.user, QStringLiteral("LOGIN"));
        case GlobalOption::Language:
            return setOnce(inv.global.language, QStringLiteral("ja|en"));
        case GlobalOption::PasswordStdin:
            inv.global.passwordStdin = true;
            return {};
        case GlobalOption::Version:
            inv.global.version = true;
            return {};
        case GlobalOption::Help:
            inv.global.help = true;
            return {};
        }
        return {};
    };

    // 1. Global options before the command.
    for (; i < args.size() && isOption(args.at(i)); ++i) {
        const OptionToken opt = splitOption(args.at(i));
        const auto which = globalOption(opt.name);
        if (!which)
            return usage(tr("Unknown option --%1. %2").arg(opt.name, helpHint()));
        if (Status s = applyGlobal(*which, opt); !s)
            return s.error();
    }
    if (i < args.size() && args.at(i) == QLatin1String("--"))
        ++i;

    auto checkLanguage = [&]() -> Status {
        if (!inv.global.language.isNull() && inv.global.language != QLatin1String("ja")
            && inv.global.language != QLatin1String("en"))
            return usage(tr("The option --lang takes ja or en, not “%1”.").arg(inv.global.language));
        return {};
    };

    if (i >= args.size()) {
        if (Status s = checkLanguage(); !s)
            return s.error();
        if (inv.global.version || inv.global.help)
            return inv;
        return usage(tr("No command given. %1").arg(helpHint()));
    }

    // 2. The command: one word ("init"), a group and a word ("user add") or a group and two
    // words ("calendar closed add").
    const QString first = args.at(i);
    if (i + 2 < args.size())
        inv.command = CommandCatalog::find(first + QLatin1Char(' ') + args.at(i + 1) + QLatin1Char(' ')
                                           + args.at(i + 2));
    if (inv.command) {
        i += 3;
    } else if (i + 1 < args.size()
               && (inv.command = CommandCatalog::find(first + QLatin1Char(' ') + args.at(i + 1)))) {
        i += 2;
    } else {
        inv.command = CommandCatalog::find(first);
        if (inv.command) {
            i += 1;
        } else if (CommandCatalog::isGroup(first)) {
            const bool helpAsked = i + 1 < args.size() && isOption(args.at(i + 1))
                && splitOption(args.at(i + 1)).name == QLatin1String("help");
            if (helpAsked || inv.global.help) {
                // "dsrctl user --help" is read as "dsrctl help user".
                inv.command = CommandCatalog::find(QStringLiteral("help"));
                inv.positionals = { first };
                return inv;
            }
            if (i + 1 < args.size())
                return usage(
                    tr("Unknown command “%1 %2”. The “%1” commands are: %3. Run “dsrctl help %1” "
                       "for details.")
                        .arg(first, args.at(i + 1), CommandCatalog::subcommands(first).join(tr(", "))));
            return usage(tr("“%1” needs one of these words after it: %2. Run “dsrctl help %1” for details.")
                             .arg(first, CommandCatalog::subcommands(first).join(tr(", "))));
        } else {
            return usage(tr("Unknown command “%1”. %2").arg(first, helpHint()));
        }
    }
    const CommandSpec &spec = *inv.command;

    // 3. The command's options and positional arguments, in any order.
    bool onlyPositionals = false;
    for (; i < args.size(); ++i) {
        const QString &token = args.at(i);
        if (!onlyPositionals && token == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (onlyPositionals || !isOption(token)) {
            inv.positionals << token;
            continue;
        }
        const OptionToken opt = splitOption(token);
        const auto own = std::find_if(spec.options.cbegin(), spec.options.cend(),
                                      [&](const OptionSpec &o) { return o.name == opt.name; });
        if (own != spec.options.cend()) {
            if (inv.has(opt.name) && !own->repeatable)
                return usage(tr("The option --%1 is given more than once.").arg(opt.name));
            if (own->valueName.isEmpty()) {
                if (opt.inlineValue)
                    return usage(tr("The option --%1 takes no value.").arg(opt.name));
                inv.flags.insert(opt.name);
            } else {
                auto v = takeValue(opt, own->valueName);
                if (!v)
                    return v.error();
                inv.values.insert(opt.name, v.value());
                if (own->repeatable)
                    inv.repeated[opt.name].append(v.value());
            }
            continue;
        }
        if (const auto which = globalOption(opt.name)) {
            if (Status s = applyGlobal(*which, opt); !s)
                return s.error();
            continue;
        }
        return usage(tr("The command “%1” has no option --%2. Run “dsrctl help %1” for its options.")
                         .arg(spec.path, opt.name));
    }

    if (Status s = checkLanguage(); !s)
        return s.error();
    if (!inv.global.database.isNull() && inv.global.database.isEmpty())
        return usage(tr("The option --db needs the path of a database file, not an empty argument."));
    if (!inv.global.auditKey.isNull() && inv.global.auditKey.isEmpty())
        return usage(tr("The option --audit-key needs the path of a key file, not an empty argument."));
    if (!inv.global.user.isNull() && inv.global.user.isEmpty())
        return usage(tr("The option --user needs a login, not an empty argument."));
    if (inv.global.help)
        return inv; // the help for this command is shown; nothing else is checked

    const qsizetype minimum = spec.positionals.size() - spec.optionalPositionals;
    if (inv.positionals.size() < minimum) {
        const QStringList missing
            = spec.positionals.mid(inv.positionals.size(), minimum - inv.positionals.size());
        return usage(tr("The command “%1” needs %2. Run “dsrctl help %1” for details.")
                         .arg(spec.path, missing.join(QLatin1Char(' '))));
    }
    // Only a setting's VALUE may be empty (it clears an optional setting); an empty login or file
    // name is always a slip, e.g. an unset shell variable.
    for (qsizetype p = 0; p < inv.positionals.size() && p < spec.positionals.size(); ++p)
        if (inv.positionals.at(p).isEmpty() && spec.positionals.at(p) != QLatin1String("VALUE"))
            return usage(tr("The command “%1” needs %2, not an empty argument.")
                             .arg(spec.path, spec.positionals.at(p)));
    if (!spec.repeatLastPositional && inv.positionals.size() > spec.positionals.size())
        return usage(tr("Unexpected argument “%1” after “%2”. Run “dsrctl help %2” for details.")
                         .arg(inv.positionals.at(spec.positionals.size()), spec.path));
    for (const OptionSpec &o : spec.options)
        if (o.required && !inv.has(o.name))
            return usage(tr("The command “%1” needs the option --%2 (%3). Run “dsrctl help %1” for details.")
                             .arg(spec.path, o.name, o.valueName));
    if (spec.needsUser && inv.global.user.isEmpty())
        return usage(
            tr("The command “%1” acts on behalf of a user: add --user LOGIN before it.").arg(spec.path));
    return inv;
}

} // namespace dsr::cli
