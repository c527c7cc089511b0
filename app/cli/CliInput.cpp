#include "CliInput.h"

#include <limits>

#include <QRegularExpression>

#include <algorithm>

namespace dsr::cli {

QDate CliInput::parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (!shape.match(t).hasMatch())
        return {};
    return QDate::fromString(t, Qt::ISODate);
}

Result<QDate> CliInput::filterDate(const Invocation &inv, const QString &option)
{
    const QDate date = parseDate(inv.value(option));
    if (!date.isValid())
        return makeError(
            ErrorCode::Usage,
            tr("--%1 needs a date written YYYY-MM-DD, not “%2”.").arg(option, inv.value(option)));
    return date;
}

Result<int> CliInput::positiveNumber(const Invocation &inv, const QString &option, int maximum)
{
    bool ok = false;
    const int n = inv.value(option).trimmed().toInt(&ok);
    if (!ok || n < 1 || n > maximum)
        return makeError(ErrorCode::Usage,
                         tr("--%1 needs a whole number from 1 to %2, not “%3”.")
                             .arg(option)
                             .arg(maximum)
                             .arg(inv.value(option)));
    return n;
}

Status CliInput::oneOf(const QString &option, const QString &value, const QStringList &ids)
{
    if (ids.contains(value))
        return {};
    return makeError(
        ErrorCode::Usage,
        tr("--%1 takes one of %2, not “%3”.").arg(option, ids.join(QStringLiteral(", ")), value));
}

QDate FormProblems::date(const Invocation &inv, const QString &option, const QString &field,
                         const QString &label)
{
    const QString text = inv.value(option);
    if (text.trimmed().isEmpty())
        return {};
    const QDate d = CliInput::parseDate(text);
    if (!d.isValid())
        add(field, tr("%1: “%2” is not a date; write it YYYY-MM-DD.").arg(label, text));
    return d;
}

std::optional<int> FormProblems::amount(const Invocation &inv, const QString &option, const QString &field,
                                        const QString &label)
{
    const QString text = inv.value(option).normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    if (!digits.match(text).hasMatch()) {
        add(field, tr("%1: “%2” is not a whole number of yen.").arg(label, inv.value(option)));
        return std::nullopt;
    }
    return text.toInt();
}

Error FormProblems::refusal(const std::optional<Error> &service) const
{
    if (service && service->code != ErrorCode::Validation)
        return *service;
    QList<FieldError> fields = m_fields;
    QStringList messages;
    for (const FieldError &f : m_fields)
        messages << f.message;
    if (service) {
        auto reported = [&](const QString &field) {
            return std::any_of(m_fields.cbegin(), m_fields.cend(),
                               [&](const FieldError &f) { return f.field == field; });
        };
        if (service->fields.isEmpty()) {
            messages << service->message;
        } else {
            for (const FieldError &f : service->fields) {
                if (reported(f.field))
                    continue;
                fields << f;
                messages << f.message;
            }
        }
    }
    QStringList options;
    for (const FieldError &f : fields) {
        const QString option = m_optionOf.value(f.field);
        if (!option.isEmpty() && !options.contains(QStringLiteral("--") + option))
            options << QStringLiteral("--") + option;
    }
    const QString text = options.isEmpty()
        ? tr("Nothing was saved: %1").arg(messages.join(QLatin1Char(' ')))
        : tr("Nothing was saved: %1 Correct %2.")
              .arg(messages.join(QLatin1Char(' ')), options.join(tr(", ")));
    return Error { ErrorCode::Validation, text, fields };
}

Result<int> CliInput::expectedVersion(const Invocation &inv)
{
    if (!inv.has(QStringLiteral("expect-version")))
        return 0;
    return positiveNumber(inv, QStringLiteral("expect-version"), std::numeric_limits<int>::max());
}

} // namespace dsr::cli
