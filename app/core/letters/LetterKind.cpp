#include "LetterKind.h"

namespace dsr {

namespace {

using T = LetterField::Type;

LetterField text(const char *name, bool required, const char *description)
{
    return { QString::fromUtf8(name), T::Text, required, QString::fromUtf8(description) };
}

LetterField flag(const char *name, bool required, const char *description)
{
    return { QString::fromUtf8(name), T::Flag, required, QString::fromUtf8(description) };
}

LetterField list(const char *name, bool required, const char *description, QList<LetterField> items)
{
    return { QString::fromUtf8(name), T::List, required, QString::fromUtf8(description), std::move(items) };
}

// The common frame of DOMAIN.md §7, shared by every kind.
QList<LetterField> frameFields(LetterKind kind)
{
    QList<LetterField> f {
        text("document_number", true, "The document number (文書番号), e.g. 長共総第123号."),
        text("issue_date", true, "The date of the letter in the Japanese era, e.g. 令和7年4月1日."),
        text(
            "addressee_name", true,
            "The addressee's name, printed with 様: the member, the agent when an agent made the request, or "
            "the third party asked for an opinion."),
        text("addressee_postal_code", false, "The addressee's postal code (NNN-NNNN); may be empty."),
        text("addressee_address", true, "The addressee's address."),
        text("organisation_name", true, "The association's name (setting organisation.name)."),
        text("head_title", true, "The title of its head, e.g. 理事長 (setting organisation.head_title)."),
        text("head_name", true, "The head's name (setting organisation.head_name)."),
        flag("seal_image", true, "True: print the official seal image; false: print 「公印省略」."),
        text("subject", true, "The subject line, worded for the kind and the regime."),
        text("legal_basis", true,
             "The law and article the letter is given under, e.g. "
             "個人情報の保護に関する法律第33条第3項."),
        text("request_date", true, "The day the request arrived, in the Japanese era."),
        text("contact_division", true, "The division to contact (setting organisation.division)."),
        text("contact_person", true, "The person in charge: the clerk's display name."),
        text("contact_phone", true, "The telephone number (setting organisation.phone)."),
        text("organisation_postal_code", false, "The association's postal code; may be empty."),
        text("organisation_address", false, "The association's address; may be empty."),
        flag("public_regime", false, "True under the public regime (APPI Chapter 5)."),
        flag("private_regime", false, "True under the private regime (APPI Chapter 4)."),
        text("law_name", false, "個人情報の保護に関する法律."),
        text("data_term", false, "保有個人データ (private) or 保有個人情報 (public)."),
        text("request_name", false, "What the request is called, e.g. 開示請求, 訂正請求, 利用停止請求."),
    };
    if (kind != LetterKind::ThirdPartyOpinion) {
        f << flag("agent", true, "True when an agent made the request: the letter goes to the agent.")
          << text("principal_name", true, "The member's (本人's) name.")
          << text("agent_kind", false, "法定代理人 or 任意代理人; empty when the member requested.");
    }
    if (LetterKinds::isDecisionLetter(kind)) {
        // Public: the appeal instructions (教示); private: where complaints go (DOMAIN.md §7).
        for (LetterField &field : f)
            if (field.name == QLatin1String("public_regime") || field.name == QLatin1String("private_regime"))
                field.required = true;
    }
    return f;
}

QList<LetterField> kindFields(LetterKind kind)
{
    const LetterField data = text("data", true, "The data the decision concerns (the data disclosed).");
    const LetterField reasons = text("reasons", true, "The reasons (art. 36 / the decision's reasons).");
    switch (kind) {
    case LetterKind::Disclosure:
    case LetterKind::PartialDisclosure: {
        QList<LetterField> f {
            data,
            text("method", true, "How the data is disclosed: 書面の交付, 電磁的記録の提供, 閲覧."),
            text("fee", true, "The fee, e.g. 300円, or なし."),
            text("postage", true, "The postage to be borne, e.g. 110円, or なし."),
            list("enclosures", true, "The documents enclosed; the list may be empty.",
                 { text("name", true, "One enclosure, e.g. 保有個人データの写し 一式.") }),
        };
        if (kind == LetterKind::Disclosure) {
            f << flag("method_changed", true,
                      "True when the requested method was difficult and the data is disclosed by another "
                      "method (art. 33(3)); reasons then says why.")
              << text("reasons", false, "Why the method was changed; empty otherwise.");
        } else {
            f << list("withheld", true, "The parts not disclosed, each with its ground and reasons.",
                      { text("part", true, "The part not disclosed."),
                        text("ground", true, "The legal ground, article and item."),
                        text("reason", true, "Why that part is not disclosed.") })
              << text("reasons", false, "Reasons common to every part; may be empty.");
        }
        return f;
    }
    case LetterKind::NonDisclosure:
        return {
            text("requested", true, "What was requested."),
            text("decision_text", true, "The decision in one sentence (not disclosed, or not held)."),
            flag("not_held", true, "True when the data is not held (不存在)."),
            list("grounds", true, "The legal grounds of the refusal; empty when the data is not held.",
                 { text("ground", true, "One ground, article and item.") }),
            reasons,
        };
    case LetterKind::Correction:
        return {
            data,
            list("corrections", true, "Each correction made.",
                 { text("item", true, "The item corrected."),
                   text("before", false, "The data before; may be empty."),
                   text("after", true, "The data after.") }),
            text("recipients_informed", true,
                 "Public regime: the recipients told of the correction (art. 97), or なし."),
        };
    case LetterKind::NoCorrection:
    case LetterKind::NoSuspension:
        return { data, reasons };
    case LetterKind::Suspension:
        return {
            data,
            text("measure", true,
                 "The measure: 利用停止, 消去 or 第三者提供の停止 (代替措置 for a substitute)."),
            text("measure_date", true, "The day the measure was carried out; may be empty for a substitute."),
            text("substitute", true, "The substitute measure taken instead (art. 35); empty if none."),
            text("reasons", false, "Why a substitute measure was taken; empty otherwise."),
        };
    case LetterKind::AmendmentRequest:
        return {
            text("missing", true, "What is missing or wrong in the request."),
            text("to_supply", true, "What the requester is asked to supply."),
            text("reply_by", true, "The day by which to reply, in the Japanese era."),
            text("send_to", true,
                 "Where to send the reply: the association's postal code, address and division."),
        };
    case LetterKind::Extension:
        return {
            text("original_deadline", true, "The deadline before the extension."),
            text("new_deadline", true, "The new deadline."),
            text("extension_reason", true, "Why the deadline is extended."),
            flag("special_extension", false,
                 "True for the special extension of art. 84 (a large volume): the rest is decided by "
                 "new_deadline."),
        };
    case LetterKind::ThirdPartyOpinion:
        return {
            text("information", true, "The information about the third party the request concerns."),
            text("reply_by", true, "The day by which to submit the opinion."),
            text("send_to", true,
                 "Where to send the opinion: the association's postal code, address and division."),
        };
    case LetterKind::PurposeNotice:
        return {
            data,
            list("purposes", true, "The purposes of use.", { text("purpose", true, "One purpose of use.") }),
        };
    }
    return {};
}

} // namespace

QList<LetterKind> LetterKinds::all()
{
    return { LetterKind::Disclosure,        LetterKind::PartialDisclosure, LetterKind::NonDisclosure,
             LetterKind::Correction,        LetterKind::NoCorrection,      LetterKind::Suspension,
             LetterKind::NoSuspension,      LetterKind::AmendmentRequest,  LetterKind::Extension,
             LetterKind::ThirdPartyOpinion, LetterKind::PurposeNotice };
}

QString LetterKinds::id(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Disclosure:
        return QStringLiteral("disclosure");
    case LetterKind::PartialDisclosure:
        return QStringLiteral("partial-disclosure");
    case LetterKind::NonDisclosure:
        return QStringLiteral("non-disclosure");
    case LetterKind::Correction:
        return QStringLiteral("correction");
    case LetterKind::NoCorrection:
        return QStringLiteral("no-correction");
    case LetterKind::Suspension:
        return QStringLiteral("suspension");
    case LetterKind::NoSuspension:
        return QStringLiteral("no-suspension");
    case LetterKind::AmendmentRequest:
        return QStringLiteral("amendment-request");
    case LetterKind::Extension:
        return QStringLiteral("extension");
    case LetterKind::ThirdPartyOpinion:
        return QStringLiteral("third-party-opinion");
    case LetterKind::PurposeNotice:
        return QStringLiteral("purpose-notice");
    }
    return {};
}

