#include "AuditRepository.h"

#include "../Logging.h"
#include "../security/AuditChain.h"
#include "../security/AuditKey.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace dsr {

namespace {

AuditRecord fromQuery(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.atUtc = q.value(1).toString();
    if (!q.value(2).isNull())
        r.userId = q.value(2).toLongLong();
    r.userLogin = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entityType = q.value(5).toString();
    r.entityId = q.value(6).toString();
    r.details = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    r.scheme = static_cast<AuditScheme>(q.value(10).toInt());
    return r;
}

const char kColumns[]
    = "seq, at_utc, user_id, user_login, action, entity_type, entity_id, details, prev_hash, hash, scheme";

} // namespace

Result<AuditChainHead> AuditRepository::head()
{
    QSqlQuery q(m_db.connection());
    AuditChainHead h;
    h.head.hash = AuditChain::genesisHash();
    if (!q.exec(QStringLiteral("SELECT seq, hash, scheme FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlFailure(q, tr("Cannot read the audit trail"));
    if (q.next()) {
        h.head = AuditHead { q.value(0).toLongLong(), q.value(1).toString() };
        h.scheme = static_cast<AuditScheme>(q.value(2).toInt());
    }
    return h;
}

Result<QString> AuditRepository::databaseId()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM database_identity")) || !q.next())
        return sqlFailure(q, tr("Cannot read the database's identity"));
    return q.value(0).toString();
}

Result<QString> AuditRepository::keyPath()
{
    auto id = databaseId();
    if (!id)
        return id.error();
    return AuditKeyFile::resolve(m_db.auditKeyPath(), id.value());
}

Result<std::shared_ptr<const AuditKey>> AuditRepository::key(bool createIfMissing)
{
    if (m_db.cachedAuditKey())
        return m_db.cachedAuditKey();
    auto id = databaseId();
    if (!id)
        return id.error();
    const QString path = AuditKeyFile::resolve(m_db.auditKeyPath(), id.value());
    if (createIfMissing && !QFileInfo::exists(path)) {
        auto fresh = AuditKey::generate();
        if (!fresh)
            return fresh.error();
        if (Status s = AuditKeyFile::create(path, id.value(), fresh.value()); !s)
            return s.error();
        qCInfo(lcAudit) << "audit key created for database" << id.value();
    }
    auto loaded = AuditKeyFile::load(path, id.value());
    if (!loaded) {
        qCCritical(lcAudit) << "audit key unavailable for database" << id.value();
        return loaded.error();
    }
    auto key = std::make_shared<const AuditKey>(std::move(loaded).value());
    m_db.cacheAuditKey(key);
    return std::shared_ptr<const AuditKey>(key);
}

Result<qint64> AuditRepository::append(const AuditEvent &event)
{
    auto r = appendRecord(event);
    if (!r)
        return r.error();
    return r->seq;
}

Result<AuditRecord> AuditRepository::appendRecord(const AuditEvent &event, bool forceKeyed)
{
    Q_ASSERT(m_db.inTransaction());
    // One global order across desks: the head is read and the next entry written under a lock
    // that the transaction holds until it ends (SQLite: the write lock BEGIN IMMEDIATE took).
    if (const QString lock = m_db.dialect().lockAuditHead(); !lock.isEmpty()) {
        QSqlQuery l(m_db.connection());
        if (!l.exec(lock))
            return sqlFailure(l, tr("Cannot write the audit trail"));
    }
    auto last = head();
    if (!last)
        return last.error();
    AuditRecord r;
    r.seq = last->head.seq + 1;
    r.prevHash = last->head.hash;
    const bool fresh = last->head.seq == 0;
    r.scheme = forceKeyed || fresh || last->scheme == AuditScheme::HmacSha256 ? AuditScheme::HmacSha256
                                                                              : AuditScheme::Sha256;
    std::shared_ptr<const AuditKey> key;
    if (r.scheme == AuditScheme::HmacSha256) {
        auto k = this->key(fresh);
        if (!k)
            return k.error();
        key = k.value();
    }
    r.atUtc = nowDbTime();
    r.userId = event.userId;
    r.userLogin = event.userLogin;
    r.action = event.action;
    r.entityType = event.entityType;
    r.entityId = event.entityId;
    r.details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    r.hash = AuditChain::computeHash(r, key.get());

    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    q.addBindValue(r.seq);
    q.addBindValue(r.atUtc);
    q.addBindValue(r.userId ? QVariant(*r.userId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nonNull(r.userLogin)); // empty for an anonymous attempt, never NULL
    q.addBindValue(nonNull(r.action));
    q.addBindValue(nonNull(r.entityType));
    q.addBindValue(nonNull(r.entityId));
    q.addBindValue(nonNull(r.details));
    q.addBindValue(r.prevHash);
    q.addBindValue(r.hash);
    q.addBindValue(static_cast<int>(r.scheme));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot write the audit trail"));
    return r;
}

Result<QList<AuditRecord>> AuditRepository::list(const AuditFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.userLogin.isEmpty()) {
        where << QStringLiteral("user_login = ?");
        values << filter.userLogin;
    }
    if (!filter.actionPrefix.isEmpty()) {
        where << QStringLiteral("substr(action, 1, ?) = ?");
        values << filter.actionPrefix.size() << filter.actionPrefix;
    }
    if (!filter.entityType.isEmpty()) {
        where << QStringLiteral("entity_type = ?");
        values << filter.entityType;
    }
    if (!filter.entityId.isEmpty()) {
        where << QStringLiteral("entity_id = ?");
        values << filter.entityId;
    }
    // The dates are local days (the viewer shows local time); entries are stored in UTC.
    if (filter.from.isValid()) {
        where << QStringLiteral("at_utc >= ?");
        values << toDbTime(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at_utc < ?");
        values << toDbTime(filter.to.addDays(1).startOfDay());
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the audit trail"));
    QList<AuditRecord> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Status AuditRepository::scan(const std::function<bool(const AuditRowView &)> &callback)
{
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns));
    if (auto *handle = static_cast<sqlite3 *>(m_db.sqliteHandle())) {
        // Direct SQLite reading: QSqlQuery would wrap each of ten million values in a QVariant.
        sqlite3_stmt *st = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), -1, &st, nullptr) != SQLITE_OK)
            return makeError(
                ErrorCode::Failure,
                tr("Cannot read the audit trail: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            auto text = [st](int col) {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
                return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(st, col)))
                         : std::string_view();
            };
            const AuditRowView row { sqlite3_column_int64(st, 0),
                                     text(1),
                                     sqlite3_column_type(st, 2) == SQLITE_NULL
                                         ? std::nullopt
                                         : std::optional<qint64>(sqlite3_column_int64(st, 2)),
                                     text(3),
                                     text(4),
                                     text(5),
                                     text(6),
                                     text(7),
                                     text(8),
                                     text(9),
                                     static_cast<AuditScheme>(sqlite3_column_int(st, 10)) };
            if (!callback(row)) {
                rc = SQLITE_DONE;
                break;
            }
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return makeError(
                ErrorCode::Failure,
                tr("Cannot read the audit trail: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        return {};
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlFailure(q, tr("Cannot read the audit trail"));
    while (q.next()) {
        const AuditRecord r = fromQuery(q);
        const QByteArray f[]
            = { r.atUtc.toUtf8(),    r.userLogin.toUtf8(), r.action.toUtf8(),   r.entityType.toUtf8(),
                r.entityId.toUtf8(), r.details.toUtf8(),   r.prevHash.toUtf8(), r.hash.toUtf8() };
        auto v = [](const QByteArray &b) {
            return std::string_view(b.constData(), static_cast<size_t>(b.size()));
        };
        if (!callback(AuditRowView { r.seq, v(f[0]), r.userId, v(f[1]), v(f[2]), v(f[3]), v(f[4]), v(f[5]),
                                     v(f[6]), v(f[7]), r.scheme }))
            break;
    }
    return {};
}

Result<qint64> AuditRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
        return sqlFailure(q, tr("Cannot read the audit trail"));
    return q.value(0).toLongLong();
}

} // namespace dsr
