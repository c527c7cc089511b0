#include "RequestService.h"

#include "../text/ReceiptNumberFormat.h"

#include "../documents/DocumentCheck.h"

#include "../Logging.h"
#include "../Settings.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/Numbering.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"
#include "../text/JapaneseEra.h"
#include "CalendarService.h"
#include "FieldErrors.h"
#include "FreeTextFields.h"
#include "WorkflowService.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace dsr {

namespace {

QString mimeTypeOf(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The intake fields as text, for the history's before → after rows.
QList<QPair<QString, QString>> fieldValues(const Request &r)
{
    return {
        { QStringLiteral("type"), RequestVocabulary::id(r.type) },
        { QStringLiteral("member"), QString::number(r.memberId) },
        { QStringLiteral("received"), dateText(r.received) },
        { QStringLiteral("channel"), RequestVocabulary::id(r.channel) },
        { QStringLiteral("summary"), r.summary },
        { QStringLiteral("requester_kind"), RequestVocabulary::id(r.requester.kind) },
        { QStringLiteral("agent_name"), r.requester.agentName },
        { QStringLiteral("agent_address"), r.requester.agentAddress },
        { QStringLiteral("agent_relationship"), r.requester.agentRelationship },
        { QStringLiteral("agent_evidence"), r.requester.agentEvidence },
        { QStringLiteral("id_document"), r.identity.documentType },
        { QStringLiteral("residence_certificate"), dateText(r.identity.residenceCertificateIssued) },
        { QStringLiteral("categories"), r.categories.join(QLatin1Char(',')) },
        { QStringLiteral("requested_detail"), r.requestedDetail },
        { QStringLiteral("method"), RequestVocabulary::id(r.method) },
        { QStringLiteral("fee"), r.feeYen ? QString::number(*r.feeYen) : QString() },
        { QStringLiteral("fee_paid"), dateText(r.feePaid) },
        { QStringLiteral("notes"), r.notes },
        { QStringLiteral("assigned_to"), r.assignedTo > 0 ? QString::number(r.assignedTo) : QString() },
        { QStringLiteral("deadline"), dateText(r.deadline) },
        { QStringLiteral("act_by"), dateText(r.actBy) },
    };
}

} // namespace

// Once a decision is submitted for approval, the request's facts it rests on are fixed until the
// draft is returned or the request reopened (Decided means decided): who asked, about whom, what,
// when, how, and what the letter says of it (method and fee). What stays editable: notes, the
// clerk in charge and the day the fee was paid; deadlines follow from the fixed received date.
bool RequestService::factsFixed(RequestStatus s)
{
    return s == RequestStatus::InApproval || s == RequestStatus::Decided || s == RequestStatus::Notified;
}

const QStringList &RequestService::factFields()
{
    static const QStringList fields {
        QStringLiteral("type"),
        QStringLiteral("member"),
        QStringLiteral("received"),
        QStringLiteral("channel"),
        QStringLiteral("summary"),
        QStringLiteral("requester_kind"),
        QStringLiteral("agent_name"),
        QStringLiteral("agent_address"),
        QStringLiteral("agent_relationship"),
        QStringLiteral("agent_evidence"),
        QStringLiteral("id_document"),
        QStringLiteral("residence_certificate"),
        QStringLiteral("categories"),
        QStringLiteral("requested_detail"),
        QStringLiteral("method"),
        QStringLiteral("fee"),
    };
    return fields;
}

QString RequestService::formatReceiptNo(const QString &pattern, int fiscalYear, int sequence)
{
    return ReceiptNumberFormat::format(pattern, fiscalYear, sequence);
}

QString RequestService::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("type"), QT_TR_NOOP("Request type") },
        { QStringLiteral("member"), QT_TR_NOOP("Member") },
        { QStringLiteral("received"), QT_TR_NOOP("Received on") },
        { QStringLiteral("channel"), QT_TR_NOOP("Channel") },
        { QStringLiteral("summary"), QT_TR_NOOP("Summary") },
        { QStringLiteral("requester_kind"), QT_TR_NOOP("Requester") },
        { QStringLiteral("agent_name"), QT_TR_NOOP("Agent's name") },
        { QStringLiteral("agent_address"), QT_TR_NOOP("Agent's address") },
        { QStringLiteral("agent_relationship"), QT_TR_NOOP("Relationship") },
        { QStringLiteral("agent_evidence"), QT_TR_NOOP("Evidence of authority") },
        { QStringLiteral("id_document"), QT_TR_NOOP("Identity document") },
        { QStringLiteral("residence_certificate"), QT_TR_NOOP("Certificate of residence issued on") },
        { QStringLiteral("categories"), QT_TR_NOOP("Categories of data") },
        { QStringLiteral("requested_detail"), QT_TR_NOOP("Data requested") },
        { QStringLiteral("method"), QT_TR_NOOP("Disclosure method") },
        { QStringLiteral("fee"), QT_TR_NOOP("Fee") },
        { QStringLiteral("fee_paid"), QT_TR_NOOP("Fee paid on") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("assigned_to"), QT_TR_NOOP("Assigned clerk") },
        { QStringLiteral("deadline"), QT_TR_NOOP("Deadline") },
        { QStringLiteral("act_by"), QT_TR_NOOP("Act by") },
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

