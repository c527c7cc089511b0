#include "DateLineEdit.h"

#include "UiText.h"
#include "text/JapaneseEra.h"

#include <QRegularExpression>

namespace dsr {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY/MM/DD"));
    setToolTip(tr("Write the date as 2025/04/01; 2025-04-01, 20250401, 令和7年4月1日, R7.4.1 and "
                  "full-width digits are read too."));
    setMaxLength(20);
    setClearButtonEnabled(true);
}

QDate DateLineEdit::parse(const QString &text)
{
    // NFKC folds full-width digits and separators (２０２５／４／１) to ASCII.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return JapaneseEra::parse(t);
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate DateLineEdit::date() const
{
    return parse(text());
}

bool DateLineEdit::isBlank() const
{
    return text().trimmed().isEmpty();
}

bool DateLineEdit::isAcceptable() const
{
    return isBlank() || date().isValid();
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(UiText::date(date));
}

} // namespace dsr
