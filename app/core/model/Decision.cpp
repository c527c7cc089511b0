#include "Decision.h"

#include <QJsonArray>

namespace dsr {

QJsonObject Decision::toJson() const
{
    QJsonArray w;
    for (const WithheldPart &p : withheld)
        w.append(QJsonObject { { QStringLiteral("part"), p.part },
                               { QStringLiteral("ground"), p.ground },
                               { QStringLiteral("reason"), p.reason } });
    QJsonArray c;
    for (const CorrectionItem &i : corrections)
        c.append(QJsonObject { { QStringLiteral("item"), i.item },
                               { QStringLiteral("before"), i.before },
                               { QStringLiteral("after"), i.after } });
    return { { QStringLiteral("data"), data },
             { QStringLiteral("withheld"), w },
             { QStringLiteral("corrections"), c },
             { QStringLiteral("measure"), measure },
             { QStringLiteral("measure_date"),
               measureDate.isValid() ? measureDate.toString(Qt::ISODate) : QString() },
             { QStringLiteral("substitute"), substitute },
             { QStringLiteral("reasons"), reasons },
             { QStringLiteral("method"), RequestVocabulary::id(method) } };
}

Decision Decision::fromJson(DecisionKind kind, const QJsonObject &o)
{
    Decision d;
    d.kind = kind;
    d.data = o.value(QStringLiteral("data")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("withheld")).toArray()) {
        const QJsonObject p = v.toObject();
        d.withheld.append({ p.value(QStringLiteral("part")).toString(),
                            p.value(QStringLiteral("ground")).toString(),
                            p.value(QStringLiteral("reason")).toString() });
    }
    for (const QJsonValue &v : o.value(QStringLiteral("corrections")).toArray()) {
        const QJsonObject i = v.toObject();
        d.corrections.append({ i.value(QStringLiteral("item")).toString(),
                               i.value(QStringLiteral("before")).toString(),
                               i.value(QStringLiteral("after")).toString() });
    }
    d.measure = o.value(QStringLiteral("measure")).toString();
    d.measureDate = QDate::fromString(o.value(QStringLiteral("measure_date")).toString(), Qt::ISODate);
    d.substitute = o.value(QStringLiteral("substitute")).toString();
    d.reasons = o.value(QStringLiteral("reasons")).toString();
    d.method = RequestVocabulary::methodFromId(o.value(QStringLiteral("method")).toString())
                   .value_or(DisclosureMethod::None);
    return d;
}

QList<DecisionKind> DecisionVocabulary::kinds()
{
    return { DecisionKind::Full,         DecisionKind::Partial,      DecisionKind::Refusal,
             DecisionKind::NotHeld,      DecisionKind::MethodChange, DecisionKind::Correct,
             DecisionKind::NoCorrection, DecisionKind::Suspend,      DecisionKind::NoSuspension,
             DecisionKind::Substitute,   DecisionKind::Notify,       DecisionKind::Response };
}

QString DecisionVocabulary::id(DecisionKind k)
{
    switch (k) {
    case DecisionKind::Full:
        return QStringLiteral("full");
    case DecisionKind::Partial:
        return QStringLiteral("partial");
    case DecisionKind::Refusal:
        return QStringLiteral("refusal");
    case DecisionKind::NotHeld:
        return QStringLiteral("not_held");
    case DecisionKind::MethodChange:
        return QStringLiteral("method_change");
    case DecisionKind::Correct:
        return QStringLiteral("correct");
    case DecisionKind::NoCorrection:
        return QStringLiteral("no_correction");
    case DecisionKind::Suspend:
        return QStringLiteral("suspend");
    case DecisionKind::NoSuspension:
        return QStringLiteral("no_suspension");
    case DecisionKind::Substitute:
        return QStringLiteral("substitute");
    case DecisionKind::Notify:
        return QStringLiteral("notify");
    case DecisionKind::Response:
        return QStringLiteral("response");
    }
    return {};
}

