#pragma once
// "dsrctl request ACTION …", "request workflow", "request inbox" and "route …": the request's
// life through WorkflowService, with the same table, roles and guards as the window.

#include "CommandLine.h"
#include "Result.h"
#include "model/Request.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dsr::cli {

class CliContext;

class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCommands)
public:
    // The "request ACTION", "request workflow", "request inbox" and "route …" commands: words, options and
    // help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    // Every "request ACTION": the action is the second word of the command.
    static Status perform(CliContext &ctx);
    static Status workflow(CliContext &ctx);
    static Status inbox(CliContext &ctx);
    static Status routeList(CliContext &ctx);
    static Status routeSet(CliContext &ctx);

    // What an action prints with --json: id, receipt_no, status, deadline, act_by, version.
    static QJsonObject briefJson(const Request &r);
};

} // namespace dsr::cli
