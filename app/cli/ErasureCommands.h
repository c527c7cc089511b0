#pragma once
// "dsrctl member erase", "request attachment-erase" and "request purge": erasure (消去) and the
// purge of closed requests through ErasureService, for the privacy officer.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class ErasureCommands
{
    Q_DECLARE_TR_FUNCTIONS(ErasureCommands)
public:
    // The "member erase", "request attachment-erase" and "request purge" commands: words, options and help
    // text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status eraseMember(CliContext &ctx);
    static Status eraseAttachment(CliContext &ctx);
    static Status purge(CliContext &ctx);
};

} // namespace dsr::cli
