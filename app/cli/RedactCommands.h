#pragma once
// "dsrctl redact": a redacted copy of a PDF or scan, file to file, with boxes given in points,
// every hit of search texts, My Numbers, telephone numbers and postal codes blacked out, the copy
// rebuilt from pixels and proved (documents/Redactor). Needs no database and no sign-in: nothing
// is stored; the copy and its log are the output.

#include "CommandLine.h"
#include "Result.h"
#include "documents/Redaction.h"

#include <QCoreApplication>
#include <QList>

namespace dsr::cli {

class CliContext;

class RedactCommands
{
    Q_DECLARE_TR_FUNCTIONS(RedactCommands)
public:
    static QList<CommandSpec> commands();

    // dsrctl redact --in IN --out OUT [--box PAGE:X,Y,W,H]… [--search TEXT]… [--my-number]
    // [--phone] [--postal-code] [--ground TEXT] [--reason TEXT] [--dpi N] [--json]
    static Status redact(CliContext &ctx);

    // "2:72,100.5,200,14" → page 1 (from 0) and the rectangle in points; Usage error otherwise.
    // Full-width digits and punctuation are accepted.
    static Result<RedactionBox> parseBox(const QString &text);
};

} // namespace dsr::cli
