#include "FreeTextFields.h"

#include "LetterService.h"
#include "MemberService.h"
#include "RequestService.h"
#include "WorkflowService.h"

namespace dsr {

namespace {

QString lbl(const char *field)
{
    return RequestService::fieldLabel(QString::fromLatin1(field));
}

QString f(const char *field)
{
    return QString::fromLatin1(field);
}

void checkDecision(FreeTextCheck &c, const Decision &d)
{
    c(f("decision.data"), FreeTextFields::tr("Data concerned"), d.data);
    for (qsizetype i = 0; i < d.withheld.size(); ++i) {
        const WithheldPart &p = d.withheld.at(i);
        const QString n = QString::number(i + 1);
        c(QStringLiteral("decision.withheld.%1.part").arg(n),
          FreeTextFields::tr("Part not disclosed %1").arg(n), p.part);
        c(QStringLiteral("decision.withheld.%1.reason").arg(n),
          FreeTextFields::tr("Reason for part not disclosed %1").arg(n), p.reason);
    }
    for (qsizetype i = 0; i < d.corrections.size(); ++i) {
        const CorrectionItem &k = d.corrections.at(i);
        const QString n = QString::number(i + 1);
        c(QStringLiteral("decision.corrections.%1.item").arg(n),
          FreeTextFields::tr("Correction %1, item").arg(n), k.item);
        c(QStringLiteral("decision.corrections.%1.before").arg(n),
          FreeTextFields::tr("Correction %1, data before").arg(n), k.before);
        c(QStringLiteral("decision.corrections.%1.after").arg(n),
          FreeTextFields::tr("Correction %1, data after").arg(n), k.after);
    }
    c(f("decision.measure"), FreeTextFields::tr("Measure"), d.measure);
    c(f("decision.substitute"), FreeTextFields::tr("Substitute measure"), d.substitute);
    c(f("decision.reasons"), FreeTextFields::tr("Reasons"), d.reasons);
}

} // namespace

QList<FieldError> FreeTextFields::check(Request &r, MyNumberPolicy policy)
{
    FreeTextCheck c(policy);
    r.summary = c.line(f("summary"), lbl("summary"), r.summary);
    r.requester.agentName = c.line(f("agent_name"), lbl("agent_name"), r.requester.agentName);
    r.requester.agentAddress = c.line(f("agent_address"), lbl("agent_address"), r.requester.agentAddress);
    r.requester.agentRelationship
        = c.line(f("agent_relationship"), lbl("agent_relationship"), r.requester.agentRelationship);
    r.requestedDetail = c(f("requested_detail"), lbl("requested_detail"), r.requestedDetail);
    r.notes = c(f("notes"), lbl("notes"), r.notes);
    return c.refused();
}

QList<FieldError> FreeTextFields::check(const Member &m)
{
    FreeTextCheck c;
    const auto label
        = [](const char *field) { return MemberService::fieldLabel(QString::fromLatin1(field)); };
    c.line(f("name"), label("name"), m.name);
    c(f("address"), label("address"), m.address); // a member file may give it in two lines
    c.line(f("affiliation"), label("affiliation"), m.affiliation);
    return c.refused();
}

Status FreeTextFields::check(const Decision &d)
{
    FreeTextCheck c;
    checkDecision(c, d);
    return c.status();
}

QString FreeTextFields::textLabel(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::RequestAmendment:
        return tr("What is missing");
    case WorkflowAction::InquiryAdd:
        return tr("Division");
    case WorkflowAction::InquiryAnswer:
        return tr("Summary of the answer");
    case WorkflowAction::Submit:
        return tr("Note");
    case WorkflowAction::Approve:
    case WorkflowAction::Return:
        return tr("Comment");
    case WorkflowAction::Extend:
        return tr("Reason for the extension");
    case WorkflowAction::OpinionAdd:
        return tr("Third party");
    case WorkflowAction::OpinionAnswer:
        return tr("Answer of the third party");
    case WorkflowAction::Notified:
        return tr("How it was notified");
    case WorkflowAction::Reopen:
        return tr("Reason for reopening");
    case WorkflowAction::Withdraw:
        return tr("Reason for the withdrawal");
    default:
        return tr("Comment");
    }
}

Status FreeTextFields::check(WorkflowAction action, const WorkflowInput &in)
{
    FreeTextCheck c;
    c(f("text"), textLabel(action), in.text);
    if (in.decision)
        checkDecision(c, *in.decision);
    return c.status();
}

Status FreeTextFields::check(const LetterInput &in)
{
    FreeTextCheck c;
    c(f("enclosures"), tr("Enclosure"), in.enclosures);
    c(f("recipients_informed"), tr("Recipients informed of the correction"), in.recipientsInformed);
    c(f("purposes"), tr("Purpose of use"), in.purposes);
    c(f("to_supply"), tr("What to supply"), in.toSupply);
    c(f("third_party_postal_code"), tr("Postal code of the third party"), in.thirdPartyPostalCode);
    c(f("third_party_address"), tr("Address of the third party"), in.thirdPartyAddress);
    c(f("information"), tr("Information concerned"), in.information);
    return c.status();
}

Status FreeTextFields::checkAttachment(const QString &fileName, const QString &description)
{
    FreeTextCheck c;
    c(f("file_name"), tr("The file name"), fileName);
    c(f("description"), tr("The description of the attachment"), description);
    return c.status();
}

Status FreeTextFields::checkReason(const QString &field, const QString &label, const QString &reason)
{
    FreeTextCheck c;
    c(field, label, reason);
    return c.status();
}

} // namespace dsr
