#include "LetterData.h"

#include <QLocale>

namespace dsr {

namespace {

QVariantMap item(const QString &name, const QString &value)
{
    return { { name, value } };
}

// Collects every missing fact so that one refusal names them all.
class Problems
{
public:
    void add(const QString &field, const QString &message) { m_fields.append({ field, message }); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    Error error(LetterKind kind) const
    {
        QStringList messages;
        for (const FieldError &f : m_fields)
            messages << f.message;
        Error e = makeError(ErrorCode::Validation,
                            LetterDataBuilder::tr("The %1 cannot be written: %2")
                                .arg(LetterKinds::title(kind), messages.join(QLatin1Char(' '))));
        e.fields = m_fields;
        return e;
    }

private:
    QList<FieldError> m_fields;
};

QString requestName(RequestType type, LegalRegime regime)
{
    if (regime == LegalRegime::Public) {
        switch (type) {
        case RequestType::Correction:
            return QStringLiteral("訂正請求");
        case RequestType::Suspension:
        case RequestType::StopProvision:
            return QStringLiteral("利用停止請求");
        default:
            return QStringLiteral("開示請求");
        }
    }
    switch (type) {
    case RequestType::PurposeNotice:
        return QStringLiteral("利用目的の通知の求め");
    case RequestType::ProvisionRecord:
        return QStringLiteral("第三者提供記録の開示の請求");
    case RequestType::Correction:
        return QStringLiteral("訂正等の請求");
    case RequestType::Suspension:
        return QStringLiteral("利用停止等の請求");
    case RequestType::StopProvision:
        return QStringLiteral("第三者提供の停止の請求");
    case RequestType::Complaint:
        return QStringLiteral("苦情の申出");
    case RequestType::Disclosure:
        break;
    }
    return QStringLiteral("開示の請求");
}

QString agentKindName(RequesterKind kind)
{
    switch (kind) {
    case RequesterKind::StatutoryAgent:
        return QStringLiteral("法定代理人");
    case RequesterKind::AppointedAgent:
        return QStringLiteral("任意代理人");
    case RequesterKind::Self:
        break;
    }
    return {};
}

// "〒850-0001　長崎県長崎市…" and, on a line of its own, "長崎県市町村職員共済組合　総務課".
QString sendTo(const OrganisationSettings &settings)
{
    QStringList first;
    const QString postal = settings.value(Setting::PostalCode).trimmed();
    if (!postal.isEmpty())
        first << QStringLiteral("〒") + postal;
    first << settings.value(Setting::Address).trimmed();
    return first.join(QStringLiteral("　")) + QLatin1Char('\n')
        + settings.value(Setting::OrganisationName).trimmed() + QStringLiteral("　")
        + settings.value(Setting::Division).trimmed();
}

} // namespace

QString LetterDataBuilder::yen(int amount)
{
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(amount) + QStringLiteral("円");
}

QString LetterDataBuilder::methodText(DisclosureMethod method)
{
    switch (method) {
    case DisclosureMethod::Paper:
        return QStringLiteral("書面の交付");
    case DisclosureMethod::Electronic:
        return QStringLiteral("電磁的記録の提供");
    case DisclosureMethod::Viewing:
        return QStringLiteral("閲覧");
    case DisclosureMethod::None:
        break;
    }
    return {};
}

QString LetterDataBuilder::groundText(const QString &id)
{
    // Chapter 4, art. 33(2) items; Chapter 5, art. 78(1) items and art. 81 (DOMAIN.md §3).
    static const QHash<QString, QString> grounds {
        { QStringLiteral("art33-2-1"),
          QStringLiteral("第33条第2項第1号（本人又は第三者の生命、身体、財産その他の権利利益を害するおそれが"
                         "ある場合）") },
        { QStringLiteral("art33-2-2"),
          QStringLiteral(
              "第33条第2項第2号（当組合の業務の適正な実施に著しい支障を及ぼすおそれがある場合）") },
        { QStringLiteral("art33-2-3"),
          QStringLiteral("第33条第2項第3号（他の法令に違反することとなる場合）") },
        { QStringLiteral("art78-1-1"),
          QStringLiteral(
              "第78条第1項第1号（開示請求者の生命、健康、生活又は財産を害するおそれがある情報）") },
        { QStringLiteral("art78-1-2"),
          QStringLiteral("第78条第1項第2号（開示請求者以外の個人に関する情報）") },
        { QStringLiteral("art78-1-3"), QStringLiteral("第78条第1項第3号（法人その他の団体に関する情報）") },
        { QStringLiteral("art78-1-4"), QStringLiteral("第78条第1項第4号（国の安全等に関する情報）") },
        { QStringLiteral("art78-1-5"), QStringLiteral("第78条第1項第5号（公共の安全等に関する情報）") },
        { QStringLiteral("art78-1-6"), QStringLiteral("第78条第1項第6号（審議、検討又は協議に関する情報）") },
        { QStringLiteral("art78-1-7"), QStringLiteral("第78条第1項第7号（事務又は事業に関する情報）") },
        { QStringLiteral("art81"), QStringLiteral("第81条（保有個人情報の存否に関する情報）") },
    };
    const auto it = grounds.constFind(id);
    return it == grounds.constEnd() ? QString() : LetterKinds::lawName() + it.value();
}

QString LetterDataBuilder::article(LetterKind kind, LegalRegime regime, RequestType type,
                                   std::optional<DecisionKind> decision, bool specialExtension)
{
    const bool methodChanged = decision == DecisionKind::MethodChange;
    if (regime == LegalRegime::Private) {
        // Chapter 4. Art. 33(2) obliges disclosure, 33(3) the notice of a refusal, of data not
        // held and of a method that was difficult; 33(5) applies both to third-party provision
        // records. Arts. 34(3) and 35(7) oblige the notice of corrections and suspensions, 32(2)
        // and 32(3) the purpose of use. Art. 37 lets the association ask for what identifies the
        // data and completes the request (the amendment request).
        const bool record = type == RequestType::ProvisionRecord;
        const QString prefix
            = record ? QStringLiteral("第33条第5項において準用する同条") : QStringLiteral("第33条");
        switch (kind) {
        case LetterKind::Disclosure:
            return prefix + (methodChanged ? QStringLiteral("第2項及び第3項") : QStringLiteral("第2項"));
        case LetterKind::PartialDisclosure:
            return prefix + QStringLiteral("第2項及び第3項");
        case LetterKind::NonDisclosure:
            if (type == RequestType::PurposeNotice)
                return QStringLiteral("第32条第3項");
            return prefix + QStringLiteral("第3項");
        case LetterKind::Correction:
        case LetterKind::NoCorrection:
            return QStringLiteral("第34条第3項");
        case LetterKind::Suspension:
        case LetterKind::NoSuspension:
            return QStringLiteral("第35条第7項");
        case LetterKind::AmendmentRequest:
            return QStringLiteral("第37条");
        case LetterKind::PurposeNotice:
            return QStringLiteral("第32条第2項");
        case LetterKind::Extension:
        case LetterKind::ThirdPartyOpinion:
            return {}; // not in Chapter 4
        }
        return {};
    }
    // Chapter 5: arts. 82 (disclosure decisions), 93 (correction), 101 (suspension); 77(3), 91(3),
    // 99(3) the amendment of a request; 83(2), 94(2), 102(2) the extension and 84, 95, 103 the
    // special extension; 86(1) the third party's opportunity to submit an opinion.
    const bool correction = type == RequestType::Correction;
    const bool suspension = type == RequestType::Suspension || type == RequestType::StopProvision;
    switch (kind) {
    case LetterKind::Disclosure:
    case LetterKind::PartialDisclosure:
        return QStringLiteral("第82条第1項");
    case LetterKind::NonDisclosure:
        return QStringLiteral("第82条第2項");
    case LetterKind::Correction:
        return QStringLiteral("第93条第1項");
    case LetterKind::NoCorrection:
        return QStringLiteral("第93条第2項");
    case LetterKind::Suspension:
        return QStringLiteral("第101条第1項");
    case LetterKind::NoSuspension:
        return QStringLiteral("第101条第2項");
    case LetterKind::AmendmentRequest:
        return correction ? QStringLiteral("第91条第3項")
            : suspension  ? QStringLiteral("第99条第3項")
                          : QStringLiteral("第77条第3項");
    case LetterKind::Extension:
        if (specialExtension)
            return correction ? QStringLiteral("第95条")
                : suspension  ? QStringLiteral("第103条")
                              : QStringLiteral("第84条");
        return correction ? QStringLiteral("第94条第2項")
            : suspension  ? QStringLiteral("第102条第2項")
                          : QStringLiteral("第83条第2項");
    case LetterKind::ThirdPartyOpinion:
        return QStringLiteral("第86条第1項");
    case LetterKind::PurposeNotice:
        return {}; // not in Chapter 5
    }
    return {};
}

QList<RequiredLetterSetting> LetterDataBuilder::requiredSettings()
{
    const auto named = [](Setting key) { return Settings::info(key).name; };
    return {
        { Setting::OrganisationName, QStringLiteral("organisation_name"),
          tr("The organisation's name (setting %1) is not set.").arg(named(Setting::OrganisationName)) },
        { Setting::HeadTitle, QStringLiteral("head_title"),
          tr("The head's title (setting %1) is not set.").arg(named(Setting::HeadTitle)) },
        { Setting::HeadName, QStringLiteral("head_name"),
          tr("The head's name (setting %1) is not set.").arg(named(Setting::HeadName)) },
        { Setting::Division, QStringLiteral("contact_division"),
          tr("The division (setting %1) is not set.").arg(named(Setting::Division)) },
        { Setting::Phone, QStringLiteral("contact_phone"),
          tr("The telephone number (setting %1) is not set.").arg(named(Setting::Phone)) },
    };
}

QList<Setting> LetterDataBuilder::missingSettings(const Error &refusal)
{
    QList<Setting> out;
    for (const RequiredLetterSetting &r : requiredSettings())
        for (const FieldError &f : refusal.fields)
            if (f.field == r.field && !out.contains(r.key))
                out << r.key;
    return out;
}

QString LetterDataBuilder::draftDocumentNumber(const OrganisationSettings &settings)
{
    return settings.value(Setting::DocumentSymbol).trimmed() + QStringLiteral("第　　号");
}

Result<LetterData> LetterDataBuilder::build(const LetterFacts &facts, const OrganisationSettings &settings)
{
    const LetterKind kind = facts.kind;
    const Request &request = facts.request;
    LetterData out;
    out.kind = kind;
    out.regime = settings.regime();
    const LegalRegime regime = out.regime;
    const bool isPublic = regime == LegalRegime::Public;
    out.digits = settings.value(Setting::LetterDigits) == QLatin1String("full")
        ? JapaneseEra::Digits::FullWidth
        : JapaneseEra::Digits::HalfWidth;

    if (!LetterKinds::allowedIn(kind, regime))
        return makeError(ErrorCode::Validation,
                         tr("A %1 belongs to the %2 regime only; the organisation's regime is %3.")
                             .arg(LetterKinds::title(kind),
                                  LetterKinds::regimeId(LetterKinds::regimes(kind).constFirst()),
                                  LetterKinds::regimeId(regime)));

    std::optional<DecisionKind> decisionKind;
    if (LetterKinds::isDecisionLetter(kind)) {
        if (!facts.decision)
            return makeError(
                ErrorCode::Validation,
                tr("A %1 notifies a decision; the request has none.").arg(LetterKinds::title(kind)));
        decisionKind = facts.decision->kind;
        if (LetterKinds::forDecision(facts.decision->kind, request.type) != kind) {
            const auto right = LetterKinds::forDecision(facts.decision->kind, request.type);
            return makeError(ErrorCode::Validation,
                             right ? tr("The decision “%1” is notified by a %2, not a %3.")
                                         .arg(DecisionVocabulary::displayName(facts.decision->kind),
                                              LetterKinds::title(*right), LetterKinds::title(kind))
                                   : tr("No letter notifies the decision “%1” on this request.")
                                         .arg(DecisionVocabulary::displayName(facts.decision->kind)));
        }
    }

    Problems problems;
    const auto date = [&](const QDate &d, const QString &field, const QString &what) -> QString {
        if (!d.isValid()) {
            problems.add(field, tr("%1 is not given.").arg(what));
            return {};
        }
        const QString s = JapaneseEra::format(d, out.digits);
        if (s.isEmpty())
            problems.add(field, tr("%1 falls before 1873.").arg(what));
        return s;
    };
    const auto need = [&](const QString &value, const QString &field, const QString &what) -> QString {
        const QString v = value.trimmed();
        if (v.isEmpty())
            problems.add(field, what);
        return v;
    };

    QVariantMap &v = out.values;
    // The frame.
    v[QStringLiteral("document_number")] = need(facts.documentNumber, QStringLiteral("document_number"),
                                                tr("The document number is not given."));
    v[QStringLiteral("issue_date")]
        = date(facts.issueDate, QStringLiteral("issue_date"), tr("The issue date"));
    const bool toThirdParty = kind == LetterKind::ThirdPartyOpinion;
    const LetterRecipient &to = toThirdParty ? facts.opinion.thirdParty : facts.recipient;
    QString toName = to.name.trimmed();
    if (toName.isEmpty() && !toThirdParty)
        toName = request.requesterName().trimmed();
    v[QStringLiteral("addressee_name")] = need(toName, QStringLiteral("addressee_name"),
                                               toThirdParty ? tr("The third party's name is not given.")
                                                            : tr("The addressee's name is not known."));
    v[QStringLiteral("addressee_postal_code")] = to.postalCode.trimmed();
    v[QStringLiteral("addressee_address")] = need(to.address, QStringLiteral("addressee_address"),
                                                  toThirdParty ? tr("The third party's address is not given.")
                                                               : tr("The addressee's address is not given."));
    for (const RequiredLetterSetting &r : requiredSettings())
        v[r.field] = need(settings.value(r.key), r.field, r.missing);
    v[QStringLiteral("seal_image")] = settings.value(Setting::LetterSeal) == QLatin1String("image");
    v[QStringLiteral("subject")] = LetterKinds::subject(kind, regime, request.type);
    v[QStringLiteral("legal_basis")] = LetterKinds::lawName()
        + article(kind, regime, request.type, decisionKind,
                  kind == LetterKind::Extension && facts.extension.special);
    v[QStringLiteral("request_date")]
        = date(request.received, QStringLiteral("request_date"), tr("The day the request arrived"));
    v[QStringLiteral("contact_person")] = need(facts.personInCharge, QStringLiteral("contact_person"),
                                               tr("The person in charge is not given."));
    v[QStringLiteral("organisation_postal_code")] = settings.value(Setting::PostalCode).trimmed();
    v[QStringLiteral("organisation_address")] = settings.value(Setting::Address).trimmed();
    v[QStringLiteral("public_regime")] = isPublic;
    v[QStringLiteral("private_regime")] = !isPublic;
    v[QStringLiteral("law_name")] = LetterKinds::lawName();
    v[QStringLiteral("data_term")] = LetterKinds::dataTerm(regime);
    v[QStringLiteral("request_name")] = requestName(request.type, regime);
    if (!toThirdParty) {
        const bool agent = request.requester.kind != RequesterKind::Self;
        v[QStringLiteral("agent")] = agent;
        v[QStringLiteral("principal_name")] = need(request.memberName, QStringLiteral("principal_name"),
                                                   tr("The member's name is not known."));
        v[QStringLiteral("agent_kind")] = agentKindName(request.requester.kind);
    }

    const Decision decision = facts.decision.value_or(Decision {});
    const auto decisionData = [&] {
        return need(decision.data, QStringLiteral("data"), tr("The decision does not describe the data."));
    };
    const auto decisionReasons = [&] {
        return need(decision.reasons, QStringLiteral("reasons"), tr("The decision states no reasons."));
    };
    switch (kind) {
    case LetterKind::Disclosure:
    case LetterKind::PartialDisclosure: {
        v[QStringLiteral("data")] = decisionData();
        const DisclosureMethod method
            = decision.method != DisclosureMethod::None ? decision.method : request.method;
        v[QStringLiteral("method")]
            = need(methodText(method), QStringLiteral("method"), tr("The method of disclosure is not set."));
        v[QStringLiteral("fee")] = request.feeYen ? yen(*request.feeYen) : QStringLiteral("なし");
        v[QStringLiteral("postage")] = facts.postageYen ? yen(*facts.postageYen) : QStringLiteral("なし");
        QVariantList enclosures;
        for (const QString &e : facts.enclosures)
            if (!e.trimmed().isEmpty())
                enclosures << item(QStringLiteral("name"), e.trimmed());
        v[QStringLiteral("enclosures")] = enclosures;
        if (kind == LetterKind::Disclosure) {
            const bool changed = decision.kind == DecisionKind::MethodChange;
            v[QStringLiteral("method_changed")] = changed;
            v[QStringLiteral("reasons")] = changed ? decisionReasons() : decision.reasons.trimmed();
        } else {
            QVariantList withheld;
            for (const WithheldPart &p : decision.withheld) {
                const QString ground = groundText(p.ground);
                if (ground.isEmpty())
                    problems.add(QStringLiteral("withheld"),
                                 tr("The ground “%1” is not known.").arg(p.ground));
                withheld << QVariantMap { { QStringLiteral("part"), p.part.trimmed() },
                                          { QStringLiteral("ground"), ground },
                                          { QStringLiteral("reason"), p.reason.trimmed() } };
            }
            if (withheld.isEmpty())
                problems.add(QStringLiteral("withheld"), tr("The decision lists no part not disclosed."));
            v[QStringLiteral("withheld")] = withheld;
            v[QStringLiteral("reasons")] = decision.reasons.trimmed();
        }
        break;
    }
    case LetterKind::NonDisclosure: {
        QStringList requested;
        if (!request.summary.trimmed().isEmpty())
            requested << request.summary.trimmed();
        if (!request.categories.isEmpty())
            requested << QStringLiteral("（") + request.categories.join(QStringLiteral("、"))
                    + QStringLiteral("）");
        if (!request.requestedDetail.trimmed().isEmpty())
            requested << request.requestedDetail.trimmed();
        if (requested.isEmpty())
            requested << decision.data.trimmed();
        v[QStringLiteral("requested")] = need(requested.join(QLatin1Char('\n')), QStringLiteral("requested"),
                                              tr("The request does not say what was requested."));
        const bool notHeld = decision.kind == DecisionKind::NotHeld;
        QVariantList grounds;
        QStringList seen;
        bool neitherConfirmNorDeny = false;
        for (const WithheldPart &p : decision.withheld) {
            if (p.ground.isEmpty() || seen.contains(p.ground))
                continue;
            seen << p.ground;
            neitherConfirmNorDeny = neitherConfirmNorDeny || p.ground == QLatin1String("art81");
            const QString ground = groundText(p.ground);
            if (ground.isEmpty())
                problems.add(QStringLiteral("grounds"), tr("The ground “%1” is not known.").arg(p.ground));
            grounds << item(QStringLiteral("ground"), ground);
        }
        const QString term = LetterKinds::dataTerm(regime);
        QString decisionText;
        if (notHeld)
            decisionText
                = QStringLiteral("請求に係る%1を保有していないため、開示しないこととしました。").arg(term);
        else if (request.type == RequestType::PurposeNotice)
            decisionText = QStringLiteral("請求に係る%1の利用目的を通知しないこととしました。").arg(term);
        else if (neitherConfirmNorDeny)
            decisionText
                = QStringLiteral("請求に係る%1が存在しているか否かを答えるだけで不開示情報を開示する"
                                 "こととなるため、その存否を明らかにしないで、開示をしないこととしました。")
                      .arg(term);
        else
            decisionText = QStringLiteral("請求に係る%1の全部を開示しないこととしました。").arg(term);
        v[QStringLiteral("decision_text")] = decisionText;
        v[QStringLiteral("not_held")] = notHeld;
        v[QStringLiteral("grounds")] = notHeld ? QVariantList() : grounds;
        v[QStringLiteral("reasons")] = decisionReasons();
        break;
    }
    case LetterKind::Correction: {
        v[QStringLiteral("data")] = decisionData();
        QVariantList corrections;
        for (const CorrectionItem &c : decision.corrections)
            corrections << QVariantMap { { QStringLiteral("item"), c.item.trimmed() },
                                         { QStringLiteral("before"), c.before.trimmed() },
                                         { QStringLiteral("after"), c.after.trimmed() } };
        if (corrections.isEmpty())
            problems.add(QStringLiteral("corrections"), tr("The decision lists no correction."));
        v[QStringLiteral("corrections")] = corrections;
        const QString informed = facts.recipientsInformed.trimmed();
        v[QStringLiteral("recipients_informed")] = informed.isEmpty() ? QStringLiteral("なし") : informed;
        break;
    }
    case LetterKind::NoCorrection:
    case LetterKind::NoSuspension:
        v[QStringLiteral("data")] = decisionData();
        v[QStringLiteral("reasons")] = decisionReasons();
        break;
    case LetterKind::Suspension: {
        v[QStringLiteral("data")] = decisionData();
        const bool substitute = decision.kind == DecisionKind::Substitute;
        QString measure = decision.measure.trimmed();
        if (measure.isEmpty() && substitute)
            measure = QStringLiteral("代替措置");
        v[QStringLiteral("measure")]
            = need(measure, QStringLiteral("measure"), tr("The decision does not name the measure."));
        if (substitute && !decision.measureDate.isValid())
            v[QStringLiteral("measure_date")] = QString();
        else
            v[QStringLiteral("measure_date")]
                = date(decision.measureDate, QStringLiteral("measure_date"), tr("The day of the measure"));
        v[QStringLiteral("substitute")] = substitute
            ? need(decision.substitute, QStringLiteral("substitute"),
                   tr("The decision does not describe the substitute measure."))
            : QString();
        v[QStringLiteral("reasons")] = substitute ? decision.reasons.trimmed() : QString();
        break;
    }
    case LetterKind::AmendmentRequest: {
        v[QStringLiteral("missing")] = need(facts.amendment.missing, QStringLiteral("missing"),
                                            tr("The amendment does not say what is missing."));
        const QString supply = facts.amendment.toSupply.trimmed();
        v[QStringLiteral("to_supply")] = supply.isEmpty()
            ? QStringLiteral("上記の事項を補正した請求書（又は必要な書類）をご提出ください。")
            : supply;
        v[QStringLiteral("reply_by")]
            = date(facts.amendment.replyBy, QStringLiteral("reply_by"), tr("The reply-by date"));
        if (settings.value(Setting::Address).trimmed().isEmpty())
            problems.add(
                QStringLiteral("send_to"),
                tr("The organisation's address (setting %1) is needed to say where to send the reply.")
                    .arg(Settings::info(Setting::Address).name));
        v[QStringLiteral("send_to")] = sendTo(settings);
        break;
    }
    case LetterKind::Extension: {
        const ExtensionFacts &x = facts.extension;
        v[QStringLiteral("original_deadline")]
            = date(x.originalDeadline, QStringLiteral("original_deadline"), tr("The original deadline"));
        v[QStringLiteral("new_deadline")]
            = date(x.newDeadline, QStringLiteral("new_deadline"), tr("The new deadline"));
        if (x.originalDeadline.isValid() && x.newDeadline.isValid() && x.newDeadline <= x.originalDeadline)
            problems.add(QStringLiteral("new_deadline"),
                         tr("The new deadline must come after the original one."));
        v[QStringLiteral("extension_reason")] = need(x.reason, QStringLiteral("extension_reason"),
                                                     tr("The reason for the extension is not given."));
        v[QStringLiteral("special_extension")] = x.special;
        break;
    }
    case LetterKind::ThirdPartyOpinion:
        v[QStringLiteral("information")]
            = need(facts.opinion.information, QStringLiteral("information"),
                   tr("The information concerning the third party is not given."));
        v[QStringLiteral("reply_by")]
            = date(facts.opinion.replyBy, QStringLiteral("reply_by"), tr("The reply-by date"));
        if (settings.value(Setting::Address).trimmed().isEmpty())
            problems.add(
                QStringLiteral("send_to"),
                tr("The organisation's address (setting %1) is needed to say where to send the opinion.")
                    .arg(Settings::info(Setting::Address).name));
        v[QStringLiteral("send_to")] = sendTo(settings);
        break;
    case LetterKind::PurposeNotice: {
        v[QStringLiteral("data")] = decisionData();
        QVariantList purposes;
        for (const QString &p : facts.purposes)
            if (!p.trimmed().isEmpty())
                purposes << item(QStringLiteral("purpose"), p.trimmed());
        if (purposes.isEmpty())
            problems.add(QStringLiteral("purposes"), tr("The purposes of use are not given."));
        v[QStringLiteral("purposes")] = purposes;
        break;
    }
    }

    if (!problems.isEmpty())
        return problems.error(kind);
    out.documentTitle = v.value(QStringLiteral("subject")).toString() + QLatin1Char(' ')
        + v.value(QStringLiteral("document_number")).toString();
    return out;
}

} // namespace dsr
