#pragma once
// "dsrctl settings …": read and change the organisation settings through SettingsService.

#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)
public:
    static Status list(CliContext &ctx);
    static Status set(CliContext &ctx);
};

} // namespace dsr::cli
