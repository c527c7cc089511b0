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
    // The "init" and "passwd" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    // init's options for the organisation settings, e.g. {"org-name", Setting::OrganisationName}.
    static const QList<QPair<QString, Setting>> &organisationOptions();

    static Status init(CliContext &ctx);
    static Status passwd(CliContext &ctx);
};

} // namespace dsr::cli
