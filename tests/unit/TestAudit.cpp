// The audit trail: entries chain, the trail is append-only, and every kind of tampering —
// edit, delete, insert, reorder — is found at the right sequence number.

#include "TestSupport.h"
#include "security/AuditChain.h"
#include "security/AuditCheckpoint.h"
#include "security/AuditKey.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace dsr;
using namespace dsr::test;

class TestAudit : public QObject
{
    Q_OBJECT

    // Appends n synthetic entries, each in its own transaction, as services do.
    static void appendEntries(Database &db, int n)
    {
        for (int i = 1; i <= n; ++i) {
            Transaction tx(db);
            AuditRepository repo(db);
            QVERIFY(repo.append(AuditEvent { qint64(1),
                                             QStringLiteral("clerk1"),
                                             QStringLiteral("test.event"),
                                             QStringLiteral("request"),
                                             QString::number(100 + i),
                                             { { QStringLiteral("n"), i } } }));
            QVERIFY(tx.commit());
        }
    }

    // What someone holding the file (the sqlite3 tool) or the server's owner role could do behind
    // the program's back: lift the append-only guards first, then change entries as the owner.
    static void dropGuards(TempDatabase &t) { t.liftGuards(QStringLiteral("audit_log")); }
    // The key a new test database was given at its first entry: for forgers who hold it too.
    static std::shared_ptr<const AuditKey> keyOf(Database &db)
    {
        auto key = AuditRepository(db).key();
        if (!key)
            qFatal("no audit key: %s", qPrintable(key.error().message));
        return key.value();
    }
    static AuditVerification verify(Database &db, const std::optional<AuditCheckpoint> &checkpoint = {})
    {
        auto r = AuditService::verifyChain(db, checkpoint);
        if (!r.ok())
            qFatal("verify failed to read");
        return r.value();
    }

