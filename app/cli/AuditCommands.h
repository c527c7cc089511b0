#pragma once
// "dsrctl audit …": verify the hash chain, list and export the audit trail through AuditService.

#include "CommandLine.h"
#include "Result.h"
#include "model/AuditQuery.h"

#include <QCoreApplication>

namespace dsr {
struct AuditFilter;
}

namespace dsr::cli {

class CliContext;
struct Invocation;

class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    // The "audit …" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status verify(CliContext &ctx);
    static Status checkpoint(CliContext &ctx);
    static Status list(CliContext &ctx);
    static Status exportCsv(CliContext &ctx);

    // The shared filter options (--since, --until, --action, --entity, --by, --limit).
    static Result<AuditFilter> filterFrom(const Invocation &inv);
};

} // namespace dsr::cli