Result<Request> RequestService::validate(const Actor &actor, const Request &draft,
                                         const RegisterOptions &options)
{
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    FieldErrors e;
    Request r = draft;
    const auto label = [](const char *f) { return fieldLabel(QString::fromLatin1(f)); };

    auto member = MemberRepository(database()).findById(draft.memberId);
    if (!member)
        return member.error();
    if (!member.value())
        e.add(QStringLiteral("member"), tr("Choose the member the request is about."));
    else {
        r.memberNumber = member.value()->memberNumber;
        r.memberName = member.value()->name;
    }

    if (!draft.received.isValid())
        e.add(QStringLiteral("received"), tr("%1 is required.").arg(label("received")));
    else if (draft.received > today())
        e.add(QStringLiteral("received"),
              tr("%1 cannot be in the future: it is the day the request arrived.").arg(label("received")));
    else if (draft.received < QDate(2000, 1, 1))
        e.add(QStringLiteral("received"), tr("%1 must be in 2000 or later.").arg(label("received")));

    r.summary = e.required(QStringLiteral("summary"), label("summary"), draft.summary, 2000);

    if (draft.requester.kind == RequesterKind::Self) {
        r.requester = Requester {};
    } else {
        r.requester.agentName
            = e.required(QStringLiteral("agent_name"), label("agent_name"), draft.requester.agentName, 60);
        r.requester.agentAddress = e.required(QStringLiteral("agent_address"), label("agent_address"),
                                              draft.requester.agentAddress, 200);
        r.requester.agentRelationship
            = e.required(QStringLiteral("agent_relationship"), label("agent_relationship"),
                         draft.requester.agentRelationship, 40);
        if (!RequestVocabulary::agentEvidenceIds().contains(draft.requester.agentEvidence))
            e.add(QStringLiteral("agent_evidence"),
                  tr("%1: choose one of %2.")
                      .arg(label("agent_evidence"),
                           RequestVocabulary::agentEvidenceIds().join(QStringLiteral(", "))));
    }

    if (!draft.identity.documentType.isEmpty()) {
        if (!RequestVocabulary::isIdDocument(draft.identity.documentType))
            e.add(QStringLiteral("id_document"),
                  tr("%1: unknown document \"%2\"; choose one of %3.")
                      .arg(label("id_document"), draft.identity.documentType,
                           RequestVocabulary::idDocumentIds().join(QStringLiteral(", "))));
        else if (!RequestVocabulary::idDocumentAccepted(draft.identity.documentType))
            e.add(QStringLiteral("id_document"),
                  tr("The back of a My Number card is not accepted as identity proof and must not be copied "
                     "(My Number Act art. 20); use the front side or another photo ID."));
        if (draft.identity.checkedBy == 0) {
            r.identity.checkedBy = actor.userId;
            r.identity.checkedByLogin = actor.login;
        }
        if (!draft.identity.checkedAt.isValid())
            r.identity.checkedAt = QDateTime::currentDateTimeUtc();
        if (draft.channel == Channel::Mail) {
            const QDate issued = draft.identity.residenceCertificateIssued;
            const int maxDays = settings->intValue(Setting::ResidenceCertificateMaxDays);
            if (!issued.isValid())
                e.add(QStringLiteral("residence_certificate"),
                      tr("For a request by mail, enter the issue date of the certificate of residence."));
            else if (issued > today() || (draft.received.isValid() && issued > draft.received))
                e.add(QStringLiteral("residence_certificate"),
                      tr("The certificate of residence cannot be issued after the request arrived."));
            else if (draft.received.isValid() && issued.daysTo(draft.received) > maxDays)
                e.add(QStringLiteral("residence_certificate"),
                      tr("The certificate of residence was issued more than %1 days before the request "
                         "arrived; "
                         "ask for a newer one.")
                          .arg(maxDays));
        } else {
            r.identity.residenceCertificateIssued = QDate();
        }
    } else {
        r.identity = IdentityCheck {};
    }

    const QStringList allowed
        = settings->value(Setting::RequestCategories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList categories;
    for (const QString &c : draft.categories) {
        const QString t = c.trimmed();
        if (t.isEmpty() || categories.contains(t))
            continue;
        if (!allowed.contains(t))
            e.add(QStringLiteral("categories"),
                  tr("Unknown category \"%1\"; the categories are %2.")
                      .arg(t, allowed.join(QStringLiteral(", "))));
        categories << t;
    }
    r.categories = categories;
    r.requestedDetail = e.optional(QStringLiteral("requested_detail"), label("requested_detail"),
                                   draft.requestedDetail, 2000);

    if (!RequestVocabulary::hasDisclosureMethod(draft.type) && draft.method != DisclosureMethod::None)
        e.add(QStringLiteral("method"), tr("A disclosure method applies only to disclosure requests."));

    if (!RequestVocabulary::feeAllowed(draft.type)) {
        if (draft.feeYen || draft.feePaid.isValid())
            e.add(QStringLiteral("fee"), tr("No fee is charged for this type of request."));
    } else {
        if (draft.feeYen && (*draft.feeYen < 0 || *draft.feeYen > 100000))
            e.add(QStringLiteral("fee"), tr("The fee must be between 0 and 100,000 yen."));
        if (draft.feePaid.isValid() && !draft.feeYen)
            e.add(QStringLiteral("fee_paid"), tr("Enter the fee amount before the day it was paid."));
        if (draft.feePaid.isValid() && draft.feePaid > today())
            e.add(QStringLiteral("fee_paid"), tr("The fee cannot be paid in the future."));
    }

    r.notes = e.optional(QStringLiteral("notes"), label("notes"), draft.notes, 2000);

    if (draft.assignedTo > 0) {
        auto user = UserRepository(database()).findById(draft.assignedTo);
        if (!user)
            return user.error();
        if (!user.value() || user.value()->disabled || !user.value()->roles.contains(Role::Clerk))
            e.add(QStringLiteral("assigned_to"), tr("The assigned person must be an active clerk."));
        else
            r.assignedLogin = user.value()->login;
    }

    // Every free-text field, through the one check (DOMAIN.md §8).
    for (const FieldError &f :
         FreeTextFields::check(r, options.maskMyNumbers ? MyNumberPolicy::Mask : MyNumberPolicy::Refuse))
        e.add(f.field, f.message);

    if (!e.isEmpty())
        return e.toError();

    // The legal deadline (DOMAIN.md §4) and the open day to act by, from the business calendar.
    auto deadlines = CalendarService(database()).policy();
    if (!deadlines)
        return deadlines.error();
    const DeadlineResult due = deadlines->deadline(r.received);
    r.deadline = due.deadline;
    r.actBy = due.actBy;
    return r;
}

Result<Request> RequestService::registerRequest(const Actor &actor, const Request &draft,
                                                const RegisterOptions &options)
{
    if (Status s = require(actor, Operation::RequestRegister, QStringLiteral("request")); !s)
        return s.error();
    auto valid = validate(actor, draft, options);
    if (!valid)
        return valid.error();
    Request r = valid.value();
    r.status = RequestStatus::Received;
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();

    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    RequestRepository repo(database());
    auto seq = Numbering(database()).allocate(NumberSeries::Receipt, {}, r.received);
    if (!seq)
        return seq.error();
    r.fiscalYear = seq->fiscalYear;
    r.sequence = seq->number;
    // A format stored before formats were checked, that cannot tell requests apart, would refuse
    // every registration after the first: the default is used instead, and the log says so.
    QString receiptFormat = settings->value(Setting::ReceiptNumberFormat);
    if (Status s = ReceiptNumberFormat::check(receiptFormat); !s) {
        qCWarning(lcServices).noquote()
            << "receipt number format refused, the default is used:" << s.error().message;
        receiptFormat = Settings::info(Setting::ReceiptNumberFormat).defaultValue;
    }
    r.receiptNo = formatReceiptNo(receiptFormat, r.fiscalYear, r.sequence);
    auto id = repo.insert(r);
    if (!id)
        return id.error();
    r.id = id.value();
    r.version = 1;
    RequestHistoryEntry created;
    created.action = QStringLiteral("create");
    created.comment = r.receiptNo;
    if (Status s = repo.addHistory(r.id, actor.userId, actor.login, created); !s)
        return s.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("request.create"), QStringLiteral("request"),
                                      QString::number(r.id),
                                      { { QStringLiteral("receipt_no"), r.receiptNo },
                                        { QStringLiteral("type"), RequestVocabulary::id(r.type) },
                                        { QStringLiteral("member_id"), r.memberId },
                                        { QStringLiteral("masked_my_number"), options.maskMyNumbers } }));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcServices) << "request registered, id" << r.id;
    return r;
}

