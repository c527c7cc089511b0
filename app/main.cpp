// dsrdesk: the window program. Everything it does lives in dsrui and dsrcore; this file reads the
// command line, opens the database — the one named by --db, else the one opened last, else the
// local default — asking for a server's password when it wants one, and hands over to the
// SessionController (again, when the first-run screen chose a server instead).

#include "AppInfo.h"
#include "Bootstrap.h"
#include "Logging.h"
#include "MessageBox.h"
#include "ServerConnectionDialog.h"
#include "SessionController.h"
#include "Settings.h"
#include "UiText.h"
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
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file, or a server database as postgresql://USER@HOST:PORT/DATABASE "
                       "(default: the one opened last, else a file in the "
                       "per-user data folder)."),
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
    // The desk's date preference (Settings ▸ Display); the window writes every date through UiText.
    dsr::UiText::setDateStyle(dsr::UiText::dateStyleFromId(dsr::LocalSettings::dateStyle()));

    const auto fail = [](const QString &message) {
        dsr::MessageBox::critical(nullptr, QCoreApplication::translate("main", "DSR Desk"), message);
        dsr::Logging::shutdown();
        return 1;
    };
    const QString auditKey = parser.value(auditKeyOption);
    QString location = parser.value(dbOption);
    if (location.isEmpty())
        location = dsr::LocalSettings::lastDatabase();
    if (location.isEmpty())
        location = dsr::DatabaseAccess::defaultPath();
    auto opened = dsr::DatabaseAccess::open(location, auditKey);
    // A server that wants a password the password file did not give: ask for it (never saved).
    // One that cannot be reached: show why, with the connection to correct or retry.
    if (!opened && dsr::DatabaseAccess::isServerLocation(location)) {
        dsr::ServerConnectionDialog ask(auditKey);
        if (opened.error().code == dsr::ErrorCode::Authentication)
            ask.askPasswordOnly(location, opened.error().message);
        else
            ask.showProblem(location, opened.error().message);
        if (ask.exec() != QDialog::Accepted) {
            dsr::Logging::shutdown();
            return 1;
        }
        opened = ask.takeDatabase();
    }
    if (!opened)
        return fail(opened.error().message);
    dsr::DatabaseHandle db = std::move(opened).value();

    int exitCode = 0;
    while (db) {
        // An old audit trail is switched to keyed entries now; a keyed one needs its key file.
        if (dsr::Status s = dsr::AuditService::ensureKeyed(*db); !s) {
            db.reset();
            return fail(s.error().message);
        }
        // The next start opens this database again (its location never holds a password).
        dsr::LocalSettings::setLastDatabase(dsr::DatabaseAccess::path(*db));
        dsr::DatabaseHandle next;
        {
            dsr::SessionController session(*db);
            QObject::connect(&session, &dsr::SessionController::finished, &app, &QCoreApplication::exit);
            session.start();
            exitCode = QApplication::exec();
            if (exitCode == dsr::SessionController::SwitchDatabase) {
                next = session.takeNextDatabase();
                exitCode = 0;
            }
        }
        db = std::move(next);
    }
    dsr::Logging::shutdown();
    return exitCode;
}
