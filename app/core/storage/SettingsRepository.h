#pragma once
// All SQL of the organisation settings table.

#include "../Result.h"
#include "../Settings.h"

#include <QCoreApplication>

namespace dsr {

class Database;

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }
    Result<OrganisationSettings> load();
    // Writes one value; `expectedVersion` 0 means "never saved before". Conflict when stale.
    Status store(Setting key, const QString &value, qint64 expectedVersion);

private:
    Database &m_db;
};

} // namespace dsr
