// dsrctl: DSR Desk's services from the command line, for administrators and scripts.
// Everything but the process set-up lives in CliApplication.

#include "Bootstrap.h"
#include "CliApplication.h"
#include "CommandLine.h"
#include "Logging.h"

#include <QGuiApplication>

namespace {

// Qt's messages while the application starts (the offscreen platform's remarks about the runtime
// folder, say) are held back and written to the log once it is open: standard error carries
// only the command's own one-line error.
struct EarlyMessage
{
    QtMsgType type;
    QString text;
};
QList<EarlyMessage> g_early;

void holdEarlyMessage(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    g_early.append({ type, text });
}

} // namespace

int main(int argc, char *argv[])
{
    // Letters are laid out and written as PDF with QtGui's fonts and painter, which need a
    // QGuiApplication; dsrctl never shows a window, so it runs on the offscreen platform (no
    // display needed, as on a server or in CI) unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(holdEarlyMessage);
    QGuiApplication app(argc, argv);
    dsr::Bootstrap::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // Logs go to the file only: standard error is reserved for the one-line error.
    dsr::Bootstrap::start(QStringLiteral("dsrctl"), dsr::cli::CommandLine::languageOption(arguments), false);
    for (const EarlyMessage &m : std::as_const(g_early))
        qCInfo(lcCli).noquote() << "at start-up:" << m.text;
    g_early.clear();
    const int code = dsr::cli::CliApplication::run(arguments);
    dsr::Logging::shutdown();
    return code;
}
