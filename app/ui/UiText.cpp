#include "UiText.h"

#include "model/Request.h"
#include "services/RequestService.h"
#include "text/JapaneseEra.h"

#include <QLocale>
#include <atomic>

namespace dsr {

namespace {
// Set on the GUI thread (start-up, the settings page); read wherever the window writes a date,
// a worker's finishing step included.
std::atomic<UiText::DateStyle> g_dateStyle { UiText::DateStyle::Western };
} // namespace

UiText::DateStyle UiText::dateStyle()
{
    return g_dateStyle;
}

void UiText::setDateStyle(DateStyle style)
{
    g_dateStyle = style;
}

QString UiText::dateStyleId(DateStyle style)
{
    return style == DateStyle::Era ? QStringLiteral("era") : QStringLiteral("western");
}

UiText::DateStyle UiText::dateStyleFromId(const QString &id)
{
    return id == QLatin1String("era") ? DateStyle::Era : DateStyle::Western;
}

QString UiText::dateStyleName(DateStyle style)
{
    return style == DateStyle::Era ? tr("Japanese era (令和8年12月4日)") : tr("Western (2026/12/04)");
}

QString UiText::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (g_dateStyle == DateStyle::Era) {
        if (const QString era = JapaneseEra::format(date); !era.isEmpty())
            return era;
    }
    return date.toString(QStringLiteral("yyyy/MM/dd"));
}

QString UiText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm"));
}

QString UiText::dateTimeSeconds(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm:ss"));
}

QString UiText::dateEditFormat()
{
    return QStringLiteral("yyyy/MM/dd");
}

QString UiText::withShortcut(const QString &tip, const QKeySequence &keys)
{
    return tr("%1 (%2)", "tooltip (shortcut)").arg(tip, keys.toString(QKeySequence::NativeText));
}

QString UiText::fileSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 0));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString UiText::shortHash(const QString &sha256)
{
    return sha256.size() > 12 ? sha256.left(12) + QChar(0x2026) : sha256;
}

QString UiText::requestFieldValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (field == QLatin1String("type")) {
        if (auto t = RequestVocabulary::typeFromId(value))
            return RequestVocabulary::displayName(*t);
    } else if (field == QLatin1String("channel")) {
        if (auto c = RequestVocabulary::channelFromId(value))
            return RequestVocabulary::displayName(*c);
    } else if (field == QLatin1String("requester_kind")) {
        if (auto k = RequestVocabulary::requesterKindFromId(value))
            return RequestVocabulary::displayName(*k);
    } else if (field == QLatin1String("method")) {
        if (auto m = RequestVocabulary::methodFromId(value))
            return RequestVocabulary::displayName(*m);
    } else if (field == QLatin1String("id_document")) {
        if (RequestVocabulary::isIdDocument(value))
            return RequestVocabulary::idDocumentName(value);
    } else if (field == QLatin1String("agent_evidence")) {
        if (RequestVocabulary::agentEvidenceIds().contains(value))
            return RequestVocabulary::agentEvidenceName(value);
    } else if (field == QLatin1String("fee")) {
        bool ok = false;
        const int yen = value.toInt(&ok);
        if (ok)
            return tr("%1 yen").arg(QLocale().toString(yen));
    }
    return value;
}

QString UiText::historyAction(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Registered", "request history: the request was taken in");
    if (action == QLatin1String("update"))
        return tr("Changed", "request history: a field was edited");
    if (action == QLatin1String("attach"))
        return tr("File added", "request history: an attachment was stored");
    return action;
}

} // namespace dsr
