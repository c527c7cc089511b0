#pragma once
// "dsrctl request …": intake, the register, the audited view and attachments through
// RequestService. Wherever a request is named, its numeric id and its receipt number both work.

#include "CommandLine.h"
#include "Result.h"
#include "model/Request.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dsr::cli {

class CliContext;

class RequestCommands
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)
public:
    // The "request …" intake commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status add(CliContext &ctx);
    static Status edit(CliContext &ctx);
    static Status list(CliContext &ctx);
    static Status show(CliContext &ctx);
    static Status attach(CliContext &ctx);

    // The request named by its id or receipt number (any width), opened for a change
    // (RequestService::openForChange); NotFound names what was typed.
    static Result<Request> requestForChange(CliContext &ctx, const QString &idOrReceiptNo);
    // The same opened to read (RequestService::open, recorded as a view).
    static Result<Request> requestToRead(CliContext &ctx, const QString &idOrReceiptNo);

    // Every intake field; dates as YYYY-MM-DD, absent values as null.
    static QJsonObject toJson(const Request &r);
    static QJsonObject toJson(const Attachment &a);
};

} // namespace dsr::cli
