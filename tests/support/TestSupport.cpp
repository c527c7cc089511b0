#include "TestSupport.h"

#include "services/AccountService.h"
#include "storage/UserRepository.h"

#include <QtTest>

namespace dsr::test {

TempDatabase::TempDatabase()
{
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

TempDatabase::TempDatabase(const QString &templateFile)
{
    if (!QFile::copy(templateFile, path()))
        qFatal("cannot copy the template database");
    QFile(path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

std::unique_ptr<Database> TempDatabase::openSecond() const
{
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open second connection: %s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

Actor TempDatabase::initialize()
{
    AccountService accounts(*m_db);
    auto admin = accounts.initialize({}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
    if (!admin)
        qFatal("initialize failed: %s", qPrintable(admin.error().message));
    return admin.value();
}

Actor TempDatabase::addUser(const Actor &admin, const QString &login, RoleSet roles)
{
    AccountService accounts(*m_db);
    auto id = accounts.addUser(admin, NewUser { login, QStringLiteral("職員 ") + login, roles, kPassword });
    if (!id)
        qFatal("addUser failed: %s", qPrintable(id.error().message));
    // Tests act as users that already changed their first password.
    Actor actor { id.value(), login, QStringLiteral("職員 ") + login, roles, false };
    auto hash = UserRepository(*m_db).passwordHash(id.value());
    if (!hash || !UserRepository(*m_db).setPassword(id.value(), hash.value(), false))
        qFatal("cannot clear must-change flag");
    return actor;
}

CliResult runDsrctl(const QStringList &args, const QString &stdinText, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(DSR_BIN_DIR "/dsrctl"), args);
    if (!p.waitForStarted(10000))
        return { -1, {}, QStringLiteral("dsrctl did not start") };
    if (!stdinText.isEmpty())
        p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("dsrctl timed out") };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace dsr::test
