// Benchmark: verify an audit chain of N entries (default 1,000,000), reading included.
//
//   bench_audit_verify [--entries N] [--db FILE] [--keyed]
//
// --keyed builds HMAC-SHA-256 entries (scheme 2) with a random key written beside the database
// (FILE.key), as a database made by this version has; without it, plain SHA-256 entries (scheme 1)
// as written before the audit key existed.
// Builds the chain once (entries shaped like real ones: time, user, action, entity, JSON
// details), closes the database, then reopens it and times AuditService::verifyChain — the same
// walk `dsrctl audit verify` does — three times, cold first. Also times the hashing alone.

#include "security/AuditChain.h"
#include "security/AuditKey.h"
#include "services/AuditService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace dsr;

namespace {

AuditRecord syntheticEntry(qint64 seq, const QString &prevHash, const AuditKey *key)
{
    static const QString actions[] = { QStringLiteral("request.view"), QStringLiteral("request.update"),
                                       QStringLiteral("auth.login"), QStringLiteral("letter.issue") };
    AuditRecord r;
    r.seq = seq;
    r.atUtc = QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc())
                  .addSecs(seq * 7)
                  .toString(Qt::ISODateWithMs);
    r.userId = 1 + seq % 12;
    r.userLogin = QStringLiteral("clerk%1").arg(1 + seq % 12);
    r.action = actions[seq % 4];
    r.entityType = QStringLiteral("request");
    r.entityId = QString::number(1 + seq % 100000);
    r.details
        = QStringLiteral("{\"after\":\"investigating\",\"before\":\"received\",\"step\":%1}").arg(seq % 5);
    r.prevHash = prevHash;
    r.scheme = key ? AuditScheme::HmacSha256 : AuditScheme::Sha256;
    r.hash = AuditChain::computeHash(r, key);
    return r;
}

bool build(Database &db, qint64 n, const AuditKey *key)
{
    auto *handle = static_cast<sqlite3 *>(db.sqliteHandle());
    Transaction tx(db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(handle, "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &st,
                       nullptr);
    QString prev = AuditChain::genesisHash();
    for (qint64 seq = 1; seq <= n; ++seq) {
        const AuditRecord r = syntheticEntry(seq, prev, key);
        const QByteArray f[]
            = { r.atUtc.toUtf8(),    r.userLogin.toUtf8(), r.action.toUtf8(),   r.entityType.toUtf8(),
                r.entityId.toUtf8(), r.details.toUtf8(),   r.prevHash.toUtf8(), r.hash.toUtf8() };
        sqlite3_bind_int64(st, 1, r.seq);
        sqlite3_bind_text(st, 2, f[0].constData(), int(f[0].size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 3, *r.userId);
        for (int i = 1; i < 8; ++i)
            sqlite3_bind_text(st, 3 + i, f[i].constData(), int(f[i].size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 11, static_cast<int>(r.scheme));
        if (sqlite3_step(st) != SQLITE_DONE)
            return false;
        sqlite3_reset(st);
        prev = r.hash;
    }
    sqlite3_finalize(st);
    return tx.commit().ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("entries"), QStringLiteral("Chain length."), QStringLiteral("N"),
                       QStringLiteral("1000000") });
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("Database file to use or create."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("keyed"), QStringLiteral("Build keyed (HMAC-SHA-256) entries.") });
    parser.process(app);
    const qint64 n = parser.value(QStringLiteral("entries")).toLongLong();
    const bool keyed = parser.isSet(QStringLiteral("keyed"));

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : dir.filePath(QStringLiteral("bench.sqlite"));
    const QString keyPath = path + QStringLiteral(".key");
    auto open = [&]() {
        auto db = Database::open(path);
        if (db)
            db.value()->setAuditKeyPath(keyPath);
        return db;
    };
    std::optional<AuditKey> key;
    {
        auto db = open();
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        if (keyed) {
            AuditRepository repo(*db.value());
            auto existing = repo.key(true);
            if (!existing) {
                std::fprintf(stderr, "%s\n", qPrintable(existing.error().message));
                return 1;
            }
            key = *existing.value();
        }
        auto existing = AuditService::verifyChain(*db.value());
        if (existing->checked != n) {
            QElapsedTimer t;
            t.start();
            if (existing->checked > 0 || !build(*db.value(), n, key ? &*key : nullptr)) {
                std::fprintf(stderr, "cannot build the chain (use an empty --db)\n");
                return 1;
            }
            std::printf("built %lld entries in %.2f s\n", static_cast<long long>(n), t.elapsed() / 1000.0);
        }
    }
    std::printf("file size: %.1f MB\n", QFile(path).size() / 1e6);

    // Hashing alone: canonical form + SHA-256 over in-memory UTF-8 entries, as the walk sees them.
    {
        struct Owned
        {
            QByteArray f[8];
            AuditRowView row;
        };
        std::vector<Owned> sample(100000);
        QString prev = AuditChain::genesisHash();
        for (qint64 i = 1; i <= 100000; ++i) {
            const AuditRecord r = syntheticEntry(i, prev, key ? &*key : nullptr);
            Owned &o = sample[size_t(i - 1)];
            const QString src[]
                = { r.atUtc, r.userLogin, r.action, r.entityType, r.entityId, r.details, r.prevHash, r.hash };
            for (int k = 0; k < 8; ++k)
                o.f[k] = src[k].toUtf8();
            auto v = [](const QByteArray &b) { return std::string_view(b.constData(), size_t(b.size())); };
            o.row = AuditRowView { r.seq,     v(o.f[0]), r.userId,  v(o.f[1]), v(o.f[2]), v(o.f[3]),
                                   v(o.f[4]), v(o.f[5]), v(o.f[6]), v(o.f[7]), r.scheme };
            prev = r.hash;
        }
        QElapsedTimer t;
        t.start();
        qint64 ok = 0;
        char hex[64];
        for (const Owned &o : sample) {
            AuditChain::computeHash(o.row, key ? &*key : nullptr, hex);
            ok += o.row.hash == std::string_view(hex, 64);
        }
        std::printf("%s hashing alone: %.3f s per 1,000,000 entries (%lld of 100,000 matched)\n",
                    keyed ? "keyed" : "unkeyed", t.nsecsElapsed() * 10 / 1e9, static_cast<long long>(ok));
    }

    {
        // Reading alone: the same scan with a callback that only touches the row.
        QElapsedTimer t;
        t.start();
        auto db = open();
        qint64 rows = 0;
        size_t bytes = 0;
        (void)AuditRepository(*db.value()).scan([&](const AuditRowView &r) {
            ++rows;
            bytes += r.details.size() + r.hash.size();
            return true;
        });
        std::printf("reading alone: %lld entries in %.3f s (%zu bytes seen)\n", static_cast<long long>(rows),
                    t.elapsed() / 1000.0, bytes);
    }

    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto db = open();
        auto v = AuditService::verifyChain(*db.value());
        const double s = t.elapsed() / 1000.0;
        std::printf("run %d: open + verify %lld entries: %.3f s (%s)\n", run,
                    static_cast<long long>(v->checked), s, v->intact ? "intact" : "BROKEN");
    }
    return 0;
}
