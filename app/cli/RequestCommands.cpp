#include "RequestCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "Logging.h"
#include "security/FileInput.h"
#include "services/MemberService.h"
#include "services/RequestService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace dsr::cli {

namespace {

// The service's field names and the options that fill them.
FormProblems requestProblems()
{
    return FormProblems({
        { QStringLiteral("type"), QStringLiteral("type") },
        { QStringLiteral("member"), QStringLiteral("member") },
        { QStringLiteral("received"), QStringLiteral("received") },
        { QStringLiteral("channel"), QStringLiteral("channel") },
        { QStringLiteral("summary"), QStringLiteral("summary") },
        { QStringLiteral("requester_kind"), QStringLiteral("agent-kind") },
        { QStringLiteral("agent_name"), QStringLiteral("agent-name") },
        { QStringLiteral("agent_address"), QStringLiteral("agent-address") },
        { QStringLiteral("agent_relationship"), QStringLiteral("agent-relationship") },
        { QStringLiteral("agent_evidence"), QStringLiteral("agent-evidence") },
        { QStringLiteral("id_document"), QStringLiteral("id-document") },
        { QStringLiteral("residence_certificate"), QStringLiteral("residence-certificate") },
        { QStringLiteral("categories"), QStringLiteral("category") },
        { QStringLiteral("requested_detail"), QStringLiteral("detail") },
        { QStringLiteral("method"), QStringLiteral("method") },
        { QStringLiteral("fee"), QStringLiteral("fee") },
        { QStringLiteral("fee_paid"), QStringLiteral("fee-paid") },
        { QStringLiteral("notes"), QStringLiteral("notes") },
        { QStringLiteral("assigned_to"), QStringLiteral("assign") },
    });
}

// The options "request edit" accepts besides --json and --mask-my-number.
const QStringList &formOptions()
{
    static const QStringList options {
        QStringLiteral("type"),
        QStringLiteral("member"),
        QStringLiteral("received"),
        QStringLiteral("channel"),
        QStringLiteral("summary"),
        QStringLiteral("agent-kind"),
        QStringLiteral("agent-name"),
        QStringLiteral("agent-address"),
        QStringLiteral("agent-relationship"),
        QStringLiteral("agent-evidence"),
        QStringLiteral("id-document"),
        QStringLiteral("residence-certificate"),
        QStringLiteral("category"),
        QStringLiteral("detail"),
        QStringLiteral("method"),
        QStringLiteral("fee"),
        QStringLiteral("fee-paid"),
        QStringLiteral("notes"),
        QStringLiteral("assign"),
    };
    return options;
}

template<typename E> QStringList idsOf(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << RequestVocabulary::id(v);
    return out;
}

QString label(const char *field)
{
    return RequestService::fieldLabel(QString::fromLatin1(field));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString normalisedNumber(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

// Copies the options given on the command line onto `r`. Unknown identifiers are usage errors;
// values that do not parse are recorded in `problems`; an unknown member is "not found".
Status applyOptions(CliContext &ctx, Request &r, FormProblems &problems)
{
    const Invocation &inv = ctx.invocation();
    auto given = [&](const char *option) { return inv.has(QString::fromLatin1(option)); };
    auto text = [&](const char *option) { return inv.value(QString::fromLatin1(option)); };

    if (given("type")) {
        if (Status s
            = CliInput::oneOf(QStringLiteral("type"), text("type"), idsOf(RequestVocabulary::types()));
            !s)
            return s;
        r.type = *RequestVocabulary::typeFromId(text("type"));
    }
    if (given("channel")) {
        if (Status s = CliInput::oneOf(QStringLiteral("channel"), text("channel"),
                                       idsOf(RequestVocabulary::channels()));
            !s)
            return s;
        r.channel = *RequestVocabulary::channelFromId(text("channel"));
    }
    if (given("agent-kind")) {
        if (Status s = CliInput::oneOf(QStringLiteral("agent-kind"), text("agent-kind"),
                                       idsOf(RequestVocabulary::requesterKinds()));
            !s)
            return s;
        r.requester.kind = *RequestVocabulary::requesterKindFromId(text("agent-kind"));
        if (r.requester.kind == RequesterKind::Self)
            r.requester = Requester {};
    }
    if (given("method")) {
        if (text("method").isEmpty()) {
            r.method = DisclosureMethod::None;
        } else {
            if (Status s = CliInput::oneOf(QStringLiteral("method"), text("method"),
                                           idsOf(RequestVocabulary::methods()));
                !s)
                return s;
            r.method = *RequestVocabulary::methodFromId(text("method"));
        }
    }
    for (const char *option : { "agent-name", "agent-address", "agent-relationship", "agent-evidence" })
        if (given(option) && r.requester.kind == RequesterKind::Self)
            return makeError(ErrorCode::Usage,
                             RequestCommands::tr("--%1 applies only to a request made by an agent; add "
                                                 "--agent-kind statutory or --agent-kind appointed.")
                                 .arg(QString::fromLatin1(option)));
    if (given("agent-name"))
        r.requester.agentName = text("agent-name");
    if (given("agent-address"))
        r.requester.agentAddress = text("agent-address");
    if (given("agent-relationship"))
        r.requester.agentRelationship = text("agent-relationship");
    if (given("agent-evidence"))
        r.requester.agentEvidence = text("agent-evidence").trimmed();

    if (given("member")) {
        const QString number = normalisedNumber(text("member"));
        // Through the service: looking a member up is a read of their data, and recorded.
        auto member = MemberService(ctx.database()).open(ctx.actor(), number);
        if (!member)
            return member.error().code == ErrorCode::NotFound
                ? makeError(ErrorCode::NotFound,
                            RequestCommands::tr("There is no member with the number %1.").arg(text("member")))
                : member.error();
        r.memberId = member->id;
        r.memberNumber = member->memberNumber;
        r.memberName = member->name;
    }
    if (given("received"))
        r.received
            = problems.date(inv, QStringLiteral("received"), QStringLiteral("received"), label("received"));
    if (given("summary"))
        r.summary = text("summary");
    if (given("id-document")) {
        const QString document = text("id-document").trimmed();
        if (document != r.identity.documentType) {
            // A different document is a new check: by the acting user, now.
            r.identity.documentType = document;
            r.identity.checkedBy = 0;
            r.identity.checkedByLogin.clear();
            r.identity.checkedAt = QDateTime();
        }
    }
    if (given("residence-certificate"))
        r.identity.residenceCertificateIssued
            = problems.date(inv, QStringLiteral("residence-certificate"),
                            QStringLiteral("residence_certificate"), label("residence_certificate"));
    if (given("category")) {
        static const QRegularExpression separators(QStringLiteral("[,、，]"));
        QStringList categories;
        for (const QString &value : inv.valueList(QStringLiteral("category")))
            for (const QString &part : value.split(separators, Qt::SkipEmptyParts))
                if (!part.trimmed().isEmpty())
                    categories << part.trimmed();
        r.categories = categories;
    }
    if (given("detail"))
        r.requestedDetail = text("detail");
    if (given("fee"))
        r.feeYen = problems.amount(inv, QStringLiteral("fee"), QStringLiteral("fee"), label("fee"));
    if (given("fee-paid"))
        r.feePaid
            = problems.date(inv, QStringLiteral("fee-paid"), QStringLiteral("fee_paid"), label("fee_paid"));
    if (given("notes"))
        r.notes = text("notes");
    if (given("assign")) {
        const QString login = text("assign").trimmed();
        r.assignedTo = 0;
        r.assignedLogin.clear();
        if (!login.isEmpty()) {
            auto user = RequestService(ctx.database()).assigneeByLogin(ctx.actor(), login);
            if (!user)
                return user.error();
            if (!user.value())
                problems.add(
                    QStringLiteral("assigned_to"),
                    RequestCommands::tr("There is no account “%1” to assign the request to.").arg(login));
            else
                r.assignedTo = *user.value();
        }
    }
    return {};
}

// The request named by a numeric id or a receipt number, for the commands that change it: the
// service checks the right to register first, so that a refused user cannot probe which requests
// exist, and records the read.
Result<Request> findForChange(CliContext &ctx, RequestService &requests, const QString &idOrReceiptNo)
{
    auto found = requests.openForChange(ctx.actor(), normalisedNumber(idOrReceiptNo));
    if (!found && found.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         RequestCommands::tr("There is no request %1.").arg(idOrReceiptNo));
    return found;
}

QJsonObject historyJson(const RequestHistoryEntry &h)
{
    return { { QStringLiteral("at"), timeJson(h.at) },
             { QStringLiteral("user"), h.userLogin },
             { QStringLiteral("action"), h.action },
             { QStringLiteral("field"), textJson(h.field) },
             { QStringLiteral("before"), h.before },
             { QStringLiteral("after"), h.after },
             { QStringLiteral("comment"), textJson(h.comment) } };
}

QString requesterText(const Request &r)
{
    if (r.requester.kind == RequesterKind::Self)
        return RequestVocabulary::displayName(r.requester.kind);
    return RequestCommands::tr("%1 (%2): %3, %4; relationship %5; evidence %6")
        .arg(RequestVocabulary::displayName(r.requester.kind), RequestVocabulary::id(r.requester.kind),
             r.requester.agentName, r.requester.agentAddress, r.requester.agentRelationship,
             r.requester.agentEvidence);
}

QString identityText(const Request &r)
{
    if (r.identity.documentType.isEmpty())
        return RequestCommands::tr("not checked yet");
    return RequestCommands::tr("%1 (%2), checked by %3 at %4")
        .arg(r.identity.documentType, RequestVocabulary::idDocumentName(r.identity.documentType),
             r.identity.checkedByLogin.isEmpty() ? QStringLiteral("-") : r.identity.checkedByLogin,
             r.identity.checkedAt.toUTC().toString(Qt::ISODate));
}

QString feeText(const Request &r)
{
    if (!r.feeYen)
        return QStringLiteral("-");
    if (r.feePaid.isValid())
        return RequestCommands::tr("%1 yen, paid on %2").arg(*r.feeYen).arg(dateText(r.feePaid));
    return RequestCommands::tr("%1 yen, not paid yet").arg(*r.feeYen);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString requestDetails(const Request &r, const QList<Attachment> &attachments,
                       const QList<RequestHistoryEntry> &history)
{
    QList<QStringList> rows {
        { RequestCommands::tr("Receipt number:"),
          RequestCommands::tr("%1 (id %2)").arg(r.receiptNo).arg(r.id) },
        { label("type") + QLatin1Char(':'),
          QStringLiteral("%1 (%2)").arg(RequestVocabulary::id(r.type),
                                        RequestVocabulary::displayName(r.type)) },
        { RequestCommands::tr("Status:"),
          QStringLiteral("%1 (%2)").arg(RequestVocabulary::id(r.status),
                                        RequestVocabulary::displayName(r.status)) },
        { label("received") + QLatin1Char(':'), dateText(r.received) },
        { label("channel") + QLatin1Char(':'), RequestVocabulary::id(r.channel) },
        { label("deadline") + QLatin1Char(':'), dateText(r.deadline) },
        { RequestCommands::tr("Act by:"), orDash(dateText(r.actBy)) },
        { label("member") + QLatin1Char(':'), QStringLiteral("%1 %2").arg(r.memberNumber, r.memberName) },
        { label("requester_kind") + QLatin1Char(':'), requesterText(r) },
        { label("id_document") + QLatin1Char(':'), identityText(r) },
        { label("residence_certificate") + QLatin1Char(':'),
          orDash(dateText(r.identity.residenceCertificateIssued)) },
        { label("summary") + QLatin1Char(':'), r.summary },
        { label("categories") + QLatin1Char(':'), orDash(r.categories.join(RequestCommands::tr(", "))) },
        { label("requested_detail") + QLatin1Char(':'), orDash(r.requestedDetail) },
        { label("method") + QLatin1Char(':'), orDash(RequestVocabulary::id(r.method)) },
        { label("fee") + QLatin1Char(':'), feeText(r) },
        { label("notes") + QLatin1Char(':'), orDash(r.notes) },
        { label("assigned_to") + QLatin1Char(':'), orDash(r.assignedLogin) },
    };
    QStringList parts { Console::columns(rows) };

    QStringList attached { RequestCommands::tr("Attachments:") };
    if (attachments.isEmpty()) {
        attached << QStringLiteral("  -");
    } else {
        QList<QStringList> table { { RequestCommands::tr("ID"), RequestCommands::tr("File"),
                                     RequestCommands::tr("Type"), RequestCommands::tr("Bytes"),
                                     RequestCommands::tr("Added"), RequestCommands::tr("By"),
                                     RequestCommands::tr("SHA-256"), RequestCommands::tr("Description") } };
        for (const Attachment &a : attachments)
            table << QStringList { QString::number(a.id),
                                   a.fileName,
                                   a.mimeType,
                                   QString::number(a.size),
                                   a.addedAt.toUTC().toString(Qt::ISODate),
                                   a.addedByLogin,
                                   a.sha256,
                                   a.description };
        for (const QString &line : Console::columns(table).split(QLatin1Char('\n')))
            attached << QStringLiteral("  ") + line;
    }
    parts << attached.join(QLatin1Char('\n'));

    QStringList changes { RequestCommands::tr("History:") };
    QList<QStringList> table { { RequestCommands::tr("When"), RequestCommands::tr("By"),
                                 RequestCommands::tr("What"), RequestCommands::tr("Change") } };
    for (const RequestHistoryEntry &h : history) {
        QString change = h.comment;
        if (!h.field.isEmpty()) {
            change = h.before.isEmpty()
                ? RequestCommands::tr("%1: “%2”").arg(h.field, h.after)
                : RequestCommands::tr("%1: “%2” → “%3”").arg(h.field, h.before, h.after);
            if (!h.comment.isEmpty())
                change += QLatin1Char(' ') + h.comment;
        }
        table << QStringList { h.at.toUTC().toString(Qt::ISODate), h.userLogin, h.action, change };
    }
    for (const QString &line : Console::columns(table).split(QLatin1Char('\n')))
        changes << QStringLiteral("  ") + line;
    parts << changes.join(QLatin1Char('\n'));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

QJsonObject RequestCommands::toJson(const Request &r)
{
    QJsonObject agent;
    if (r.requester.kind != RequesterKind::Self)
        agent = { { QStringLiteral("name"), r.requester.agentName },
                  { QStringLiteral("address"), r.requester.agentAddress },
                  { QStringLiteral("relationship"), r.requester.agentRelationship },
                  { QStringLiteral("evidence"), r.requester.agentEvidence } };
    QJsonObject identity;
    if (!r.identity.documentType.isEmpty())
        identity = { { QStringLiteral("document"), r.identity.documentType },
                     { QStringLiteral("checked_by"), textJson(r.identity.checkedByLogin) },
                     { QStringLiteral("checked_at"), timeJson(r.identity.checkedAt) },
                     { QStringLiteral("residence_certificate_issued"),
                       dateJson(r.identity.residenceCertificateIssued) } };
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("receipt_no"), r.receiptNo },
        { QStringLiteral("fiscal_year"), r.fiscalYear },
        { QStringLiteral("type"), RequestVocabulary::id(r.type) },
        { QStringLiteral("status"), RequestVocabulary::id(r.status) },
        { QStringLiteral("member_number"), r.memberNumber },
        { QStringLiteral("member_name"), r.memberName },
        { QStringLiteral("requester_kind"), RequestVocabulary::id(r.requester.kind) },
        { QStringLiteral("requester_name"), r.requesterName() },
        { QStringLiteral("agent"), agent.isEmpty() ? QJsonValue() : QJsonValue(agent) },
        { QStringLiteral("received"), dateJson(r.received) },
        { QStringLiteral("channel"), RequestVocabulary::id(r.channel) },
        { QStringLiteral("summary"), r.summary },
        { QStringLiteral("identity"), identity.isEmpty() ? QJsonValue() : QJsonValue(identity) },
        { QStringLiteral("categories"), QJsonArray::fromStringList(r.categories) },
        { QStringLiteral("requested_detail"), r.requestedDetail },
        { QStringLiteral("method"), textJson(RequestVocabulary::id(r.method)) },
        { QStringLiteral("fee"), r.feeYen ? QJsonValue(*r.feeYen) : QJsonValue() },
        { QStringLiteral("fee_paid"), dateJson(r.feePaid) },
        { QStringLiteral("notes"), r.notes },
        { QStringLiteral("assigned"), textJson(r.assignedLogin) },
        { QStringLiteral("deadline"), dateJson(r.deadline) },
        { QStringLiteral("act_by"), dateJson(r.actBy) },
        { QStringLiteral("created_at"), timeJson(r.createdAt) },
        { QStringLiteral("updated_at"), timeJson(r.updatedAt) },
        { QStringLiteral("version"), r.version },
    };
}

QJsonObject RequestCommands::toJson(const Attachment &a)
{
    return { { QStringLiteral("id"), a.id },
             { QStringLiteral("request_id"), a.requestId },
             { QStringLiteral("file_name"), a.fileName },
             { QStringLiteral("mime_type"), a.mimeType },
             { QStringLiteral("size"), a.size },
             { QStringLiteral("sha256"), a.sha256 },
             { QStringLiteral("description"), a.description },
             { QStringLiteral("added_by"), a.addedByLogin },
             { QStringLiteral("added_at"), timeJson(a.addedAt) } };
}

Status RequestCommands::add(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    RequestService requests(ctx.database());
    if (Status s = requests.checkMayRegister(ctx.actor()); !s)
        return s;
    Request draft;
    FormProblems problems = requestProblems();
    if (Status s = applyOptions(ctx, draft, problems); !s)
        return s;
    const RegisterOptions options { inv.has(QStringLiteral("mask-my-number")) };
    if (!problems.isEmpty()) {
        // One line with every complaint: the service's about the fields that did parse, too.
        auto checked = requests.validate(ctx.actor(), draft, options);
        return problems.refusal(checked ? std::nullopt : std::optional<Error>(checked.error()));
    }
    auto saved = requests.registerRequest(ctx.actor(), draft, options);
    if (!saved)
        return problems.refusal(saved.error());
    qCInfo(lcCli) << "request registered, id" << saved->id;
    if (inv.has(QStringLiteral("json"))) {
        // As stored, with the time stamps the database set.
        auto stored = requests.openById(ctx.actor(), saved->id);
        Console::json(toJson(stored ? stored.value() : saved.value()));
    } else
        Console::out(saved->receiptNo);
    return {};
}

Status RequestCommands::edit(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    if (std::none_of(formOptions().cbegin(), formOptions().cend(),
                     [&](const QString &o) { return inv.has(o); }))
        return makeError(ErrorCode::Usage,
                         tr("Say what to change, e.g. --notes TEXT; run “dsrctl help request "
                            "edit” for the options."));
    RequestService requests(ctx.database());
    auto found = findForChange(ctx, requests, ctx.positional(0));
    if (!found)
        return found.error();
    Request r = found.value();
    auto version = CliInput::expectedVersion(inv);
    if (!version)
        return version.error();
    if (version.value() > 0)
        r.version = version.value(); // the service saves only over it: else a conflict (exit 5)
    FormProblems problems = requestProblems();
    if (Status s = applyOptions(ctx, r, problems); !s)
        return s;
    const RegisterOptions options { inv.has(QStringLiteral("mask-my-number")) };
    if (!problems.isEmpty()) {
        auto checked = requests.validate(ctx.actor(), r, options);
        return problems.refusal(checked ? std::nullopt : std::optional<Error>(checked.error()));
    }
    auto saved = requests.update(ctx.actor(), r, options);
    if (!saved)
        return problems.refusal(saved.error());
    qCInfo(lcCli) << "request edited, id" << saved->id;
    if (inv.has(QStringLiteral("json")))
        Console::json(toJson(saved.value()));
    else if (saved->version == found->version)
        Console::out(tr("Nothing changed in %1.").arg(saved->receiptNo));
    else
        Console::out(tr("The request %1 is saved.").arg(saved->receiptNo));
    return {};
}

Status RequestCommands::list(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    RequestQuery query;
    query.text = inv.value(QStringLiteral("query"));
    if (inv.has(QStringLiteral("status"))) {
        const QString s = inv.value(QStringLiteral("status"));
        if (Status ok = CliInput::oneOf(QStringLiteral("status"), s, idsOf(RequestVocabulary::statuses()));
            !ok)
            return ok;
        query.status = RequestVocabulary::statusFromId(s);
    }
    if (inv.has(QStringLiteral("type"))) {
        const QString t = inv.value(QStringLiteral("type"));
        if (Status ok = CliInput::oneOf(QStringLiteral("type"), t, idsOf(RequestVocabulary::types())); !ok)
            return ok;
        query.type = RequestVocabulary::typeFromId(t);
    }
    if (inv.has(QStringLiteral("fiscal-year"))) {
        auto year = CliInput::positiveNumber(inv, QStringLiteral("fiscal-year"), 9999);
        if (!year)
            return year.error();
        query.fiscalYear = year.value();
    }
    if (inv.has(QStringLiteral("mine")))
        query.assignedTo = ctx.actor().userId;
    if (inv.has(QStringLiteral("overdue")))
        query.overdueAsOf = QDate::currentDate();
    query.limit = 200;
    if (inv.has(QStringLiteral("limit"))) {
        auto n = CliInput::positiveNumber(inv, QStringLiteral("limit"), 1000000);
        if (!n)
            return n.error();
        query.limit = n.value();
    }
    RequestService requests(ctx.database());
    auto found = requests.list(ctx.actor(), query);
    if (!found)
        return found.error();
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Request &r : found.value())
            array.append(toJson(r));
        Console::json(array);
        return {};
    }
    if (found->isEmpty()) {
        Console::out(tr("No request matches."));
        return {};
    }
    QList<QStringList> rows { { tr("Receipt"), tr("Received"), tr("Type"), tr("Requester"), tr("Member"),
                                tr("Status"), tr("Deadline"), tr("Assigned") } };
    for (const Request &r : found.value())
        rows << QStringList { r.receiptNo,          dateText(r.received),   RequestVocabulary::id(r.type),
                              r.requesterName(),    r.memberNumber,         RequestVocabulary::id(r.status),
                              dateText(r.deadline), orDash(r.assignedLogin) };
    Console::out(Console::columns(rows));
    // The service returns at most RequestService::MaxListRows, whatever --limit asks for.
    if (found->size() == qMin(query.limit, RequestService::MaxListRows)) {
        auto total = requests.count(ctx.actor(), query);
        if (total && total.value() > found->size())
            Console::out(tr("Showing %1 of %2 requests; raise --limit or narrow the filters to see the rest.")
                             .arg(found->size())
                             .arg(total.value()));
    }
    return {};
}

Status RequestCommands::show(CliContext &ctx)
{
    RequestService requests(ctx.database());
    auto found = requests.open(ctx.actor(), ctx.positional(0));
    if (!found)
        return found.error();
    auto history = requests.history(ctx.actor(), found->id);
    if (!history)
        return history.error();
    auto attachments = requests.attachments(ctx.actor(), found->id);
    if (!attachments)
        return attachments.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonObject object = toJson(found.value());
        QJsonArray attached;
        for (const Attachment &a : attachments.value())
            attached.append(toJson(a));
        QJsonArray changes;
        for (const RequestHistoryEntry &h : history.value())
            changes.append(historyJson(h));
        object.insert(QStringLiteral("attachments"), attached);
        object.insert(QStringLiteral("history"), changes);
        Console::json(object);
        return {};
    }
    Console::out(requestDetails(found.value(), attachments.value(), history.value()));
    return {};
}

