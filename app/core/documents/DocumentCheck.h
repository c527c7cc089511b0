#pragma once
// Whether a file a clerk brings in (an attachment, a disclosure document, a source to redact) is
// really the PDF or image it claims to be, found out by opening it for real: Poppler parses the
// PDF and renders every page small, Qt's image reader decodes every frame of a scan. A hostile
// file — a stream that inflates to gigabytes, arrays nested a million deep, 2³¹ pages claimed, a
// PNG header before noise — must cost a refusal, never a hang or a crash of the window or of
// dsrctl. So the opening runs in a child process (dsrdesk-inspect, beside the programs) under a
// memory limit (RLIMIT_AS) and a time limit (killed when over), and what the parent learns is
// only the child's one-line answer. The window's viewers open nothing that has not passed it.
//
// inspectHere() is the opening itself, in the calling process: the child runs it, and so does the
// fuzzer (tests/fuzz); nothing else should.

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QProcess;

namespace dsr {

struct DocumentFacts
{
    enum class Format { Pdf, Png, Jpeg, Tiff };
    Format format = Format::Pdf;
    int pages = 0;
    QString mimeType() const; // "application/pdf", "image/png" …
    QString formatName() const; // "PDF", "PNG" …
};

class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)
public:
    // What the child may use: address space and wall time. A legitimate 40-page 300 dpi scan
    // needs well under a tenth of either.
    static constexpr qint64 MemoryLimitBytes = 2048LL * 1024 * 1024;
    static constexpr int TimeLimitMs = 20'000;
    // The most pages a document may have (a bundle of records this long is split by the clerk).
    static constexpr int MaxPages = 2000;
    // The largest file checked; callers have their own lower limits.
    static constexpr qint64 MaxBytes = 100LL * 1024 * 1024;

    // Opens `bytes` in a child process under the limits. Validation with a message naming `name`
    // when the file is not a PDF, PNG, JPEG or TIFF, does not open, is encrypted, has no pages or
    // too many, or went over a limit; Failure when the child cannot be started at all (the program
    // is installed incompletely). `timeLimitMs` 0 means TimeLimitMs.
    static Result<DocumentFacts> inspect(const QByteArray &bytes, const QString &name, int timeLimitMs = 0);

    // The opening itself, in this process, with no limits but the checks' own: what the child
    // runs. Validation with a message when refused (the message does not name the file).
    static Result<DocumentFacts> inspectHere(const QByteArray &bytes);

    // The child's side: reads the file from stdin (at most MaxBytes), sets the memory limit,
    // prints the answer on stdout and returns the process's exit code.
    static int childMain();
    // Where the child program is: beside the running program, else in ../libexec/dsrdesk.
    static QString childProgram();
    // Starts the child in `process` with its limits (inspect() uses it; the tests read the limits
    // of a started child from /proc). The memory limit is left out in sanitizer builds.
    static void startChild(QProcess &process, int timeLimitMs = 0);
};

} // namespace dsr