Result<Request> RequestService::update(const Actor &actor, const Request &edited,
                                       const RegisterOptions &options)
{
    if (Status s
        = require(actor, Operation::RequestRegister, QStringLiteral("request"), QString::number(edited.id));
        !s)
        return s.error();
    auto valid = validate(actor, edited, options);
    if (!valid)
        return valid.error();
    Request r = valid.value();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    RequestRepository repo(database());
    auto before = repo.findById(r.id);
    if (!before)
        return before.error();
    if (!before.value())
        return makeError(ErrorCode::NotFound, tr("The request no longer exists."));
    if (before.value()->version != r.version)
        return changedBySomeoneElse();
    if (!RequestVocabulary::isOpen(before.value()->status))
        return makeError(ErrorCode::Validation, tr("A closed or withdrawn request cannot be edited."));
    // What the intake fields do not carry stays as it was; the deadline keeps its pauses and
    // extensions.
    r.status = before.value()->status;
    {
        auto deadlines = CalendarService(database()).policy();
        if (!deadlines)
            return makeError(ErrorCode::Failure, tr("Cannot read the calendar."));
        auto due
            = CalendarService::deadlineOfRequest(database(), deadlines.value(), r.id, r.received, today());
        if (!due)
            return due.error();
        r.deadline = due->deadline;
        r.actBy = due->actBy;
    }
    r.receiptNo = before.value()->receiptNo;
    r.fiscalYear = before.value()->fiscalYear;
    r.sequence = before.value()->sequence;
    if (edited.identity.documentType == before.value()->identity.documentType
        && !edited.identity.documentType.isEmpty()) {
        r.identity.checkedBy = before.value()->identity.checkedBy;
        r.identity.checkedAt = before.value()->identity.checkedAt;
    }
    const auto oldValues = fieldValues(*before.value());
    const auto newValues = fieldValues(r);
    if (factsFixed(before.value()->status)) {
        QStringList fixed;
        for (qsizetype i = 0; i < oldValues.size(); ++i)
            if (oldValues[i].second != newValues[i].second && factFields().contains(oldValues[i].first))
                fixed << fieldLabel(oldValues[i].first);
        if (!fixed.isEmpty())
            return makeError(
                ErrorCode::Validation,
                tr("The decision on this request is %1; the facts it rests on cannot change "
                   "now (%2). Return the draft (差戻し) or reopen the request with a reason to "
                   "correct them; the decision then needs approval again. Notes, the person in "
                   "charge and the fee payment date stay editable.")
                    .arg(RequestVocabulary::displayName(before.value()->status), fixed.join(tr(", "))));
    }
    QStringList changed;
    for (qsizetype i = 0; i < oldValues.size(); ++i) {
        if (oldValues[i].second == newValues[i].second)
            continue;
        changed << oldValues[i].first;
        RequestHistoryEntry h;
        h.action = QStringLiteral("update");
        h.field = oldValues[i].first;
        h.before = oldValues[i].second;
        h.after = newValues[i].second;
        if (Status s = repo.addHistory(r.id, actor.userId, actor.login, h); !s)
            return s.error();
    }
    if (changed.isEmpty())
        return *before.value();
    if (Status s = repo.update(r); !s)
        return s.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("request.update"), QStringLiteral("request"),
                                      QString::number(r.id),
                                      { { QStringLiteral("fields"), changed.join(QLatin1Char(',')) } }));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto after = repo.findById(r.id);
    if (!after || !after.value())
        return makeError(ErrorCode::Failure, tr("The request was saved but could not be read back."));
    return *after.value();
}

