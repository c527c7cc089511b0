#include "WorkflowCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "Logging.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"

#include <QJsonArray>
#include <limits>

namespace dsr::cli {

namespace {

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The request named by its numeric id or receipt number, for anyone who may read requests (the
// service checks and records the read).
Result<Request> resolve(CliContext &ctx, const QString &idOrReceiptNo)
{
    auto found = RequestService(ctx.database()).open(ctx.actor(), idOrReceiptNo);
    if (!found && found.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         WorkflowCommands::tr("There is no request %1.").arg(idOrReceiptNo));
    return found;
}

// A date option of an action: invalid QDate when absent; Validation error when it does not parse.
Result<QDate> dateOption(const Invocation &inv, const QString &option)
{
    if (!inv.has(option))
        return QDate();
    const QDate d = CliInput::parseDate(inv.value(option));
    if (!d.isValid())
        return makeError(
            ErrorCode::Validation,
            WorkflowCommands::tr("--%1 needs a date as YYYY-MM-DD, not “%2”. Nothing was changed.")
                .arg(option, inv.value(option)));
    return d;
}

// "A|B|C" split into exactly three fields.
Result<QStringList> threeFields(const QString &option, const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('|'));
    if (parts.size() != 3)
        return makeError(
            ErrorCode::Usage,
            WorkflowCommands::tr("--%1 needs three parts separated by “|”, not “%2”.").arg(option, value));
    return parts;
}

Result<Decision> decisionFromOptions(const Invocation &inv)
{
    QStringList kinds;
    for (DecisionKind k : DecisionVocabulary::kinds())
        kinds << DecisionVocabulary::id(k);
    if (Status s = CliInput::oneOf(QStringLiteral("kind"), inv.value(QStringLiteral("kind")), kinds); !s)
        return s.error();
    Decision d;
    d.kind = *DecisionVocabulary::fromId(inv.value(QStringLiteral("kind")));
    d.data = inv.value(QStringLiteral("data"));
    for (const QString &w : inv.valueList(QStringLiteral("withheld"))) {
        auto parts = threeFields(QStringLiteral("withheld"), w);
        if (!parts)
            return parts.error();
        d.withheld.append({ parts->at(0).trimmed(), parts->at(1).trimmed(), parts->at(2).trimmed() });
    }
    for (const QString &c : inv.valueList(QStringLiteral("correction"))) {
        auto parts = threeFields(QStringLiteral("correction"), c);
        if (!parts)
            return parts.error();
        d.corrections.append({ parts->at(0).trimmed(), parts->at(1).trimmed(), parts->at(2).trimmed() });
    }
    d.measure = inv.value(QStringLiteral("measure"));
    if (inv.has(QStringLiteral("measure")) && !DecisionVocabulary::measures().contains(d.measure))
        return makeError(
            ErrorCode::Usage,
            WorkflowCommands::tr("--measure takes one of %1, not “%2”.")
                .arg(DecisionVocabulary::measures().join(WorkflowCommands::tr(", ")), d.measure));
    auto measureDate = dateOption(inv, QStringLiteral("measure-date"));
    if (!measureDate)
        return measureDate.error();
    d.measureDate = measureDate.value();
    d.substitute = inv.value(QStringLiteral("substitute"));
    d.reasons = inv.value(QStringLiteral("reasons"));
    if (inv.has(QStringLiteral("method"))) {
        QStringList methods;
        for (DisclosureMethod m : RequestVocabulary::methods())
            methods << RequestVocabulary::id(m);
        if (Status s
            = CliInput::oneOf(QStringLiteral("method"), inv.value(QStringLiteral("method")), methods);
            !s)
            return s.error();
        d.method = *RequestVocabulary::methodFromId(inv.value(QStringLiteral("method")));
    }
    return d;
}

// The WorkflowInput of `action` from the options its command has.
Result<WorkflowInput> inputFor(const Invocation &inv, WorkflowAction action)
{
    WorkflowInput in;
    auto text = [&](const char *option) { return inv.value(QString::fromLatin1(option)); };
    auto date = dateOption(inv, QStringLiteral("date"));
    if (!date)
        return date.error();
    in.date = date.value();
    auto due = [&](const char *option) -> Status {
        auto d = dateOption(inv, QString::fromLatin1(option));
        if (!d)
            return d.error();
        in.dueDate = d.value();
        return {};
    };
    auto item = [&](const char *option) -> Status {
        auto n = CliInput::positiveNumber(inv, QString::fromLatin1(option), std::numeric_limits<int>::max());
        if (!n)
            return n.error();
        in.itemId = n.value();
        return {};
    };
    Status s;
    switch (action) {
    case WorkflowAction::VerifyIdentity: {
        in.documentType = text("id-document");
        auto cert = dateOption(inv, QStringLiteral("residence-certificate"));
        if (!cert)
            return cert.error();
        in.date = cert.value();
        break;
    }
    case WorkflowAction::RequestAmendment:
        in.text = text("missing");
        s = due("reply-by");
        break;
    case WorkflowAction::InquiryAdd:
        in.text = text("division");
        s = due("due");
        break;
    case WorkflowAction::InquiryAnswer:
        in.text = text("summary");
        s = item("inquiry");
        break;
    case WorkflowAction::Draft: {
        auto d = decisionFromOptions(inv);
        if (!d)
            return d.error();
        in.decision = d.value();
        break;
    }
    case WorkflowAction::Submit:
        in.text = text("note");
        break;
    case WorkflowAction::Approve:
    case WorkflowAction::Return:
        in.text = text("comment");
        break;
    case WorkflowAction::Extend:
        in.text = text("reason");
        in.flag = inv.has(QStringLiteral("special"));
        s = due("to");
        break;
    case WorkflowAction::OpinionAdd:
        in.text = text("third-party");
        s = due("reply-by");
        break;
    case WorkflowAction::OpinionAnswer:
        in.text = text("answer");
        in.flag = inv.has(QStringLiteral("objection"));
        s = item("opinion");
        break;
    case WorkflowAction::Notified:
        in.text = text("method");
        break;
    case WorkflowAction::Reopen:
        in.text = text("reason");
        break;
    case WorkflowAction::AmendmentReceived:
    case WorkflowAction::Investigate:
    case WorkflowAction::Withdraw:
    case WorkflowAction::Close:
        break;
    }
    if (!s)
        return s.error();
    auto version = CliInput::expectedVersion(inv);
    if (!version)
        return version.error();
    in.expectedVersion = version.value();
    return in;
}

QString roleList(const QList<Role> &steps)
{
    QStringList ids;
    for (Role r : steps)
        ids << Roles::id(r);
    return ids.join(QLatin1Char(','));
}

QJsonArray roleArray(const QList<Role> &steps)
{
    QJsonArray out;
    for (Role r : steps)
        out.append(Roles::id(r));
    return out;
}

QJsonObject detailsJson(const Request &r, const WorkflowDetails &d)
{
    QJsonValue decision;
    if (d.decision) {
        QJsonObject o = d.decision->toJson();
        o.insert(QStringLiteral("kind"), DecisionVocabulary::id(d.decision->kind));
        o.insert(QStringLiteral("drafted_by"), textJson(d.decision->draftedByLogin));
        o.insert(QStringLiteral("drafted_at"), timeJson(d.decision->draftedAt));
        decision = o;
    }
    QJsonArray amendments;
    for (const Amendment &a : d.amendments)
        amendments.append(QJsonObject { { QStringLiteral("id"), a.id },
                                        { QStringLiteral("requested_on"), dateJson(a.requestedOn) },
                                        { QStringLiteral("missing"), a.missing },
                                        { QStringLiteral("reply_by"), dateJson(a.replyBy) },
                                        { QStringLiteral("received_on"), dateJson(a.receivedOn) } });
    QJsonArray inquiries;
    for (const Inquiry &i : d.inquiries)
        inquiries.append(QJsonObject { { QStringLiteral("id"), i.id },
                                       { QStringLiteral("division"), i.division },
                                       { QStringLiteral("sent_on"), dateJson(i.sentOn) },
                                       { QStringLiteral("due_on"), dateJson(i.dueOn) },
                                       { QStringLiteral("answered_on"), dateJson(i.answeredOn) },
                                       { QStringLiteral("summary"), textJson(i.summary) } });
    QJsonArray opinions;
    for (const Opinion &o : d.opinions)
        opinions.append(QJsonObject { { QStringLiteral("id"), o.id },
                                      { QStringLiteral("third_party"), o.thirdParty },
                                      { QStringLiteral("sent_on"), dateJson(o.sentOn) },
                                      { QStringLiteral("reply_by"), dateJson(o.replyBy) },
                                      { QStringLiteral("answered_on"), dateJson(o.answeredOn) },
                                      { QStringLiteral("answer"), textJson(o.answer) },
                                      { QStringLiteral("objection"), o.objection } });
    QJsonArray steps;
    for (const ApprovalStep &s : d.steps)
        steps.append(QJsonObject { { QStringLiteral("id"), s.id },
                                   { QStringLiteral("round"), s.round },
                                   { QStringLiteral("step"), s.stepNo },
                                   { QStringLiteral("role"), Roles::id(s.role) },
                                   { QStringLiteral("outcome"), textJson(s.outcome) },
                                   { QStringLiteral("decided_by"), textJson(s.decidedByLogin) },
                                   { QStringLiteral("decided_at"), timeJson(s.decidedAt) },
                                   { QStringLiteral("comment"), textJson(s.comment) } });
    QJsonObject object = WorkflowCommands::briefJson(r);
    object.insert(QStringLiteral("decision"), decision);
    object.insert(QStringLiteral("amendments"), amendments);
    object.insert(QStringLiteral("inquiries"), inquiries);
    object.insert(QStringLiteral("opinions"), opinions);
    object.insert(QStringLiteral("approval_steps"), steps);
    object.insert(QStringLiteral("extension"),
                  QJsonObject { { QStringLiteral("extended_to"), dateJson(d.extendedTo) },
                                { QStringLiteral("special_extension_to"), dateJson(d.specialExtensionTo) },
                                { QStringLiteral("reason"), textJson(d.extensionReason) } });
    object.insert(QStringLiteral("decided_on"), dateJson(d.decidedOn));
    object.insert(QStringLiteral("notified_on"), dateJson(d.notifiedOn));
    object.insert(QStringLiteral("notified_method"), textJson(d.notifiedMethod));
    object.insert(QStringLiteral("withdrawn_on"), dateJson(d.withdrawnOn));
    object.insert(QStringLiteral("disclosure_not_before"), dateJson(d.disclosureNotBefore));
    object.insert(QStringLiteral("deadline_explain"), QJsonArray::fromStringList(d.deadlineExplain));
    return object;
}

QString detailsText(const Request &r, const WorkflowDetails &d)
{
    QStringList lines;
    lines << WorkflowCommands::tr("%1: %2, deadline %3, act by %4")
                 .arg(r.receiptNo, RequestVocabulary::displayName(r.status), dateText(r.deadline),
                      dateText(r.actBy));
    if (d.decision) {
        lines << WorkflowCommands::tr("Decision: %1, drafted by %2")
                     .arg(DecisionVocabulary::displayName(d.decision->kind), d.decision->draftedByLogin);
        if (!d.decision->data.isEmpty())
            lines << QStringLiteral("  ") + d.decision->data;
        for (const WithheldPart &w : d.decision->withheld)
            lines << WorkflowCommands::tr("  Not disclosed: %1 (%2): %3")
                         .arg(w.part, DecisionVocabulary::groundName(w.ground), w.reason);
        for (const CorrectionItem &c : d.decision->corrections)
            lines << WorkflowCommands::tr("  Correction: %1: %2 → %3").arg(c.item, c.before, c.after);
        if (!d.decision->measure.isEmpty())
            lines << WorkflowCommands::tr("  Measure: %1 on %2")
                         .arg(d.decision->measure, dateText(d.decision->measureDate));
        if (!d.decision->substitute.isEmpty())
            lines << WorkflowCommands::tr("  Substitute measure: %1").arg(d.decision->substitute);
        if (!d.decision->reasons.isEmpty())
            lines << WorkflowCommands::tr("  Reasons: %1").arg(d.decision->reasons);
    } else {
        lines << WorkflowCommands::tr("Decision: not drafted yet");
    }
    for (const Amendment &a : d.amendments)
        lines << WorkflowCommands::tr("Amendment %1: asked %2, reply by %3, received %4: %5")
                     .arg(QString::number(a.id), dateText(a.requestedOn), dateText(a.replyBy),
                          dateText(a.receivedOn), a.missing);
    for (const Inquiry &i : d.inquiries)
        lines << WorkflowCommands::tr("Inquiry %1 to %2: sent %3, due %4, answered %5")
                     .arg(QString::number(i.id), i.division, dateText(i.sentOn), dateText(i.dueOn),
                          dateText(i.answeredOn));
    for (const Opinion &o : d.opinions)
        lines << WorkflowCommands::tr("Opinion %1 from %2: sent %3, reply by %4, answered %5%6")
                     .arg(QString::number(o.id), o.thirdParty, dateText(o.sentOn), dateText(o.replyBy),
                          dateText(o.answeredOn),
                          o.objection ? WorkflowCommands::tr(" (objection)") : QString());
    for (const ApprovalStep &s : d.steps)
        lines << WorkflowCommands::tr("Approval round %1 step %2 (%3): %4")
                     .arg(QString::number(s.round), QString::number(s.stepNo), Roles::displayName(s.role),
                          s.outcome.isEmpty()
                              ? WorkflowCommands::tr("waiting")
                              : WorkflowCommands::tr("%1 by %2").arg(s.outcome, s.decidedByLogin));
    if (d.extendedTo.isValid())
        lines << WorkflowCommands::tr("Extended to %1: %2").arg(dateText(d.extendedTo), d.extensionReason);
    if (d.specialExtensionTo.isValid())
        lines
            << WorkflowCommands::tr("Special extension (art. 84) to %1").arg(dateText(d.specialExtensionTo));
    if (d.notifiedOn.isValid())
        lines << WorkflowCommands::tr("Notified on %1 by %2").arg(dateText(d.notifiedOn), d.notifiedMethod);
    if (d.withdrawnOn.isValid())
        lines << WorkflowCommands::tr("Withdrawn on %1").arg(dateText(d.withdrawnOn));
    if (!d.deadlineExplain.isEmpty()) {
        lines << WorkflowCommands::tr("Deadline:");
        for (const QString &e : d.deadlineExplain)
            lines << QStringLiteral("  ") + e;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QJsonObject WorkflowCommands::briefJson(const Request &r)
{
    return { { QStringLiteral("id"), r.id },
             { QStringLiteral("receipt_no"), r.receiptNo },
             { QStringLiteral("status"), RequestVocabulary::id(r.status) },
             { QStringLiteral("deadline"), dateJson(r.deadline) },
             { QStringLiteral("act_by"), dateJson(r.actBy) },
             { QStringLiteral("version"), r.version } };
}

Status WorkflowCommands::perform(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString actionId = inv.command->path.section(QLatin1Char(' '), 1);
    const auto action = RequestWorkflow::fromId(actionId);
    if (!action)
        return makeError(ErrorCode::Usage, tr("There is no workflow action “%1”.").arg(actionId));
    WorkflowService service(ctx.database());
    auto input = inputFor(inv, *action);
    if (!input)
        return input.error();
    auto found = resolve(ctx, ctx.positional(0));
    if (!found)
        return found.error();
    auto after = service.perform(ctx.actor(), found->id, *action, input.value());
    if (!after)
        return after.error();
    qCInfo(lcCli).noquote() << "workflow action" << actionId << "on request id" << after->id;
    if (inv.has(QStringLiteral("json")))
        Console::json(briefJson(after.value()));
    else
        Console::out(tr("%1 is now “%2” (deadline %3, act by %4).")
                         .arg(after->receiptNo, RequestVocabulary::displayName(after->status),
                              dateText(after->deadline), dateText(after->actBy)));
    return {};
}

Status WorkflowCommands::workflow(CliContext &ctx)
{
    WorkflowService service(ctx.database());
    auto found = resolve(ctx, ctx.positional(0));
    if (!found)
        return found.error();
    auto details = service.details(ctx.actor(), found->id);
    if (!details)
        return details.error();
    if (ctx.invocation().has(QStringLiteral("json")))
        Console::json(detailsJson(found.value(), details.value()));
    else
        Console::out(detailsText(found.value(), details.value()));
    return {};
}

Status WorkflowCommands::inbox(CliContext &ctx)
{
    WorkflowService service(ctx.database());
    auto waiting = service.approvalInbox(ctx.actor());
    if (!waiting)
        return waiting.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Request &r : waiting.value())
            out.append(briefJson(r));
        Console::json(out);
        return {};
    }
    QList<QStringList> rows { { tr("Receipt no."), tr("Type"), tr("Deadline"), tr("Act by"),
                                tr("Assigned") } };
    for (const Request &r : waiting.value())
        rows.append({ r.receiptNo, RequestVocabulary::displayName(r.type), dateText(r.deadline),
                      dateText(r.actBy), r.assignedLogin.isEmpty() ? QStringLiteral("-") : r.assignedLogin });
    Console::out(rows.size() == 1 ? tr("No request waits for your approval.") : Console::columns(rows));
    return {};
}

Status WorkflowCommands::routeList(CliContext &ctx)
{
    WorkflowService service(ctx.database());
    auto routes = service.routes(ctx.actor());
    if (!routes)
        return routes.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const RouteRow &r : routes.value())
            out.append(QJsonObject { { QStringLiteral("type"), r.requestType },
                                     { QStringLiteral("kind"), r.decisionKind },
                                     { QStringLiteral("steps"), roleArray(r.steps) } });
        Console::json(out);
        return {};
    }
    QList<QStringList> rows { { tr("Type"), tr("Decision kind"), tr("Steps") } };
    for (const RouteRow &r : routes.value())
        rows.append({ r.requestType, r.decisionKind, roleList(r.steps) });
    Console::out(Console::columns(rows));
    return {};
}

