#pragma once
// What every fuzz target shares: the input as Qt types, and the check of an invariant. A broken
// invariant aborts, so libFuzzer records the input as a crash (crash-<sha1> in the work folder)
// just as it does for a sanitizer's report; the message says which promise broke.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace dsr::fuzz {

// The input without a copy (libFuzzer owns the bytes for the duration of the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as text: UTF-8, invalid sequences becoming U+FFFD as they do for typed or pasted text.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *condition, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "\n==== invariant broken at %s:%d: %s\n==== %s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// The code points of `s`, for messages about invisible differences.
inline QString codePoints(const QString &s)
{
    QString out;
    for (const char32_t c : s.toUcs4())
        out += QStringLiteral("U+%1 ").arg(uint(c), 4, 16, QLatin1Char('0'));
    return out.trimmed();
}

} // namespace dsr::fuzz

// Checks an invariant the code under test promises; `detail` (a QString) explains a failure.
#define DSR_FUZZ_ASSERT(condition, detail)                                                                   \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::dsr::fuzz::fail(#condition, (detail), __FILE__, __LINE__);                                     \
    } while (false)
