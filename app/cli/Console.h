#pragma once
// dsrctl's terminal I/O: results on standard output, the one-line error on standard error, and
// passwords either from standard input (--password-stdin, one per line) or typed on the terminal
// with echo switched off.

#include "Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

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
    // A line on standard error that is no error ("dsrctl: …", flattened like error()): what the
    // user must know about a result that stdout, perhaps JSON for a program, does not say.
    static void notice(const QString &line);
    // A further line after the error line, for the few failures that list their causes (the bad
    // rows of an import). Flattened like error(), without the "dsrctl:" prefix.
    static void errorDetail(const QString &line);
    // Pretty-printed JSON on standard output.
    static void json(const QJsonValue &value);
    // Rows as columns aligned by display width (CJK characters count twice); the first row is the
    // header. Trailing spaces are trimmed.
    static QString columns(const QList<QStringList> &rows);

    // Password bytes as text; a Usage error (exit 2) when they are not valid UTF-8.
    static Result<QString> decodePassword(QByteArrayView bytes);
    // The next line of standard input, without its line ending. Passwords given with
    // --password-stdin are consumed in order, one line each.
    static Result<QString> readStdinLine();
    // Asks on the controlling terminal (/dev/tty) with echo off; never touches stdout, so the
    // prompt cannot end up in a script's captured output.
    static Result<QString> readHidden(const QString &prompt);
    // Whether standard input is a terminal (someone typing) rather than a pipe, a file or nothing.
    static bool stdinIsTerminal();
};

} // namespace dsr::cli
