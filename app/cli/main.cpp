// dsrctl: DSR Desk's services from the command line, for administrators and scripts.
// Everything but the process set-up lives in CliApplication.

#include "Bootstrap.h"
#include "CliApplication.h"
#include "CommandLine.h"
#include "Logging.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    dsr::Bootstrap::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // Logs go to the file only: standard error is reserved for the one-line error.
    dsr::Bootstrap::start(QStringLiteral("dsrctl"), dsr::cli::CommandLine::languageOption(arguments), false);
    const int code = dsr::cli::CliApplication::run(arguments);
    dsr::Logging::shutdown();
    return code;
}
