#pragma once
// "dsrctl settings …": read and change the organisation settings through SettingsService.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)
public:
    // The "settings …" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status list(CliContext &ctx);
    static Status set(CliContext &ctx);
};

} // namespace dsr::cli