Result<Request> RequestCommands::requestForChange(CliContext &ctx, const QString &idOrReceiptNo)
{
    RequestService requests(ctx.database());
    return findForChange(ctx, requests, idOrReceiptNo);
}

Result<Request> RequestCommands::requestToRead(CliContext &ctx, const QString &idOrReceiptNo)
{
    auto found = RequestService(ctx.database()).open(ctx.actor(), normalisedNumber(idOrReceiptNo));
    if (!found && found.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(idOrReceiptNo));
    return found;
}

Status RequestCommands::attach(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString path = ctx.positional(1);
    RequestService requests(ctx.database());
    auto found = findForChange(ctx, requests, ctx.positional(0));
    if (!found)
        return found.error();
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::Failure, tr("%1 is not a file.").arg(path));
    if (info.size() > RequestService::MaxAttachmentBytes)
        return makeError(ErrorCode::Validation,
                         tr("The file %1 is larger than 50 MB; scan it at a lower resolution.").arg(path));
    auto content = FileInput::read(path, RequestService::MaxAttachmentBytes);
    if (!content)
        return content.error();
    auto added = requests.attach(ctx.actor(), found->id, info.fileName(), content.value(),
                                 inv.value(QStringLiteral("description")));
    if (!added)
        return added.error();
    qCInfo(lcCli) << "attachment added, id" << added->id << "request id" << found->id;
    if (inv.has(QStringLiteral("json"))) {
        Console::json(toJson(added.value()));
        return {};
    }
    Console::out(tr("Attached %1 to %2 as attachment %3. SHA-256: %4")
                     .arg(added->fileName, found->receiptNo)
                     .arg(added->id)
                     .arg(added->sha256));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

