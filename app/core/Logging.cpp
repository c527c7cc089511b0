#include "Logging.h"

#include "security/FileModes.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <mutex>

Q_LOGGING_CATEGORY(lcDb, "dsr.core.db")
Q_LOGGING_CATEGORY(lcSecurity, "dsr.core.security")
Q_LOGGING_CATEGORY(lcAudit, "dsr.core.audit")
Q_LOGGING_CATEGORY(lcServices, "dsr.core.services")
Q_LOGGING_CATEGORY(lcUi, "dsr.ui")
Q_LOGGING_CATEGORY(lcCli, "dsr.cli")

namespace dsr {

namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
bool g_echo = false;
QString g_file;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category
        = context.category ? QByteArray(context.category) : QByteArrayLiteral("default");
    const QByteArray text = message.toUtf8();
    std::shared_ptr<spdlog::logger> logger;
    bool echo = false;
    {
        std::lock_guard lock(g_mutex);
        logger = g_logger;
        echo = g_echo;
    }
    if (logger) {
        logger->log(levelFor(type), "[{}] {}", category.constData(), text.constData());
        if (type >= QtWarningMsg)
            logger->flush();
    }
    if (echo || !logger)
        std::fprintf(stderr, "%s: %s\n", category.constData(), text.constData());
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString Logging::defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

bool Logging::initialize(const QString &program, const QString &directory, bool echoToStderr)
{
    // Logs carry no personal data, but ids and events are still nobody else's business.
    if (!FileModes::makePrivateDirectory(directory))
        return false;
    FileModes::restrict(directory);
    const QString file = QDir(directory).filePath(program + QStringLiteral(".log"));
    try {
        auto sink
            = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 5);
        auto logger = std::make_shared<spdlog::logger>(program.toStdString(), sink);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %P %l %v");
        logger->set_level(spdlog::level::debug);
        // A log that cannot be written (its disk full) is given up quietly: spdlog would otherwise
        // print "[*** LOG ERROR ***]" on standard error, over the one line dsrctl's user reads.
        logger->set_error_handler([](const std::string &) {});
        FileModes::restrict(file);
        for (int i = 1; i <= 5; ++i)
            FileModes::restrict(QDir(directory).filePath(program + QStringLiteral(".%1.log").arg(i)));
        std::lock_guard lock(g_mutex);
        g_logger = logger;
        g_echo = echoToStderr;
        g_file = file;
    } catch (const spdlog::spdlog_ex &) {
        return false;
    }
    qInstallMessageHandler(messageHandler);
    // Debug output of our own categories is off unless QT_LOGGING_RULES turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("dsr.*.debug=false"));
    return true;
}

void Logging::shutdown()
{
    qInstallMessageHandler(nullptr);
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    g_file.clear();
}

QString Logging::currentLogFile()
{
    std::lock_guard lock(g_mutex);
    return g_file;
}

} // namespace dsr
