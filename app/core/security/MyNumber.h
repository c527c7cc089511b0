#pragma once
// My Number (個人番号) check digits and detection in free text (DOMAIN.md §8), so that a number
// typed into a note is caught before it is stored.
//
// What counts as a written My Number (find, containsValid, mask):
// - Digits are ASCII 0-9 and full-width ０-９.
// - Between two digits may stand a short run (at most MaxSeparatorRun characters) of separators:
//   any white space (space, U+3000, tab, CR, LF, CRLF — a number broken over lines), hyphens and
//   dashes (- ‐ ‑ ‒ – — ― − ー ｰ － ─ and their kin), dots (. ・ ･ ． ·) and invisible
//   characters a paste leaves behind (U+00AD, U+200B, U+FEFF). Digits joined this way form one
//   run of digit groups ("1234 5678 9018": groups 4, 4, 4).
// - Any consecutive groups of a run holding 12 digits in all are a candidate, whatever the
//   grouping (4-4-4, 3-3-3-3, 12 single digits, 8-4 …); a group is never split, so a digit
//   group longer than 12 ("1234567890183", a 13-digit account number) is never a My Number and
//   neither is "1234 5678 90183" (4-4-5).
// - A candidate counts when its 12th digit is the check digit of the first 11; an invalid number
//   is never flagged. Matches do not overlap.
// - Separators before the first or after the last digit are not part of the number.
// The scan is linear in the length of the text (no regular expression).

#include <QList>
#include <QString>

namespace dsr {

class MyNumber
{
public:
    // The longest run of separators that still joins two digit groups ("1234 -\r\n5678").
    static constexpr int MaxSeparatorRun = 4;

    // Where a valid My Number is written in a text: the UTF-16 range from its first digit to its
    // last, separators between them included.
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString digits; // the 12 digits, ASCII
    };

    // 12 digits (full-width accepted) whose last digit is the check digit of the first 11.
    static bool isValid(const QString &number);
    // The check digit for 11 leading digits (ASCII or full-width).
    static int checkDigit(const QString &first11);
    // Every valid My Number written in `text` (see above), in order.
    static QList<Match> find(const QString &text);
    // True when `text` holds a valid My Number anywhere (see above).
    static bool containsValid(const QString &text);
    // `text` with every character of each valid My Number — its digits and the separators between
    // them, nothing around it — replaced by one '*'. The length of the text is kept, so positions
    // after the number stay the same; the grouping is not kept (it would hint at the number).
    static QString mask(const QString &text);

    // The character classes of the scan (exposed for tests).
    static int digitValue(QChar c); // 0-9, or -1 when `c` is not a digit the scan counts
    static bool isSeparator(QChar c);
};

} // namespace dsr