std::optional<DecisionKind> DecisionVocabulary::fromId(const QString &id)
{
    for (DecisionKind k : kinds())
        if (DecisionVocabulary::id(k) == id)
            return k;
    return std::nullopt;
}

QString DecisionVocabulary::displayName(DecisionKind k)
{
    switch (k) {
    case DecisionKind::Full:
        return tr("Full disclosure");
    case DecisionKind::Partial:
        return tr("Partial disclosure");
    case DecisionKind::Refusal:
        return tr("Non-disclosure");
    case DecisionKind::NotHeld:
        return tr("Data not held");
    case DecisionKind::MethodChange:
        return tr("Disclosure by another method");
    case DecisionKind::Correct:
        return tr("Correct");
    case DecisionKind::NoCorrection:
        return tr("Do not correct");
    case DecisionKind::Suspend:
        return tr("Suspend use");
    case DecisionKind::NoSuspension:
        return tr("Do not suspend use");
    case DecisionKind::Substitute:
        return tr("Substitute measure");
    case DecisionKind::Notify:
        return tr("Notify the purpose of use");
    case DecisionKind::Response:
        return tr("Response to the complaint");
    }
    return {};
}

QList<DecisionKind> DecisionVocabulary::kindsFor(RequestType type)
{
    switch (type) {
    case RequestType::Disclosure:
    case RequestType::ProvisionRecord:
        return { DecisionKind::Full, DecisionKind::Partial, DecisionKind::Refusal, DecisionKind::NotHeld,
                 DecisionKind::MethodChange };
    case RequestType::Correction:
        return { DecisionKind::Correct, DecisionKind::NoCorrection };
    case RequestType::Suspension:
    case RequestType::StopProvision:
        return { DecisionKind::Suspend, DecisionKind::NoSuspension, DecisionKind::Substitute };
    case RequestType::PurposeNotice:
        return { DecisionKind::Notify, DecisionKind::Refusal };
    case RequestType::Complaint:
        return { DecisionKind::Response };
    }
    return {};
}

bool DecisionVocabulary::needsReasons(DecisionKind k)
{
    return k == DecisionKind::Partial || k == DecisionKind::Refusal || k == DecisionKind::NotHeld
        || k == DecisionKind::MethodChange || k == DecisionKind::NoCorrection
        || k == DecisionKind::NoSuspension || k == DecisionKind::Substitute;
}

QStringList DecisionVocabulary::grounds(LegalRegime regime)
{
    if (regime == LegalRegime::Public)
        return { QStringLiteral("art78-1-1"), QStringLiteral("art78-1-2"), QStringLiteral("art78-1-3"),
                 QStringLiteral("art78-1-4"), QStringLiteral("art78-1-5"), QStringLiteral("art78-1-6"),
                 QStringLiteral("art78-1-7"), QStringLiteral("art81") };
    return { QStringLiteral("art33-2-1"), QStringLiteral("art33-2-2"), QStringLiteral("art33-2-3") };
}

QString DecisionVocabulary::groundName(const QString &id)
{
    if (id == QLatin1String("art33-2-1"))
        return tr(
            "Art. 33(2)(i): harm to the life, body, property or other rights of the person or a third party");
    if (id == QLatin1String("art33-2-2"))
        return tr("Art. 33(2)(ii): serious hindrance to the proper conduct of the association's business");
    if (id == QLatin1String("art33-2-3"))
        return tr("Art. 33(2)(iii): violation of other laws");
    if (id == QLatin1String("art81"))
        return tr("Art. 81: neither confirming nor denying the existence of the data");
    if (id.startsWith(QLatin1String("art78-1-")))
        return tr("Art. 78(1)(%1)").arg(id.mid(8));
    return id;
}

QStringList DecisionVocabulary::measures()
{
    return { QStringLiteral("利用停止"), QStringLiteral("消去"), QStringLiteral("第三者提供の停止") };
}

} // namespace dsr
