#pragma once
// How the window writes the values pages and dialogs share: dates as yyyy-MM-dd, stored UTC times
// in the desk's time zone, file sizes, short SHA-256 digests, and the stored identifiers of a
// request's fields (history before/after values) as their translated names.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace dsr {

class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    // "2025-04-01"; an empty string for an invalid date.
    static QString date(const QDate &date);
    // "2025-04-01 09:30" in local time.
    static QString dateTime(const QDateTime &at);
    // "1.2 MB", "834 KB", "512 bytes".
    static QString fileSize(qint64 bytes);
    // The first 12 hex digits and an ellipsis: enough to compare with a printed hash by eye.
    static QString shortHash(const QString &sha256);
    // A request field's stored value (history rows) as the clerk knows it: "disclosure" → 開示.
    static QString requestFieldValue(const QString &field, const QString &value);
    // The action of a history row ("create", "update", "attach").
    static QString historyAction(const QString &action);
};

} // namespace dsr
