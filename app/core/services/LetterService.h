#pragma once
// Letters (通知書) from draft to the member's letterbox (DOMAIN.md §7, DESIGN.md "Letters"):
// preview with 「案」, issue with a document number allocated in the same transaction, the PDF
// bytes and their SHA-256 stored for good, then printed, mailed (which notifies a decision),
// returned undeliverable, or voided (欠番). Procedural letters — amendment request, extension,
// third-party opinion — are approved by a chief first. Administrators export and import the
// templates; every imported template is a new version and each letter records the one it used.

#include "../letters/LetterComposer.h"
#include "../letters/LetterFacts.h"
#include "../letters/LetterKind.h"
#include "../model/Letter.h"
#include "../storage/LetterRepository.h"
#include "ServiceBase.h"

#include <QJsonObject>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace dsr {

struct LetterFacts;

// What the clerk adds that the request does not hold. Stored with the letter.
struct LetterInput
{
    std::optional<int> postageYen; // disclosure letters: postage the member bears
    QStringList enclosures; // documents enclosed
    QString recipientsInformed; // correction letter, public regime
    QStringList purposes; // purpose-of-use letter: the purposes of use
    QString toSupply; // amendment request: what to supply (empty: the standard sentence)
    QString thirdPartyPostalCode; // third-party opinion: the third party's address
    QString thirdPartyAddress;
    QString information; // third-party opinion: the information concerned
    QDate letterDate; // the date printed; invalid: today. Never before the request's receipt or
                      // the decision it notifies, never in the future.
    QString dateReason; // why the letter is dated more than MaxDaysBackWithoutReason days back

    static constexpr int MaxDaysBackWithoutReason = 7;

    QJsonObject toJson() const;
    static LetterInput fromJson(const QJsonObject &o);
};

// One letter of a batch (issueMany).
struct IssueOrder
{
    qint64 requestId = 0;
    LetterKind kind = LetterKind::Disclosure;
    LetterInput input;
    QString receiptNo = {}; // for showing the order; pendingDecisionLetters fills it
};

struct LetterPreview
{
    QByteArray pdf;
    int pages = 0;
};

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

    // Issues a letter: a decision letter for an approved decision, or a procedural letter whose
    // draft a chief approved (`letterId` of that draft; 0 for a decision letter). The number,
    // the PDF and its hash, the template version, the issuer and time are stored in one
    // transaction with the audit entry.
    Result<Letter> issue(const Actor &actor, qint64 requestId, LetterKind kind, const LetterInput &input);
    // A letter not yet issued (a procedural draft awaiting approval, or approved), as it would be
    // issued today with the input stored with it, marked 「案」. Audited; nothing is written.
    Result<LetterPreview> previewDraft(const Actor &actor, qint64 letterId);
    // The decided requests whose decision letter has not been issued yet, one order each (oldest
    // decision first), in the kind their decision calls for — what issueMany takes.
    Result<QList<IssueOrder>> pendingDecisionLetters(const Actor &actor);
    // Issues the decision letters of several requests, each exactly as issue() would and each in
    // its own transaction, in order. The next letters are rendered on the other cores meanwhile,
    // with the numbers they are expected to get; one whose number or content came out different
    // is rendered again inside its transaction. One result per order.
    QList<Result<Letter>> issueMany(const Actor &actor, const QList<IssueOrder> &orders);
    // Issues an approved procedural draft.
    Result<Letter> issueDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion = 0);
    // A new letter in place of an issued one (the old stays as it was), referencing it.
    Result<Letter> reissue(const Actor &actor, qint64 letterId, const QString &reason);

    // Procedural letters: the clerk submits a draft; a chief (not its author) approves it.
    Result<Letter> submitDraft(const Actor &actor, qint64 requestId, LetterKind kind,
                               const LetterInput &input);
    Result<Letter> approveDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion = 0);

    Result<Letter> markPrinted(const Actor &actor, qint64 letterId);
    // Mailing (or handing over) the decision letter records the request as notified.
    Result<Letter> markMailed(const Actor &actor, qint64 letterId, MailMethod method,
                              const QString &trackingNo, const QDate &on, qint64 expectedVersion = 0);
    Result<Letter> markReturned(const Actor &actor, qint64 letterId, const QDate &on);
    // 欠番: the number stays in the register with the reason. A draft is discarded the same way.
    Result<Letter> voidLetter(const Actor &actor, qint64 letterId, const QString &reason,
                              qint64 expectedVersion = 0);

    // Most letters one listing returns (query.limit 0 or above this gets this many).
    static constexpr int MaxListRows = 1000;
    // Recorded with the filter and the number of letters returned ("letter.list"); page on with
    // query.offset.
    Result<QList<Letter>> list(const Actor &actor, const LetterQuery &query);
    struct Page
    {
        QList<Letter> rows;
        qint64 total = 0; // matches in the register (capped by query.countCap + 1)
    };
    // The first page and the number of matches in one call and one "letter.list" entry (the
    // letter register's paged model).
    Result<Page> page(const Actor &actor, const LetterQuery &query);
    // The fiscal years that have numbered letters, newest first (no personal data).
    Result<QList<int>> fiscalYears(const Actor &actor);
    // By document number (長共総第12号) or numeric id; recorded ("letter.find").
    Result<Letter> find(const Actor &actor, const QString &numberOrId);
    // The stored bytes of an issued letter, checked against their stored hash. Audited.
    Result<QByteArray> pdf(const Actor &actor, qint64 letterId);
    // The register as CSV (UTF-8 with BOM), every match (no cap). The export is recorded before
    // the file appears, and when it cannot be recorded there is no file. Returns the number of
    // letters.
    Result<qint64> exportRegisterCsv(const Actor &actor, const LetterQuery &query, const QString &path);

    // Templates (administrators): the one in force, and a new version after checking it.
    Result<QString> exportTemplate(const Actor &actor, LetterKind kind);
    Result<LetterTemplateRow> importTemplate(const Actor &actor, LetterKind kind, const QString &text);
    Result<QList<LetterTemplateRow>> templateVersions(const Actor &actor, LetterKind kind);
    // The official seal image (PNG), used when the setting letters.seal is "image".
    Status setSeal(const Actor &actor, const QByteArray &png);

    static QString documentNumber(const QString &symbol, int number, bool fullWidthDigits);

