#include "LetterService.h"

#include "../Logging.h"
#include "../letters/LetterComposer.h"
#include "../letters/LetterFacts.h"
#include "../letters/LetterTemplates.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"
#include "../storage/WorkflowRepository.h"
#include "../text/CsvReader.h"
#include "../text/JapaneseEra.h"
#include "../workflow/ApprovalPolicy.h"
#include "CalendarService.h"
#include "FreeTextFields.h"
#include "WorkflowService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>

#include <future>
#include <memory>
#include <vector>

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

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The text a letter is composed from: an imported template's body; empty for the built-in one.
QString templateTextOf(const std::optional<LetterTemplateRow> &row)
{
    return row && row->source == QLatin1String("imported") ? row->body : QString();
}

QString inputJson(const LetterInput &input)
{
    return QString::fromUtf8(QJsonDocument(input.toJson()).toJson(QJsonDocument::Compact));
}

QJsonObject letterEvent(const Letter &l)
{
    QJsonObject o { { QStringLiteral("request_id"), l.requestId }, { QStringLiteral("kind"), l.kind } };
    if (l.isIssued())
        o.insert(QStringLiteral("document_no"), l.documentNo);
    return o;
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

QString LetterService::documentNumber(const QString &symbol, int number, bool fullWidthDigits)
{
    const QString digits = QString::number(number);
    return symbol + QStringLiteral("第") + (fullWidthDigits ? JapaneseEra::toFullWidthDigits(digits) : digits)
        + QStringLiteral("号");
}

Result<LetterFacts> LetterService::gatherFacts(const Actor &actor, qint64 requestId, LetterKind kind,
                                               const LetterInput &input)
{
    if (Status s = FreeTextFields::check(input); !s)
        return s.error();
    auto found = RequestRepository(database()).findById(requestId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(requestId));
    const Request r = *found.value();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    const auto regime
        = LetterKinds::regimeFromId(settings->value(Setting::Regime)).value_or(LegalRegime::Private);
    if (!LetterKinds::allowedIn(kind, regime))
        return makeError(
            ErrorCode::Validation,
            tr("A %1 is not written under the organisation's legal regime.").arg(LetterKinds::title(kind)));

    LetterFacts facts;
    facts.kind = kind;
    facts.request = r;
    facts.issueDate = input.letterDate.isValid() ? input.letterDate : today();
    // The date printed: never in the future (a letter is dated the day it leaves or earlier),
    // never before the request arrived; a date more than a week back needs a recorded reason.
    if (facts.issueDate > today())
        return makeError(ErrorCode::Validation, tr("The letter date cannot be in the future."));
    if (r.received.isValid() && facts.issueDate < r.received)
        return makeError(ErrorCode::Validation,
                         tr("The letter cannot be dated %1, before the request arrived on %2.")
                             .arg(facts.issueDate.toString(Qt::ISODate), r.received.toString(Qt::ISODate)));
    if (facts.issueDate.daysTo(today()) > LetterInput::MaxDaysBackWithoutReason
        && input.dateReason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("The letter is dated %1, more than %2 days ago; state the reason for the earlier "
                            "date.")
                             .arg(facts.issueDate.toString(Qt::ISODate))
                             .arg(LetterInput::MaxDaysBackWithoutReason));
    facts.postageYen = input.postageYen;
    facts.enclosures = input.enclosures;
    facts.recipientsInformed = input.recipientsInformed;
    facts.purposes = input.purposes;

    // The person in charge: the clerk the request is assigned to, else whoever writes the letter.
    facts.personInCharge = actor.displayName;
    if (r.assignedTo > 0) {
        if (auto clerk = UserRepository(database()).findById(r.assignedTo); clerk && clerk.value())
            facts.personInCharge = clerk.value()->displayName;
    }

    // The requester's address: the member's own, or the agent's.
    if (r.requester.kind == RequesterKind::Self) {
        auto member = MemberRepository(database()).findById(r.memberId);
        if (!member)
            return member.error();
        if (!member.value())
            return makeError(ErrorCode::NotFound, tr("The request's member no longer exists."));
        facts.recipient = { member.value()->name, member.value()->postalCode, member.value()->address };
    } else {
        facts.recipient = { r.requester.agentName, QString(), r.requester.agentAddress };
    }

    WorkflowRepository wf(database());
    auto decision = wf.decision(requestId);
    if (!decision)
        return decision.error();
    if (LetterKinds::isDecisionLetter(kind)) {
        const bool decided = r.status == RequestStatus::Decided || r.status == RequestStatus::Notified
            || r.status == RequestStatus::Closed;
        if (!decided || !decision.value())
            return makeError(ErrorCode::Validation,
                             tr("A decision letter can be issued only for an approved decision; request %1 "
                                "is %2.")
                                 .arg(r.receiptNo, RequestVocabulary::displayName(r.status)));
        const auto answering = LetterKinds::forDecision(decision.value()->kind, r.type);
        if (answering != kind)
            return makeError(ErrorCode::Validation,
                             tr("The decision on request %1 is “%2”; it is notified by a %3.")
                                 .arg(r.receiptNo, DecisionVocabulary::displayName(decision.value()->kind),
                                      answering ? LetterKinds::title(*answering) : tr("letter of no kind")));
        facts.decision = decision.value();
        auto decidedCols = wf.requestColumns(requestId, { QStringLiteral("decided_on") });
        if (!decidedCols)
            return decidedCols.error();
        const QDate decidedOn = dateFromDb(decidedCols->value(QStringLiteral("decided_on")));
        if (decidedOn.isValid() && facts.issueDate < decidedOn)
            return makeError(
                ErrorCode::Validation,
                tr("The letter cannot be dated %1, before the decision it notifies (%2).")
                    .arg(facts.issueDate.toString(Qt::ISODate), decidedOn.toString(Qt::ISODate)));
    }

    switch (kind) {
    case LetterKind::AmendmentRequest: {
        auto amendments = wf.amendments(requestId);
        if (!amendments)
            return amendments.error();
        const Amendment *open = nullptr;
        for (const Amendment &a : amendments.value())
            if (!a.receivedOn.isValid())
                open = &a;
        if (!open)
            return makeError(ErrorCode::Validation,
                             tr("Request %1 awaits no amendment: record the amendment request in its "
                                "workflow first.")
                                 .arg(r.receiptNo));
        facts.amendment = { open->missing, input.toSupply, open->replyBy };
        break;
    }
    case LetterKind::Extension: {
        auto cols = wf.requestColumns(requestId,
                                      { QStringLiteral("extended_to"), QStringLiteral("special_extension_to"),
                                        QStringLiteral("extension_reason") });
        if (!cols)
            return cols.error();
        const QDate extended = dateFromDb(cols->value(QStringLiteral("extended_to")));
        const QDate special = dateFromDb(cols->value(QStringLiteral("special_extension_to")));
        if (!extended.isValid() && !special.isValid())
            return makeError(
                ErrorCode::Validation,
                tr("Request %1 has no extension: record it in its workflow first.").arg(r.receiptNo));
        auto calendar = CalendarService(database()).calendar();
        if (!calendar)
            return calendar.error();
        auto paused = wf.pausedRanges(requestId, today());
        if (!paused)
            return paused.error();
        const DeadlineResult original
            = CalendarService::deadlineFor(*calendar, *settings, r.received, *paused);
        facts.extension = { original.deadline, special.isValid() ? special : extended,
                            cols->value(QStringLiteral("extension_reason")).toString(), special.isValid() };
        break;
    }
    case LetterKind::ThirdPartyOpinion: {
        auto opinions = wf.opinions(requestId);
        if (!opinions)
            return opinions.error();
        if (opinions->isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("Request %1 has no third-party opinion to ask for: record it in its "
                                "workflow first.")
                                 .arg(r.receiptNo));
        const Opinion &o = opinions->last();
        facts.opinion = { { o.thirdParty, input.thirdPartyPostalCode, input.thirdPartyAddress },
                          input.information,
                          o.replyBy };
        break;
    }
    default:
        break;
    }
    return facts;
}

Result<LetterTemplateRow> LetterService::templateInForce(LetterKind kind, qint64 userId)
{
    LetterRepository letters(database());
    const QString id = LetterKinds::id(kind);
    auto active = letters.activeTemplate(id);
    if (!active)
        return active.error();
    const QString builtIn = LetterTemplates::builtIn(kind);
    if (active.value()) {
        // An imported template stays in force; a built-in one is superseded by a program update.
        if (active.value()->source == QLatin1String("imported") || active.value()->body == builtIn)
            return *active.value();
    }
    return letters.addTemplate(id, QStringLiteral("builtin"), builtIn, userId);
}

Result<QList<LetterKind>> LetterService::kindsFor(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    QList<LetterKind> out;
    for (LetterKind kind : LetterKinds::all()) {
        if (gatherFacts(actor, requestId, kind, LetterInput {}))
            out << kind;
    }
    return out;
}

Result<LetterPreview> LetterService::preview(const Actor &actor, qint64 requestId, LetterKind kind,
                                             const LetterInput &input)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto facts = gatherFacts(actor, requestId, kind, input);
    if (!facts)
        return facts.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    facts.value().documentNumber = LetterDataBuilder::draftDocumentNumber(*settings);
    auto active = LetterRepository(database()).activeTemplate(LetterKinds::id(kind));
    if (!active)
        return active.error();
    RenderOptions options;
    options.draft = true;
    auto seal = sealImage(*settings);
    if (!seal)
        return seal.error();
    options.seal = *seal;
    auto composed = LetterComposer::compose(*facts, *settings, templateTextOf(active.value()), options);
    if (!composed)
        return composed.error();
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("letter.preview"), QStringLiteral("request"),
                                       QString::number(requestId),
                                       { { QStringLiteral("kind"), LetterKinds::id(kind) } }));
        !s)
        return s.error();
    return LetterPreview { composed->rendered.pdf, composed->rendered.pages };
}