std::optional<LetterKind> LetterKinds::fromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (LetterKind k : all())
        if (LetterKinds::id(k) == wanted)
            return k;
    return std::nullopt;
}

QString LetterKinds::title(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Disclosure:
        return QStringLiteral("開示決定通知書");
    case LetterKind::PartialDisclosure:
        return QStringLiteral("一部開示決定通知書");
    case LetterKind::NonDisclosure:
        return QStringLiteral("不開示決定通知書");
    case LetterKind::Correction:
        return QStringLiteral("訂正決定通知書");
    case LetterKind::NoCorrection:
        return QStringLiteral("不訂正決定通知書");
    case LetterKind::Suspension:
        return QStringLiteral("利用停止決定通知書");
    case LetterKind::NoSuspension:
        return QStringLiteral("利用不停止決定通知書");
    case LetterKind::AmendmentRequest:
        return QStringLiteral("補正依頼書");
    case LetterKind::Extension:
        return QStringLiteral("期限延長通知書");
    case LetterKind::ThirdPartyOpinion:
        return QStringLiteral("第三者意見照会書");
    case LetterKind::PurposeNotice:
        return QStringLiteral("利用目的通知書");
    }
    return {};
}

QString LetterKinds::displayName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Disclosure:
        return tr("Disclosure decision");
    case LetterKind::PartialDisclosure:
        return tr("Partial disclosure decision");
    case LetterKind::NonDisclosure:
        return tr("Non-disclosure decision");
    case LetterKind::Correction:
        return tr("Correction decision");
    case LetterKind::NoCorrection:
        return tr("No-correction decision");
    case LetterKind::Suspension:
        return tr("Suspension decision");
    case LetterKind::NoSuspension:
        return tr("No-suspension decision");
    case LetterKind::AmendmentRequest:
        return tr("Request for amendment");
    case LetterKind::Extension:
        return tr("Notice of extension");
    case LetterKind::ThirdPartyOpinion:
        return tr("Third-party opinion inquiry");
    case LetterKind::PurposeNotice:
        return tr("Notice of the purpose of use");
    }
    return {};
}

