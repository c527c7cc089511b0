#pragma once
// "dsrctl demo": fills a new, empty database with synthetic members, requests and one account per
// role, and prints the accounts' passwords once.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class DemoCommands
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)
public:
    // The "demo" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status fill(CliContext &ctx);
};

} // namespace dsr::cli
