#pragma once
// "dsrctl user …": user administration through AccountService.

#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static Status add(CliContext &ctx);
    static Status list(CliContext &ctx);
    static Status edit(CliContext &ctx);
    static Status disable(CliContext &ctx);
    static Status enable(CliContext &ctx);
    static Status unlock(CliContext &ctx);
    static Status resetPassword(CliContext &ctx);
};

} // namespace dsr::cli
