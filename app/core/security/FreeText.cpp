#include "FreeText.h"

#include <QList>

#include "MyNumber.h"

namespace dsr {

bool FreeText::isForbidden(char32_t c, bool multiLine)
{
    if (c == u'\n' || c == u'\t')
        return !multiLine;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0 and C1 controls, DEL
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidi overrides, isolates
        || c == 0xFEFF // a byte order mark inside the text
        || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE // noncharacters
        || c == 0xFFFD // what undecodable bytes became: the input was not UTF-8
        || (c >= 0xD800 && c <= 0xDFFF); // a lone surrogate
}

std::optional<char32_t> FreeText::forbiddenCharacter(const QString &text, bool multiLine)
{
    for (const char32_t c : text.toUcs4())
        if (isForbidden(c, multiLine))
            return c;
    return std::nullopt;
}

QString FreeText::normalized(const QString &text)
{
    // NFC, except the CJK compatibility ideographs: NFC would replace them with their unified
    // forms, and a person's name keeps the glyph it is written with (神 U+FA19 stays U+FA19).
    // Line ends become \n.
    QString in = text;
    in.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    in.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const auto isCompat
        = [](char32_t c) { return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F); };
    QString out;
    QString run;
    for (const char32_t c : in.toUcs4()) {
        if (isCompat(c)) {
            out += run.normalized(QString::NormalizationForm_C);
            run.clear();
            out += QString::fromUcs4(&c, 1);
        } else {
            run += QString::fromUcs4(&c, 1);
        }
    }
    out += run.normalized(QString::NormalizationForm_C);
    return out;
}

Result<CheckedText> FreeText::check(const QString &field, const QString &label, const QString &raw,
                                    MyNumberPolicy policy, TextShape shape)
{
    QString text = normalized(raw);
    // A My Number is named first, even where the text is refused for other reasons as well.
    if (MyNumber::containsValid(text)) {
        if (policy != MyNumberPolicy::Mask)
            return Error { ErrorCode::Validation,
                           refusalMessage(label),
                           { FieldError { field, refusalMessage(label) } } };
        text = MyNumber::mask(text);
    }
    if (const auto c = forbiddenCharacter(text, shape == TextShape::MultiLine)) {
        QString message;
        if (*c == 0xFFFD)
            message = tr("%1 holds bytes that are not UTF-8 text; type it again or save the "
                         "file as UTF-8.")
                          .arg(label);
        else if (*c == u'\n' || *c == u'\t')
            message = tr("%1 is one line: remove the line break or tab.").arg(label);
        else
            message = tr("%1 holds an invisible control character (U+%2); remove it.")
                          .arg(label)
                          .arg(QString::number(uint(*c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        return Error { ErrorCode::Validation, message, { FieldError { field, message } } };
    }
    return CheckedText(text);
}

bool FreeText::holdsMyNumber(const QString &text)
{
    return MyNumber::containsValid(text);
}

QString FreeText::refusalMessage(const QString &label)
{
    return tr("%1 contains what looks like a My Number (個人番号); it must not be stored. Remove it or "
              "write only the last four digits.")
        .arg(label);
}

QString FreeTextCheck::operator()(const QString &field, const QString &label, const QString &text)
{
    auto checked = FreeText::check(field, label, text, m_policy);
    if (!checked) {
        m_refused.append(checked.error().fields);
        return text;
    }
    return checked->text();
}

QString FreeTextCheck::line(const QString &field, const QString &label, const QString &text)
{
    auto checked = FreeText::check(field, label, text, m_policy, TextShape::OneLine);
    if (!checked) {
        m_refused.append(checked.error().fields);
        return text;
    }
    return checked->text();
}

QStringList FreeTextCheck::operator()(const QString &field, const QString &label, const QStringList &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        out << (*this)(field, texts.size() == 1 ? label : QStringLiteral("%1 %2").arg(label).arg(i + 1),
                       texts.at(i));
    return out;
}

Status FreeTextCheck::status() const
{
    if (m_refused.isEmpty())
        return {};
    QStringList parts;
    for (const FieldError &f : m_refused)
        parts << f.message;
    return Error { ErrorCode::Validation, parts.join(QLatin1Char(' ')), m_refused };
}

} // namespace dsr
