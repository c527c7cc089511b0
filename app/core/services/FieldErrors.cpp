#include "FieldErrors.h"

namespace dsr {

QString FieldErrors::required(const QString &field, const QString &label, const QString &value, int maxLength)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        add(field, tr("%1 is required.").arg(label));
        return v;
    }
    return optional(field, label, v, maxLength);
}

QString FieldErrors::optional(const QString &field, const QString &label, const QString &value, int maxLength)
{
    const QString v = value.trimmed();
    if (v.size() > maxLength)
        add(field,
            tr("%1 may have at most %2 characters (it has %3).").arg(label).arg(maxLength).arg(v.size()));
    return v;
}

} // namespace dsr
