#pragma once
// The legal regime the organisation works under (DOMAIN.md §1, the setting legal.regime):
// APPI Chapter 4 (a private operator) or Chapter 5 (public-body rules). Code compares the enum;
// the ids below are the only place the setting's text is read or written.

#include <QString>
#include <optional>

namespace dsr {

enum class LegalRegime { Private, Public };

namespace LegalRegimes {

inline QString id(LegalRegime regime)
{
    return regime == LegalRegime::Public ? QStringLiteral("public") : QStringLiteral("private");
}

inline std::optional<LegalRegime> fromId(const QString &id)
{
    for (LegalRegime r : { LegalRegime::Private, LegalRegime::Public })
        if (LegalRegimes::id(r) == id)
            return r;
    return std::nullopt;
}

} // namespace LegalRegimes

} // namespace dsr
