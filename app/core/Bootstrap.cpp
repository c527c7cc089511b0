#include "Bootstrap.h"

#include "AppInfo.h"
#include "Logging.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace dsr {

namespace {
QString g_language = QStringLiteral("ja");
}

void Bootstrap::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dsrdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral(DSR_ORGANISATION_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("dsrdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DSR_VERSION));
}

void Bootstrap::hardenProcess()
{
#ifdef Q_OS_UNIX
    // No core dumps: they would hold passwords and personal data.
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_UNIX
    // Everything the programs create — the database and its WAL/SHM files, logs, exports, the
    // audit key — is for their owner only; FileModes sets the same modes explicitly as well.
    umask(077);
#endif
    // Windows: no core dumps unless the user configures them, and the profile folders the
    // programs write to are the user's by their access control lists (FileModes.cpp).
}

void Bootstrap::start(const QString &program, const QString &language, bool echoLogToStderr)
{
    hardenProcess();
    Logging::initialize(program, Logging::defaultLogDirectory(), echoLogToStderr);
    g_language = language.isEmpty() ? LocalSettings::language() : language;
    Translations::install(g_language);
    qCInfo(lcServices).noquote() << program << DSR_VERSION << "started, language" << g_language;
}

QString Bootstrap::language()
{
    return g_language;
}

} // namespace dsr