Result<Request> RequestService::open(const Actor &actor, const QString &idOrReceiptNo)
{
    const QString text = idOrReceiptNo.normalized(QString::NormalizationForm_KC).trimmed();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric)
        return openById(actor, id);
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("request")); !s)
        return s.error();
    auto found = RequestRepository(database()).findByReceiptNo(text);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(idOrReceiptNo));
    return openById(actor, found.value()->id);
}

Result<Request> RequestService::openById(const Actor &actor, qint64 id)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(id)); !s)
        return s.error();
    auto found = RequestRepository(database()).findById(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(id));
    if (Status s = recordOnly(
            eventFor(actor, QStringLiteral("request.view"), QStringLiteral("request"), QString::number(id)));
        !s)
        return s.error();
    return *found.value();
}

Result<Request> RequestService::openForChange(const Actor &actor, const QString &idOrReceiptNo)
{
    if (Status s = require(actor, Operation::RequestRegister, QStringLiteral("request")); !s)
        return s.error();
    const QString key = idOrReceiptNo.normalized(QString::NormalizationForm_KC).trimmed();
    RequestRepository repo(database());
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    auto found = numeric ? repo.findById(id) : repo.findByReceiptNo(key);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(idOrReceiptNo));
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("request.view"), QStringLiteral("request"),
                                       QString::number(found.value()->id),
                                       { { QStringLiteral("purpose"), QStringLiteral("change") } }));
        !s)
        return s.error();
    return *found.value();
}