Status WorkflowCommands::routeSet(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString type = ctx.positional(0);
    const QString kind = ctx.positional(1);
    if (type != QLatin1String("*")) {
        QStringList types;
        for (RequestType t : RequestVocabulary::types())
            types << RequestVocabulary::id(t);
        if (Status s
            = CliInput::oneOf(QStringLiteral("TYPE"), type, types + QStringList { QStringLiteral("*") });
            !s)
            return s;
    }
    if (kind != QLatin1String("*")) {
        QStringList kinds;
        for (DecisionKind k : DecisionVocabulary::kinds())
            kinds << DecisionVocabulary::id(k);
        if (Status s
            = CliInput::oneOf(QStringLiteral("KIND"), kind, kinds + QStringList { QStringLiteral("*") });
            !s)
            return s;
    }
    QList<Role> steps;
    for (const QString &word :
         inv.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = Roles::fromId(word.trimmed());
        if (!role)
            return makeError(ErrorCode::Usage,
                             tr("Unknown role “%1” in --steps; run “dsrctl help route set” for the roles.")
                                 .arg(word.trimmed()));
        steps.append(*role);
    }
    WorkflowService service(ctx.database());
    if (Status s = service.setRoute(ctx.actor(), type, kind, steps); !s)
        return s;
    qCInfo(lcCli).noquote() << "approval route set for" << type << kind;
    Console::out(tr("Route for %1 × %2: %3.").arg(type, kind, roleList(steps)));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

namespace {

// "request ACTION ID": the action's own options, then --expect-version and --json.
CommandSpec actionSpec(const QString &action, QList<OptionSpec> options, const char *summary,
                       const char *details = nullptr)
{
    options.append({ QStringLiteral("expect-version"), QStringLiteral("N"),
                     QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Refuse (exit 5) unless the request is still at version N, i.e. "
                                       "nobody changed it since you looked.") });
    options.append({ QStringLiteral("json"), QString(),
                     QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Print the request afterwards as JSON: id, receipt_no, status, "
                                       "deadline, act_by and version.") });
    return { .path = QStringLiteral("request ") + action,
             .positionals = { QStringLiteral("ID") },
             .options = options,
             .summary = summary,
             .details = details,
             .needsUser = true,
             .run = &WorkflowCommands::perform };
}

