#include "SqlDialect.h"

namespace dsr {

namespace {
// pg_advisory_xact_lock key of the audit chain's head: "DSRAUDIT" read as a 64-bit number.
constexpr qint64 kAuditHeadLock = 0x4453524155444954LL;
} // namespace

QString SqlDialect::name() const
{
    return isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString SqlDialect::driver() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::migrationFolder() const
{
    return isPostgres() ? QStringLiteral(":/sql/postgresql") : QStringLiteral(":/sql/sqlite");
}

QString SqlDialect::position(const QString &column) const
{
    return (isPostgres() ? QStringLiteral("strpos(%1, ?)") : QStringLiteral("instr(%1, ?)")).arg(column);
}

QString SqlDialect::limitOffset(qint64 limit, qint64 offset) const
{
    const QString all = isPostgres() ? QStringLiteral("ALL") : QStringLiteral("-1");
    return QStringLiteral(" LIMIT %1 OFFSET %2")
        .arg(limit > 0 ? QString::number(limit) : all)
        .arg(qMax<qint64>(0, offset));
}

QString SqlDialect::tableExists() const
{
    return isPostgres() ? QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                                         "current_schema() AND tablename = ?")
                        : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqlDialect::countTables() const
{
    return isPostgres()
        ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QString SqlDialect::versionQuery() const
{
    return isPostgres() ? QStringLiteral("SHOW server_version") : QStringLiteral("SELECT sqlite_version()");
}

QString SqlDialect::lockRows() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::lockAuditHead() const
{
    return isPostgres() ? QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditHeadLock) : QString();
}

QString SqlDialect::beginTransaction() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::refreshStatistics(const QStringList &tables) const
{
    if (!isPostgres() || tables.isEmpty())
        return {};
    QStringList quoted;
    for (QString t : tables)
        quoted << QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return QStringLiteral("ANALYZE ") + quoted.join(QLatin1String(", "));
}

} // namespace dsr
