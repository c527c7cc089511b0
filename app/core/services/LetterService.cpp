#include "LetterService.h"

#include "../Logging.h"
#include "../letters/LetterData.h"
#include "../letters/LetterLifecycle.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/LetterRepository.h"
#include "../storage/Numbering.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "FreeTextFields.h"
#include "LetterIssuer.h"
#include "LetterRegister.h"
#include "LetterTemplateService.h"

#include <QThreadPool>

#include <functional>

namespace dsr {

namespace {
// How often a letter is rendered again outside the write lock when another desk took the number
// it was rendered with, before it is rendered inside the lock (which then holds the other desks
// off for a whole rendering).
constexpr int kAheadAttempts = 4;

using Ahead = std::shared_ptr<LetterIssuer::SpeculativeLetter>;

// Issuing with the letter rendered ahead, outside the write lock: `renderAhead` starts the render
// (null when it cannot), `write` does the issuing transaction's work with it. When another desk
// took the number it was rendered with, the transaction is rolled back and the letter rendered
// again outside the lock — kAheadAttempts times, then inside it.
Result<Letter>
issueRenderedAhead(Database &db, const std::function<Ahead()> &renderAhead,
                   const std::function<Result<Letter>(const LetterIssuer::SpeculativeLetter *)> &write)
{
    for (int attempt = 0;; ++attempt) {
        const Ahead ahead = renderAhead();
        if (ahead) {
            ahead->onlyIfMatches = attempt < kAheadAttempts;
            // Rendered before the transaction begins: on SQLite, BEGIN IMMEDIATE takes the write
            // lock, and another desk must not wait a whole rendering for it.
            if (ahead->rendering.valid())
                ahead->rendering.wait();
        }
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        auto letter = write(ahead.get());
        if (!letter && ahead && ahead->missed)
            continue; // another desk took the number: rolled back, rendered again outside the lock
        if (!letter)
            return letter.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return letter;
    }
}

} // namespace

Result<QList<LetterKind>> LetterService::kindsFor(const Actor &actor, qint64 requestId)
{
    LetterIssuer issuer(database(), today());
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    QList<LetterKind> out;
    for (LetterKind kind : LetterKinds::all()) {
        if (issuer.gather(actor, requestId, kind, LetterInput {}))
            out << kind;
    }
    return out;
}

Result<LetterPreview> LetterService::preview(const Actor &actor, qint64 requestId, LetterKind kind,
                                             const LetterInput &input)
{
    LetterIssuer issuer(database(), today());
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto facts = issuer.gather(actor, requestId, kind, input);
    if (!facts)
        return facts.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    facts.value().documentNumber = LetterDataBuilder::draftDocumentNumber(*settings);
    LetterTemplateService templates(database());
    auto text = templates.textInForce(kind);
    if (!text)
        return text.error();
    RenderOptions options;
    options.draft = true;
    auto seal = templates.sealImage(*settings);
    if (!seal)
        return seal.error();
    options.seal = *seal;
    auto composed = LetterComposer::compose(*facts, *settings, *text, options);
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
    LetterIssuer issuer(database(), today());
    auto l = LetterRegister::load(database(), letterId);
    if (!l)
        return l.error();
    if (l->isIssued())
        return makeError(ErrorCode::Validation,
                         tr("Letter %1 is issued: its stored PDF is the letter.").arg(l->documentNo));
    if (Status s = LetterLifecycle::checkState(LetterAction::View, *l); !s)
        return s.error();
    const auto kind = LetterKinds::fromId(l->kind);
    if (!kind)
        return makeError(ErrorCode::Failure, tr("The letter's kind “%1” is unknown.").arg(l->kind));
    auto input = issuer.storedInput(letterId);
    if (!input)
        return input.error();
    return preview(actor, l->requestId, *kind, *input);
}

Result<Letter> LetterService::issue(const Actor &actor, qint64 requestId, LetterKind kind,
                                    const LetterInput &input)
{
    LetterIssuer issuer(database(), today());
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    if (!LetterKinds::isDecisionLetter(kind)) {
        // A procedural letter is issued from the draft a chief approved (newest first).
        auto drafts
            = LetterRepository(database()).list(LetterQuery { requestId, LetterKinds::id(kind), {}, 0, {} });
        if (!drafts)
            return drafts.error();
        for (const Letter &draft : drafts.value())
            if (LetterLifecycle::stateAllows(LetterAction::Issue, draft))
                return issueDraft(actor, draft.id, draft.version);
        return makeError(ErrorCode::Validation,
                         tr("A %1 needs a chief's approval before it is issued: submit its draft first.")
                             .arg(LetterKinds::title(kind)));
    }
    auto letter = issueRenderedAhead(
        database(), [&] { return issuer.renderAhead(actor, requestId, kind, input); },
        [&](const LetterIssuer::SpeculativeLetter *ahead) -> Result<Letter> {
            if (Status s = issuer.notYetIssued(requestId, kind, actor.userId); !s)
                return s.error();
            return issuer.issueIn(actor, requestId, kind, input, 0, 0, 0, ahead);
        });
    if (letter)
        qCInfo(lcServices).noquote() << "letter" << letter->id << "issued for request" << requestId;
    return letter;
}

struct LetterService::RenderedDraft
{
    std::shared_ptr<LetterIssuer::SpeculativeLetter> letter;
};

std::shared_ptr<const LetterService::RenderedDraft>
LetterService::renderDraftAhead(const Actor &actor, qint64 letterId, int numbersBefore)
{
    if (!require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId)))
        return nullptr;
    LetterIssuer issuer(database(), today());
    auto draft = LetterRegister::load(database(), letterId);
    auto input = issuer.storedInput(letterId);
    auto settings = SettingsRepository(database()).load();
    if (!draft || !input || !settings || !LetterKinds::fromId(draft->kind))
        return nullptr;
    auto seal = LetterTemplateService(database()).sealImage(*settings);
    Numbering numbering(database());
    const auto job
        = issuer.aheadJob(actor, IssueOrder { draft->requestId, *LetterKinds::fromId(draft->kind), *input },
                          *settings, seal ? *seal : QImage(), [&](int year) {
                              auto current = numbering.current(
                                  NumberSeries::Document, settings->value(Setting::DocumentSymbol), year);
                              return (current ? *current + 1 : 1) + numbersBefore;
                          });
    if (!job)
        return nullptr;
    return std::make_shared<const RenderedDraft>(RenderedDraft { job->start() });
}

