#pragma once
// Organisation settings: read by every signed-in user, changed by administrators, each change
// audited with its before and after value.

#include "../Settings.h"
#include "ServiceBase.h"

#include <QHash>

namespace dsr {

class SettingsService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    using ServiceBase::ServiceBase;

    Result<OrganisationSettings> load(const Actor &actor);
    // Values the program itself needs before anyone logs in (lockout, idle lock).
    Result<OrganisationSettings> loadForSystem();
    // Saves several values at once against the versions in `basis` (what the editor loaded):
    // all or nothing, Conflict when any of them was changed meanwhile.
    Status save(const Actor &actor, const OrganisationSettings &basis,
                const QHash<Setting, QString> &changes);
};

} // namespace dsr