Result<LetterPreview> LetterService::previewDraft(const Actor &actor, qint64 letterId)
{
    auto l = load(letterId);
    if (!l)
        return l.error();
    if (l->isIssued())
        return makeError(ErrorCode::Validation,
                         tr("Letter %1 is issued: its stored PDF is the letter.").arg(l->documentNo));
    const auto kind = LetterKinds::fromId(l->kind);
    if (!kind)
        return makeError(ErrorCode::Failure, tr("The letter's kind “%1” is unknown.").arg(l->kind));
    auto input = storedInput(letterId);
    if (!input)
        return input.error();
    return preview(actor, l->requestId, *kind, *input);
}

std::optional<LetterService::AheadJob> LetterService::aheadJob(const Actor &actor, const IssueOrder &order,
                                                               const OrganisationSettings &settings,
                                                               const QImage &seal,
                                                               const std::function<int(int)> &expectedNumber)
{
    auto facts = gatherFacts(actor, order.requestId, order.kind, order.input);
    auto active = LetterRepository(database()).activeTemplate(LetterKinds::id(order.kind));
    if (!facts || !active)
        return std::nullopt;
    AheadJob job;
    job.facts = facts.value();
    job.facts.documentNumber = documentNumber(settings.value(Setting::DocumentSymbol),
                                              expectedNumber(JapaneseEra::fiscalYearOf(job.facts.issueDate)),
                                              settings.value(Setting::LetterDigits) == QLatin1String("full"));
    job.settings = settings;
    job.options.timestamp = QDateTime::currentDateTimeUtc();
    job.options.seal = seal;
    job.letter = std::make_shared<SpeculativeLetter>();
    job.letter->templateText = templateTextOf(active.value());
    job.letter->sealKey = seal.cacheKey();
    return job;
}

