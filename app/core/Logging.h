#pragma once
// Logging: one Qt logging category per module, all forwarded by a single message handler to a
// rotating spdlog file in the per-user log folder. Log lines carry ids and events only — never
// names, addresses, numbers or passwords.

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDb) // dsr.core.db
Q_DECLARE_LOGGING_CATEGORY(lcSecurity) // dsr.core.security
Q_DECLARE_LOGGING_CATEGORY(lcAudit) // dsr.core.audit
Q_DECLARE_LOGGING_CATEGORY(lcServices) // dsr.core.services
Q_DECLARE_LOGGING_CATEGORY(lcUi) // dsr.ui
Q_DECLARE_LOGGING_CATEGORY(lcCli) // dsr.cli

namespace dsr {

class Logging
{
public:
    // The folder the rotating files go to (…/AppLocalDataLocation/logs).
    static QString defaultLogDirectory();
    // Starts file logging for `program` ("dsrdesk", "dsrctl") and installs the Qt message handler.
    // Messages also go to stderr when `echoToStderr` is set (the window in a terminal), never for
    // dsrctl, whose stderr is its one-line error contract.
    static bool initialize(const QString &program, const QString &directory, bool echoToStderr);
    // Flushes and detaches; safe to call twice.
    static void shutdown();
    static QString currentLogFile();
};

} // namespace dsr
