#pragma once
// Runs one dsrctl command line: parse, open the database, sign in, dispatch, and turn the
// outcome into the documented exit code and the single error line on standard error.

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dsr::cli {

enum ExitCode : int {
    ExitDone = 0,
    ExitFailure = 1, // validation, storage, broken audit chain
    ExitUsage = 2,
    ExitRefused = 3, // authentication or permission
    ExitNotFound = 4,
    ExitConflict = 5,
};

class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    // `arguments` without the program name.
    static int run(const QStringList &arguments);
    static int exitCodeFor(ErrorCode code);
};

} // namespace dsr::cli
