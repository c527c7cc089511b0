#pragma once
// What one dsrctl run works with: the parsed command line, the open database, the signed-in
// acting user, and the passwords read for it in the documented order (standard input lines are
// consumed first for the acting user, then for the command).

#include "CommandLine.h"
#include "Result.h"
#include "model/User.h"
#include "services/DatabaseAccess.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class QLockFile;

namespace dsr::cli {

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    explicit CliContext(Invocation invocation);
    ~CliContext();

    const Invocation &invocation() const { return m_invocation; }
    const QString &positional(qsizetype i) const { return m_invocation.positionals.at(i); }

    // --db as given (or the default file): what is opened. May hold a password someone wrote into
    // a server URI, so messages use displayPath() instead.
    QString databasePath() const;
    // The same for messages: a server URI without any password.
    QString displayPath() const;
    // Opens --db (or the default file). Only `init` may create a file: a mistyped path for any
    // other command must not leave an empty database behind. A server database (postgresql://)
    // is never created here; its password is asked for when needed (openWithPassword).
    Status openDatabase(bool mayCreate);
    // Runs `open` for the database at `location` without a password first. When a server wants
    // one that PGPASSFILE / ~/.pgpass did not give, asks for it on the terminal without echo if
    // standard input is one and opens again with it; otherwise the refusal stands (exit 3). The
    // password is never printed, logged nor recorded.
    Result<DatabaseHandle>
    openWithPassword(const QString &location,
                     const std::function<Result<DatabaseHandle>(const QString &)> &open);
    Database &database() { return *m_database; }
    // After a failed init: removes the file openDatabase() created, so that a mistake does not
    // leave an empty database behind for the next attempt to stumble over. A file another run
    // created is never removed: creation is exclusive and serialised by a lock on the folder.
    void discardCreatedDatabase();

    // Authenticates --user with the password from standard input or the terminal.
    Status signIn();
    bool signedIn() const { return m_actor.isValid(); }
    Actor &actor() { return m_actor; }
    // The password the acting user signed in with; `passwd` needs it once more.
    const QString &actingPassword() const { return m_actingPassword; }

    // A new password: the next standard input line when `fromStdin`, else asked twice on the
    // terminal (a typo there would lock the person out).
    Result<QString> newPassword(bool fromStdin, const QString &prompt);

    // Lines printed on standard error after the one error line when the command fails: the
    // bad rows of an import, each with its line number.
    void addErrorDetail(const QString &line) { m_errorDetails.append(line); }
    const QStringList &errorDetails() const { return m_errorDetails; }

private:
    Invocation m_invocation;
    QStringList m_errorDetails;
    Status lockCreation(const QString &path);

    DatabaseHandle m_database;
    bool m_createdDatabase = false; // this run made the file (exclusively), so it may remove it
#ifdef Q_OS_UNIX
    int m_creationLock = -1; // the database folder, locked while init or demo runs
#else
    std::unique_ptr<QLockFile> m_creationLock; // a lock file in that folder, the same
#endif
    Actor m_actor;
    QString m_actingPassword;
};

} // namespace dsr::cli
