#pragma once
// Requests (請求): intake with validation, the register's queries, opening (audited), editing
// with history, and attachments.

#include "../model/Request.h"
#include "../model/RequestQuery.h"
#include "ServiceBase.h"

namespace dsr {

struct RegisterOptions
{
    // The dialog asked the clerk and they chose to keep the text with the number masked.
    bool maskMyNumbers = false;
};

class RequestService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)
public:
    using ServiceBase::ServiceBase;

    // Tests fix "today" to check the future-date rules.
    void setToday(const QDate &today) { m_today = today; }

    // "{era_initial}{era_year}-{seq:4}" with fiscal year 2025, sequence 1 → "R7-0001".
    static QString formatReceiptNo(const QString &pattern, int fiscalYear, int sequence);
    static QString fieldLabel(const QString &field);
    // Decided means decided: in these states (in approval, decided, notified) the facts a decision
    // rests on — factFields(), named as in the history — cannot be edited; update() refuses.
    static bool factsFixed(RequestStatus status);
    static const QStringList &factFields();

    // Checks and normalises a draft against the organisation settings.
    Result<Request> validate(const Actor &actor, const Request &draft, const RegisterOptions &options);
    // Registers the draft: allocates the receipt number of the fiscal year in the same
    // transaction, writes the first history row and the audit entry.
    Result<Request> registerRequest(const Actor &actor, const Request &draft,
                                    const RegisterOptions &options = {});
    // Saves edits of the intake fields; every changed field becomes a history row.
    Result<Request> update(const Actor &actor, const Request &edited, const RegisterOptions &options = {});

    // Accepts the numeric id or the receipt number ("12", "R7-0001", "ｒ７－０００１").
    Result<Request> open(const Actor &actor, const QString &idOrReceiptNo);
    Result<Request> openById(const Actor &actor, qint64 id);

    // The request a change is about, by id or receipt number: refused unless the actor may
    // register requests — before the lookup, so that a refusal does not tell which requests
    // exist — and recorded as a view ("purpose": "change").
    Result<Request> openForChange(const Actor &actor, const QString &idOrReceiptNo);
    // Refused (and recorded) unless the actor may register requests: lets dsrctl say so before
    // it looks anything up.
    Status checkMayRegister(const Actor &actor);
    // The account id of the login a request may be assigned to; nullopt when there is none.
    Result<std::optional<qint64>> assigneeByLogin(const Actor &actor, const QString &login);

    // Most requests one listing returns, whatever the query asks for: query.limit 0 or above
    // this gets this many (page on with query.offset).
    static constexpr int MaxListRows = 1000;
    // list, count, page and history are each recorded with the filter and the number of rows.
    Result<QList<Request>> list(const Actor &actor, const RequestQuery &query);
    Result<qint64> count(const Actor &actor, const RequestQuery &query);
    // The first page and the (capped, query.countCap) number of matches in one call and one
    // audit entry ("request.list" with "total"): what the register does on every keystroke.
    struct Page
    {
        QList<Request> rows;
        qint64 total = 0;
    };
    Result<Page> page(const Actor &actor, const RequestQuery &query);
    Result<QList<int>> fiscalYears(const Actor &actor);
    Result<QList<RequestHistoryEntry>> history(const Actor &actor, qint64 requestId);
    // The filter of a query as an audit entry keeps it (no default values, free text masked).
    static QJsonObject auditFilter(const RequestQuery &query);

    // Stores a PDF, PNG or JPEG file (checked by its content, at most 50 MB) with its SHA-256.
    Result<Attachment> attach(const Actor &actor, qint64 requestId, const QString &fileName,
                              const QByteArray &content, const QString &description = QString());
    Result<QList<Attachment>> attachments(const Actor &actor, qint64 requestId);
    // The stored bytes, checked against their SHA-256; the view is audited.
    Result<QByteArray> attachmentContent(const Actor &actor, qint64 attachmentId);

    static constexpr qint64 MaxAttachmentBytes = 50LL * 1024 * 1024;

private:
    // The query the repository runs: the running statuses of the deadline filters, and
    // awaitingApprovalBy and dueSoonAsOf resolved into ids by the rules that define them.
    Result<RequestQuery> resolved(const RequestQuery &query);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QDate m_today;
};

} // namespace dsr