namespace {

// 開示 / 訂正 / 利用停止 as the public regime's articles name the three requests.
QString publicRequestWord(RequestType type)
{
    switch (type) {
    case RequestType::Correction:
        return QStringLiteral("訂正");
    case RequestType::Suspension:
    case RequestType::StopProvision:
        return QStringLiteral("利用停止");
    default:
        return QStringLiteral("開示");
    }
}

QString privateRequestWord(RequestType type)
{
    switch (type) {
    case RequestType::PurposeNotice:
        return QStringLiteral("利用目的の通知");
    case RequestType::ProvisionRecord:
        return QStringLiteral("第三者提供記録の開示");
    case RequestType::Correction:
        return QStringLiteral("訂正等");
    case RequestType::Suspension:
        return QStringLiteral("利用停止等");
    case RequestType::StopProvision:
        return QStringLiteral("第三者提供の停止");
    default:
        return QStringLiteral("開示");
    }
}

} // namespace

QString LetterKinds::subject(LetterKind kind, LegalRegime regime, RequestType type)
{
    if (regime == LegalRegime::Private) {
        const bool record = type == RequestType::ProvisionRecord;
        const QString what = record ? QStringLiteral("第三者提供記録") : QStringLiteral("保有個人データ");
        switch (kind) {
        case LetterKind::Disclosure:
            return what + QStringLiteral("の開示について（通知）");
        case LetterKind::PartialDisclosure:
            return what + QStringLiteral("の一部開示について（通知）");
        case LetterKind::NonDisclosure:
            if (type == RequestType::PurposeNotice)
                return QStringLiteral("保有個人データの利用目的の通知について（通知）");
            return what + QStringLiteral("の不開示について（通知）");
        case LetterKind::Correction:
            return QStringLiteral("保有個人データの訂正等について（通知）");
        case LetterKind::NoCorrection:
            return QStringLiteral("保有個人データの訂正等を行わない旨の決定について（通知）");
        case LetterKind::Suspension:
            if (type == RequestType::StopProvision)
                return QStringLiteral("保有個人データの第三者提供の停止について（通知）");
            return QStringLiteral("保有個人データの利用停止等について（通知）");
        case LetterKind::NoSuspension:
            if (type == RequestType::StopProvision)
                return QStringLiteral("保有個人データの第三者提供の停止を行わない旨の決定について（通知）");
            return QStringLiteral("保有個人データの利用停止等を行わない旨の決定について（通知）");
        case LetterKind::AmendmentRequest:
            return QStringLiteral("保有個人データの%1の請求に係る補正について（依頼）")
                .arg(privateRequestWord(type));
        case LetterKind::Extension:
            return QStringLiteral("保有個人データの%1の決定期限の延長について（通知）")
                .arg(privateRequestWord(type));
        case LetterKind::ThirdPartyOpinion:
            return QStringLiteral("保有個人データの開示の請求に関する意見について（照会）");
        case LetterKind::PurposeNotice:
            return QStringLiteral("保有個人データの利用目的について（通知）");
        }
        return {};
    }
    switch (kind) {
    case LetterKind::Disclosure:
    case LetterKind::PartialDisclosure:
        return QStringLiteral("保有個人情報の開示をする旨の決定について（通知）");
    case LetterKind::NonDisclosure:
        return QStringLiteral("保有個人情報の開示をしない旨の決定について（通知）");
    case LetterKind::Correction:
        return QStringLiteral("保有個人情報の訂正をする旨の決定について（通知）");
    case LetterKind::NoCorrection:
        return QStringLiteral("保有個人情報の訂正をしない旨の決定について（通知）");
    case LetterKind::Suspension:
        return QStringLiteral("保有個人情報の利用停止をする旨の決定について（通知）");
    case LetterKind::NoSuspension:
        return QStringLiteral("保有個人情報の利用停止をしない旨の決定について（通知）");
    case LetterKind::AmendmentRequest:
        return QStringLiteral("保有個人情報%1請求書の補正について（依頼）").arg(publicRequestWord(type));
    case LetterKind::Extension:
        return QStringLiteral("%1決定等の期限の延長について（通知）").arg(publicRequestWord(type));
    case LetterKind::ThirdPartyOpinion:
        return QStringLiteral("保有個人情報の開示請求に関する意見について（照会）");
    case LetterKind::PurposeNotice:
        return QStringLiteral("保有個人情報の利用目的について（通知）");
    }
    return {};
}

