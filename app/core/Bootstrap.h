#pragma once
// Process start-up shared by dsrdesk and dsrctl: one application identity (so both find the same
// default database), no core dumps while personal data is in memory, logging and translations.

#include <QString>

namespace dsr {

class Bootstrap
{
public:
    // Call right after constructing the Q(Core)Application.
    static void setApplicationIdentity();
    // Disables core dumps and ptrace attachment by other users' processes.
    static void hardenProcess();
    // Starts file logging for `program` and installs the translations for `language`
    // (empty: the stored preference, default Japanese).
    static void start(const QString &program, const QString &language, bool echoLogToStderr);
    // The language in force after start().
    static QString language();
};

} // namespace dsr
