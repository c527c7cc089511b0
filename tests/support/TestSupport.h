#pragma once
// Shared by the tests: temporary database files, a ready-made administrator, and running the
// built dsrctl.

#include "model/Request.h"
#include "model/User.h"
#include "storage/Database.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace dsr::test {

// A password that satisfies the policy, used for every synthetic account.
inline const QString kPassword = QStringLiteral("correct-horse-42");

// Creates a temp folder with a fresh database file in it.
class TempDatabase
{
public:
    TempDatabase();
    // A copy of an existing (closed) database file: a prepared fixture reused by many test rows.
    explicit TempDatabase(const QString &templateFile);
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Database &db() { return *m_db; }
    // Another connection to the same file: a second desk.
    std::unique_ptr<Database> openSecond() const;
    // Runs first-run set-up with an administrator "admin" and returns that actor.
    Actor initialize();
    // Adds a user with the given roles whose password need not be changed, and returns it.
    Actor addUser(const Actor &admin, const QString &login, RoleSet roles);
    // Adds a valid synthetic member (as `clerk`) and returns its id.
    qint64 addMember(const Actor &clerk, const QString &number, const QString &name, const QString &kana);
    // Closes the database and copies the file to `path`: a fixture for TempDatabase(path).
    void saveAs(const QString &path);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built dsrctl with `args`, feeding `stdinText` on standard input.
CliResult runDsrctl(const QStringList &args, const QString &stdinText = QString(), int timeoutMs = 60000);

// Exit code and both streams, for failure messages.
QString describe(const CliResult &r);
// dsrctl's error contract: exactly one line on standard error.
bool isOneLine(const QString &text);

// The first column of the first row of `sql` (a count, an id); a failed query stops the test.
qint64 scalar(Database &db, const QString &sql);
// A PNG signature followed by `marker` repeated over several database pages (overflow pages of
// the blob), so a test can look for the marker in the file's bytes.
QByteArray markedPng(const QByteArray &marker);
// A complete disclosure request for `memberId`, received on `received`, as a clerk registers it.
Request disclosureDraft(qint64 memberId, const QDate &received = QDate(2025, 4, 10));
// What a thief holding the files would read: the database file and its write-ahead log, as bytes.
QByteArray fileBytes(const QString &dbPath);
// Every text column of every row of `table`, tab-separated (blobs left out).
QString tableText(Database &db, const QString &table);
// Whether `stored` holds `written` as typed or its 12 digits in a row (hashes are hex, so a check
// for shorter digit runs could hit one by chance).
bool holdsTrace(const QString &stored, const QString &written);

} // namespace dsr::test

// Exit code and the output contract: nothing on stderr after success, exactly one line after failure.
#define EXPECT_EXIT(result, code)                                                                            \
    do {                                                                                                     \
        const dsr::test::CliResult &r_ = (result);                                                           \
        QVERIFY2(r_.exitCode == (code), qPrintable(dsr::test::describe(r_)));                                \
        if ((code) == 0)                                                                                     \
            QVERIFY2(r_.err.isEmpty(), qPrintable(dsr::test::describe(r_)));                                 \
        else                                                                                                 \
            QVERIFY2(dsr::test::isOneLine(r_.err), qPrintable(dsr::test::describe(r_)));                     \
    } while (false)

namespace dsr::test {

} // namespace dsr::test