Status RequestService::checkMayRegister(const Actor &actor)
{
    return require(actor, Operation::RequestRegister, QStringLiteral("request"));
}

Result<std::optional<qint64>> RequestService::assigneeByLogin(const Actor &actor, const QString &login)
{
    if (Status s = require(actor, Operation::RequestRegister, QStringLiteral("request")); !s)
        return s.error();
    auto user = UserRepository(database()).findByLogin(login.trimmed());
    if (!user)
        return user.error();
    if (!user.value())
        return std::optional<qint64>();
    return std::optional<qint64>(user.value()->id);
}

QJsonObject RequestService::auditFilter(const RequestQuery &q)
{
    QJsonObject f;
    if (!q.text.trimmed().isEmpty())
        f.insert(QStringLiteral("text"), auditQuery(q.text));
    if (q.status)
        f.insert(QStringLiteral("status"), RequestVocabulary::id(*q.status));
    if (q.type)
        f.insert(QStringLiteral("type"), RequestVocabulary::id(*q.type));
    if (q.fiscalYear)
        f.insert(QStringLiteral("fiscal_year"), q.fiscalYear);
    if (q.assignedTo)
        f.insert(QStringLiteral("assigned_to"), q.assignedTo);
    if (q.overdueAsOf.isValid())
        f.insert(QStringLiteral("overdue_as_of"), q.overdueAsOf.toString(Qt::ISODate));
    if (q.memberId)
        f.insert(QStringLiteral("member_id"), q.memberId);
    if (q.actByFrom.isValid())
        f.insert(QStringLiteral("act_by_from"), q.actByFrom.toString(Qt::ISODate));
    if (q.actByTo.isValid())
        f.insert(QStringLiteral("act_by_to"), q.actByTo.toString(Qt::ISODate));
    if (q.awaitingApprovalBy)
        f.insert(QStringLiteral("awaiting_approval_by"), q.awaitingApprovalBy);
    if (q.dueSoonAsOf.isValid())
        f.insert(QStringLiteral("due_soon_as_of"), q.dueSoonAsOf.toString(Qt::ISODate));
    return f;
}