    // The file's mode bits as ls shows them.
    static int unixMode(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }
    // All entries, oldest first.
    static QList<AuditRecord> entries(Database &db)
    {
        QList<AuditRecord> all = AuditRepository(db).list({}).value();
        std::reverse(all.begin(), all.end());
        return all;
    }
    // What an intruder with the file (or the owner role) does after dropping the triggers: changes
    // entries from `fromSeq` on and recomputes their hashes and links — with plain SHA-256
    // (scheme 1) when `key` is null, or keyed when they hold the key too.
    static void rewriteFrom(TempDatabase &t, qint64 fromSeq, const std::function<void(AuditRecord &)> &change,
                            const AuditKey *key, AuditScheme scheme, qint64 toSeq = 0)
    {
        // The owner's own connection, closed again before anything copies the database.
        auto owner = Database::open(t.ownerPath());
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
        Database &db = *owner.value();
        QString prev = AuditChain::genesisHash();
        for (AuditRecord r : entries(db)) {
            if (r.seq >= fromSeq && (toSeq == 0 || r.seq <= toSeq)) {
                change(r);
                r.prevHash = prev;
                r.scheme = scheme;
                if (key) {
                    r.hash = AuditChain::computeHash(r, key);
                } else {
                    // Plain SHA-256 of the old form — under a column that may still say "keyed".
                    AuditRecord plain = r;
                    plain.scheme = AuditScheme::Sha256;
                    r.hash = AuditChain::computeHash(plain);
                }
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral(
                    "UPDATE audit_log SET at_utc = ?, user_id = ?, user_login = ?, action = ?, "
                    "entity_type = ?, entity_id = ?, details = ?, prev_hash = ?, hash = ?, "
                    "scheme = ? WHERE seq = ?"));
                for (const QVariant &v :
                     { QVariant(r.atUtc),
                       r.userId ? QVariant(*r.userId) : QVariant(QMetaType::fromType<qint64>()),
                       QVariant(r.userLogin), QVariant(r.action), QVariant(r.entityType),
                       QVariant(r.entityId), QVariant(r.details), QVariant(r.prevHash), QVariant(r.hash),
                       QVariant(static_cast<int>(r.scheme)), QVariant(r.seq) })
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            prev = r.hash;
        }
    }
    // Turns a database of this version back into one written before the audit key existed: every
    // entry in the old form (plain SHA-256, "dsr-audit-v1"), no key, no identity, no scheme column,
    // schema version 5 — what the previous program left on disk.
    static void writeAsBeforeTheAuditKey(TempDatabase &t)
    {
        const QString keyPath = AuditRepository(t.db()).keyPath().value();
        dropGuards(t);
        rewriteFrom(
            t, 1, [](AuditRecord &) {}, nullptr, AuditScheme::Sha256);
        // Back to schema 6, before 007 (audit key) and everything after it (008: erasure, 009: one
        // counter table and the letters' search keys, 010: change notices — triggers on the server
        // only, 011: disclosure copies), in each engine's words.
        QStringList back { QStringLiteral("DROP TABLE redacted_copies"),
                           QStringLiteral("DROP TABLE redaction_drafts"),
                           QStringLiteral("DROP TABLE disclosure_documents") };
        if (onServer()) {
            back << QStringLiteral(
                "DROP FUNCTION dsr_disclosure_purged_only(), dsr_redaction_drafts_purged_only(), "
                "dsr_notice_draft()")
                 << QStringLiteral("DROP FUNCTION dsr_notice_self(), dsr_notice_request() CASCADE")
                 << QStringLiteral("DROP TABLE erasures") // with its triggers
                 << QStringLiteral("DROP TRIGGER attachments_erased_only ON attachments")
                 << QStringLiteral("DROP TRIGGER request_history_purged_only ON request_history")
                 << QStringLiteral("DROP TRIGGER members_erased_final ON members")
                 << QStringLiteral("DROP FUNCTION dsr_attachments_erased_only(), "
                                   "dsr_request_history_purged_only(), dsr_members_erased_final()");
        } else {
            for (const char *trigger :
                 { "erasures_no_update", "erasures_no_delete", "attachments_erased_only",
                   "request_history_purged_only", "members_erased_final" })
                back << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));
            back << QStringLiteral("DROP TABLE erasures");
        }
        back << QStringLiteral("DROP TABLE database_identity")
             << QStringLiteral("ALTER TABLE audit_log DROP COLUMN scheme")
             // And 009: the two counter tables it merged, no search keys on letters.
             << QStringLiteral("CREATE TABLE receipt_counters (fiscal_year INTEGER PRIMARY KEY, "
                               "last_seq INTEGER NOT NULL)")
             << QStringLiteral("CREATE TABLE document_counters (symbol TEXT NOT NULL, fiscal_year INTEGER "
                               "NOT NULL, last_no INTEGER NOT NULL, PRIMARY KEY (symbol, fiscal_year))")
             << QStringLiteral(
                    "INSERT INTO receipt_counters SELECT fiscal_year, last_no FROM number_counters "
                    "WHERE series = 'receipt'")
             << QStringLiteral("INSERT INTO document_counters SELECT symbol, fiscal_year, last_no FROM "
                               "number_counters WHERE series = 'document'")
             << QStringLiteral("DROP TABLE number_counters")
             << QStringLiteral("DROP INDEX letters_document_key")
             << QStringLiteral("ALTER TABLE letters DROP COLUMN document_key")
             << QStringLiteral("ALTER TABLE letters DROP COLUMN addressee_key")
             << QStringLiteral("DELETE FROM schema_version WHERE version >= 7");
        // The append-only guards as version 6 had them.
        if (onServer())
            back << QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER");
        else
            back << QStringLiteral(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                "RAISE(ABORT, 'audit_log is append-only'); END")
                 << QStringLiteral(
                        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                        "RAISE(ABORT, 'audit_log is append-only'); END");
        for (const QString &sql : back)
            t.execAsOwner(sql);
        QVERIFY(QFile::remove(keyPath));
    }
    // `n` settings changes by `admin`: one entry each.
    static void moreEntries(Database &db, const Actor &admin, int n)
    {
        SettingsService settings(db);
        static int counter = 0;
        for (int i = 0; i < n; ++i)
            if (!settings.save(admin, settings.load(admin).value(),
                               { { Setting::Phone,
                                   QStringLiteral("03-0000-%1").arg(++counter, 4, 10, QLatin1Char('0')) } }))
                qFatal("settings change failed");
    }
    // A database set up with an administrator (entries 1, 2), a clerk (3) and settings changes.
    static Actor populate(TempDatabase &t)
    {
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        moreEntries(t.db(), admin, 4);
        return admin;
    }

