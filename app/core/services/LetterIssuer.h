#pragma once
// The work inside an issuing transaction, shared by LetterService (one letter) and
// LetterBatchService (many): the document number allocated (Numbering) and written
// (documentNumber), the letter composed with the template and seal in force, stored with its
// hash, and the audit entry. A letter may be rendered ahead, outside the write lock, with the
// number it will most likely get; it is used only when it came out exactly as the transaction
// would render it. Internal to the letter services: no permission check here.

#include "../Settings.h"
#include "../letters/LetterComposer.h"
#include "../letters/LetterFacts.h"
#include "../letters/LetterKind.h"
#include "../model/Letter.h"
#include "LetterFactsGatherer.h"
#include "LetterInput.h"
#include "ServiceBase.h"

#include <QDate>
#include <QImage>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace dsr {

class LetterIssuer : public ServiceBase
{
    // The messages kept the context they had in LetterService (their translations with them).
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    LetterIssuer(Database &db, const QDate &today)
        : ServiceBase(db)
        , m_today(today)
    {
    }

    // 長共総第12号, the digits full width when letters.digits is "full".
    static QString documentNumber(const QString &symbol, int number, bool fullWidthDigits);

    Result<LetterFacts> gather(const Actor &actor, qint64 requestId, LetterKind kind,
                               const LetterInput &input)
    {
        return LetterFactsGatherer(database(), m_today).gather(actor, requestId, kind, input);
    }
    // What the clerk added for the letter, as stored with it.
    Result<LetterInput> storedInput(qint64 letterId);
    // One decision, one letter: refused when a letter of `kind` for the request is issued and not
    // void (a second one is a reissue, which says what it replaces) — a conflict when another
    // user than `issuingUser` (if given) issued it.
    Status notYetIssued(qint64 requestId, LetterKind kind, qint64 issuingUser = 0);

    // A letter rendered ahead with the number it was expected to get. `rendering`, when valid,
    // is the render still under way on a worker thread: composed is read only after it is done.
    struct SpeculativeLetter
    {
        std::optional<ComposedLetter> composed;
        QString templateText;
        qint64 sealKey = 0;
        std::shared_future<void> rendering;
        // Set by the caller: issueIn refuses (and sets `missed`) instead of rendering inside the
        // write lock when this letter does not say exactly what it would have to — the caller
        // rolls back, renders ahead again with the new number and retries.
        bool onlyIfMatches = false;
        mutable bool missed = false;
    };
    // What a letter rendered ahead is composed from (read on this thread), and the letter that
    // render() fills (on any thread).
    struct AheadJob
    {
        LetterFacts facts;
        OrganisationSettings settings;
        RenderOptions options;
        std::shared_ptr<SpeculativeLetter> letter;
        void render() const;
        // Renders on Qt's shared pool (its threads keep their font caches); the letter's
        // `rendering` says when it is done.
        std::shared_ptr<SpeculativeLetter> start() const;
    };
    // nullopt when the letter cannot be written now (issueIn then says why). `expectedNumber`
    // gives the number the letter will most likely get in a fiscal year.
    std::optional<AheadJob> aheadJob(const Actor &actor, const IssueOrder &order,
                                     const OrganisationSettings &settings, const QImage &seal,
                                     const std::function<int(int)> &expectedNumber);
    // The letter rendered outside the write lock with the number it will most likely get, on a
    // worker thread: the caller goes on (opens its transaction, reads what issueIn reads) while
    // it renders, and issueIn waits for it before it takes the number.
    std::shared_ptr<SpeculativeLetter> renderAhead(const Actor &actor, qint64 requestId, LetterKind kind,
                                                   const LetterInput &input);

    // Inside the caller's transaction: numbers, renders (or takes `speculative` when it is exactly
    // this letter), stores and audits the letter — a new row, or the draft `draftId` at
    // `draftVersion`; `replacesId` the letter it is issued in place of.
    Result<Letter> issueIn(const Actor &actor, qint64 requestId, LetterKind kind, const LetterInput &input,
                           qint64 draftId, qint64 draftVersion, qint64 replacesId,
                           const SpeculativeLetter *speculative = nullptr);

private:
    QDate today() const { return m_today; }
    QDate m_today;
};

} // namespace dsr
