#pragma once
// Writing and issuing letters (通知書, DOMAIN.md §7, DESIGN.md "Letters"): the kinds a request can
// be written in now, the preview marked 「案」, a procedural letter's draft submitted for a chief's
// approval, and the issue — a document number allocated in the same transaction, the PDF bytes and
// their SHA-256 stored for good — or a new letter issued in place of an old one. The other jobs
// around letters have their own services: LetterLifecycleService (approve, print, mail, return,
// void), LetterBatchService (many decision letters at once), LetterRegister (list, find, PDF,
// CSV), LetterTemplateService (templates and the seal); the facts a letter says are gathered by
// LetterFactsGatherer and the issuing transaction's work is LetterIssuer's.

#include "../letters/LetterKind.h"
#include "../model/Letter.h"
#include "LetterInput.h"
#include "ServiceBase.h"

#include <QDate>

#include <memory>

namespace dsr {

class LetterService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    using ServiceBase::ServiceBase;
    void setToday(const QDate &today) { m_today = today; }

    // The kinds a letter can be written in for the request now (decision letter of its approved
    // decision; the procedural letters its workflow calls for), under the organisation's regime.
    Result<QList<LetterKind>> kindsFor(const Actor &actor, qint64 requestId);

    // The letter as it would be issued today, marked 「案」, with no number. Audited (it shows
    // personal data); nothing else is written.
    Result<LetterPreview> preview(const Actor &actor, qint64 requestId, LetterKind kind,
                                  const LetterInput &input);
    // A letter not yet issued (a procedural draft awaiting approval, or approved), as it would be
    // issued today with the input stored with it, marked 「案」. Audited; nothing is written.
    Result<LetterPreview> previewDraft(const Actor &actor, qint64 letterId);

    // Issues a letter: a decision letter for an approved decision, or a procedural letter whose
    // draft a chief approved. The number, the PDF and its hash, the template version, the issuer
    // and time are stored in one transaction with the audit entry.
    Result<Letter> issue(const Actor &actor, qint64 requestId, LetterKind kind, const LetterInput &input);
    // Issues an approved procedural draft; `ahead`, when given, is its rendering started earlier
    // (renderDraftAhead), used if it says exactly what the letter must.
    struct RenderedDraft;
    Result<Letter> issueDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion = 0,
                              const std::shared_ptr<const RenderedDraft> &ahead = {});
    // Starts rendering, on another core, the draft `letterId` as issueDraft will write it later,
    // with the number it is expected to get then: `numbersBefore` is how many document numbers
    // other letters will take in between. Nothing is written; null when it cannot be rendered now.
    std::shared_ptr<const RenderedDraft> renderDraftAhead(const Actor &actor, qint64 letterId,
                                                          int numbersBefore);
    // A new letter in place of an issued one (the old stays as it was), referencing it.
    Result<Letter> reissue(const Actor &actor, qint64 letterId, const QString &reason);

    // Procedural letters: the clerk submits a draft; a chief (not its author) approves it
    // (LetterLifecycleService::approveDraft).
    Result<Letter> submitDraft(const Actor &actor, qint64 requestId, LetterKind kind,
                               const LetterInput &input);

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QDate m_today;
};

} // namespace dsr