void LetterService::AheadJob::render() const
{
    auto composed = LetterComposer::compose(facts, settings, letter->templateText, options);
    if (composed)
        letter->composed = std::move(composed).value();
}

std::shared_ptr<LetterService::SpeculativeLetter>
LetterService::renderAhead(const Actor &actor, qint64 requestId, LetterKind kind, const LetterInput &input)
{
    // Rendered before the write lock is taken, with the number the letter will most likely get;
    // issueIn uses it only if it is exactly what the transaction would render. Two desks issuing
    // at once then hold the lock for milliseconds, not for a whole rendering.
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return nullptr;
    auto seal = sealImage(*settings);
    LetterRepository letters(database());
    const auto job = aheadJob(
        actor, IssueOrder { requestId, kind, input }, *settings, seal ? *seal : QImage(), [&](int year) {
            auto current = letters.currentNumber(settings->value(Setting::DocumentSymbol), year);
            return current ? *current + 1 : 1;
        });
    if (!job)
        return nullptr;
    job->render();
    return job->letter;
}

Result<QImage> LetterService::sealImage(const OrganisationSettings &settings)
{
    if (settings.value(Setting::LetterSeal) != QLatin1String("image"))
        return QImage();
    auto png = LetterRepository(database()).latestSeal();
    if (!png)
        return png.error();
    return png->isEmpty() ? QImage() : QImage::fromData(*png, "PNG");
}

Result<LetterInput> LetterService::storedInput(qint64 letterId)
{
    auto stored = LetterRepository(database()).input(letterId);
    if (!stored)
        return stored.error();
    return LetterInput::fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
}

Result<Letter> LetterService::issueIn(const Actor &actor, qint64 requestId, LetterKind kind,
                                      const LetterInput &input, qint64 draftId, qint64 draftVersion,
                                      qint64 replacesId, const SpeculativeLetter *speculative)
{
    auto facts = gatherFacts(actor, requestId, kind, input);
    if (!facts)
        return facts.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    LetterRepository letters(database());
    auto tmpl = templateInForce(kind, actor.userId);
    if (!tmpl)
        return tmpl.error();

    IssuedLetter issued;
    issued.symbol = settings->value(Setting::DocumentSymbol);
    issued.letterDate = facts->issueDate;
    issued.fiscalYear = JapaneseEra::fiscalYearOf(issued.letterDate);
    auto number = letters.nextNumber(issued.symbol, issued.fiscalYear);
    if (!number)
        return number.error();
    issued.number = *number;
    issued.documentNo = documentNumber(issued.symbol, issued.number,
                                       settings->value(Setting::LetterDigits) == QLatin1String("full"));
    facts.value().documentNumber = issued.documentNo;

    RenderOptions options;
    options.timestamp = QDateTime::currentDateTimeUtc();
    auto seal = sealImage(*settings);
    if (!seal)
        return seal.error();
    if (seal->isNull() && settings->value(Setting::LetterSeal) == QLatin1String("image"))
        return makeError(ErrorCode::Validation,
                         tr("The letters are set to print the official seal, but no seal image has been "
                            "imported. Import one (dsrctl template seal FILE) or set letters.seal to omit."));
    options.seal = *seal;
    const QString text = templateTextOf(tmpl.value());
    // A letter rendered ahead (issueMany) is used only when it says exactly this: the same values
    // — the number included — the same template and the same seal. Otherwise it is rendered now.
    std::optional<ComposedLetter> ahead;
    if (speculative && speculative->composed && speculative->templateText == text
        && speculative->sealKey == options.seal.cacheKey()) {
        auto data = LetterDataBuilder::build(*facts, *settings);
        if (data && data->values == speculative->composed->data.values)
            ahead = speculative->composed.value();
    }
    auto composed
        = ahead ? Result<ComposedLetter>(*ahead) : LetterComposer::compose(*facts, *settings, text, options);
    if (!composed)
        return composed.error();
    issued.addressee = facts->kind == LetterKind::ThirdPartyOpinion ? facts->opinion.thirdParty.name
                                                                    : facts->request.requesterName();
    issued.templateId = tmpl->id;
    issued.pdf = composed->rendered.pdf;
    issued.sha256 = sha256Hex(issued.pdf);
    issued.pages = composed->rendered.pages;
    issued.issuedBy = actor.userId;
    issued.replacesId = replacesId;

    qint64 id = draftId;
    if (draftId > 0) {
        if (Status s = letters.issueDraft(draftId, draftVersion, issued); !s)
            return s.error();
    } else {
        auto inserted = letters.insertIssued(requestId, LetterKinds::id(kind), issued);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (draftId == 0) {
        if (Status s = letters.setInput(id, inputJson(input)); !s)
            return s.error();
    }
    QJsonObject details { { QStringLiteral("request_id"), requestId },
                          { QStringLiteral("kind"), LetterKinds::id(kind) },
                          { QStringLiteral("document_no"), issued.documentNo },
                          { QStringLiteral("sha256"), issued.sha256 },
                          { QStringLiteral("template_version"), tmpl->version } };
    if (replacesId > 0)
        details.insert(QStringLiteral("replaces"), replacesId);
    details.insert(QStringLiteral("letter_date"), issued.letterDate.toString(Qt::ISODate));
    if (const qint64 back = issued.letterDate.daysTo(today()); back > LetterInput::MaxDaysBackWithoutReason) {
        // The reason itself is stored with the letter's input (free text stays out of the trail).
        details.insert(QStringLiteral("backdated_days"), back);
        details.insert(QStringLiteral("date_reason"), true);
    }
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("letter.issue"), QStringLiteral("letter"),
                                      QString::number(id), details));
        !a)
        return a.error();
    return load(id);
}