bool LetterKinds::isDecisionLetter(LetterKind kind)
{
    return kind != LetterKind::AmendmentRequest && kind != LetterKind::Extension
        && kind != LetterKind::ThirdPartyOpinion;
}

LetterInputs LetterKinds::inputs(LetterKind kind, LegalRegime regime)
{
    using F = LetterInputField;
    if (!allowedIn(kind, regime))
        return {};
    switch (kind) {
    case LetterKind::Disclosure:
    case LetterKind::PartialDisclosure:
        return LetterInputs(F::Postage) | F::Enclosures;
    case LetterKind::Correction:
        // Only the public regime's correction letter names those informed of it (art. 97).
        return regime == LegalRegime::Public ? LetterInputs(F::RecipientsInformed) : LetterInputs();
    case LetterKind::PurposeNotice:
        return F::Purposes;
    case LetterKind::AmendmentRequest:
        return F::ToSupply;
    case LetterKind::ThirdPartyOpinion:
        return LetterInputs(F::ThirdPartyAddress) | F::Information;
    case LetterKind::NonDisclosure:
    case LetterKind::NoCorrection:
    case LetterKind::Suspension:
    case LetterKind::NoSuspension:
    case LetterKind::Extension:
        return {};
    }
    return {};
}

QList<LegalRegime> LetterKinds::regimes(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Extension: // art. 83(2); Chapter 4 has no extension ("without delay")
    case LetterKind::ThirdPartyOpinion: // art. 86; Chapter 4 has no such procedure
        return { LegalRegime::Public };
    case LetterKind::PurposeNotice: // art. 32(2); Chapter 5 has no request for the purpose of use
        return { LegalRegime::Private };
    default:
        return { LegalRegime::Private, LegalRegime::Public };
    }
}

bool LetterKinds::allowedIn(LetterKind kind, LegalRegime regime)
{
    return regimes(kind).contains(regime);
}

QList<DecisionKind> LetterKinds::answers(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Disclosure:
        return { DecisionKind::Full, DecisionKind::MethodChange };
    case LetterKind::PartialDisclosure:
        return { DecisionKind::Partial };
    case LetterKind::NonDisclosure:
        return { DecisionKind::Refusal, DecisionKind::NotHeld };
    case LetterKind::Correction:
        return { DecisionKind::Correct };
    case LetterKind::NoCorrection:
        return { DecisionKind::NoCorrection };
    case LetterKind::Suspension:
        return { DecisionKind::Suspend, DecisionKind::Substitute };
    case LetterKind::NoSuspension:
        return { DecisionKind::NoSuspension };
    case LetterKind::PurposeNotice:
        return { DecisionKind::Notify };
    case LetterKind::AmendmentRequest:
    case LetterKind::Extension:
    case LetterKind::ThirdPartyOpinion:
        return {};
    }
    return {};
}

