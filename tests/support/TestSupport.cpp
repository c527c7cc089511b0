#include "TestSupport.h"

#include "security/MyNumber.h"
#include "services/AccountService.h"
#include "services/MemberService.h"
#include "storage/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    auto admin = accounts.initialize(
        {}, NewUser { QStringLiteral("admin"), QStringLiteral("管理者"), {}, kPassword });
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

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

bool isOneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && text.endsWith(QLatin1Char('\n'))
        && text.count(QLatin1Char('\n')) == 1;
}

qint64 TempDatabase::addMember(const Actor &clerk, const QString &number, const QString &name,
                               const QString &kana)
{
    Member m;
    m.memberNumber = number;
    m.name = name;
    m.kana = kana;
    m.birthDate = QDate(1970, 1, 1);
    m.postalCode = QStringLiteral("850-0001");
    m.address = QStringLiteral("長崎市試験町1");
    auto added = MemberService(*m_db).add(clerk, m);
    if (!added)
        qFatal("addMember failed: %s", qPrintable(added.error().message));
    return added->id;
}

void TempDatabase::saveAs(const QString &path)
{
    m_db.reset(); // the last connection checkpoints the WAL into the file
    if (!QFile::copy(this->path(), path))
        qFatal("cannot copy the fixture database");
    auto reopened = Database::open(this->path());
    if (!reopened)
        qFatal("cannot reopen test database: %s", qPrintable(reopened.error().message));
    m_db = std::move(reopened).value();
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

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s (%s)", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QByteArray markedPng(const QByteArray &marker)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    while (bytes.size() < 20000)
        bytes += marker;
    return bytes;
}

Request disclosureDraft(qint64 memberId, const QDate &received)
{
    Request r;
    r.type = RequestType::Disclosure;
    r.memberId = memberId;
    r.received = received;
    r.channel = Channel::Counter;
    r.summary = QStringLiteral("短期給付の記録の開示を求める");
    r.identity.documentType = QStringLiteral("drivers_license");
    r.categories = { QStringLiteral("短期給付") };
    r.method = DisclosureMethod::Paper;
    return r;
}

QByteArray fileBytes(const QString &dbPath)
{
    QByteArray all;
    for (const char *suffix : { "", "-wal" }) {
        QFile f(dbPath + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString tableText(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        qFatal("cannot read %s", qPrintable(table));
    QString out;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            if (q.value(i).typeId() != QMetaType::QByteArray)
                out += q.value(i).toString() + QLatin1Char('\t');
        out += QLatin1Char('\n');
    }
    return out;
}

bool holdsTrace(const QString &stored, const QString &written)
{
    QString digits;
    for (QChar c : written)
        if (MyNumber::digitValue(c) >= 0)
            digits += QChar(u'0' + MyNumber::digitValue(c));
    return stored.contains(written) || stored.contains(digits);
}

} // namespace dsr::test
