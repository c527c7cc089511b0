#pragma once
// Shared by the tests: temporary database files, a ready-made administrator, and running the
// built dsrctl.

#include "model/Decision.h"
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

// The engine a test process runs its databases on: SQLite files, or — when ctest runs the
// PostgreSQL pass of a suite (DSR_TEST_ENGINE=postgresql) — fresh databases on the project's
// throwaway cluster (tests/pg, fixture pg). A PostgreSQL pass without its cluster fails loudly.
bool onServer();
// The engine's name for messages and skip reasons ("SQLite" or "PostgreSQL").
QString engineName();

// A fresh database for one test: a file in a temp folder, or on the server a database of its own
// (created by the owner role, migrated, granted to the desks' role and opened as that role — as
// the desks run), dropped again at the end.
class TempDatabase
{
public:
    TempDatabase();
    // A copy of a database saved with saveAs: a prepared fixture reused by many test rows.
    explicit TempDatabase(const QString &templateFile);
    // An empty database, no schema at all and nothing open (db() is not available): for tests of
    // first runs and upgrades, which open path() or ownerPath() themselves. On the server the
    // desks' role may connect to it but holds no rights in it until the owner grants them.
    struct Empty
    {
    };
    explicit TempDatabase(Empty);
    ~TempDatabase();
    // What --db names: the file, or the server URI (desks' role).
    QString path() const { return m_location; }
    // The same database as the schema's owner (the server's owner role; the file itself on SQLite).
    QString ownerPath() const { return m_ownerLocation; }
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
    // Runs `sql` as the schema's owner (on SQLite: on this connection) — what someone holding the
    // database file, or the server's owner role, could do behind the program's back. Stops the
    // test when the statement fails.
    void execAsOwner(const QString &sql);
    // Lifts the append-only guards of `table` as that person would (SQLite: drops the table's
    // refusing triggers; PostgreSQL: disables them as the owner), so a test can tamper with rows.
    void liftGuards(const QString &table);
    // Closes the database and copies it (file, or server database from this one as template) to
    // `path` (on the server: a file naming the copy): a fixture for TempDatabase(path).
    void saveAs(const QString &path);

private:
    void createOnServer(const QString &templateDatabase, bool withSchema = true);
    void openDatabase();

    QTemporaryDir m_dir;
    QString m_location;
    QString m_ownerLocation;
    QString m_serverDatabase; // the database's name on the server
    std::unique_ptr<Database> m_db;
};

// Where a test runs `dsrctl init` (or demo) on a database that is not there yet. SQLite: a new
// file name in a temporary folder. Server: dsrctl never creates a server database, so it is an
// empty database the owner made, migrated and granted to the desks' role (a TempDatabase, as an
// administrator prepares it with createdb and `init --app-role`); init there runs as the desks.
class FreshDatabase
{
public:
    explicit FreshDatabase(const QString &fileName = QStringLiteral("fresh.sqlite"));
    // What --db names.
    QString path() const { return m_path; }
    // What a failed init must leave: no file (SQLite), a database without accounts (server).
    bool holdsNothing();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TempDatabase> m_server;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// dsrctl's leading arguments to run on `db` as `login` (password on standard input), in English.
QStringList signedInArgs(const QString &db, const QString &login);
// The organisation settings every letter needs beyond the defaults (the head's name, the postal
// code and the address), saved by `admin`; false when refused.
bool setLetterSettings(Database &db, const Actor &admin);

// Runs the built dsrctl with `args`, feeding `stdinText` on standard input.
CliResult runDsrctl(const QStringList &args, const QString &stdinText = QString(), int timeoutMs = 60000);

// Exit code and both streams, for failure messages.
QString describe(const CliResult &r);
// dsrctl's error contract: exactly one line on standard error.
bool isOneLine(const QString &text);

// The first column of the first row of `sql` (a count, an id); a failed query stops the test.
qint64 scalar(Database &db, const QString &sql);
// A whole 1 × 1 PNG carrying `marker` repeated over several database pages (overflow pages of
// the blob) in a text chunk, so a test can look for the marker in the file's bytes.
QByteArray markedPng(const QByteArray &marker);
// A complete disclosure request for `memberId`, received on `received`, as a clerk registers it.
Request disclosureDraft(qint64 memberId, const QDate &received = QDate(2025, 4, 10));
// `draft` registered by `clerk` (fatal when refused).
Request registered(Database &db, const Actor &clerk, const Request &draft);
// A full disclosure of the short-term benefit records, on paper: the decision most tests draft.
Decision fullDisclosure();
// Takes request `requestId` through investigation (unless `investigate` is false), the draft of
// `decision` and its submission, every step on `on`: the draft waits at the chief's step.
void submitDraft(Database &db, qint64 requestId, const Decision &decision, const QDate &on,
                 const Actor &clerk, bool investigate = true);
// Takes request `requestId` through investigation (unless `investigate` is false), the draft of
// `decision`, its submission and the approvals of `chief` and `manager`, every step on `on`: the
// request is decided on that day.
void decide(Database &db, qint64 requestId, const Decision &decision, const QDate &on, const Actor &clerk,
            const Actor &chief, const Actor &manager, bool investigate = true);
// A disclosure request of a new member (`memberNumber`), decided (full disclosure) and approved by
// `chief` and `manager`: ready for its letter.
qint64 decidedRequest(Database &db, const Actor &clerk, const Actor &chief, const Actor &manager,
                      const QString &memberNumber);
// What a thief holding the files would read: the database file and its write-ahead log, as bytes
// (SQLite only: a server's files are not the desk's).
QByteArray fileBytes(const QString &dbPath);
// Whether the database still holds `marker` anywhere. SQLite: in the bytes of the file and its WAL
// (fileBytes). A server's files are not the desk's — deleted row versions wait there for VACUUM,
// which only the owner runs — so there: in any value of any row of any table (blobs as bytes,
// everything else as UTF-8 text).
bool databaseHolds(TempDatabase &t, const QByteArray &marker);
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
