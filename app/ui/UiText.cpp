#include "UiText.h"

#include "model/Request.h"
#include "services/RequestService.h"

#include <QLocale>

namespace dsr {

QString UiText::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString UiText::dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
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
