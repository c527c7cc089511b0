#include "Console.h"

#include "security/FreeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#else
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#endif

namespace dsr::cli {

namespace {

#ifdef Q_OS_UNIX
// The terminal state to restore when Ctrl+C arrives while echo is off; otherwise the user's shell
// would be left without echo.
int g_ttyFd = -1;
termios g_savedTermios {};

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_ttyFd >= 0) {
        tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
        (void)!write(g_ttyFd, "\n", 1);
    }
    _exit(128 + signal);
}
#else
// The same for the Windows console: its input mode is restored before Ctrl+C ends the program.
HANDLE g_consoleIn = INVALID_HANDLE_VALUE;
DWORD g_savedConsoleMode = 0;

BOOL WINAPI restoreConsole(DWORD)
{
    if (g_consoleIn != INVALID_HANDLE_VALUE)
        SetConsoleMode(g_consoleIn, g_savedConsoleMode);
    return FALSE; // the default handler ends the program
}
#endif

// Terminal columns a character takes: East Asian wide and full-width characters take two.
int charWidth(char32_t c)
{
    if (c < 0x1100)
        return 1;
    if ((c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

#ifdef Q_OS_UNIX
void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        done += n;
    }
}
#endif

// What reaches a terminal: control characters (but the line ends and tabs of `text`), bidi
// overrides and the like written as \u{1B} — a value stored before input was checked, or read
// from a file, can then not move the cursor, recolour the screen or reorder what is shown.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (!FreeText::isForbidden(c, true))
            out += QString::fromUcs4(&c, 1);
        else
            out += QStringLiteral("\\u{%1}").arg(QString::number(uint(c), 16).toUpper());
    }
    return out;
}

} // namespace

void Console::out(const QString &text)
{
    const QByteArray bytes = escaped(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::error(const QString &message)
{
    notice(message);
}

void Console::notice(const QString &line)
{
    const QByteArray bytes = QStringLiteral("dsrctl: %1\n").arg(escaped(line.simplified())).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Console::errorDetail(const QString &line)
{
    const QByteArray bytes = escaped(line.simplified()).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Console::json(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

QString Console::columns(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
        }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            // Tabs and line breaks inside a value would break the columns; other spaces are kept
            // (a full-width space between surname and given name is part of the name).
            QString cell = row.at(c);
            for (QChar &ch : cell)
                if (ch == QLatin1Char('\t') || ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
                    ch = QLatin1Char(' ');
            line += cell;
            if (c + 1 < row.size())
                line += QString(widths.at(c) - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QString> Console::decodePassword(QByteArrayView bytes)
{
    // A byte that is not UTF-8 would silently become U+FFFD, so two different passwords would
    // hash alike and the one typed could never be typed again on a UTF-8 desk.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        text.fill(QLatin1Char('\0'));
        return makeError(ErrorCode::Usage,
                         tr("The password is not valid UTF-8 text; set the terminal or the input to UTF-8 "
                            "and give it again."));
    }
    return text;
}

Result<QString> Console::readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return makeError(ErrorCode::Usage, tr("Standard input ended before the expected password line."));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    auto text = decodePassword(QByteArrayView(line.data(), qsizetype(line.size())));
    // The buffer is overwritten so the password does not linger in freed memory.
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

bool Console::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return _isatty(_fileno(stdin)) != 0;
#endif
}

#ifdef Q_OS_UNIX
Result<QString> Console::readHidden(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Usage,
                         tr("There is no terminal to ask for the password on; give the password "
                            "on standard input with --password-stdin."));
    termios saved {};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        g_ttyFd = fd;
        g_savedTermios = saved;
        std::signal(SIGINT, restoreTerminalAndExit);
        std::signal(SIGTERM, restoreTerminalAndExit);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ICANON;
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    writeAll(fd, prompt.toUtf8());

    QByteArray bytes;
    bool ended = false;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            ended = true;
            break;
        }
        bytes.append(c);
    }
    if (isTerminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_ttyFd = -1;
    }
    writeAll(fd, QByteArrayLiteral("\n"));
    ::close(fd);
    if (!ended && bytes.isEmpty())
        return makeError(ErrorCode::Usage, tr("No password was typed."));
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    auto text = decodePassword(bytes);
    bytes.fill('\0');
    return text;
}
#else
Result<QString> Console::readHidden(const QString &prompt)
{
    const HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                  nullptr, OPEN_EXISTING, 0, nullptr);
    const HANDLE out = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
                                   FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE || out == INVALID_HANDLE_VALUE) {
        if (in != INVALID_HANDLE_VALUE)
            CloseHandle(in);
        if (out != INVALID_HANDLE_VALUE)
            CloseHandle(out);
        return makeError(ErrorCode::Usage,
                         tr("There is no terminal to ask for the password on; give the password "
                            "on standard input with --password-stdin."));
    }
    DWORD saved = 0;
    const bool isConsole = GetConsoleMode(in, &saved) != 0;
    if (isConsole) {
        g_consoleIn = in;
        g_savedConsoleMode = saved;
        SetConsoleCtrlHandler(restoreConsole, TRUE);
        SetConsoleMode(in, (saved & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
    }
    DWORD written = 0;
    WriteConsoleW(out, reinterpret_cast<const wchar_t *>(prompt.utf16()), DWORD(prompt.size()), &written,
                  nullptr);

    QString typed;
    bool ended = false;
    for (;;) {
        wchar_t c = 0;
        DWORD n = 0;
        if (!ReadConsoleW(in, &c, 1, &n, nullptr) || n == 0)
            break;
        if (c == L'\n') {
            ended = true;
            break;
        }
        typed.append(QChar(char16_t(c)));
    }
    if (isConsole) {
        SetConsoleMode(in, saved);
        SetConsoleCtrlHandler(restoreConsole, FALSE);
        g_consoleIn = INVALID_HANDLE_VALUE;
    }
    WriteConsoleW(out, L"\n", 1, &written, nullptr);
    CloseHandle(in);
    CloseHandle(out);
    if (!ended && typed.isEmpty())
        return makeError(ErrorCode::Usage, tr("No password was typed."));
    if (typed.endsWith(QLatin1Char('\r')))
        typed.chop(1);
    // The same checks as a terminal's bytes on Linux.
    QByteArray bytes = typed.toUtf8();
    typed.fill(QLatin1Char('\0'));
    auto text = decodePassword(bytes);
    bytes.fill('\0');
    return text;
}
#endif

} // namespace dsr::cli
