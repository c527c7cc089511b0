#pragma once
// "dsrctl backup" and "dsrctl restore": the database and its audit key into one encrypted archive
// and back into a new file, through BackupService.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
public:
    static QList<CommandSpec> commands();

    static Status backup(CliContext &ctx);
    static Status restore(CliContext &ctx);
};

} // namespace dsr::cli
