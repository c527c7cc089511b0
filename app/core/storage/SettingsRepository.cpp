#include "SettingsRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

Result<OrganisationSettings> SettingsRepository::load()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value, version FROM settings")))
        return sqlFailure(q, tr("Cannot read the settings"));
    OrganisationSettings s;
    while (q.next())
        if (const auto key = Settings::fromName(q.value(0).toString()))
            s.set(*key, q.value(1).toString(), q.value(2).toLongLong());
    return s;
}

Status SettingsRepository::store(Setting key, const QString &value, qint64 expectedVersion)
{
    QSqlQuery q(m_db.connection());
    if (expectedVersion == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO settings (key, value, updated_at, version) VALUES (?, ?, ?, 1)"));
        q.addBindValue(Settings::info(key).name);
        q.addBindValue(value);
        q.addBindValue(nowDbTime());
        if (!q.exec()) {
            const Error e = sqlFailure(q, tr("Cannot save the settings"));
            return e.code == ErrorCode::Conflict ? changedBySomeoneElse() : e;
        }
        return {};
    }
    q.prepare(QStringLiteral("UPDATE settings SET value = ?, updated_at = ?, version = version + 1 "
                             "WHERE key = ? AND version = ?"));
    q.addBindValue(value);
    q.addBindValue(nowDbTime());
    q.addBindValue(Settings::info(key).name);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the settings"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return {};
}

} // namespace dsr
