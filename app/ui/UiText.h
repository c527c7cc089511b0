#pragma once
// How the window writes the values pages and dialogs share: dates as 2026/12/04 or, by the desk's
// preference, 令和8年12月4日 (stored data and dsrctl keep ISO 8601), stored UTC times in the desk's time
// zone, file sizes, short SHA-256 digests, and the stored identifiers of a request's fields (history
// before/after values) as their translated names.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QKeySequence>
#include <QString>

namespace dsr {

class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    // How the window writes dates: a per-desk preference (LocalSettings::dateStyle), applied at
    // start-up and when changed in Settings ▸ Display or Help ▸ Dates.
    enum class DateStyle { Western, Era };
    static DateStyle dateStyle();
    static void setDateStyle(DateStyle style);
    // "western" | "era": the preference as LocalSettings keeps it.
    static QString dateStyleId(DateStyle style);
    static DateStyle dateStyleFromId(const QString &id);
    static QString dateStyleName(DateStyle style);

    // "2025/04/01", or "令和7年4月1日" in the era style (dates before 1873, which have no era
    // date, stay western); an empty string for an invalid date.
    static QString date(const QDate &date);
    // "2025/04/01 09:30" (or "令和7年4月1日 09:30") in local time.
    static QString dateTime(const QDateTime &at);
    // The same with seconds (the audit log).
    static QString dateTimeSeconds(const QDateTime &at);
    // The display format of a QDateEdit: "yyyy/MM/dd" in both styles (a spin box cannot step
    // through era years; what is typed there is read back as the same calendar date).
    static QString dateEditFormat();
    // A tooltip with its key, as menus write it: "Approve (Ctrl+Shift+A)".
    static QString withShortcut(const QString &tip, const QKeySequence &keys);
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