Result<Letter> LetterService::issueDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion,
                                         const std::shared_ptr<const RenderedDraft> &ahead)
{
    LetterIssuer issuer(database(), today());
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    if (ahead && ahead->letter->rendering.valid())
        ahead->letter->rendering.wait(); // outside the write lock, as for every letter
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto draft = LetterRegister::load(database(), letterId);
    if (!draft)
        return draft.error();
    if (expectedVersion > 0 && expectedVersion != draft->version)
        return changedBySomeoneElse();
    if (Status s = LetterLifecycle::checkState(LetterAction::Issue, *draft); !s)
        return s.error();
    auto input = issuer.storedInput(letterId);
    if (!input)
        return input.error();
    auto letter = issuer.issueIn(actor, draft->requestId, *LetterKinds::fromId(draft->kind), *input, letterId,
                                 draft->version, 0, ahead ? ahead->letter.get() : nullptr);
    if (!letter)
        return letter.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return letter;
}

Result<Letter> LetterService::reissue(const Actor &actor, qint64 letterId, const QString &reason)
{
    LetterIssuer issuer(database(), today());
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
    // The input of the letter it replaces, dated the day it is issued again.
    auto inputOf = [&](qint64 id) -> Result<LetterInput> {
        auto input = issuer.storedInput(id);
        if (!input)
            return input.error();
        input.value().letterDate = QDate();
        input.value().dateReason.clear();
        return input;
    };
    return issueRenderedAhead(
        database(),
        [&]() -> Ahead {
            auto seen = LetterRegister::load(database(), letterId);
            if (!seen || !LetterLifecycle::stateAllows(LetterAction::Reissue, *seen))
                return nullptr;
            auto input = inputOf(letterId);
            const auto kind = LetterKinds::fromId(seen->kind);
            return input && kind ? issuer.renderAhead(actor, seen->requestId, *kind, *input) : nullptr;
        },
        [&](const LetterIssuer::SpeculativeLetter *ahead) -> Result<Letter> {
            auto old = LetterRegister::load(database(), letterId);
            if (!old)
                return old.error();
            if (Status s = LetterLifecycle::checkState(LetterAction::Reissue, *old); !s)
                return s.error();
            auto input = inputOf(letterId);
            if (!input)
                return input.error();
            auto letter = issuer.issueIn(actor, old->requestId, *LetterKinds::fromId(old->kind), *input, 0, 0,
                                         letterId, ahead);
            if (!letter)
                return letter;
            if (auto a = AuditRepository(database())
                             .append(eventFor(actor, QStringLiteral("letter.reissue"),
                                              QStringLiteral("letter"), QString::number(letterId),
                                              { { QStringLiteral("new_letter"), letter->id },
                                                { QStringLiteral("reason"), reason.trimmed() } }));
                !a)
                return a.error();
            return letter;
        });
}

Result<Letter> LetterService::submitDraft(const Actor &actor, qint64 requestId, LetterKind kind,
                                          const LetterInput &input)
{
    LetterIssuer issuer(database(), today());
    if (Status s
        = require(actor, Operation::LetterIssue, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    if (LetterKinds::isDecisionLetter(kind))
        return makeError(ErrorCode::Validation,
                         tr("A decision letter is approved with its decision; issue it directly."));
    // Everything the letter needs must be there now, not when the chief has approved it.
    auto facts = issuer.gather(actor, requestId, kind, input);
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
    if (Status s = letters.setInput(*id, input.toStored()); !s)
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
    return LetterRegister::load(database(), *id);
}

} // namespace dsr
