#pragma once
// "dsrctl stats": the statistics of a fiscal year or of a period through StatisticsService, as a
// table, as JSON with the stable ids, and exported to CSV or PDF.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class StatsCommands
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommands)
public:
    static QList<CommandSpec> commands();
    static Status stats(CliContext &ctx);
};

} // namespace dsr::cli