namespace {

// The request form. For "request edit" nothing is required and only the options given change;
// an empty value clears an optional field.
QList<OptionSpec> requestFormOptions(bool forEdit)
{
    const bool required = !forEdit;
    QList<OptionSpec> options {
        { QStringLiteral("type"), QStringLiteral("TYPE"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The request type id (see Request types)."), required },
        { QStringLiteral("member"), QStringLiteral("NUMBER"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The number of the member whose data the request is about."),
          required },
        { QStringLiteral("received"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The day the request arrived (not the day it was written); never in the future."),
          required },
        { QStringLiteral("channel"), QStringLiteral("counter|mail|other"),
          QT_TRANSLATE_NOOP("CommandCatalog", "How the request arrived (see Channels)."), required },
        { QStringLiteral("summary"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "What is requested, in short (at most 2000 characters)."),
          required },
        { QStringLiteral("agent-kind"), QStringLiteral("self|statutory|appointed"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Who made the request: the member (self, the default), a statutory agent "
              "(法定代理人) or an appointed agent (任意代理人). For an agent, the four --agent-… "
              "options below are required; self clears them.") },
        { QStringLiteral("agent-name"), QStringLiteral("NAME"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The agent's name, at most 60 characters.") },
        { QStringLiteral("agent-address"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The agent's address, at most 200 characters.") },
        { QStringLiteral("agent-relationship"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The agent's relationship to the member, e.g. 親権者, 成年後見人 or 委任を受けた者.") },
        { QStringLiteral("agent-evidence"), QStringLiteral("EVIDENCE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The document proving the agent's authority (see Agent evidence).") },
        { QStringLiteral("id-document"), QStringLiteral("DOCUMENT"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The identity document checked (see Identity documents); recorded as checked by "
                            "you, now.") },
        { QStringLiteral("residence-certificate"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Issue date of the certificate of residence (住民票の写し): required for a request by "
              "mail with an identity document, and recent enough (setting "
              "requests.residence_certificate_max_days).") },
        { QStringLiteral("category"), QStringLiteral("CATEGORY"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "A category of held data (see Categories). Repeat the option or separate "
                            "categories with commas; the option replaces the whole list."),
          false, std::nullopt, true },
        { QStringLiteral("detail"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The data requested, in free text besides the categories.") },
        { QStringLiteral("method"), QStringLiteral("paper|electronic|viewing"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The requested disclosure method; only for the disclosure and provision-record "
                            "types.") },
        { QStringLiteral("fee"), QStringLiteral("YEN"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The fee in yen (0 to 100000); only for types that allow a fee (see Request "
                            "types).") },
        { QStringLiteral("fee-paid"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The day the fee was paid; needs --fee.") },
        { QStringLiteral("notes"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Notes, at most 2000 characters.") },
        { QStringLiteral("assign"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The clerk in charge: an active account with the clerk role.") },
        { QStringLiteral("mask-my-number"), QString(),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Save free text that holds a My Number (個人番号) with the number masked. Without "
              "this option such text is refused and nothing is saved.") },
        forEdit ? OptionSpec { QStringLiteral("json"), QString(),
                               QT_TRANSLATE_NOOP("CommandCatalog", "Print the saved request as JSON.") }
                : OptionSpec { QStringLiteral("json"), QString(),
                               QT_TRANSLATE_NOOP("CommandCatalog",
                                                 "Print the registered request as JSON instead of its "
                                                 "receipt number.") },
    };
    if (forEdit)
        options.append({ QStringLiteral("expect-version"), QStringLiteral("N"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "Refuse (exit 5) unless the request is still at version N, i.e. "
                                           "nobody changed it since you looked.") });
    return options;
}

} // namespace

QList<CommandSpec> RequestCommands::commands()
{
    const OptionSpec kJson = CommandCatalog::jsonOption();
    return {
        { .path = QStringLiteral("request add"),
          .options = requestFormOptions(false),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Take in a request and print its receipt number (e.g. R7-0001)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The receipt number counts per fiscal year (April to March) of the received date; its format "
              "is "
              "the setting requests.receipt_format. The legal deadline is computed from the received date. A "
              "refused request saves nothing, exits with 1 and names the options to correct; an unknown "
              "identifier (type, channel, agent kind, method) exits with 2; an unknown member with 4."),
          .needsUser = true,
          .run = &RequestCommands::add },
        { .path = QStringLiteral("request edit"),
          .positionals = { QStringLiteral("ID") },
          .options = requestFormOptions(true),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Change the intake fields of an open request; only the options given "
                                       "change."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "An empty value clears an optional field, e.g. --notes \"\". Every changed "
                              "field is kept in the request's history with its value before and after. "
                              "Closed and withdrawn requests cannot be edited."),
          .needsUser = true,
          .run = &RequestCommands::edit },
        { .path = QStringLiteral("request list"),
          .options
          = { { QStringLiteral("query"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Only requests whose member name, kana, member number, agent name or "
                                  "receipt number contains this text (normalised as in “member "
                                  "find”).") },
              { QStringLiteral("status"), QStringLiteral("STATUS"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only requests in this status (see Statuses).") },
              { QStringLiteral("type"), QStringLiteral("TYPE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only requests of this type (see Request types).") },
              { QStringLiteral("fiscal-year"), QStringLiteral("YEAR"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Only requests received in this fiscal year, given by the calendar "
                                  "year it starts in: 2025 is April 2025 to March 2026 (令和7年度).") },
              { QStringLiteral("mine"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only requests assigned to you.") },
              { QStringLiteral("overdue"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only open requests whose deadline has passed.") },
              { QStringLiteral("limit"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "At most N requests (default 200).") },
              kJson },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "List the register (受付簿), the newest received first."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Columns: receipt number, received, type, requester, member number, status, deadline, assigned "
              "clerk. JSON: an array of request objects as “request show --json” prints them, without "
              "attachments and history: id, receipt_no, fiscal_year, type, status, member_number, "
              "member_name, "
              "requester_kind, requester_name, agent, received, channel, summary, identity, categories, "
              "requested_detail, method, fee, fee_paid, notes, assigned, deadline, act_by, created_at, "
              "updated_at and version. Dates are YYYY-MM-DD; absent values are null."),
          .needsUser = true,
          .run = &RequestCommands::list },
        { .path = QStringLiteral("request show"),
          .positionals = { QStringLiteral("ID") },
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Show one request with its requester, identity check, attachments and "
                                       "history. Opening it is recorded in the audit trail."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: the request object of “request list --json” plus attachments (id, "
                              "file_name, mime_type, size, sha256, description, added_by, added_at) "
                              "and history (at, user, action, field, before, after, comment)."),
          .needsUser = true,
          .run = &RequestCommands::show },
        { .path = QStringLiteral("request attach"),
          .positionals = { QStringLiteral("ID"), QStringLiteral("FILE") },
          .options = { { QStringLiteral("description"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "What the file is, e.g. “scanned request form” (at most 200 "
                                           "characters).") },
                       { QStringLiteral("json"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Print the stored attachment as JSON.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Store a PDF, PNG or JPEG file with a request and print its SHA-256."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "The kind of file is judged by its content, not its name, and the file is "
                              "opened for real first, in a child process under a time and a memory limit: "
                              "other kinds of file, files over 50 MB, damaged or password-protected ones and "
                              "ones built to hang or crash a reader are refused with the reason and nothing "
                              "is stored (exit 1). Stored files are never changed."),
          .needsUser = true,
          .run = &RequestCommands::attach },
    };
}

} // namespace dsr::cli
