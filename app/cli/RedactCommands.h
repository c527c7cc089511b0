#pragma once
// "dsrctl redact": a redacted copy of a PDF or scan, file to file, with boxes given in points,
// every hit of search texts, My Numbers, telephone numbers and postal codes blacked out, the copy
// rebuilt from pixels and proved (documents/Redactor). Needs no database and no sign-in: nothing
// is stored; the copy and its log are the output.

#include "CommandLine.h"
#include "Result.h"
#include "documents/Redaction.h"

#include "documents/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
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

    // Shared with "request redact" (DisclosureCommands), which stores the copy on a request:
    // --box, --search, --my-number, --phone, --postal-code, --ground (helped by `groundHelp`),
    // --reason and --dpi.
    static QList<OptionSpec> redactionOptions(const char *groundHelp);
    // --dpi, DefaultDpi when not given; Usage error when not a whole number within the limits.
    static Result<int> dpiOption(const Invocation &inv);
    // The boxes, searches and detectors asked for, with --ground and --reason checked as free text
    // (the ground as given: "request redact" turns it into a ground id); Usage error for a bad
    // --box or --search.
    static Result<RedactionOrder> orderFromOptions(const Invocation &inv);
    // One box of the log as --json prints it: page from 1, rect, source, ground, reason and the
    // text blacked out except for My Numbers.
    static QJsonObject boxJson(const RedactionBox &box);
    static QJsonArray logJson(const QList<RedactionBox> &log);
    // On standard error: which pages had no text layer, and whether OCR read them.
    static void noticeOcr(const RedactionPlan &plan, bool ocrWanted);
    // The log as a table on standard output (nothing for an empty log).
    static void printLog(const QList<RedactionBox> &log);

    // libtiff and libpng print their complaints about a file straight to standard error, in a
    // language and form of their own — errors before Qt's reader returns its own, and warnings
    // about tags they do not know in scanners' TIFFs even when all goes well; dsrctl's standard
    // error carries its own one line on failure and nothing on success. While one of these lives
    // (a document read, a copy written), standard error goes to /dev/null.
    class QuietStandardError
    {
    public:
        QuietStandardError();
        ~QuietStandardError();
        QuietStandardError(const QuietStandardError &) = delete;
        QuietStandardError &operator=(const QuietStandardError &) = delete;

    private:
        int m_saved = -1;
    };
};

} // namespace dsr::cli
