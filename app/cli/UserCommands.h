#pragma once
// "dsrctl user …": user administration through AccountService.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    // The "user …" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status add(CliContext &ctx);
    static Status list(CliContext &ctx);
    static Status edit(CliContext &ctx);
    static Status disable(CliContext &ctx);
    static Status enable(CliContext &ctx);
    static Status unlock(CliContext &ctx);
    static Status resetPassword(CliContext &ctx);
};

} // namespace dsr::cli