Status LetterService::notYetIssued(qint64 requestId, LetterKind kind)
{
    // One decision, one letter: a second one is a reissue, which says what it replaces.
    auto existing
        = LetterRepository(database()).list(LetterQuery { requestId, LetterKinds::id(kind), {}, 0, {} });
    if (!existing)
        return existing.error();
    for (const Letter &l : existing.value()) {
        if (l.isIssued() && l.state != LetterState::Void)
            return makeError(ErrorCode::Validation,
                             tr("The %1 for this request was issued as %2; to send it again, issue it again "
                                "from that letter (reissue).")
                                 .arg(LetterKinds::title(kind), l.documentNo));
    }
    return {};
}

Result<QList<IssueOrder>> LetterService::pendingDecisionLetters(const Actor &actor)
{
    if (Status s = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    const auto regime
        = LetterKinds::regimeFromId(settings->value(Setting::Regime)).value_or(LegalRegime::Private);
    RequestQuery decided;
    decided.status = RequestStatus::Decided;
    decided.sort = RequestQuery::Sort::Received;
    decided.descending = false;
    decided.limit = 0;
    auto requests = RequestRepository(database()).list(decided);
    if (!requests)
        return requests.error();
    WorkflowRepository wf(database());
    QList<IssueOrder> out;
    for (const Request &r : requests.value()) {
        auto decision = wf.decision(r.id);
        if (!decision)
            return decision.error();
        if (!decision.value())
            continue;
        const auto kind = LetterKinds::forDecision(decision.value()->kind, r.type);
        if (!kind || !LetterKinds::allowedIn(*kind, regime) || !notYetIssued(r.id, *kind))
            continue;
        out << IssueOrder { r.id, *kind, {}, r.receiptNo };
    }
    return out;
}

QList<Result<Letter>> LetterService::issueMany(const Actor &actor, const QList<IssueOrder> &orders)
{
    QList<Result<Letter>> out;
    if (Status s = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QStringLiteral("-"));
        !s) {
        for (qsizetype i = 0; i < orders.size(); ++i)
            out << Result<Letter>(s.error());
        return out;
    }
    auto settings = SettingsRepository(database()).load();
    LetterRepository letters(database());
    const QString symbol = settings ? settings->value(Setting::DocumentSymbol) : QString();
    QHash<int, int> predicted; // fiscal year → the number the next letter is expected to get
    QImage seal;
    if (settings) {
        if (auto stored = sealImage(*settings))
            seal = *stored;
    }

    // Renders run on the other cores while this thread writes the letters before them.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const int window = pool.maxThreadCount() + 1;
    QList<std::shared_ptr<SpeculativeLetter>> ahead(orders.size());
    std::vector<std::future<void>> done(static_cast<size_t>(orders.size()));
    qsizetype started = 0;
    auto startNext = [&] {
        const qsizetype i = started++;
        const IssueOrder &o = orders[i];
        if (!settings || !LetterKinds::isDecisionLetter(o.kind))
            return;
        const auto job = aheadJob(actor, o, *settings, seal, [&](int year) {
            if (!predicted.contains(year)) {
                auto current = letters.currentNumber(symbol, year);
                predicted.insert(year, current ? *current + 1 : 1);
            }
            return predicted[year]++;
        });
        if (!job)
            return;
        ahead[i] = job->letter;
        auto task = std::make_shared<std::packaged_task<void()>>([job] { job->render(); });
        done[static_cast<size_t>(i)] = task->get_future();
        pool.start([task] { (*task)(); });
    };
    for (qsizetype i = 0; i < orders.size(); ++i) {
        while (started < orders.size() && started < i + window)
            startNext();
        if (done[static_cast<size_t>(i)].valid())
            done[static_cast<size_t>(i)].wait();
        const IssueOrder &o = orders[i];
        Result<Letter> result = makeError(ErrorCode::Failure, QString());
        {
            Transaction tx(database());
            if (!tx.isActive()) {
                result = tx.beginError();
            } else if (!LetterKinds::isDecisionLetter(o.kind)) {
                result = makeError(
                    ErrorCode::Validation,
                    tr("A %1 needs a chief's approval before it is issued: submit its draft first.")
                        .arg(LetterKinds::title(o.kind)));
            } else if (Status s = notYetIssued(o.requestId, o.kind); !s) {
                result = s.error();
            } else {
                result = issueIn(actor, o.requestId, o.kind, o.input, 0, 0, 0, ahead[i].get());
                if (result) {
                    if (Status c = tx.commit(); !c)
                        result = c.error();
                }
            }
        }
        if (result)
            qCInfo(lcServices).noquote() << "letter" << result->id << "issued for request" << o.requestId;
        out << result;
        ahead[i].reset();
    }
    pool.waitForDone();
    return out;
}

