#include "CommandCatalog.h"

#include "AuditCommands.h"
#include "BackupCommands.h"
#include "CalendarCommands.h"
#include "CheckCommands.h"
#include "CliContext.h"
#include "Console.h"
#include "DemoCommands.h"
#include "DisclosureCommands.h"
#include "ErasureCommands.h"
#include "LetterCommands.h"
#include "MemberCommands.h"
#include "RedactCommands.h"
#include "RequestCommands.h"
#include "SettingsCommands.h"
#include "SetupCommands.h"
#include "StatsCommands.h"
#include "UserCommands.h"
#include "WorkflowCommands.h"
#include "letters/LetterKind.h"
#include "model/Decision.h"
#include "model/Request.h"
#include "model/Role.h"
#include "security/AuditKey.h"
#include "workflow/RequestWorkflow.h"

#include <QHash>

namespace dsr::cli {

namespace {

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("CommandCatalog", text) : QString();
}

// Every group's commands, in the order "dsrctl help" lists the groups. A group's commands stay
// together even when two files declare them ("member erase" lives with the other erasures).
QList<CommandSpec> buildCatalog()
{
    const QList<QList<CommandSpec>> groups {
        SetupCommands::commands(),
        UserCommands::commands(),
        AuditCommands::commands(),
        CheckCommands::commands(),
        SettingsCommands::commands(),
        MemberCommands::commands(),
        RequestCommands::commands(),
        DisclosureCommands::commands(),
        ErasureCommands::commands(),
        WorkflowCommands::commands(),
        CalendarCommands::commands(),
        LetterCommands::commands(),
        RedactCommands::commands(),
        StatsCommands::commands(),
        DemoCommands::commands(),
        BackupCommands::commands(),
        {
            { .path = QStringLiteral("help"),
              .positionals = { QStringLiteral("COMMAND") },
              .optionalPositionals = 1,
              .summary
              = QT_TRANSLATE_NOOP("CommandCatalog", "Show this overview, or the details of one command."),
              .repeatLastPositional = true,
              .opensDatabase = false,
              .run = &CommandCatalog::help },
        },
    };
    QStringList order; // first words in order of first appearance
    QHash<QString, QList<CommandSpec>> byWord;
    for (const QList<CommandSpec> &group : groups) {
        for (const CommandSpec &spec : group) {
            const QString word = spec.path.section(QLatin1Char(' '), 0, 0);
            if (!byWord.contains(word))
                order << word;
            byWord[word].append(spec);
        }
    }
    QList<CommandSpec> catalog;
    for (const QString &word : std::as_const(order))
        catalog.append(byWord.value(word));
    return catalog;
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
    const QString once = o.required ? text : QStringLiteral("[%1]").arg(text);
    return o.repeatable ? once + QStringLiteral("…") : once;
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

// Every identifier the request commands take, with where the configurable ones come from.
QString requestIdentifiersSection()
{
    QStringList parts;
    {
        QList<QPair<QString, QString>> rows;
        for (RequestType t : RequestVocabulary::types()) {
            QStringList notes;
            if (RequestVocabulary::feeAllowed(t))
                notes << CommandCatalog::tr("fee allowed");
            if (RequestVocabulary::hasDisclosureMethod(t))
                notes << CommandCatalog::tr("disclosure method");
            rows.append({ RequestVocabulary::id(t),
                          notes.isEmpty()
                              ? RequestVocabulary::displayName(t)
                              : CommandCatalog::tr("%1 (%2)").arg(RequestVocabulary::displayName(t),
                                                                  notes.join(CommandCatalog::tr(", "))) });
        }
        parts << CommandCatalog::tr("Request types (TYPE for --type):") + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (RequestStatus st : RequestVocabulary::statuses())
            rows.append({ RequestVocabulary::id(st), RequestVocabulary::displayName(st) });
        parts << CommandCatalog::tr("Statuses (STATUS for --status; a new request is “received”):")
                + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (Channel c : RequestVocabulary::channels())
            rows.append({ RequestVocabulary::id(c), RequestVocabulary::displayName(c) });
        parts << CommandCatalog::tr("Channels (for --channel):") + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (RequesterKind k : RequestVocabulary::requesterKinds())
            rows.append({ RequestVocabulary::id(k), RequestVocabulary::displayName(k) });
        parts << CommandCatalog::tr("Requester kinds (for --agent-kind):") + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (const QString &id : RequestVocabulary::agentEvidenceIds())
            rows.append({ id, RequestVocabulary::agentEvidenceName(id) });
        parts << CommandCatalog::tr("Agent evidence (EVIDENCE for --agent-evidence):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (const QString &id : RequestVocabulary::idDocumentIds(true))
            rows.append({ id,
                          RequestVocabulary::idDocumentAccepted(id)
                              ? RequestVocabulary::idDocumentName(id)
                              : CommandCatalog::tr("%1 (My Number Act art. 20)")
                                    .arg(RequestVocabulary::idDocumentName(id)) });
        parts << CommandCatalog::tr("Identity documents (DOCUMENT for --id-document):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (DisclosureMethod m : RequestVocabulary::methods())
            rows.append({ RequestVocabulary::id(m), RequestVocabulary::displayName(m) });
        parts << CommandCatalog::tr("Disclosure methods (for --method):") + QLatin1Char('\n') + table(rows);
    }
    const SettingInfo &categories = Settings::info(Setting::RequestCategories);
    parts << CommandCatalog::tr("Categories (CATEGORY for --category):") + QLatin1Char('\n')
            + CommandCatalog::tr(
                  "  The list is the organisation setting %1: see it with “dsrctl settings list”; an "
                  "administrator changes it with “dsrctl settings set %1 A,B,C”. By default: %2.")
                  .arg(categories.name,
                       categories.defaultValue.split(QLatin1Char(',')).join(CommandCatalog::tr(", ")));
    parts << CommandCatalog::tr("Request IDs:") + QLatin1Char('\n')
            + CommandCatalog::tr(
                 "  Wherever a command takes ID, both the numeric id and the receipt number work, "
                 "e.g. 12 or R7-0001 (full-width characters are accepted).");
    return parts.join(QStringLiteral("\n\n"));
}

// The identifiers of the workflow commands: actions, decision kinds, grounds, measures.
QString workflowIdentifiersSection()
{
    QStringList parts;
    {
        QList<QPair<QString, QString>> rows;
        for (WorkflowAction a : RequestWorkflow::actions()) {
            const Transition &t = RequestWorkflow::transition(a);
            QStringList from;
            for (RequestStatus st : t.from)
                from << RequestVocabulary::id(st);
            rows.append({ RequestWorkflow::id(a),
                          CommandCatalog::tr("%1 (from %2; roles %3)")
                              .arg(RequestWorkflow::displayName(a), from.join(CommandCatalog::tr(", ")),
                                   Roles::ids(t.roles).join(CommandCatalog::tr(", "))) });
        }
        parts << CommandCatalog::tr("Workflow actions (ACTION for “request ACTION ID”):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (DecisionKind k : DecisionVocabulary::kinds())
            rows.append({ DecisionVocabulary::id(k), DecisionVocabulary::displayName(k) });
        parts << CommandCatalog::tr("Decision kinds (KIND for --kind and “route set”):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (LegalRegime regime : { LegalRegime::Private, LegalRegime::Public })
            for (const QString &id : DecisionVocabulary::grounds(regime))
                rows.append({ id, DecisionVocabulary::groundName(id) });
        parts << CommandCatalog::tr("Grounds (GROUND for --withheld; art33-… under the private regime, "
                                    "art78-… and art81 under the public regime):")
                + QLatin1Char('\n') + table(rows);
    }
    parts << CommandCatalog::tr("Measures (MEASURE for --measure):") + QLatin1Char('\n')
            + QStringLiteral("  ") + DecisionVocabulary::measures().join(CommandCatalog::tr(", "));
    return parts.join(QStringLiteral("\n\n"));
}

// The letter kinds, for “letter …” commands that take a KIND.
QString letterKindsSection()
{
    QList<QPair<QString, QString>> rows;
    for (LetterKind k : LetterKinds::all()) {
        QStringList regimes;
        for (LegalRegime r : LetterKinds::regimes(k))
            regimes << LetterKinds::regimeId(r);
        rows.append({ LetterKinds::id(k),
                      CommandCatalog::tr("%1 (%2)").arg(LetterKinds::title(k),
                                                        regimes.join(CommandCatalog::tr(", "))) });
    }
    return CommandCatalog::tr("Letter kinds (KIND):") + QLatin1Char('\n') + table(rows);
}

QString memberCsvSection()
{
    return CommandCatalog::tr("CSV files (for “member import”):") + QLatin1Char('\n')
        + CommandCatalog::tr(
               "  UTF-8 or CP932 (Shift_JIS), with or without a byte order mark, quoted as RFC 4180 "
               "describes "
               "(commas and line breaks inside quotes). The first line names the columns, in any order: "
               "member_number, name, kana, birth_date, postal_code, address, phone, affiliation — or in "
               "Japanese 組合員番号, 氏名, カナ, 生年月日, 郵便番号, 住所, 電話, 所属所. phone and "
               "affiliation may be "
               "left out. Birth dates are YYYY-MM-DD or YYYY/M/D. A member number already registered updates "
               "that member.");
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
        { QStringLiteral("--db PATH|URI"),
          CommandCatalog::tr("The database file (default: %1), or a server database shared by several "
                             "desks: postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]. The server's "
                             "password comes from PGPASSFILE or ~/.pgpass, else it is asked on the "
                             "terminal without echo.")
              .arg(DatabaseAccess::defaultPath()) },
        { QStringLiteral("--audit-key FILE"),
          CommandCatalog::tr("The database's audit key file (default: %1, or the file named by %2).")
              .arg(AuditKeyFile::defaultPath(QStringLiteral("DATABASE-ID")),
                   QString::fromLatin1(AuditKeyFile::environmentVariable())) },
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

OptionSpec CommandCatalog::jsonOption()
{
    return { QStringLiteral("json"), QString(),
             QT_TRANSLATE_NOOP("CommandCatalog", "Print JSON instead of a table.") };
}

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
                 .arg(
                     QStringLiteral("dsrctl [--db PATH|URI] [--user LOGIN] [--password-stdin] [--lang ja|en] "
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
    parts << requestIdentifiersSection();
    parts << workflowIdentifiersSection();
    parts << memberCsvSection();
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
        if (groupOf(*spec) == QLatin1String("request"))
            parts << requestIdentifiersSection();
        if (spec->run == &WorkflowCommands::perform || spec->path == QLatin1String("route set"))
            parts << workflowIdentifiersSection();
        if (spec->path == QLatin1String("route set"))
            parts << rolesSection();
        if (spec->path == QLatin1String("member import"))
            parts << memberCsvSection();
        if (groupOf(*spec) == QLatin1String("letter"))
            parts << letterKindsSection();
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
        if (path == QLatin1String("request"))
            parts << requestIdentifiersSection();
        if (path == QLatin1String("request") || path == QLatin1String("route"))
            parts << workflowIdentifiersSection();
        if (path == QLatin1String("member"))
            parts << memberCsvSection();
        if (path == QLatin1String("letter"))
            parts << letterKindsSection();
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
