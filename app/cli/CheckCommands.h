#pragma once
// "dsrctl check": the health check (HealthCheckService) — one line per problem and exit 1, or a
// summary of what was checked and exit 0.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class CheckCommands
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommands)
public:
    static QList<CommandSpec> commands();

    static Status check(CliContext &ctx);
};

} // namespace dsr::cli