Result<Letter> LetterService::issue(const Actor &actor, qint64 requestId, LetterKind kind,
                                    const LetterInput &input)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    if (!LetterKinds::isDecisionLetter(kind)) {
        // A procedural letter is issued from the draft a chief approved.
        auto drafts
            = LetterRepository(database())
                  .list(LetterQuery { requestId, LetterKinds::id(kind), LetterState::Approved, 0, {} });
        if (!drafts)
            return drafts.error();
        if (drafts->isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("A %1 needs a chief's approval before it is issued: submit its draft first.")
                                 .arg(LetterKinds::title(kind)));
        return issueDraft(actor, drafts->first().id, drafts->first().version);
    }
    const auto ahead = renderAhead(actor, requestId, kind, input);
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = notYetIssued(requestId, kind); !s)
        return s.error();
    auto letter = issueIn(actor, requestId, kind, input, 0, 0, 0, ahead.get());
    if (!letter)
        return letter.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcServices).noquote() << "letter" << letter->id << "issued for request" << requestId;
    return letter;
}

Result<Letter> LetterService::issueDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto draft = load(letterId);
    if (!draft)
        return draft.error();
    if (expectedVersion > 0 && expectedVersion != draft->version)
        return changedBySomeoneElse();
    if (draft->state != LetterState::Approved)
        return makeError(ErrorCode::Validation,
                         tr("Only an approved draft can be issued; this letter is %1.")
                             .arg(LetterVocabulary::displayName(draft->state)));
    auto input = storedInput(letterId);
    if (!input)
        return input.error();
    auto letter = issueIn(actor, draft->requestId, *LetterKinds::fromId(draft->kind), *input, letterId,
                          draft->version, 0);
    if (!letter)
        return letter.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return letter;
}

Result<Letter> LetterService::reissue(const Actor &actor, qint64 letterId, const QString &reason)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("State why the letter is issued again."));
    if (Status s
        = FreeTextFields::checkReason(QStringLiteral("reason"), tr("The reason for issuing again"), reason);
        !s)
        return s.error();
    std::shared_ptr<SpeculativeLetter> ahead;
    if (auto seen = load(letterId); seen && seen->isIssued()) {
        if (auto input = storedInput(letterId); input) {
            input.value().letterDate = QDate();
            input.value().dateReason.clear();
            if (const auto kind = LetterKinds::fromId(seen->kind))
                ahead = renderAhead(actor, seen->requestId, *kind, *input);
        }
    }
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto old = load(letterId);
    if (!old)
        return old.error();
    if (!old->isIssued())
        return makeError(ErrorCode::Validation, tr("Only an issued letter can be issued again."));
    auto input = storedInput(letterId);
    if (!input)
        return input.error();
    input.value().letterDate = QDate(); // dated the day it is issued again
    input.value().dateReason.clear();
    auto letter = issueIn(actor, old->requestId, *LetterKinds::fromId(old->kind), *input, 0, 0, letterId,
                          ahead.get());
    if (!letter)
        return letter.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("letter.reissue"), QStringLiteral("letter"),
                                      QString::number(letterId),
                                      { { QStringLiteral("new_letter"), letter->id },
                                        { QStringLiteral("reason"), reason.trimmed() } }));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return letter;
}

Result<Letter> LetterService::submitDraft(const Actor &actor, qint64 requestId, LetterKind kind,
                                          const LetterInput &input)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    if (LetterKinds::isDecisionLetter(kind))
        return makeError(ErrorCode::Validation,
                         tr("A decision letter is approved with its decision; issue it directly."));
    // Everything the letter needs must be there now, not when the chief has approved it.
    auto facts = gatherFacts(actor, requestId, kind, input);
    if (!facts)
        return facts.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    facts.value().documentNumber = LetterDataBuilder::draftDocumentNumber(*settings);
    if (auto data = LetterDataBuilder::build(*facts, *settings); !data)
        return data.error();

    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    LetterRepository letters(database());
    auto id = letters.insertDraft(requestId, LetterKinds::id(kind), LetterState::Draft, actor.userId);
    if (!id)
        return id.error();
    if (Status s = letters.setInput(*id, inputJson(input)); !s)
        return s.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("letter.submit"), QStringLiteral("letter"),
                                      QString::number(*id),
                                      { { QStringLiteral("request_id"), requestId },
                                        { QStringLiteral("kind"), LetterKinds::id(kind) } }));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return load(*id);
}

