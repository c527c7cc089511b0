#include "FreeText.h"

#include "MyNumber.h"

namespace dsr {

Result<CheckedText> FreeText::check(const QString &field, const QString &label, const QString &text,
                                    MyNumberPolicy policy)
{
    if (!MyNumber::containsValid(text))
        return CheckedText(text);
    if (policy == MyNumberPolicy::Mask)
        return CheckedText(MyNumber::mask(text));
    return Error { ErrorCode::Validation,
                   refusalMessage(label),
                   { FieldError { field, refusalMessage(label) } } };
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
