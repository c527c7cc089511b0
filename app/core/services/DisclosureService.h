#pragma once
// Disclosure copies with redaction (issue 12), stored on the request: the documents to disclose
// (checked by opening them for redaction, stored with their SHA-256, never changed), the clerks'
// redaction drafts (every saved version kept; a save that lost the race to another desk is
// refused), the redacted copies burnt in and proved by documents/Redactor with their log (who
// placed each box and when; immutable like an issued letter), and the partial-disclosure
// decision's withheld parts grouped from the newest copy of each document.
//
// The ground of a box is a ground id of DecisionVocabulary::grounds(regime) for the organisation's
// legal regime. Reading needs Operation::RequestRead, every change Operation::RequestRegister; every
// read and change is audited with ids and counts only — never a withheld text.

#include "../documents/Redaction.h"
#include "../documents/Redactor.h"
#include "../documents/SourceDocument.h"
#include "../model/Decision.h"
#include "../model/Disclosure.h"
#include "ServiceBase.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace dsr {

struct RedactionDraft
{
    qint64 documentId = 0;
    int version = 0; // 0 = none saved yet
    QList<RedactionBox> boxes;
    QString savedByName;
    QDateTime savedAt;
};

struct RedactionLogEntry
{
    RedactionBox box; // a My Number's text is never kept (empty)
    QString byName; // who placed the box: the draft version it first appeared in, else the copy's maker
    QDateTime at;
};

struct RedactedCopyRecord
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 documentId = 0;
    int documentNumber = 0;
    QString sha256;
    qint64 size = 0;
    int pages = 0;
    int dpi = 0;
    QList<RedactionLogEntry> log;
    QString madeByName;
    QDateTime madeAt;
};

class DisclosureService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureService)
public:
    explicit DisclosureService(Database &db);

    // The largest document stored (what SourceDocument opens).
    static constexpr qint64 MaxDocumentBytes = SourceDocument::MaxBytes;

    // Opens the bytes with SourceDocument::fromBytes first: encrypted/broken/unsupported/empty ->
    // Validation error with the reason, nothing stored. Refused for a closed or withdrawn request.
    // The document gets the request's next number (文書1, 文書2 …).
    Result<DisclosureDocument> addDocument(const Actor &actor, qint64 requestId, const QString &fileName,
                                           const QByteArray &content);
    Result<QList<DisclosureDocument>> documents(const Actor &actor, qint64 requestId); // audited read
    Result<DisclosureDocument> document(const Actor &actor, qint64 documentId); // audited read
    // The document numbered `number` (from 1) on the request; NotFound when there is none.
    Result<DisclosureDocument> documentByNumber(const Actor &actor, qint64 requestId, int number);
    // The stored bytes, checked against their SHA-256.
    Result<QByteArray> documentContent(const Actor &actor, qint64 documentId); // audited read

    Result<RedactionDraft> draft(const Actor &actor, qint64 documentId); // latest version
    // Conflict error when expectedVersion != the latest version (another desk saved meanwhile).
    // Boxes validated (page exists, inside page, ground in the regime's ground ids or empty); texts
    // of My Number boxes (and any text holding a My Number) are never stored; audited with counts
    // only. Returns the new version. Refused for a closed or withdrawn request.
    Result<RedactionDraft> saveDraft(const Actor &actor, qint64 documentId, const QList<RedactionBox> &boxes,
                                     int expectedVersion);

    // The ground ids of the organisation's regime, in their legal order.
    Result<QStringList> grounds(const Actor &actor);
    // A ground as a clerk may give it — its id ("art33-2-1") or its displayed name — as its id;
    // Validation naming the valid ids when it is neither.
    Result<QString> groundId(const Actor &actor, const QString &idOrName);

    // What Redactor::plan makes of `order` for the stored document (hand boxes checked against
    // its pages: Validation naming the box; detectors run over its text). For dsrctl, which takes
    // every suggestion; the window builds its plan from the boxes it shows.
    Result<RedactionPlan> plan(const Actor &actor, qint64 documentId, const RedactionOrder &order);

    // Burns in with Redactor::toBytes (proof included), stores the copy + log (who/when per box),
    // audited. Refused for a request that is closed/withdrawn, when the plan is empty, and when a
    // box has no ground of the regime (the letter must give one for every withheld part).
    Result<RedactedCopyRecord> makeRedactedCopy(const Actor &actor, qint64 documentId,
                                                const RedactionPlan &plan,
                                                const RedactionOptions &options = {});
    Result<QList<RedactedCopyRecord>> redactedCopies(const Actor &actor, qint64 requestId); // oldest first
    // The stored copy, checked against its SHA-256.
    Result<QByteArray> redactedCopyContent(const Actor &actor, qint64 copyId);

    // The partial-disclosure decision's withheld parts from the latest redacted copy of each
    // document: one WithheldPart per ground id, in the regime's ground order (grounds no longer of
    // the regime after them); part lists documents, pages and kinds ("文書1 2頁・3頁の計4箇所（電話
    // 番号）"), reason the distinct reasons joined. Japanese: it goes into the letter.
    Result<QList<WithheldPart>> withheldParts(const Actor &actor, qint64 requestId);
    // The same from plain logs (the grouping alone, for tests and previews): `logs` pairs a
    // document number with the boxes of its copy.
    static QList<WithheldPart> groupWithheld(const QList<QPair<int, QList<RedactionBox>>> &logs,
                                             const QStringList &groundOrder);
};

} // namespace dsr
