#pragma once
// Collects refused fields while a service validates a form, then turns them into one Validation
// error whose message lists them all (for dsrctl) and whose field list feeds the dialog.

#include "../Result.h"

#include <QCoreApplication>

namespace dsr {

class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)
public:
    void add(const QString &field, const QString &message) { m_fields.append({ field, message }); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString &field) const
    {
        for (const FieldError &f : m_fields)
            if (f.field == field)
                return true;
        return false;
    }
    Error toError() const
    {
        QStringList parts;
        for (const FieldError &f : m_fields)
            parts << f.message;
        return Error { ErrorCode::Validation, parts.join(QLatin1Char(' ')), m_fields };
    }

    // Shared checks. Each returns the cleaned value and records a message when it is refused.
    QString required(const QString &field, const QString &label, const QString &value, int maxLength);
    QString optional(const QString &field, const QString &label, const QString &value, int maxLength);

private:
    QList<FieldError> m_fields;
};

} // namespace dsr
