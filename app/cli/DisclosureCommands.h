#pragma once
// "dsrctl request disclose-add", "request redact" and "request disclosures": the documents to
// disclose on a request and their redacted copies, stored and proved through DisclosureService.
// The redaction options and the log are "dsrctl redact"'s (RedactCommands).

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class DisclosureCommands
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureCommands)
public:
    static QList<CommandSpec> commands();

    // dsrctl request disclose-add ID FILE [--json]
    static Status add(CliContext &ctx);
    // dsrctl request redact ID --document N --ground TEXT [redact's options] [--json]
    static Status redact(CliContext &ctx);
    // dsrctl request disclosures ID [--json]
    static Status list(CliContext &ctx);
};

} // namespace dsr::cli
