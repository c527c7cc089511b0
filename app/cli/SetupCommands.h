#pragma once
// First-run set-up ("dsrctl init") and changing one's own password ("dsrctl passwd").

#include "CommandLine.h"
#include "Result.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace dsr::cli {

class CliContext;

class SetupCommands
{
    Q_DECLARE_TR_FUNCTIONS(SetupCommands)
public:
    // The "init", "passwd", "upgrade" and "migrate" commands: words, options and help text, as "dsrctl help"
    // shows them.
    static QList<CommandSpec> commands();

    // init's options for the organisation settings, e.g. {"org-name", Setting::OrganisationName}.
    static const QList<QPair<QString, Setting>> &organisationOptions();

    static Status init(CliContext &ctx);
    // Before init opens anything: --app-role only on a server database.
    static Status checkInit(CliContext &ctx);
    static Status passwd(CliContext &ctx);
    // Opens (and so upgrades) the database, grants the remembered server roles again, and prints
    // the engine, its version and the schema version.
    static Status upgrade(CliContext &ctx);
    // Copies a single desk's SQLite file into an empty server database.
    static Status migrate(CliContext &ctx);
};

} // namespace dsr::cli
