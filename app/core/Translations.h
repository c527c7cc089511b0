#pragma once
// Loads the program's own translation and Qt's (qtbase) for the chosen language.

#include <QString>

namespace dsr {

class Translations
{
public:
    // "ja" (default) or "en". Returns false when the program's own catalogue is missing.
    static bool install(const QString &language);
};

} // namespace dsr