Result<Letter> LetterService::approveDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion)
{
    if (Status s
        = require(actor, Operation::RequestApprove, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    // The one-step route of a procedural letter is the chief's.
    auto fresh = UserRepository(database()).findById(actor.userId);
    if (!fresh || !fresh.value())
        return makeError(ErrorCode::Authentication, tr("Log in again."));
    const RoleSet roles = fresh.value()->roles;
    if (ApprovalPolicy::verdict(actor.userId, roles, Role::Chief, {}) == ApprovalVerdict::WrongRole) {
        (void)recordOnly(eventFor(actor, QStringLiteral("permission.denied"), QStringLiteral("letter"),
                                  QString::number(letterId),
                                  { { QStringLiteral("operation"), QStringLiteral("letter.approve") } }));
        return makeError(ErrorCode::Permission, tr("A procedural letter is approved by a chief."));
    }
    return changeState(actor, letterId, expectedVersion, LetterState::Approved,
                       QStringLiteral("letter.approve"),
                       [&](const Letter &l, QVariantMap &cols, QJsonObject &) -> Status {
                           if (l.state != LetterState::Draft)
                               return makeError(ErrorCode::Validation,
                                                tr("This letter is not awaiting approval; it is %1.")
                                                    .arg(LetterVocabulary::displayName(l.state)));
                           // One person, one step (ApprovalPolicy): the clerk who wrote and submitted the
                           // draft does not approve it.
                           ApprovalRound round;
                           round.draftedBy = l.createdBy;
                           round.submittedBy = l.createdBy;
                           if (Status s = ApprovalPolicy::check(actor.userId, roles, Role::Chief, round); !s)
                               return s;
                           cols.insert(QStringLiteral("approved_by"), actor.userId);
                           cols.insert(QStringLiteral("approved_at"), nowDbTime());
                           return {};
                       });
}

Result<Letter> LetterService::changeState(const Actor &actor, qint64 letterId, qint64 expectedVersion,
                                          LetterState state, const QString &action, const Prepare &prepare,
                                          const std::function<Status(const Letter &)> &after)
{
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto l = load(letterId);
    if (!l)
        return l.error();
    if (expectedVersion > 0 && expectedVersion != l->version)
        return changedBySomeoneElse();
    QVariantMap columns;
    QJsonObject details = letterEvent(*l);
    if (Status s = prepare(*l, columns, details); !s)
        return s.error();
    if (Status s = LetterRepository(database()).update(letterId, l->version, state, columns); !s)
        return s.error();
    if (auto a
        = AuditRepository(database())
              .append(eventFor(actor, action, QStringLiteral("letter"), QString::number(letterId), details));
        !a)
        return a.error();
    if (after) {
        if (Status s = after(*l); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return load(letterId);
}

Result<Letter> LetterService::markPrinted(const Actor &actor, qint64 letterId)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    return changeState(actor, letterId, 0, LetterState::Printed, QStringLiteral("letter.print"),
                       [](const Letter &l, QVariantMap &cols, QJsonObject &) -> Status {
                           if (l.state != LetterState::Issued && l.state != LetterState::Printed)
                               return makeError(
                                   ErrorCode::Validation,
                                   tr("Letter %1 is %2; only an issued letter is printed.")
                                       .arg(l.documentNo, LetterVocabulary::displayName(l.state)));
                           // Printing again (a spare copy) keeps the first time.
                           if (!l.printedAt.isValid())
                               cols.insert(QStringLiteral("printed_at"), nowDbTime());
                           return {};
                       });
}

Result<Letter> LetterService::markMailed(const Actor &actor, qint64 letterId, MailMethod method,
                                         const QString &trackingNo, const QDate &on, qint64 expectedVersion)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return makeError(ErrorCode::Validation, tr("The mailing date cannot be in the future."));
    const bool tracked = method == MailMethod::SimpleRegistered || method == MailMethod::RestrictedDelivery;
    if (tracked && trackingNo.trimmed().isEmpty())
        return makeError(
            ErrorCode::Validation,
            tr("%1 has a tracking number; enter it.").arg(LetterVocabulary::displayName(method)));
    auto prepare = [&](const Letter &l, QVariantMap &cols, QJsonObject &details) -> Status {
        if (l.state != LetterState::Issued && l.state != LetterState::Printed)
            return makeError(ErrorCode::Validation,
                             tr("Letter %1 is %2; only an issued or printed letter is mailed.")
                                 .arg(l.documentNo, LetterVocabulary::displayName(l.state)));
        if (day < l.letterDate)
            return makeError(ErrorCode::Validation,
                             tr("A letter cannot be mailed before its date (%1).")
                                 .arg(l.letterDate.toString(Qt::ISODate)));
        cols.insert(QStringLiteral("mailed_on"), day);
        cols.insert(QStringLiteral("mail_method"), LetterVocabulary::id(method));
        cols.insert(QStringLiteral("tracking_no"), trackingNo.trimmed());
        details.insert(QStringLiteral("method"), LetterVocabulary::id(method));
        return {};
    };
    // The decision letter on its way: the request is notified, in this same transaction.
    auto notify = [&](const Letter &l) -> Status {
        const auto kind = LetterKinds::fromId(l.kind);
        if (!kind || !LetterKinds::isDecisionLetter(*kind))
            return {};
        auto request = RequestRepository(database()).findById(l.requestId);
        if (!request || !request.value())
            return makeError(ErrorCode::Failure, tr("The letter's request could not be read."));
        if (request.value()->status != RequestStatus::Decided)
            return {};
        WorkflowService workflow(database());
        workflow.setToday(today());
        WorkflowInput in;
        in.date = day;
        in.text = LetterVocabulary::displayName(method) + QStringLiteral(" ") + l.documentNo;
        if (auto notified = workflow.perform(actor, l.requestId, WorkflowAction::Notified, in); !notified)
            return notified.error();
        return {};
    };
    return changeState(actor, letterId, expectedVersion, LetterState::Mailed, QStringLiteral("letter.mail"),
                       prepare, notify);
}

Result<Letter> LetterService::markReturned(const Actor &actor, qint64 letterId, const QDate &on)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return makeError(ErrorCode::Validation, tr("The date cannot be in the future."));
    return changeState(actor, letterId, 0, LetterState::Returned, QStringLiteral("letter.returned"),
                       [&](const Letter &l, QVariantMap &cols, QJsonObject &) -> Status {
                           if (l.state != LetterState::Mailed)
                               return makeError(ErrorCode::Validation,
                                                tr("Only a mailed letter comes back undeliverable."));
                           if (day < l.mailedOn)
                               return makeError(ErrorCode::Validation,
                                                tr("A letter cannot come back before it was mailed."));
                           cols.insert(QStringLiteral("returned_on"), day);
                           return {};
                       });
}

Result<Letter> LetterService::voidLetter(const Actor &actor, qint64 letterId, const QString &reason,
                                         qint64 expectedVersion)
{
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("State why the letter is voided."));
    if (Status s
        = FreeTextFields::checkReason(QStringLiteral("reason"), tr("The reason for voiding"), reason);
        !s)
        return s.error();
    return changeState(actor, letterId, expectedVersion, LetterState::Void, QStringLiteral("letter.void"),
                       [&](const Letter &l, QVariantMap &cols, QJsonObject &) -> Status {
                           if (l.state == LetterState::Void)
                               return makeError(ErrorCode::Validation, tr("The letter is void already."));
                           if (l.state == LetterState::Mailed || l.state == LetterState::Returned)
                               return makeError(
                                   ErrorCode::Validation,
                                   tr("Letter %1 has been mailed; it cannot be voided. Issue a new "
                                      "letter in its place.")
                                       .arg(l.documentNo));
                           cols.insert(QStringLiteral("void_reason"), reason.trimmed());
                           cols.insert(QStringLiteral("voided_by"), actor.userId);
                           cols.insert(QStringLiteral("voided_at"), nowDbTime());
                           return {};
                       });
}