private Q_SLOTS:
    void entriesChainFromGenesis()
    {
        TempDatabase t;
        appendEntries(t.db(), 5);
        const auto all = AuditRepository(t.db()).list({}).value();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.last().seq, qint64(1));
        QCOMPARE(all.last().prevHash, AuditChain::genesisHash());
        for (int i = 0; i + 1 < all.size(); ++i)
            QCOMPARE(all[i].prevHash, all[i + 1].hash);
        // A new database is keyed from its first entry.
        const auto key = keyOf(t.db());
        for (const AuditRecord &r : all) {
            QCOMPARE(r.scheme, AuditScheme::HmacSha256);
            QCOMPARE(r.hash, AuditChain::computeHash(r, key.get()));
            QVERIFY(r.hash != AuditChain::computeHash(r)); // not without the key
            QCOMPARE(r.hash.size(), 64);
            QVERIFY(r.atUtc.endsWith(QLatin1Char('Z')));
        }
        const auto v = verify(t.db());
        QVERIFY(v.intact);
        QCOMPARE(v.checked, qint64(5));
    }

    void canonicalFormCannotBeImitated()
    {
        AuditRecord a;
        a.seq = 1;
        a.action = QStringLiteral("a");
        a.entityType = QStringLiteral("b;1:c");
        AuditRecord b = a;
        b.action = QStringLiteral("a;1:b");
        b.entityType = QStringLiteral("c");
        QVERIFY(AuditChain::canonical(a) != AuditChain::canonical(b));
        QVERIFY(AuditChain::computeHash(a) != AuditChain::computeHash(b));
    }

    void trailIsAppendOnly()
    {
        TempDatabase t;
        appendEntries(t.db(), 2);
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        QCOMPARE(AuditRepository(t.db()).count().value(), qint64(2));
    }

    void editedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t);
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 6"));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(6));
        QCOMPARE(v.checked, qint64(5));
        QVERIFY(v.problem.contains(QStringLiteral("6")));
    }

    void editedAndRehashedEntryBreaksTheNextLink()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t);
        // A careful forger — even one holding the key — recomputes the edited entry's own hash; the
        // successor still points at the old one.
        auto rows = AuditRepository(t.db())
                        .list(AuditFilter { {}, {}, {}, QStringLiteral("104"), {}, {}, 0 })
                        .value();
        QCOMPARE(rows.size(), 1);
        AuditRecord forged = rows.first();
        forged.action = QStringLiteral("test.other");
        forged.hash = AuditChain::computeHash(forged, keyOf(t.db()).get());
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET action = 'test.other', hash = '%1' WHERE seq = 4")
                          .arg(forged.hash));
        QCOMPARE(verify(t.db()).firstBadSeq, qint64(5));
    }

    void deletedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t);
        t.execAsOwner(QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(7));
    }

    void deletedAndRenumberedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t);
        t.execAsOwner(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"));
        // Entry 3 is now the old entry 4: its predecessor link points at the removed entry.
        QCOMPARE(verify(t.db()).firstBadSeq, qint64(3));
    }

    void insertedEntryIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t);
        // Make room after entry 5 and insert a well-formed forgery that links to entry 5.
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq > 5"));
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000"));
        auto five = AuditRepository(t.db())
                        .list(AuditFilter { {}, {}, {}, QStringLiteral("105"), {}, {}, 0 })
                        .value();
        AuditRecord forged;
        forged.seq = 6;
        forged.atUtc = five.first().atUtc;
        forged.userId = 1;
        forged.userLogin = QStringLiteral("clerk1");
        forged.action = QStringLiteral("test.event");
        forged.entityType = QStringLiteral("request");
        forged.entityId = QStringLiteral("999");
        forged.details = QStringLiteral("{}");
        forged.prevHash = five.first().hash;
        forged.scheme = AuditScheme::HmacSha256;
        forged.hash = AuditChain::computeHash(forged, keyOf(t.db()).get());
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             { QVariant(forged.seq), QVariant(forged.atUtc), QVariant(*forged.userId),
               QVariant(forged.userLogin), QVariant(forged.action), QVariant(forged.entityType),
               QVariant(forged.entityId), QVariant(forged.details), QVariant(forged.prevHash),
               QVariant(forged.hash), QVariant(2) })
            q.addBindValue(v);
        QVERIFY(q.exec());
        // The forgery itself is consistent; the genuine entry after it no longer follows.
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(7));
        QCOMPARE(v.checked, qint64(6));
    }

    void insertedEntryWithoutRenumberingIsFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 4);
        dropGuards(t);
        t.execAsOwner(QStringLiteral(
            "INSERT INTO audit_log VALUES (3, 'x', 1, 'clerk1', 'a', 'b', 'c', '{}', 'p', 'h', 2) "
            "ON CONFLICT(seq) DO NOTHING"));
        t.execAsOwner(QStringLiteral(
            "INSERT INTO audit_log VALUES (7, 'x', 1, 'clerk1', 'a', 'b', 'c', '{}', 'p', 'h', 2)"));
        QCOMPARE(verify(t.db()).firstBadSeq, qint64(5)); // 5 and 6 are missing before 7
    }

    void reorderedEntriesAreFound()
    {
        TempDatabase t;
        appendEntries(t.db(), 10);
        dropGuards(t);
        // Swap entries 4 and 8 by exchanging their sequence numbers.
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = -4 WHERE seq = 4"));
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 8"));
        t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = 8 WHERE seq = -4"));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(4));
    }

    void entryCommitsWithTheChangeItRecords()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const qint64 before = AuditRepository(t.db()).count().value();
        AccountService accounts(t.db());
        QVERIFY(accounts.addUser(
            admin, NewUser { QStringLiteral("clerk1"), QStringLiteral("職員"), { Role::Clerk }, kPassword }));
        const auto last
            = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first();
        QCOMPARE(AuditRepository(t.db()).count().value(), before + 1);
        QCOMPARE(last.action, QStringLiteral("user.create"));
        QCOMPARE(last.userLogin, QStringLiteral("admin"));
        QCOMPARE(last.entityType, QStringLiteral("user"));
        // Ids, not personal data: the display name is not in the entry.
        QVERIFY(!last.details.contains(QStringLiteral("職員")));
        QVERIFY(last.details.contains(QStringLiteral("clerk1")));
    }

    void settingsChangesRecordBeforeAndAfter()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::Regime, QStringLiteral("public") } }));
        const auto last
            = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first();
        QCOMPARE(last.action, QStringLiteral("settings.change"));
        QCOMPARE(last.entityId, QStringLiteral("legal.regime"));
        QCOMPARE(last.details, QStringLiteral("{\"after\":\"public\",\"before\":\"private\"}"));
    }

    void personalSettingsAreAuditedWithoutValues()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        SettingsService settings(t.db());
        QVERIFY(settings.save(admin, settings.load(admin).value(),
                              { { Setting::HeadName, QStringLiteral("長崎 次郎") } }));
        const auto last
            = AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first();
        QCOMPARE(last.entityId, QStringLiteral("organisation.head_name"));
        QVERIFY(!last.details.contains(QStringLiteral("長崎")));
    }

    void filtersSelectEntries()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        AccountService accounts(t.db());
        (void)accounts.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-password-x"));
        AuditRepository repo(t.db());
        AuditFilter byUser;
        byUser.userLogin = QStringLiteral("clerk1");
        for (const AuditRecord &r : repo.list(byUser).value())
            QCOMPARE(r.userLogin, QStringLiteral("clerk1"));
        AuditFilter byAction;
        byAction.actionPrefix = QStringLiteral("auth.");
        const auto auth = repo.list(byAction).value();
        QCOMPARE(auth.size(), 1);
        QCOMPARE(auth.first().action, QStringLiteral("auth.login_failed"));
        AuditFilter byEntity;
        byEntity.entityType = QStringLiteral("database");
        QCOMPARE(repo.list(byEntity).value().size(), 1);
        AuditFilter past;
        past.to = QDate(2000, 1, 1);
        QCOMPARE(repo.list(past).value().size(), 0);
        AuditFilter today;
        today.from = QDate::currentDate().addDays(-1);
        today.to = QDate::currentDate().addDays(1);
        QCOMPARE(repo.list(today).value().size(), repo.count().value());
    }

    void csvExportEscapesAndIsRecorded()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        AuditService audit(t.db());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto n = audit.exportCsv(auditor, {}, &buffer);
        QVERIFY(n.ok());
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "seq,at_utc,user_id,user_login,action"));
        QCOMPARE(csv.count("\r\n"), int(n.value()) + 1);
        // JSON details contain commas and quotes: quoted and doubled.
        QVERIFY(csv.contains("\"{\"\"disabled\"\":false,\"\"login\"\":\"\"auditor1\"\""));
        QCOMPARE(
            AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first().action,
            QStringLiteral("audit.export"));
    }

    void csvFileExportIsAtomicAndRecordedAfterwards()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        const Actor auditor = t.addUser(admin, QStringLiteral("auditor1"), { Role::Auditor });
        AuditService audit(t.db());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        auto n = audit.exportCsvFile(auditor, {}, path);
        QVERIFY(n.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), int(n.value()) + 1);
        QCOMPARE(
            AuditRepository(t.db()).list(AuditFilter { {}, {}, {}, {}, {}, {}, 1 }).value().first().action,
            QStringLiteral("audit.export"));
        // A folder that does not exist: nothing written, nothing recorded.
        const qint64 before = AuditRepository(t.db()).count().value();
        QVERIFY(!audit.exportCsvFile(auditor, {}, dir.filePath(QStringLiteral("missing/audit.csv"))).ok());
        QCOMPARE(AuditRepository(t.db()).count().value(), before);
    }

    // The canonical form and hash of a fixed entry, pinned as bytes: a change to either would make
    // every existing database fail verification. Computed independently (Python hashlib/hmac).
    void knownAnswerUnkeyed()
    {
        AuditRecord r;
        r.seq = 42;
        r.atUtc = QStringLiteral("2026-04-01T09:30:00.123Z");
        r.userId = 7;
        r.userLogin = QStringLiteral("clerk1");
        r.action = QStringLiteral("request.update");
        r.entityType = QStringLiteral("request");
        r.entityId = QStringLiteral("1234");
        r.details = QStringLiteral(R"({"after":"investigating","before":"received","note":"決裁"})");
        r.prevHash = QStringLiteral("0123456789abcdef").repeated(4);
        QCOMPARE(r.scheme, AuditScheme::Sha256); // the default: what the old rows are
        const QByteArray expected
            = "dsr-audit-v1;2:42;24:2026-04-01T09:30:00.123Z;1:7;6:clerk1;14:request.update;7:request;4:1234;"
              "61:{\"after\":\"investigating\",\"before\":\"received\",\"note\":\"\xe6\xb1\xba\xe8\xa3\x81\"}"
              ";"
              "64:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef;";
        QCOMPARE(AuditChain::canonical(r), expected);
        QCOMPARE(AuditChain::computeHash(r),
                 QStringLiteral("3a1d195b9d3d55a26e193f4cdb4c5a148337ce06503147238d488e2ad93f7b14"));
        // A key makes no difference to an unkeyed entry.
        const AuditKey key = AuditKey::fromBytes(
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        QCOMPARE(AuditChain::computeHash(r, &key), AuditChain::computeHash(r));
    }

    void knownAnswerKeyed()
    {
        const AuditKey key = AuditKey::fromBytes(
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        AuditRecord r;
        r.seq = 42;
        r.atUtc = QStringLiteral("2026-04-01T09:30:00.123Z");
        r.userId = 7;
        r.userLogin = QStringLiteral("clerk1");
        r.action = QStringLiteral("request.update");
        r.entityType = QStringLiteral("request");
        r.entityId = QStringLiteral("1234");
        r.details = QStringLiteral(R"({"after":"investigating","before":"received","note":"決裁"})");
        r.prevHash = QStringLiteral("0123456789abcdef").repeated(4);
        r.scheme = AuditScheme::HmacSha256;
        QCOMPARE(
            AuditChain::canonical(r),
            QByteArray("dsr-audit-v2;2:42;24:2026-04-01T09:30:00.123Z;1:7;6:clerk1;14:request.update;7:"
                       "request;4:1234;61:{\"after\":\"investigating\",\"before\":\"received\",\"note\":"
                       "\"\xe6\xb1\xba\xe8\xa3\x81\"};64:0123456789abcdef0123456789abcdef0123456789abcdef"
                       "0123456789abcdef;"));
        QCOMPARE(AuditChain::computeHash(r, &key),
                 QStringLiteral("3b64be823eeb50bf30e20636e2edc75ad8850488ce6be51cfbe8d526231d63d6"));
        QVERIFY(AuditChain::computeHash(r).isEmpty()); // no keyed hash without the key

        // An anonymous first entry: no user id, empty login, the genesis predecessor.
        AuditRecord first;
        first.seq = 1;
        first.atUtc = QStringLiteral("2026-04-01T00:00:00.000Z");
        first.action = QStringLiteral("auth.login_failed");
        first.entityType = QStringLiteral("user");
        first.entityId = QStringLiteral("-");
        first.details = QStringLiteral("{}");
        first.prevHash = AuditChain::genesisHash();
        first.scheme = AuditScheme::HmacSha256;
        QCOMPARE(
            AuditChain::canonical(first),
            QByteArray("dsr-audit-v2;1:1;24:2026-04-01T00:00:00.000Z;0:;0:;17:auth.login_failed;4:user;1:-;"
                       "2:{};64:0000000000000000000000000000000000000000000000000000000000000000;"));
        QCOMPARE(AuditChain::computeHash(first, &key),
                 QStringLiteral("d6ec813bcbc6087a69dd28b1f69c9846e619fe3a99f0b3c42a4fa7dd2bfe2af1"));
    }

    // (b) Someone with the file but not the key edits a keyed entry and recomputes the plain
    // SHA-256 chain from it to the end — whether they mark the rewritten entries unkeyed or not.
    void rewriteWithoutTheKeyIsFound_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("marked unkeyed") << int(AuditScheme::Sha256);
        QTest::newRow("still marked keyed") << int(AuditScheme::HmacSha256);
    }
    void rewriteWithoutTheKeyIsFound()
    {
        QFETCH(int, scheme);
        TempDatabase t;
        populate(t);
        QVERIFY(verify(t.db()).intact);
        dropGuards(t);
        rewriteFrom(
            t, 3,
            [](AuditRecord &r) {
                if (r.seq == 3)
                    r.details.replace(QStringLiteral("clerk"), QStringLiteral("administrator"));
            },
            nullptr, static_cast<AuditScheme>(scheme));
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(3));
        QCOMPARE(v.head.seq, qint64(2));
        if (scheme == int(AuditScheme::Sha256))
            QVERIFY2(v.problem.contains(QStringLiteral("not keyed")), qPrintable(v.problem));
    }

    // The whole trail rewritten unkeyed, as if it had never been keyed: the key file still exists.
    void wholeTrailRewrittenUnkeyedIsFound()
    {
        TempDatabase t;
        populate(t);
        dropGuards(t);
        rewriteFrom(
            t, 1, [](AuditRecord &) {}, nullptr, AuditScheme::Sha256);
        const auto v = verify(t.db());
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(AuditRepository(t.db()).keyPath().value()), qPrintable(v.problem));
        // Opening it again does not quietly start a new key.
        const Status s = AuditService::ensureKeyed(t.db());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("removed or rewritten")),
                 qPrintable(s.error().message));
    }

    // (a) A cut tail: the chain is consistent, only a checkpoint kept elsewhere shows it.
    void cutTailIsFoundByTheCheckpoint()
    {
        TempDatabase t;
        const Actor admin = populate(t);
        AuditService audit(t.db());
        auto c = audit.takeCheckpoint(admin, QStringLiteral("file"));
        QVERIFY(c.ok());
        const auto last = entries(t.db()).last();
        QCOMPARE(c->head.seq, last.seq); // the checkpoint pins its own entry
        QCOMPARE(c->head.hash, last.hash);
        QCOMPARE(last.action, QStringLiteral("audit.checkpoint"));
        QCOMPARE(c->databaseId, AuditRepository(t.db()).databaseId().value());
        moreEntries(t.db(), admin, 3);
        QVERIFY(verify(t.db(), *c).intact);

        // Entries after the checkpoint may be cut without trace: a checkpoint protects up to its entry.
        dropGuards(t);
        t.execAsOwner(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(c->head.seq + 1));
        QVERIFY(verify(t.db(), *c).intact);

        // Cut into it: the chain alone is still consistent, the checkpoint is not reached.
        t.execAsOwner(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(c->head.seq - 2));
        QVERIFY(verify(t.db()).intact);
        const auto v = verify(t.db(), *c);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, c->head.seq - 2);
        QCOMPARE(v.head.seq, c->head.seq - 3);
        QVERIFY2(v.problem.contains(QStringLiteral("cut off")), qPrintable(v.problem));
    }

    // (c) Someone holding the key as well removes or reorders entries and recomputes the keyed
    // chain: only the checkpoint kept elsewhere shows it.
    void removedOrReorderedBeforeTheCheckpointIsFound_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("remove 4") << true;
        QTest::newRow("swap 4 and 5") << false;
    }
    void removedOrReorderedBeforeTheCheckpointIsFound()
    {
        QFETCH(bool, remove);
        TempDatabase t;
        const Actor admin = populate(t);
        auto c = AuditService(t.db()).takeCheckpoint(admin, QStringLiteral("sheet"));
        QVERIFY(c.ok());
        moreEntries(t.db(), admin, 3);
        const auto key = keyOf(t.db());
        dropGuards(t);
        if (remove) {
            t.execAsOwner(QStringLiteral("DELETE FROM audit_log WHERE seq = 4"));
            t.execAsOwner(QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 4"));
            rewriteFrom(
                t, 4, [](AuditRecord &) {}, key.get(), AuditScheme::HmacSha256);
        } else {
            const auto all = entries(t.db());
            const AuditRecord four = all.at(3);
            const AuditRecord five = all.at(4);
            auto swap = [&](AuditRecord &r) {
                const AuditRecord &from = r.seq == 4 ? five : four;
                if (r.seq == 4 || r.seq == 5) {
                    r.atUtc = from.atUtc;
                    r.action = from.action;
                    r.entityType = from.entityType;
                    r.entityId = from.entityId;
                    r.details = from.details;
                }
            };
            rewriteFrom(t, 4, swap, key.get(), AuditScheme::HmacSha256);
        }
        QVERIFY(verify(t.db()).intact); // consistent, and keyed with the right key
        const auto v = verify(t.db(), *c);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, c->head.seq);
        QVERIFY2(v.problem.contains(QStringLiteral("checkpoint")), qPrintable(v.problem));
    }

    void checkpointOfAnotherDatabaseIsRefused()
    {
        TempDatabase a;
        const Actor admin = a.initialize();
        auto c = AuditService(a.db()).takeCheckpoint(admin, QStringLiteral("file"));
        QVERIFY(c.ok());
        TempDatabase b;
        b.initialize();
        auto v = AuditService::verifyChain(b.db(), *c);
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QVERIFY(v->checkpointRefused);
        QVERIFY(v->problem.contains(c->databaseId));
        QCOMPARE(v->head.seq, AuditRepository(b.db()).head().value().head.seq); // the head is still reported
    }

    void checkpointFileIsPrivateAndReadsBack()
    {
        TempDatabase t;
        const Actor admin = populate(t);
        const QString path = t.dir() + QStringLiteral("/checkpoint.json");
        auto c = AuditService(t.db()).writeCheckpointFile(admin, path);
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(unixMode(path), 0600);
        auto back = AuditCheckpointFile::read(path);
        QVERIFY(back.ok());
        QCOMPARE(back->head.seq, c->head.seq);
        QCOMPARE(back->head.hash, c->head.hash);
        QCOMPARE(back->databaseId, c->databaseId);
        QCOMPARE(back->takenUtc, c->takenUtc);
        QCOMPARE(entries(t.db()).last().action, QStringLiteral("audit.checkpoint"));
        // A checkpoint is refused to someone who may not verify, and the refusal is recorded.
        const Actor clerk = t.addUser(admin, QStringLiteral("clerk2"), { Role::Clerk });
        QCOMPARE(AuditService(t.db()).takeCheckpoint(clerk, QStringLiteral("file")).error().code,
                 ErrorCode::Permission);
        // Not a checkpoint: a clear usage error naming the file.
        QFile junk(t.dir() + QStringLiteral("/junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"seq\": 3}");
        junk.close();
        auto bad = AuditCheckpointFile::read(junk.fileName());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Usage);
        QVERIFY(bad.error().message.contains(junk.fileName()));
    }

    // (d) The key file: owner-only, in an owner-only folder, never replaced.
    void keyFileIsOwnerOnly()
    {
        TempDatabase t;
        t.initialize();
        const QString path = AuditRepository(t.db()).keyPath().value();
        QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
                 qPrintable(path));
        QVERIFY(path.endsWith(AuditRepository(t.db()).databaseId().value() + QStringLiteral(".key")));
        QCOMPARE(unixMode(path), 0600);
        QCOMPARE(unixMode(QFileInfo(path).absolutePath()), 0700);
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(before.contains(AuditRepository(t.db()).databaseId().value().toLatin1()));
        auto other = AuditKey::generate();
        QVERIFY(
            !AuditKeyFile::create(path, AuditRepository(t.db()).databaseId().value(), other.value()).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // (e) A keyed database whose key file is missing: nothing can be recorded, and verification
    // cannot vouch for the keyed entries; both say which file to restore.
    void missingKeyIsRefusedClearly()
    {
        TempDatabase t;
        const Actor admin = populate(t);
        const QString path = AuditRepository(t.db()).keyPath().value();
        const QString aside = path + QStringLiteral(".aside");
        QVERIFY(QFile::rename(path, aside));
        auto desk = t.openSecond(); // a program started after the key was lost
        const qint64 before = AuditRepository(*desk).count().value();
        SettingsService settings(*desk);
        const Status s = settings.save(admin, settings.load(admin).value(),
                                       { { Setting::Phone, QStringLiteral("03-9999-0000") } });
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(path) && s.error().message.contains(QStringLiteral("backup")),
                 qPrintable(s.error().message));
        QCOMPARE(AuditRepository(*desk).count().value(), before); // and the change was not made
        QVERIFY(settings.load(admin).value().value(Setting::Phone) != QStringLiteral("03-9999-0000"));
        const Status open = AuditService::ensureKeyed(*desk);
        QVERIFY(!open.ok());
        QVERIFY(open.error().message.contains(path));
        const auto v = verify(*desk);
        QVERIFY(!v.intact);
        QVERIFY(v.keyMissing);
        QCOMPARE(v.firstBadSeq, qint64(1));
        QVERIFY2(v.problem.contains(path), qPrintable(v.problem));

        // A key of another database in its place is refused as well.
        TempDatabase other;
        other.initialize();
        QVERIFY(QFile::copy(AuditRepository(other.db()).keyPath().value(), path));
        auto third = t.openSecond();
        const Status wrong = AuditService::ensureKeyed(*third);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QStringLiteral("another database")),
                 qPrintable(wrong.error().message));

        // Restored from the backup: everything works again.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(aside, path));
        auto restored = t.openSecond();
        QVERIFY(AuditService::ensureKeyed(*restored).ok());
        QVERIFY(verify(*restored).intact);
    }

    // A database written before the audit key existed switches on its first open by this version:
    // the key is created and the switch is itself an entry; later entries are keyed.
    void oldTrailSwitchesToKeyedOnFirstOpen()
    {
        TempDatabase t;
        const Actor admin = populate(t);
        const qint64 n = AuditRepository(t.db()).count().value();
        writeAsBeforeTheAuditKey(t);
        QTemporaryDir keep;
        const QString oldFile = keep.filePath(QStringLiteral("old.sqlite"));
        t.saveAs(oldFile);

        TempDatabase old(oldFile); // opening migrates it to this version
        QCOMPARE(AuditRepository(old.db()).head().value().scheme, AuditScheme::Sha256);
        auto before = verify(old.db());
        QVERIFY(before.intact);
        QCOMPARE(before.checked, n);
        QCOMPARE(before.keyedSince, qint64(0));
        const QString keyPath = AuditRepository(old.db()).keyPath().value();
        QVERIFY(!QFileInfo::exists(keyPath));

        QVERIFY(AuditService::ensureKeyed(old.db()).ok());
        QVERIFY(QFileInfo::exists(keyPath));
        QCOMPARE(unixMode(keyPath), 0600);
        const auto all = entries(old.db());
        QCOMPARE(all.size(), n + 1);
        QCOMPARE(all.last().action, QStringLiteral("audit.keyed"));
        QCOMPARE(all.last().scheme, AuditScheme::HmacSha256);
        QCOMPARE(all.at(int(n) - 1).scheme, AuditScheme::Sha256);
        QVERIFY(all.last().details.contains(QStringLiteral("\"unkeyed_entries\":%1").arg(n)));

        // Once only; later entries are keyed; the whole trail verifies.
        QVERIFY(AuditService::ensureKeyed(old.db()).ok());
        moreEntries(old.db(), admin, 1);
        const auto after = entries(old.db());
        QCOMPARE(after.size(), n + 2);
        QCOMPARE(after.last().scheme, AuditScheme::HmacSha256);
        const auto v = verify(old.db());
        QVERIFY(v.intact);
        QCOMPARE(v.keyedSince, n + 1);
        QCOMPARE(v.head.seq, n + 2);
        QCOMPARE(v.head.hash, after.last().hash);

        // The old part cannot be rewritten quietly either: editing an old entry and recomputing the
        // plain chain up to the switch breaks the keyed switch entry's link.
        dropGuards(old);
        rewriteFrom(
            old, 2,
            [&](AuditRecord &r) {
                if (r.seq == 2)
                    r.details = QStringLiteral("{}");
            },
            nullptr, AuditScheme::Sha256, n);
        const auto broken = verify(old.db());
        QVERIFY(!broken.intact);
        QCOMPARE(broken.firstBadSeq, n + 1);
    }

    void verificationIsRecordedAfterTheWalk()
    {
        TempDatabase t;
        const Actor admin = t.initialize();
        AuditService audit(t.db());
        auto v = audit.verify(admin);
        QVERIFY(v.ok() && v->intact);
        QCOMPARE(v->checked, qint64(2));
        auto again = audit.verify(admin);
        QCOMPARE(again->checked, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
