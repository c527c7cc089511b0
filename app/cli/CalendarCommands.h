#pragma once
// "dsrctl calendar …": national holidays, deadlines, the Cabinet Office list and the
// organisation's closed days through CalendarService.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)
public:
    // The "calendar …" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status holidays(CliContext &ctx);
    static Status due(CliContext &ctx);
    static Status importCao(CliContext &ctx);
    static Status closedAdd(CliContext &ctx);
    static Status closedRemove(CliContext &ctx);
    static Status closedList(CliContext &ctx);
};

} // namespace dsr::cli