Result<RequestQuery> RequestService::resolved(const RequestQuery &query)
{
    RequestQuery q = query;
    // The deadline filters ask DeadlinePolicy which requests still run against their deadline.
    q.deadlineRunning = DeadlinePolicy::runningStatuses();
    auto narrow = [&q](const QList<Request> &rows) {
        QList<qint64> ids;
        for (const Request &r : rows)
            if (!q.ids || q.ids->contains(r.id))
                ids << r.id;
        q.ids = ids;
    };
    if (q.awaitingApprovalBy > 0) {
        auto waiting = WorkflowService::awaitingApprovalBy(database(), q.awaitingApprovalBy);
        if (!waiting)
            return waiting.error();
        narrow(waiting.value());
    }
    if (q.dueSoonAsOf.isValid()) {
        // The act-by range bounds what is read; DeadlinePolicy::dueSoon decides (in the private
        // regime a request whose target is near is due soon although its act-by date is not).
        auto policy = CalendarService(database()).policy();
        if (!policy)
            return policy.error();
        RequestQuery running;
        running.deadlineRunning = q.deadlineRunning;
        running.actByFrom = q.dueSoonAsOf;
        running.actByTo = policy->dueSoonFetchUntil(q.dueSoonAsOf);
        running.sort = RequestQuery::Sort::Deadline;
        running.descending = false;
        running.limit = 0;
        auto rows = RequestRepository(database()).list(running);
        if (!rows)
            return rows.error();
        QList<Request> soon;
        for (const Request &r : rows.value())
            if (policy->dueSoon(r, q.dueSoonAsOf))
                soon << r;
        narrow(soon);
    }
    return q;
}

Result<QList<Request>> RequestService::list(const Actor &actor, const RequestQuery &query)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("request")); !s)
        return s.error();
    auto resolvedQuery = resolved(query);
    if (!resolvedQuery)
        return resolvedQuery.error();
    RequestQuery capped = std::move(resolvedQuery).value();
    if (capped.limit <= 0 || capped.limit > MaxListRows)
        capped.limit = MaxListRows;
    capped.offset = qMax(0, capped.offset);
    auto rows = RequestRepository(database()).list(capped);
    if (!rows)
        return rows;
    QJsonObject details = auditFilter(capped);
    details.insert(QStringLiteral("offset"), capped.offset);
    details.insert(QStringLiteral("limit"), capped.limit);
    if (Status s = recordRead(actor, QStringLiteral("request.list"), QStringLiteral("request"),
                              QStringLiteral("-"), details, rows->size());
        !s)
        return s.error();
    return rows;
}

Result<RequestService::Page> RequestService::page(const Actor &actor, const RequestQuery &query)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("request")); !s)
        return s.error();
    auto resolvedQuery = resolved(query);
    if (!resolvedQuery)
        return resolvedQuery.error();
    RequestQuery capped = std::move(resolvedQuery).value();
    if (capped.limit <= 0 || capped.limit > MaxListRows)
        capped.limit = MaxListRows;
    capped.offset = qMax(0, capped.offset);
    RequestRepository repo(database());
    auto total = repo.count(capped);
    if (!total)
        return total.error();
    Page page;
    page.total = total.value();
    if (page.total > 0) {
        auto rows = repo.list(capped);
        if (!rows)
            return rows.error();
        page.rows = std::move(rows).value();
    }
    QJsonObject details = auditFilter(capped);
    details.insert(QStringLiteral("offset"), capped.offset);
    details.insert(QStringLiteral("limit"), capped.limit);
    details.insert(QStringLiteral("total"), page.total);
    if (Status s = recordRead(actor, QStringLiteral("request.list"), QStringLiteral("request"),
                              QStringLiteral("-"), details, page.rows.size());
        !s)
        return s.error();
    return page;
}

Result<qint64> RequestService::count(const Actor &actor, const RequestQuery &query)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("request")); !s)
        return s.error();
    auto resolvedQuery = resolved(query);
    if (!resolvedQuery)
        return resolvedQuery.error();
    auto n = RequestRepository(database()).count(resolvedQuery.value());
    if (!n)
        return n;
    if (Status s = recordRead(actor, QStringLiteral("request.count"), QStringLiteral("request"),
                              QStringLiteral("-"), auditFilter(query), n.value());
        !s)
        return s.error();
    return n;
}

Result<QList<int>> RequestService::fiscalYears(const Actor &actor)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("request")); !s)
        return s.error();
    return Numbering(database()).fiscalYears(NumberSeries::Receipt);
}

