#pragma once
// dsrctl's terminal I/O: results on standard output, the one-line error on standard error, and
// passwords either from standard input (--password-stdin, one per line) or typed on the terminal
// with echo switched off.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace dsr::cli {

class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    // One line (or block) of results on standard output; a newline is added.
    static void out(const QString &text);
    // The single error line on standard error; embedded line breaks are flattened so that the
    // "exactly one line" contract holds whatever a message contains.
    static void error(const QString &message);

    // The next line of standard input, without its line ending. Passwords given with
    // --password-stdin are consumed in order, one line each.
    static Result<QString> readStdinLine();
    // Asks on the controlling terminal (/dev/tty) with echo off; never touches stdout, so the
    // prompt cannot end up in a script's captured output.
    static Result<QString> readHidden(const QString &prompt);
};

} // namespace dsr::cli