const OptionSpec kActionDate {
    QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CommandCatalog", "The day it happened (default today); never in the future.")
};

} // namespace

QList<CommandSpec> WorkflowCommands::commands()
{
    const OptionSpec kJson = CommandCatalog::jsonOption();
    return {
        actionSpec(QStringLiteral("verify-identity"),
                   { { QStringLiteral("id-document"), QStringLiteral("DOCUMENT"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "The identity document checked (see Identity documents)."),
                       true },
                     { QStringLiteral("residence-certificate"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "Issue date of the certificate of residence; required for a "
                                         "request by mail.") } },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record that the requester's identity was verified.")),
        actionSpec(QStringLiteral("request-amendment"),
                   { { QStringLiteral("missing"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "What is missing from the request."), true },
                     { QStringLiteral("reply-by"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The day the amendment is expected by."), true },
                     kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Ask the requester to amend the request (補正); the deadline pauses "
                                     "until it arrives.")),
        actionSpec(QStringLiteral("amendment-received"), { kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Record that the amended request arrived; the deadline runs again.")),
        actionSpec(QStringLiteral("investigate"), {},
                   QT_TRANSLATE_NOOP("CommandCatalog", "Start investigating the requested data.")),
        actionSpec(QStringLiteral("inquiry-add"),
                   { { QStringLiteral("division"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The division asked about the data."), true },
                     { QStringLiteral("due"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The day the answer is due.") },
                     kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record an inquiry sent to a division (照会).")),
        actionSpec(
            QStringLiteral("inquiry-answer"),
            { { QStringLiteral("inquiry"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The inquiry's id as “request workflow” shows it."),
                true },
              { QStringLiteral("summary"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "What the division answered, in short.") },
              kActionDate },
            QT_TRANSLATE_NOOP("CommandCatalog", "Record a division's answer to an inquiry.")),
        actionSpec(
            QStringLiteral("draft"),
            { { QStringLiteral("kind"), QStringLiteral("KIND"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The decision kind (see Decision kinds)."), true },
              { QStringLiteral("data"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The data disclosed or concerned.") },
              { QStringLiteral("withheld"), QStringLiteral("PART|GROUND|REASON"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "A part not disclosed, its legal ground (see Grounds) and the reason; "
                                  "repeat for each part."),
                false, std::nullopt, true },
              { QStringLiteral("correction"), QStringLiteral("ITEM|BEFORE|AFTER"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "An item corrected, with the data before and after; repeat for each item."),
                false, std::nullopt, true },
              { QStringLiteral("measure"), QStringLiteral("MEASURE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The measure taken (see Measures); needs --measure-date.") },
              { QStringLiteral("measure-date"), QStringLiteral("YYYY-MM-DD"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The day the measure was carried out.") },
              { QStringLiteral("substitute"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The substitute measure, for the kind substitute.") },
              { QStringLiteral("reasons"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The reasons (art. 36), required for refusals and partial decisions.") },
              { QStringLiteral("method"), QStringLiteral("paper|electronic|viewing"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The disclosure method decided.") } },
            QT_TRANSLATE_NOOP("CommandCatalog", "Draft the decision; a new draft replaces the previous one."),
            QT_TRANSLATE_NOOP("CommandCatalog",
                              "The identity must be verified first. What the kind needs is checked: parts "
                              "withheld with grounds, corrections, the measure and its date, reasons.")),
        actionSpec(QStringLiteral("submit"),
                   { { QStringLiteral("note"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "Why the decision need not wait for open inquiries; required "
                                         "while any is unanswered.") } },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Submit the draft for approval along the route for its type and kind.")),
        actionSpec(QStringLiteral("approve"),
                   { { QStringLiteral("comment"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "A comment kept with the approval step.") } },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Approve the current approval step; the last step decides the request."),
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Only the role of the current step may approve, and never the person "
                                     "who drafted the decision (exit 3). Two desks approving the same step: "
                                     "one wins, the other exits with 5.")),
        actionSpec(QStringLiteral("return"),
                   { { QStringLiteral("comment"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "Why the draft is returned; required (exit 1 without it).") } },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Return the draft to the clerk for redrafting.")),
        actionSpec(QStringLiteral("withdraw"), { kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record that the requester withdrew the request.")),
        actionSpec(
            QStringLiteral("extend"),
            { { QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The new deadline."), true },
              { QStringLiteral("reason"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The reason for the extension."), true },
              { QStringLiteral("special"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The art. 84 special extension for a very large amount of data.") } },
            QT_TRANSLATE_NOOP("CommandCatalog",
                              "Extend the deadline (public regime): once by at most 30 days, or "
                              "the art. 84 special extension.")),
        actionSpec(QStringLiteral("opinion-add"),
                   { { QStringLiteral("third-party"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The third party asked for an opinion."), true },
                     { QStringLiteral("reply-by"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The day the opinion is expected by."), true },
                     kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record a request for a third party's opinion.")),
        actionSpec(
            QStringLiteral("opinion-answer"),
            { { QStringLiteral("opinion"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The opinion's id as “request workflow” shows it."),
                true },
              { QStringLiteral("answer"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "What the third party answered.") },
              { QStringLiteral("objection"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The third party objects: disclosure waits two weeks after the "
                                  "decision.") },
              kActionDate },
            QT_TRANSLATE_NOOP("CommandCatalog", "Record a third party's opinion.")),
        actionSpec(
            QStringLiteral("notified"),
            { { QStringLiteral("method"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "How the decision was notified (mail, counter …)."),
                true },
              kActionDate },
            QT_TRANSLATE_NOOP("CommandCatalog", "Record that the requester was notified of the decision.")),
        actionSpec(QStringLiteral("close"), {}, QT_TRANSLATE_NOOP("CommandCatalog", "Close the request.")),
        actionSpec(QStringLiteral("reopen"),
                   { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "Why the request is reopened."), true } },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Reopen a closed request.")),
        { .path = QStringLiteral("request workflow"),
          .positionals = { QStringLiteral("ID") },
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Show a request's decision, amendments, inquiries, opinions, approval "
                                       "steps, extension and how its deadline was computed."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "JSON: id, receipt_no, status, deadline, act_by, version, decision (kind, data, withheld, "
              "corrections, measure, measure_date, substitute, reasons, method, drafted_by, drafted_at), "
              "amendments, inquiries, opinions, approval_steps (id, round, step, role, outcome, decided_by, "
              "decided_at, comment), extension, decided_on, notified_on, notified_method, withdrawn_on, "
              "disclosure_not_before and deadline_explain."),
          .needsUser = true,
          .run = &WorkflowCommands::workflow },
        { .path = QStringLiteral("request inbox"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "List the requests waiting for your approval, the earliest deadline "
                                       "first."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with id, receipt_no, status, deadline, "
                                       "act_by and version."),
          .needsUser = true,
          .run = &WorkflowCommands::inbox },
        { .path = QStringLiteral("route list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "List the approval routes by request type and decision kind."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with type, kind (“*” for any) and steps "
                                       "(role ids in order)."),
          .needsUser = true,
          .run = &WorkflowCommands::routeList },
        { .path = QStringLiteral("route set"),
          .positionals = { QStringLiteral("TYPE|*"), QStringLiteral("KIND|*") },
          .options = { { QStringLiteral("steps"), QStringLiteral("ROLE,ROLE…"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "The approving roles in order, e.g. chief,manager or "
                                           "chief,manager,privacy_officer (one to six)."),
                         true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Set the approval route for a request type and decision kind "
                                       "(administrators)."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "“*” stands for any type or kind; the most specific route applies. "
                                       "The route is taken when a draft is submitted, so requests already "
                                       "in approval keep theirs."),
          .needsUser = true,
          .run = &WorkflowCommands::routeSet },
    };
}

} // namespace dsr::cli
