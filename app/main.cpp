// dsrdesk: the window program. Everything it does lives in dsrui and dsrcore; this file reads the
// command line, opens the database and hands over to the SessionController.

#include "AppInfo.h"
#include "Bootstrap.h"
#include "Logging.h"
#include "MessageBox.h"
#include "SessionController.h"
#include "services/AuditService.h"
#include "services/DatabaseAccess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <algorithm>
#include <cstdio>

namespace {

QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DSR Desk - members' personal data requests"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file (default: in the per-user data folder)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language of the window: ja or en."), QStringLiteral("LANG"));
    const QCommandLineOption auditKeyOption(
        QStringLiteral("audit-key"),
        QStringLiteral("The database's audit key file (default: in the per-user config folder)."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(auditKeyOption);
    parser.addOption(langOption);

    // --help and --version answer without a display, so they work over ssh and in packaging checks.
    static const QStringList infoOptions { QStringLiteral("--help"), QStringLiteral("-h"),
                                           QStringLiteral("--help-all"), QStringLiteral("--version"),
                                           QStringLiteral("-v") };
    const QStringList raw = rawArguments(argc, argv);
    if (std::any_of(raw.cbegin(), raw.cend(), [](const QString &a) { return infoOptions.contains(a); })) {
        QCoreApplication info(argc, argv);
        dsr::Bootstrap::setApplicationIdentity();
        QCoreApplication::setApplicationName(QStringLiteral("dsrdesk"));
        parser.process(info); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    dsr::Bootstrap::setApplicationIdentity();
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "dsrdesk: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fprintf(stderr, "dsrdesk: --lang must be ja or en\n");
        return 2;
    }
    dsr::Bootstrap::start(QStringLiteral("dsrdesk"), language, true);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dsr::DatabaseAccess::defaultPath();
    auto db = dsr::DatabaseAccess::open(path, parser.value(auditKeyOption));
    if (!db) {
        dsr::MessageBox::critical(nullptr, QCoreApplication::translate("main", "DSR Desk"),
                                  db.error().message);
        dsr::Logging::shutdown();
        return 1;
    }
    // An old audit trail is switched to keyed entries now; a keyed one needs its key file.
    if (dsr::Status s = dsr::AuditService::ensureKeyed(*db.value()); !s) {
        dsr::MessageBox::critical(nullptr, QCoreApplication::translate("main", "DSR Desk"),
                                  s.error().message);
        db.value().reset();
        dsr::Logging::shutdown();
        return 1;
    }

    int exitCode = 0;
    {
        dsr::SessionController session(*db.value());
        QObject::connect(&session, &dsr::SessionController::finished, &app, &QCoreApplication::exit);
        session.start();
        exitCode = QApplication::exec();
    }
    db.value().reset();
    dsr::Logging::shutdown();
    return exitCode;
}