Result<QList<RequestHistoryEntry>> RequestService::history(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto entries = RequestRepository(database()).history(requestId);
    if (!entries)
        return entries;
    if (Status s = recordRead(actor, QStringLiteral("request.history"), QStringLiteral("request"),
                              QString::number(requestId), {}, entries->size());
        !s)
        return s.error();
    return entries;
}

Result<Attachment> RequestService::attach(const Actor &actor, qint64 requestId, const QString &fileName,
                                          const QByteArray &content, const QString &description)
{
    if (Status s
        = require(actor, Operation::RequestRegister, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    const QString name = QFileInfo(fileName).fileName();
    if (Status s = FreeTextFields::checkAttachment(name, description); !s)
        return s.error();
    if (content.isEmpty())
        return makeError(ErrorCode::Validation, tr("The file %1 is empty.").arg(name));
    if (content.size() > MaxAttachmentBytes)
        return makeError(ErrorCode::Validation,
                         tr("The file %1 is larger than 50 MB; scan it at a lower resolution.").arg(name));
    const QString mime = mimeTypeOf(content);
    if (mime.isEmpty())
        return makeError(
            ErrorCode::Validation,
            tr("The file %1 is not a PDF, PNG or JPEG file (judged by its content, not its name).")
                .arg(name));
    // The request first: the opening below costs a child process.
    if (auto request = RequestRepository(database()).findById(requestId); !request)
        return request.error();
    else if (!request.value())
        return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(requestId));
    // Opened for real before it is stored, in a child under limits: a damaged or hostile file is
    // refused now instead of hanging or crashing whatever shows it later.
    if (auto opened = DocumentCheck::inspect(content, name); !opened)
        return opened.error();
    Attachment a;
    a.requestId = requestId;
    a.fileName = name;
    a.mimeType = mime;
    a.size = content.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.description = description.trimmed().left(200);
    a.addedByLogin = actor.login;
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    RequestRepository repo(database());
    auto request = repo.findById(requestId);
    if (!request)
        return request.error();
    if (!request.value())
        return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(requestId));
    auto id = repo.addAttachment(a, content, actor.userId);
    if (!id)
        return id.error();
    a.id = id.value();
    a.addedAt = QDateTime::currentDateTimeUtc();
    RequestHistoryEntry h;
    h.action = QStringLiteral("attach");
    h.field = QStringLiteral("attachment");
    h.after = a.fileName;
    h.comment = a.sha256;
    if (Status s = repo.addHistory(requestId, actor.userId, actor.login, h); !s)
        return s.error();
    if (auto e = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("attachment.add"), QStringLiteral("attachment"),
                                      QString::number(a.id),
                                      { { QStringLiteral("request_id"), requestId },
                                        { QStringLiteral("sha256"), a.sha256 },
                                        { QStringLiteral("size"), a.size },
                                        { QStringLiteral("mime_type"), a.mimeType } }));
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<QList<Attachment>> RequestService::attachments(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto rows = RequestRepository(database()).attachments(requestId);
    if (!rows)
        return rows;
    if (Status s = recordRead(actor, QStringLiteral("request.attachments"), QStringLiteral("request"),
                              QString::number(requestId), {}, rows->size());
        !s)
        return s.error();
    return rows;
}

Result<QByteArray> RequestService::attachmentContent(const Actor &actor, qint64 attachmentId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("attachment"), QString::number(attachmentId));
        !s)
        return s.error();
    RequestRepository repo(database());
    auto meta = repo.attachment(attachmentId);
    if (!meta)
        return meta.error();
    if (!meta.value())
        return makeError(ErrorCode::NotFound, tr("The attachment does not exist."));
    auto content = repo.attachmentContent(attachmentId);
    if (!content)
        return content.error();
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex());
    if (digest != meta.value()->sha256)
        return makeError(ErrorCode::Failure,
                         tr("The stored file %1 no longer matches its SHA-256; it was damaged or altered.")
                             .arg(meta.value()->fileName));
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("attachment.view"), QStringLiteral("attachment"),
                                       QString::number(attachmentId),
                                       { { QStringLiteral("request_id"), meta.value()->requestId } }));
        !s)
        return s.error();
    return content;
}

} // namespace dsr
