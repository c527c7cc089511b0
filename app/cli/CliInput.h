#pragma once
// Reading option values that feed a form (member, request): dates and numbers that do not even
// parse are collected as field problems, merged with the service's own validation, and reported
// in one line that names the options to correct. Filter options (list commands) are different:
// a bad filter value is a usage error (exit 2).

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace dsr::cli {

class CliInput
{
    Q_DECLARE_TR_FUNCTIONS(CliInput)
public:
    // "2025-04-10" (full-width digits accepted); invalid QDate when it is not a real date.
    static QDate parseDate(const QString &text);

    // A filter date or number: Usage error when malformed.
    static Result<QDate> filterDate(const Invocation &inv, const QString &option);
    static Result<int> positiveNumber(const Invocation &inv, const QString &option, int maximum);
    // --expect-version N: the version the user looked at (0 when the option is not given).
    static Result<int> expectedVersion(const Invocation &inv);

    // One of `ids` ("counter", "mail" …); Usage error naming every allowed value otherwise.
    static Status oneOf(const QString &option, const QString &value, const QStringList &ids);
};

// Field problems found while reading a form from options, before the service sees it.
class FormProblems
{
    Q_DECLARE_TR_FUNCTIONS(FormProblems)
public:
    // `optionOf` maps the service's field names ("postal_code") to the options ("postal").
    explicit FormProblems(QHash<QString, QString> optionOf)
        : m_optionOf(std::move(optionOf))
    {
    }

    void add(const QString &field, const QString &message) { m_fields.append({ field, message }); }
    bool isEmpty() const { return m_fields.isEmpty(); }

    // The date of `option`, or an invalid date with a problem recorded for `field`.
    QDate date(const Invocation &inv, const QString &option, const QString &field, const QString &label);
    // A whole number of yen, or nullopt with a problem recorded.
    std::optional<int> amount(const Invocation &inv, const QString &option, const QString &field,
                              const QString &label);

    // The problems found here, followed by the service's validation messages for the other fields:
    // one Validation error saying that nothing was saved and which options to correct. Errors
    // other than validation (permission, conflict …) pass through unchanged.
    Error refusal(const std::optional<Error> &service = std::nullopt) const;

private:
    QHash<QString, QString> m_optionOf;
    QList<FieldError> m_fields;
};

} // namespace dsr::cli