QJsonObject LetterService::auditFilter(const LetterQuery &query)
{
    QJsonObject f;
    if (query.requestId > 0)
        f.insert(QStringLiteral("request_id"), query.requestId);
    if (!query.kind.isEmpty())
        f.insert(QStringLiteral("kind"), query.kind);
    if (query.state)
        f.insert(QStringLiteral("state"), LetterVocabulary::id(*query.state));
    if (query.fiscalYear > 0)
        f.insert(QStringLiteral("fiscal_year"), query.fiscalYear);
    if (!query.text.trimmed().isEmpty())
        f.insert(QStringLiteral("text"), auditQuery(query.text));
    return f;
}

Result<QList<Letter>> LetterService::list(const Actor &actor, const LetterQuery &query)
{
    auto listed = listPage(actor, query, false);
    if (!listed)
        return listed.error();
    return std::move(listed).value().rows;
}

Result<LetterService::Page> LetterService::page(const Actor &actor, const LetterQuery &query)
{
    return listPage(actor, query, true);
}

Result<LetterService::Page> LetterService::listPage(const Actor &actor, const LetterQuery &query,
                                                    bool counted)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    LetterQuery capped = query;
    if (capped.limit <= 0 || capped.limit > MaxListRows)
        capped.limit = MaxListRows;
    capped.offset = qMax(0, capped.offset);
    LetterRepository repo(database());
    Page page;
    if (counted) {
        auto total = repo.count(capped);
        if (!total)
            return total.error();
        page.total = total.value();
    }
    if (!counted || page.total > 0) {
        auto rows = repo.list(capped);
        if (!rows)
            return rows.error();
        page.rows = std::move(rows).value();
    }
    QJsonObject details = auditFilter(capped);
    if (capped.offset > 0)
        details.insert(QStringLiteral("offset"), capped.offset);
    details.insert(QStringLiteral("limit"), capped.limit);
    if (counted)
        details.insert(QStringLiteral("total"), page.total);
    if (Status s = recordRead(actor, QStringLiteral("letter.list"), QStringLiteral("letter"),
                              QStringLiteral("-"), details, page.rows.size());
        !s)
        return s.error();
    return page;
}

Result<QList<int>> LetterService::fiscalYears(const Actor &actor)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    return LetterRepository(database()).fiscalYears();
}

Result<Letter> LetterService::find(const Actor &actor, const QString &numberOrId)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), numberOrId); !s)
        return s.error();
    const QString text = numberOrId.trimmed();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    LetterRepository letters(database());
    auto found = numeric ? letters.find(id) : letters.findByDocumentNo(text);
    if (!found)
        return found.error();
    if (!found.value() && !numeric) {
        // The number as typed with the other digit width.
        QString other = text.normalized(QString::NormalizationForm_KC);
        if (other == text)
            other = JapaneseEra::toFullWidthDigits(text);
        found = letters.findByDocumentNo(other);
        if (!found)
            return found.error();
    }
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no letter %1.").arg(text));
    if (Status s = recordRead(actor, QStringLiteral("letter.find"), QStringLiteral("letter"),
                              QString::number(found.value()->id), {}, 1);
        !s)
        return s.error();
    return *found.value();
}

