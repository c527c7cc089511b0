#pragma once
// Parses dsrctl's arguments against the command catalogue: global options, the command words,
// then the command's own options and positional arguments. Every mistake becomes a Usage error
// (exit 2) with one line that says what was wrong.

#include "Result.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace dsr::cli {

class CliContext;

struct OptionSpec
{
    QString name {}; // without the leading "--"
    QString valueName {}; // empty for a flag
    const char *help = nullptr; // QT_TRANSLATE_NOOP("CommandCatalog", …)
    bool required = false;
    std::optional<Setting> setting {}; // init's organisation options: help comes from the registry
    bool repeatable = false; // "--category A --category B": every value is kept, in order
};

struct CommandSpec
{
    QString path {}; // "user add"
    QStringList positionals {}; // names shown in help: LOGIN, KEY, VALUE …
    int optionalPositionals = 0; // how many of the trailing positionals may be left out
    QList<OptionSpec> options {};
    const char *summary = nullptr; // QT_TRANSLATE_NOOP("CommandCatalog", …)
    const char *details = nullptr; // longer explanation for "dsrctl help COMMAND", may be null
    bool repeatLastPositional = false; // "help user add"
    bool needsUser = false; // runs on behalf of --user
    bool opensDatabase = true;
    bool createsDatabase = false; // init, demo: may create the --db file
    Status (*run)(CliContext &) = nullptr;
    // Checks run before the database is opened (init --app-role on a file): a usage mistake must
    // not create a database first. May be null.
    Status (*check)(CliContext &) = nullptr;
};

struct GlobalOptions
{
    QString database; // --db; empty: the default file
    QString auditKey; // --audit-key; empty: the usual place (AuditKeyFile::resolve)
    QString user; // --user
    QString language; // --lang
    bool passwordStdin = false; // --password-stdin before the command: the acting user's password
    bool version = false;
    bool help = false;
};

// One parsed command line.
struct Invocation
{
    GlobalOptions global;
    const CommandSpec *command = nullptr; // null with --version or a bare --help
    QStringList positionals;
    QHash<QString, QString> values; // a repeatable option: its last value
    QHash<QString, QStringList> repeated; // a repeatable option: every value, in order
    QSet<QString> flags;

    bool has(const QString &option) const { return flags.contains(option) || values.contains(option); }
    QString value(const QString &option) const { return values.value(option); }
    QStringList valueList(const QString &option) const { return repeated.value(option); }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // `arguments` without the program name.
    static Result<Invocation> parse(const QStringList &arguments);
    // A first look for --lang, so that even the messages about other bad arguments come out in
    // the chosen language. Empty when absent or not a known language.
    static QString languageOption(const QStringList &arguments);
    // The hint appended to usage errors.
    static QString helpHint();
};

} // namespace dsr::cli
