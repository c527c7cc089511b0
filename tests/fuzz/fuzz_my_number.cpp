// The My Number detector (MyNumber::find, containsValid, mask) and the free-text gate every
// stored text passes (FreeText::check), on any text.
//
// Invariants (MyNumber.h): matches are in order, do not overlap, lie inside the text, start and
// end on a digit, and hold 12 ASCII digits — those written there — with a valid check digit;
// containsValid agrees with find; mask keeps the length, changes only the matched ranges, and
// leaves no valid My Number. FreeText: a text that passes holds no My Number and no forbidden
// character, whichever the policy, and passes again unchanged.

#include "FuzzSupport.h"
#include "security/FreeText.h"
#include "security/MyNumber.h"

#include <cstring>

using namespace dsr;

namespace {

void checkMatches(const QString &text)
{
    const QList<MyNumber::Match> found = MyNumber::find(text);
    DSR_FUZZ_ASSERT(MyNumber::containsValid(text) == !found.isEmpty(), fuzz::codePoints(text));
    qsizetype end = 0;
    for (const MyNumber::Match &m : found) {
        DSR_FUZZ_ASSERT(m.start >= end && m.length >= 12 && m.start + m.length <= text.size(),
                        QStringLiteral("match %1+%2 after %3 in %4")
                            .arg(m.start)
                            .arg(m.length)
                            .arg(end)
                            .arg(text.size()));
        DSR_FUZZ_ASSERT(MyNumber::digitValue(text.at(m.start)) >= 0
                            && MyNumber::digitValue(text.at(m.start + m.length - 1)) >= 0,
                        fuzz::codePoints(text.mid(m.start, m.length)));
        QString written;
        for (const QChar c : text.mid(m.start, m.length))
            if (MyNumber::digitValue(c) >= 0)
                written += QChar(u'0' + MyNumber::digitValue(c));
        DSR_FUZZ_ASSERT(written == m.digits && MyNumber::isValid(m.digits),
                        m.digits + QLatin1String(" from ") + fuzz::codePoints(text.mid(m.start, m.length)));
        end = m.start + m.length;
    }

    const QString masked = MyNumber::mask(text);
    DSR_FUZZ_ASSERT(masked.size() == text.size(), QStringLiteral("mask changed the length"));
    DSR_FUZZ_ASSERT(!MyNumber::containsValid(masked),
                    QStringLiteral("a My Number survives masking: ") + fuzz::codePoints(masked));
    qsizetype next = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        while (next < found.size() && found.at(next).start + found.at(next).length <= i)
            ++next;
        const bool inside = next < found.size() && found.at(next).start <= i;
        DSR_FUZZ_ASSERT(inside ? masked.at(i) == QLatin1Char('*') : masked.at(i) == text.at(i),
                        QStringLiteral("mask changed position %1").arg(i));
    }
}

void checkFreeText(const QString &text, MyNumberPolicy policy, TextShape shape)
{
    const auto checked = FreeText::check(QStringLiteral("note"), QStringLiteral("Note"), text, policy, shape);
    if (!checked) {
        DSR_FUZZ_ASSERT(checked.error().code == ErrorCode::Validation && !checked.error().fields.isEmpty(),
                        checked.error().message);
        if (policy == MyNumberPolicy::Mask)
            DSR_FUZZ_ASSERT(FreeText::forbiddenCharacter(MyNumber::mask(FreeText::normalized(text)),
                                                         shape == TextShape::MultiLine),
                            QStringLiteral("refused without a reason: ") + fuzz::codePoints(text));
        return;
    }
    const QString &out = checked->text();
    DSR_FUZZ_ASSERT(!MyNumber::containsValid(out) && !FreeText::holdsMyNumber(out),
                    QStringLiteral("a My Number passed the check: ") + fuzz::codePoints(out));
    DSR_FUZZ_ASSERT(!FreeText::forbiddenCharacter(out, shape == TextShape::MultiLine),
                    QStringLiteral("a forbidden character passed the check: ") + fuzz::codePoints(out));
    DSR_FUZZ_ASSERT(!out.contains(QLatin1Char('\r')), QStringLiteral("a CR passed the check"));
    if (policy == MyNumberPolicy::Refuse)
        DSR_FUZZ_ASSERT(!MyNumber::containsValid(FreeText::normalized(text)), fuzz::codePoints(text));
    // Stored text is checked again when it is edited or printed: it must pass as it is.
    const auto again
        = FreeText::check(QStringLiteral("note"), QStringLiteral("Note"), out, MyNumberPolicy::Refuse, shape);
    DSR_FUZZ_ASSERT(again.ok() && again->text() == out,
                    QStringLiteral("checked text changes or is refused when checked again: ")
                        + fuzz::codePoints(out) + QLatin1String(" → ")
                        + (again ? fuzz::codePoints(again->text()) : again.error().message));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    checkMatches(text);
    // Also the text as UTF-16 code units, lone surrogates and all (what a QString may hold when it
    // did not come from UTF-8).
    if (size >= 2) {
        QString units(qsizetype(size / 2), Qt::Uninitialized);
        std::memcpy(units.data(), data, size / 2 * 2);
        checkMatches(units);
    }
    // Both policies, each with one of the shapes: the check allocates per character (NFC outside
    // compatibility ideographs), the cost of an execution under ASan.
    checkFreeText(text, MyNumberPolicy::Refuse, TextShape::MultiLine);
    checkFreeText(text, MyNumberPolicy::Mask, TextShape::OneLine);
    return 0;
}