Result<QByteArray> LetterService::pdf(const Actor &actor, qint64 letterId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    auto l = load(letterId);
    if (!l)
        return l.error();
    auto bytes = LetterRepository(database()).pdf(letterId);
    if (!bytes)
        return bytes.error();
    if (sha256Hex(*bytes) != l->sha256)
        return makeError(ErrorCode::Failure,
                         tr("The stored letter %1 does not match its recorded hash: it was altered in the "
                            "database. Report this to the privacy officer.")
                             .arg(l->documentNo));
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("letter.view"), QStringLiteral("letter"),
                                       QString::number(letterId), letterEvent(*l)));
        !s)
        return s.error();
    return bytes;
}

Result<qint64> LetterService::exportRegisterCsv(const Actor &actor, const LetterQuery &query,
                                                const QString &path)
{
    // The whole register as asked, not a page of it: the export itself is the one entry.
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    auto rows = LetterRepository(database()).list(query);
    if (!rows)
        return rows.error();
    QByteArray data("\xEF\xBB\xBF");
    data += "document_no,fiscal_year,letter_date,kind,title,addressee,receipt_no,state,issued_by,mailed_on,"
            "mail_method,tracking_no,replaces,void_reason,sha256\r\n";
    for (const Letter &l : rows.value()) {
        const auto kind = LetterKinds::fromId(l.kind);
        const QStringList fields { l.documentNo,
                                   l.fiscalYear ? QString::number(l.fiscalYear) : QString(),
                                   l.letterDate.toString(Qt::ISODate),
                                   l.kind,
                                   kind ? LetterKinds::title(*kind) : QString(),
                                   l.addressee,
                                   l.receiptNo,
                                   LetterVocabulary::id(l.state),
                                   l.issuedByLogin,
                                   l.mailedOn.toString(Qt::ISODate),
                                   l.mailMethod ? LetterVocabulary::id(*l.mailMethod) : QString(),
                                   l.trackingNo,
                                   l.replacesDocumentNo,
                                   l.voidReason,
                                   l.sha256 };
        QStringList escaped;
        for (const QString &f : fields)
            escaped << CsvWriter::field(f);
        data += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QJsonObject details = auditFilter(query);
    details.insert(QStringLiteral("letters"), rows->size());
    if (Status s = writeExport(path, data,
                               eventFor(actor, QStringLiteral("letter.export_register"),
                                        QStringLiteral("letter"), QStringLiteral("-"), details));
        !s)
        return s.error();
    return qint64(rows->size());
}

Result<QString> LetterService::exportTemplate(const Actor &actor, LetterKind kind)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("template"), LetterKinds::id(kind));
        !s)
        return s.error();
    auto active = LetterRepository(database()).activeTemplate(LetterKinds::id(kind));
    if (!active)
        return active.error();
    const QString imported = templateTextOf(active.value());
    return imported.isEmpty() ? LetterTemplates::builtIn(kind) : imported;
}

Result<LetterTemplateRow> LetterService::importTemplate(const Actor &actor, LetterKind kind,
                                                        const QString &text)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("template"), LetterKinds::id(kind));
        !s)
        return s.error();
    if (Status s = LetterTemplates::validate(kind, text); !s)
        return s.error();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto row = LetterRepository(database())
                   .addTemplate(LetterKinds::id(kind), QStringLiteral("imported"), text, actor.userId);
    if (!row)
        return row.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("template.import"), QStringLiteral("template"),
                                      LetterKinds::id(kind),
                                      { { QStringLiteral("version"), row->version },
                                        { QStringLiteral("sha256"), row->sha256 } }));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return row;
}

Result<QList<LetterTemplateRow>> LetterService::templateVersions(const Actor &actor, LetterKind kind)
{
    if (Status s = require(actor, Operation::SettingsRead, QStringLiteral("template"), LetterKinds::id(kind));
        !s)
        return s.error();
    return LetterRepository(database()).templates(LetterKinds::id(kind));
}

Status LetterService::setSeal(const Actor &actor, const QByteArray &png)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("seal"), QStringLiteral("-")); !s)
        return s;
    const QImage image = QImage::fromData(png, "PNG");
    if (image.isNull())
        return makeError(ErrorCode::Validation, tr("The seal image is not a PNG file."));
    if (image.width() < 100 || image.height() < 100)
        return makeError(ErrorCode::Validation,
                         tr("The seal image is %1×%2 pixels; scan it at 100 pixels or more on each side.")
                             .arg(image.width())
                             .arg(image.height()));
    const QString hash = sha256Hex(png);
    return inTransaction([&] { return LetterRepository(database()).addSeal(png, hash, actor.userId); },
                         [&] {
                             return eventFor(actor, QStringLiteral("seal.import"), QStringLiteral("seal"),
                                             QStringLiteral("-"), { { QStringLiteral("sha256"), hash } });
                         });
}

Result<Letter> LetterService::load(qint64 letterId)
{
    auto found = LetterRepository(database()).find(letterId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no letter with the id %1.").arg(letterId));
    return *found.value();
}

} // namespace dsr
