#include "CliContext.h"

#include "Console.h"
#include "Logging.h"
#include "services/AccountService.h"

#include <QFile>
#include <QFileInfo>

namespace dsr::cli {

CliContext::CliContext(Invocation invocation)
    : m_invocation(std::move(invocation))
{
}

CliContext::~CliContext()
{
    m_actingPassword.fill(QLatin1Char('\0'));
}

QString CliContext::databasePath() const
{
    return m_invocation.global.database.isEmpty() ? Database::defaultPath() : m_invocation.global.database;
}

Status CliContext::openDatabase(bool mayCreate)
{
    const QString path = databasePath();
    if (!mayCreate && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no database at %1. Check --db, or create one with “dsrctl "
                            "init”.")
                             .arg(path));
    const bool existed = QFileInfo::exists(path);
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    m_database = std::move(opened).value();
    m_createdDatabase = !existed;
    m_database->setAuditKeyPath(m_invocation.global.auditKey);
    return {};
}

void CliContext::discardCreatedDatabase()
{
    if (!m_createdDatabase)
        return;
    const QString path = m_database->path();
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
