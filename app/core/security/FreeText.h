#pragma once
// The one gate every free-text field passes before it is stored, logged or printed
// (DOMAIN.md §8: DSR Desk stores no My Number). A field's text goes in with the field's name in
// the user's words; what comes out is the text, masked text, or a Validation error naming the
// field. Services check each input struct in one function (FreeTextFields.h) at their entry
// points, so the window and dsrctl are covered alike.

#include "../Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dsr {

enum class TextShape {
    OneLine, // names, addresses, titles: no line breaks or tabs
    MultiLine, // reasons, notes, descriptions
};

enum class MyNumberPolicy {
    Refuse, // a My Number refuses the field (the default everywhere)
    Mask, // the user chose to keep the text with the number masked (request intake dialog)
};

// A text that passed the check. Only FreeText makes one, so a function that takes a CheckedText
// cannot be handed raw input.
class CheckedText
{
public:
    CheckedText() = default;
    const QString &text() const { return m_text; }
    operator const QString &() const { return m_text; }

private:
    friend class FreeText;
    explicit CheckedText(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

class FreeText
{
    Q_DECLARE_TR_FUNCTIONS(FreeText)
public:
    // `text` as it may be stored, or a Validation error naming the field (`label`, in the user's
    // words; `field` is the stable name a dialog uses to show the message beside the field).
    // Refused besides a My Number: text that was not UTF-8, control characters (C0, DEL, C1),
    // bidirectional overrides, byte order marks and noncharacters — and, in a one-line field,
    // line breaks and tabs. What passes is NFC (CJK compatibility ideographs kept) with \n line ends.
    static Result<CheckedText> check(const QString &field, const QString &label, const QString &text,
                                     MyNumberPolicy policy = MyNumberPolicy::Refuse,
                                     TextShape shape = TextShape::MultiLine);
    // Whether the check refuses code point `c` (line breaks and tabs only outside multi-line text).
    static bool isForbidden(char32_t c, bool multiLine);
    // The first character `text` may not hold (see check), if any.
    static std::optional<char32_t> forbiddenCharacter(const QString &text, bool multiLine);
    // NFC except the CJK compatibility ideographs; CR LF and CR become LF.
    static QString normalized(const QString &text);
    // Whether `text` holds what the check refuses.
    static bool holdsMyNumber(const QString &text);
    // The refusal, as the user reads it.
    static QString refusalMessage(const QString &label);
};

// Checks the free-text fields of one input and collects every refusal, so the user hears about
// all refused fields at once.
class FreeTextCheck
{
public:
    explicit FreeTextCheck(MyNumberPolicy policy = MyNumberPolicy::Refuse)
        : m_policy(policy)
    {
    }
    // The text to store (masked under MyNumberPolicy::Mask); records a refusal otherwise.
    QString operator()(const QString &field, const QString &label, const QString &text);
    // Each entry of a list ("Enclosure 2").
    QStringList operator()(const QString &field, const QString &label, const QStringList &texts);
    // A one-line field (a name, an address): line breaks and tabs refused too.
    QString line(const QString &field, const QString &label, const QString &text);

    bool ok() const { return m_refused.isEmpty(); }
    const QList<FieldError> &refused() const { return m_refused; }
    // Ok, or one Validation error naming every refused field.
    Status status() const;

private:
    MyNumberPolicy m_policy;
    QList<FieldError> m_refused;
};

} // namespace dsr
