#pragma once
// The one list of dsrctl commands: their words, positional arguments, options and handlers. Each
// command group declares its own specs next to its handlers (MemberCommands::commands() …); this
// registry collects them. The parser, the dispatcher and "dsrctl help" all read it, so help cannot
// drift from behaviour.

#include "CommandLine.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dsr::cli {

class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CommandCatalog)
public:
    static const QList<CommandSpec> &all();
    static const CommandSpec *find(const QString &path);
    // "user", "audit", "settings": words that only start a command.
    static bool isGroup(const QString &word);
    static QStringList subcommands(const QString &group);
    // The plain "--json" flag: "Print JSON instead of a table."
    static OptionSpec jsonOption();

    // "init --admin LOGIN --name NAME [--password-stdin] …"
    static QString synopsis(const CommandSpec &spec);
    // Everything: global options, commands, role ids, setting keys, exit codes.
    static QString overview();
    // One command or one group ("user"); Usage error for an unknown topic.
    static Result<QString> helpFor(const QStringList &topic);

    // The "help" command.
    static Status help(CliContext &ctx);
};

} // namespace dsr::cli
