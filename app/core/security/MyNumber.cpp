#include "MyNumber.h"

#include <QRegularExpression>

namespace dsr {

namespace {

const QRegularExpression &candidatePattern()
{
    // 4-4-4 with an optional single space or hyphen of any width between groups, not touching
    // other digits. Applied to the NFKC form, so full-width digits and separators count too.
    static const QRegularExpression re(
        QStringLiteral("(?<!\\d)(\\d{4})([ \\-‐−–]?)(\\d{4})\\2(\\d{4})(?!\\d)"));
    return re;
}

} // namespace

int MyNumber::checkDigit(const QString &first11)
{
    static const int weights[11] = { 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += (first11.at(i).unicode() - u'0') * weights[i];
    const int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
}

bool MyNumber::isValid(const QString &number)
{
    const QString n = number.normalized(QString::NormalizationForm_KC);
    if (n.size() != 12)
        return false;
    for (QChar c : n)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return checkDigit(n.left(11)) == n.at(11).unicode() - u'0';
}

bool MyNumber::containsValid(const QString &text)
{
    auto it = candidatePattern().globalMatch(text.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        const auto m = it.next();
        if (isValid(m.captured(1) + m.captured(3) + m.captured(4)))
            return true;
    }
    return false;
}

QString MyNumber::mask(const QString &text)
{
    // Work on the original where possible: NFKC only changes width, and a masked number must not
    // turn the rest of a note half-width. Positions are found on the NFKC form of each candidate.
    QString out = text;
    const QString n = text.normalized(QString::NormalizationForm_KC);
    if (n.size() != text.size())
        out = n; // length changed (rare ligatures): fall back to the normalised text
    auto it = candidatePattern().globalMatch(n);
    QList<QRegularExpressionMatch> hits;
    while (it.hasNext()) {
        const auto m = it.next();
        if (isValid(m.captured(1) + m.captured(3) + m.captured(4)))
            hits.prepend(m);
    }
    for (const auto &m : hits) {
        const QString sep = m.captured(2);
        out.replace(m.capturedStart(0), m.capturedLength(0),
                    QStringLiteral("****") + sep + QStringLiteral("****") + sep + QStringLiteral("****"));
    }
    return out;
}

} // namespace dsr
