#pragma once
// My Number (個人番号) check digits and detection in free text (DOMAIN.md §8), so that a number
// typed into a note is caught before it is stored.

#include <QList>
#include <QString>

namespace dsr {

class MyNumber
{
public:
    // 12 digits (full-width accepted) whose last digit is the check digit of the first 11.
    static bool isValid(const QString &number);
    // The check digit for 11 leading digits.
    static int checkDigit(const QString &first11);
    // True when `text` holds a valid My Number anywhere — 12 digits in a row, or grouped 4-4-4
    // with spaces or hyphens — not part of a longer digit run.
    static bool containsValid(const QString &text);
    // `text` with every valid My Number replaced by "************" (the grouping kept).
    static QString mask(const QString &text);
};

} // namespace dsr