private:
    static QJsonObject auditFilter(const LetterQuery &query);
    // list (counted false) and page (counted true): one read, one "letter.list" entry.
    Result<Page> listPage(const Actor &actor, const LetterQuery &query, bool counted);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    // Everything the letter says, from storage, checked against the request's state.
    Result<LetterFacts> gatherFacts(const Actor &actor, qint64 requestId, LetterKind kind,
                                    const LetterInput &input);
    // The template row in force for `kind`, recording the built-in one when it is new.
    Result<LetterTemplateRow> templateInForce(LetterKind kind, qint64 userId);
    struct SpeculativeLetter
    {
        std::optional<ComposedLetter> composed;
        QString templateText;
        qint64 sealKey = 0;
    };
    Result<Letter> issueIn(const Actor &actor, qint64 requestId, LetterKind kind, const LetterInput &input,
                           qint64 draftId, qint64 draftVersion, qint64 replacesId,
                           const SpeculativeLetter *speculative = nullptr);
    Status notYetIssued(qint64 requestId, LetterKind kind);
    // What a letter rendered ahead is composed from (read on this thread), and the letter that
    // render() fills (on any thread).
    struct AheadJob
    {
        LetterFacts facts;
        OrganisationSettings settings;
        RenderOptions options;
        std::shared_ptr<SpeculativeLetter> letter;
        void render() const;
    };
    // nullopt when the letter cannot be written now (issueIn then says why). `expectedNumber`
    // gives the number the letter will most likely get in a fiscal year.
    std::optional<AheadJob> aheadJob(const Actor &actor, const IssueOrder &order,
                                     const OrganisationSettings &settings, const QImage &seal,
                                     const std::function<int(int)> &expectedNumber);
    // The letter rendered outside the write lock with the number it will most likely get.
    std::shared_ptr<SpeculativeLetter> renderAhead(const Actor &actor, qint64 requestId, LetterKind kind,
                                                   const LetterInput &input);
    // The official seal when the settings print it (null image when none is stored), else null.
    Result<QImage> sealImage(const OrganisationSettings &settings);
    // What the clerk added for the letter, as stored with it.
    Result<LetterInput> storedInput(qint64 letterId);
    Result<Letter> load(qint64 letterId);
    // One state change of a letter in one transaction: `prepare` refuses or fills the columns and
    // the audit details, `after` runs inside the same transaction (the workflow's notification).
    using Prepare = std::function<Status(const Letter &, QVariantMap &, QJsonObject &)>;
    Result<Letter> changeState(const Actor &actor, qint64 letterId, qint64 expectedVersion, LetterState state,
                               const QString &action, const Prepare &prepare,
                               const std::function<Status(const Letter &)> &after = {});
    QDate m_today;
};

} // namespace dsr
