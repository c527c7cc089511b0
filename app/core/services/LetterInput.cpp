#include "LetterInput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dsr {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

QJsonObject LetterInput::toJson() const
{
    QJsonObject o;
    if (postageYen)
        o.insert(QStringLiteral("postage_yen"), *postageYen);
    if (!enclosures.isEmpty())
        o.insert(QStringLiteral("enclosures"), toArray(enclosures));
    if (!recipientsInformed.isEmpty())
        o.insert(QStringLiteral("recipients_informed"), recipientsInformed);
    if (!purposes.isEmpty())
        o.insert(QStringLiteral("purposes"), toArray(purposes));
    if (!toSupply.isEmpty())
        o.insert(QStringLiteral("to_supply"), toSupply);
    if (!thirdPartyPostalCode.isEmpty())
        o.insert(QStringLiteral("third_party_postal_code"), thirdPartyPostalCode);
    if (!thirdPartyAddress.isEmpty())
        o.insert(QStringLiteral("third_party_address"), thirdPartyAddress);
    if (!information.isEmpty())
        o.insert(QStringLiteral("information"), information);
    if (letterDate.isValid())
        o.insert(QStringLiteral("letter_date"), letterDate.toString(Qt::ISODate));
    if (!dateReason.trimmed().isEmpty())
        o.insert(QStringLiteral("date_reason"), dateReason.trimmed());
    return o;
}

LetterInput LetterInput::fromJson(const QJsonObject &o)
{
    LetterInput in;
    if (o.contains(QStringLiteral("postage_yen")))
        in.postageYen = o.value(QStringLiteral("postage_yen")).toInt();
    in.enclosures = fromArray(o.value(QStringLiteral("enclosures")));
    in.recipientsInformed = o.value(QStringLiteral("recipients_informed")).toString();
    in.purposes = fromArray(o.value(QStringLiteral("purposes")));
    in.toSupply = o.value(QStringLiteral("to_supply")).toString();
    in.thirdPartyPostalCode = o.value(QStringLiteral("third_party_postal_code")).toString();
    in.thirdPartyAddress = o.value(QStringLiteral("third_party_address")).toString();
    in.information = o.value(QStringLiteral("information")).toString();
    in.letterDate = QDate::fromString(o.value(QStringLiteral("letter_date")).toString(), Qt::ISODate);
    in.dateReason = o.value(QStringLiteral("date_reason")).toString();
    return in;
}

QString LetterInput::toStored() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

LetterInput LetterInput::fromStored(const QString &json)
{
    return fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

} // namespace dsr