std::optional<LetterKind> LetterKinds::forDecision(DecisionKind decision, RequestType type)
{
    if (!DecisionVocabulary::kindsFor(type).contains(decision))
        return std::nullopt;
    for (LetterKind k : all())
        if (answers(k).contains(decision))
            return k;
    return std::nullopt;
}

QStringList LetterKinds::items(LetterKind kind, LegalRegime regime)
{
    QStringList out = itemsOf(kind);
    if (regime == LegalRegime::Public)
        out.replaceInStrings(QStringLiteral("保有個人データ"), QStringLiteral("保有個人情報"));
    else if (kind == LetterKind::Correction)
        out.removeLast(); // art. 97 (recipients informed) belongs to Chapter 5
    return out;
}

QStringList LetterKinds::itemsOf(LetterKind kind)
{
    const QString date = QStringLiteral("請求のあった日");
    switch (kind) {
    case LetterKind::Disclosure:
        return { date, QStringLiteral("開示する保有個人データ"), QStringLiteral("開示の方法"),
                 QStringLiteral("手数料及び郵送料"), QStringLiteral("同封書類") };
    case LetterKind::PartialDisclosure:
        return { date,
                 QStringLiteral("開示する保有個人データ"),
                 QStringLiteral("開示の方法"),
                 QStringLiteral("手数料及び郵送料"),
                 QStringLiteral("同封書類"),
                 QStringLiteral("開示しない部分、その根拠及び理由") };
    case LetterKind::NonDisclosure:
        return { date, QStringLiteral("請求の内容"), QStringLiteral("決定の内容"), QStringLiteral("理由") };
    case LetterKind::Correction:
        return { date, QStringLiteral("訂正等の対象となった保有個人データ"), QStringLiteral("訂正等の内容"),
                 QStringLiteral("提供先への通知") };
    case LetterKind::NoCorrection:
    case LetterKind::NoSuspension:
        return { date, QStringLiteral("請求の対象となった保有個人データ"), QStringLiteral("理由") };
    case LetterKind::Suspension:
        return { date, QStringLiteral("請求の対象となった保有個人データ"),
                 QStringLiteral("講じた措置及びその実施日"), QStringLiteral("代替措置") };
    case LetterKind::AmendmentRequest:
        return { date,
                 QStringLiteral("補正を要する事項"),
                 QStringLiteral("補正の内容"),
                 QStringLiteral("回答期限"),
                 QStringLiteral("提出先"),
                 QStringLiteral("期限までに補正がない場合の取扱い") };
    case LetterKind::Extension:
        return { date, QStringLiteral("当初の決定期限"), QStringLiteral("延長後の決定期限"),
                 QStringLiteral("延長の理由") };
    case LetterKind::ThirdPartyOpinion:
        return { date, QStringLiteral("あなたに関する情報の内容"), QStringLiteral("意見書の提出期限"),
                 QStringLiteral("意見書の提出先"), QStringLiteral("意見書の様式") };
    case LetterKind::PurposeNotice:
        return { QStringLiteral("対象となる保有個人データ"), QStringLiteral("利用目的") };
    }
    return {};
}

QList<LetterField> LetterKinds::fields(LetterKind kind)
{
    return frameFields(kind) + kindFields(kind);
}

QStringList LetterKinds::requiredFields(LetterKind kind)
{
    QStringList out;
    for (const LetterField &f : fields(kind))
        if (f.required)
            out << f.name;
    return out;
}

std::optional<LetterField> LetterKinds::field(LetterKind kind, const QString &name)
{
    for (const LetterField &f : fields(kind))
        if (f.name == name)
            return f;
    return std::nullopt;
}

QString LetterKinds::regimeId(LegalRegime regime)
{
    return LegalRegimes::id(regime);
}

std::optional<LegalRegime> LetterKinds::regimeFromId(const QString &id)
{
    return LegalRegimes::fromId(id);
}

QString LetterKinds::dataTerm(LegalRegime regime)
{
    return regime == LegalRegime::Public ? QStringLiteral("保有個人情報") : QStringLiteral("保有個人データ");
}

QString LetterKinds::lawName()
{
    return QStringLiteral("個人情報の保護に関する法律");
}

} // namespace dsr
