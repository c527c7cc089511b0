#include "SettingsService.h"

#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "CalendarService.h"

#include <algorithm>

namespace dsr {

Result<OrganisationSettings> SettingsService::load(const Actor &actor)
{
    if (Status s = require(actor, Operation::SettingsRead, QStringLiteral("settings")); !s)
        return s.error();
    return SettingsRepository(database()).load();
}

Result<OrganisationSettings> SettingsService::loadForSystem()
{
    return SettingsRepository(database()).load();
}

Status SettingsService::save(const Actor &actor, const OrganisationSettings &basis,
                             const QHash<Setting, QString> &changes)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("settings")); !s)
        return s;
    QHash<Setting, QString> normalised;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        auto v = Settings::validate(it.key(), it.value());
        if (!v)
            return v.error();
        if (v.value() != basis.value(it.key()))
            normalised.insert(it.key(), v.value());
    }
    if (normalised.isEmpty())
        return {};
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    SettingsRepository repo(database());
    QList<AuditEvent> events;
    for (auto it = normalised.constBegin(); it != normalised.constEnd(); ++it) {
        if (Status s = repo.store(it.key(), it.value(), basis.version(it.key())); !s)
            return s;
        const QString name = Settings::info(it.key()).name;
        const QJsonObject details = Settings::isPersonal(it.key())
            ? QJsonObject { { QStringLiteral("changed"), true } }
            : QJsonObject { { QStringLiteral("before"), basis.value(it.key()) },
                            { QStringLiteral("after"), it.value() } };
        events << eventFor(actor, QStringLiteral("settings.change"), QStringLiteral("settings"), name,
                           details);
    }
    // The regime and the deadline settings decide every open request's deadline: the requests are
    // updated first and the entries appended after them (CalendarService::recomputeOpenRequests).
    const QList<Setting> deadlineKeys { Setting::Regime, Setting::LimitDays, Setting::TargetDays,
                                        Setting::ActByRule };
    const bool deadlines = std::any_of(deadlineKeys.cbegin(), deadlineKeys.cend(),
                                       [&](Setting key) { return normalised.contains(key); });
    if (deadlines) {
        if (auto r = CalendarService(database())
                         .recomputeOpenRequests(actor, QStringLiteral("settings.change"), events);
            !r)
            return r.error();
    } else {
        AuditRepository audit(database());
        for (const AuditEvent &e : std::as_const(events))
            if (auto a = audit.append(e); !a)
                return a.error();
    }
    return tx.commit();
}

} // namespace dsr
