#include "CliContext.h"

#include "Console.h"
#include "Logging.h"
#include "security/FileModes.h"
#include "services/AccountService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QDir>
#include <QLockFile>
#endif

namespace dsr::cli {

CliContext::CliContext(Invocation invocation)
    : m_invocation(std::move(invocation))
{
}

CliContext::~CliContext()
{
    m_actingPassword.fill(QLatin1Char('\0'));
    m_database.reset();
#ifdef Q_OS_UNIX
    if (m_creationLock >= 0)
        ::close(m_creationLock); // releases the folder lock
#endif
}

QString CliContext::databasePath() const
{
    return m_invocation.global.database.isEmpty() ? DatabaseAccess::defaultPath()
                                                  : m_invocation.global.database;
}

QString CliContext::displayPath() const
{
    const QString path = databasePath();
    return DatabaseAccess::isServerLocation(path) ? QUrl(path).toString(QUrl::RemovePassword) : path;
}

Result<DatabaseHandle>
CliContext::openWithPassword(const QString &location,
                             const std::function<Result<DatabaseHandle>(const QString &)> &open)
{
    auto opened = open(QString());
    if (opened || opened.error().code != ErrorCode::Authentication
        || !DatabaseAccess::isServerLocation(location))
        return opened;
    // A script's standard input is not asked: the refusal says to use the password file.
    if (!Console::stdinIsTerminal())
        return opened.error();
    const QUrl url(location);
    auto password
        = Console::readHidden(tr("Password of %1 on the server %2: ").arg(url.userName(), url.host()));
    if (!password)
        return password.error();
    // Moved out, so the one copy overwritten below is the only one this side of the driver.
    QString typed = std::move(password).value();
    auto again = open(typed);
    typed.fill(QLatin1Char('\0'));
    return again;
}

Status CliContext::openDatabase(bool mayCreate)
{
    const QString path = databasePath();
    if (DatabaseAccess::isServerLocation(path)) {
        // Nothing of the file handling applies: the server database exists or is refused, and no
        // folder is locked nor anything removed after a failed init.
        auto opened = openWithPassword(path, [&](const QString &password) {
            return DatabaseAccess::open(path, m_invocation.global.auditKey, password);
        });
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
        return {};
    }
    if (!mayCreate && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no database at %1. Check --db, or create one with “dsrctl "
                            "init”.")
                             .arg(path));
    bool created = false;
    if (mayCreate) {
        if (Status s = lockCreation(path); !s)
            return s;
            // Exclusive create: only a file this run made is ever removed again (after a failed init).
#ifdef Q_OS_UNIX
        const int fd
            = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            created = true;
        } else if (errno != EEXIST) {
            return makeError(
                ErrorCode::Failure,
                tr("Cannot create the database %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
#else
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.close();
            created = true;
        } else if (!QFileInfo::exists(path)) {
            return makeError(ErrorCode::Failure,
                             tr("Cannot create the database %1: %2").arg(path, file.errorString()));
        }
#endif
    }
    auto opened = DatabaseAccess::open(path, m_invocation.global.auditKey);
    if (!opened) {
        if (created)
            QFile::remove(path);
        return opened.error();
    }
    m_database = std::move(opened).value();
    m_createdDatabase = created;
    return {};
}

Status CliContext::lockCreation(const QString &path)
{
    // Commands that may create the file (init, demo) hold a lock on its folder while they run:
    // a second run on the same path waits, then finds the first one's database and leaves it be.
    const QString folder = QFileInfo(path).absolutePath();
    if (!FileModes::makePrivateDirectory(folder))
        return makeError(ErrorCode::Failure, tr("Cannot create the folder %1.").arg(folder));
#ifdef Q_OS_UNIX
    m_creationLock = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_creationLock < 0)
        return makeError(ErrorCode::Failure, tr("Cannot open the folder %1.").arg(folder));
    QElapsedTimer waited;
    waited.start();
    while (::flock(m_creationLock, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return makeError(ErrorCode::Failure, tr("Cannot lock the folder %1.").arg(folder));
        if (waited.elapsed() > 60 * 1000)
            return makeError(
                ErrorCode::Conflict,
                tr("Another dsrctl is setting up a database in %1; try again when it is done.").arg(folder));
        QThread::msleep(20);
    }
    return {};
#else
    // Windows cannot lock a folder: a lock file next to the database stands for it.
    m_creationLock
        = std::make_unique<QLockFile>(QDir(folder).filePath(QStringLiteral(".dsrctl-create.lock")));
    if (!m_creationLock->tryLock(60 * 1000)) {
        if (m_creationLock->error() == QLockFile::LockFailedError)
            return makeError(
                ErrorCode::Conflict,
                tr("Another dsrctl is setting up a database in %1; try again when it is done.").arg(folder));
        return makeError(ErrorCode::Failure, tr("Cannot lock the folder %1.").arg(folder));
    }
    return {};
#endif
}

void CliContext::discardCreatedDatabase()
{
    if (!m_createdDatabase)
        return;
    const QString path = DatabaseAccess::path(*m_database);
    m_database.reset();
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    m_createdDatabase = false;
}

Status CliContext::signIn()
{
    AccountService accounts(*m_database);
    // Asking for a password that cannot match anything would only confuse.
    auto empty = accounts.needsInitialSetup();
    if (!empty)
        return empty.error();
    if (empty.value())
        return makeError(ErrorCode::Authentication,
                         tr("This database has no accounts yet. Set it up first with “dsrctl init”."));

    const QString &login = m_invocation.global.user;
    auto password = m_invocation.global.passwordStdin
        ? Console::readStdinLine()
        : Console::readHidden(tr("Password for %1: ").arg(login));
    if (!password)
        return password.error();
    auto actor = accounts.authenticate(login, password.value());
    if (!actor)
        return actor.error();
    m_actor = actor.value();
    m_actingPassword = password.value();
    qCInfo(lcCli) << "signed in, user id" << m_actor.userId;
    return {};
}

Result<QString> CliContext::newPassword(bool fromStdin, const QString &prompt)
{
    if (fromStdin)
        return Console::readStdinLine();
    auto first = Console::readHidden(prompt);
    if (!first)
        return first;
    auto second = Console::readHidden(tr("Type it again: "));
    if (!second)
        return second;
    if (first.value() != second.value())
        return makeError(ErrorCode::Validation, tr("The two passwords differ; nothing was changed."));
    return first;
}

} // namespace dsr::cli
