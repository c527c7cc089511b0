#pragma once
// A request (請求) about a member's personal data, as taken in at the counter or from the mail,
// and the vocabularies its fields draw from (DOMAIN.md §2). Every enum has a stable identifier
// (database, dsrctl, JSON) and a translated name (window).

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dsr {

enum class RequestType {
    PurposeNotice,
    Disclosure,
    ProvisionRecord,
    Correction,
    Suspension,
    StopProvision,
    Complaint
};
enum class RequestStatus {
    Received,
    AwaitingAmendment,
    Investigating,
    Drafted,
    InApproval,
    Returned,
    Decided,
    Notified,
    Closed,
    Withdrawn,
};
enum class Channel { Counter, Mail, Other };
enum class RequesterKind { Self, StatutoryAgent, AppointedAgent };
enum class DisclosureMethod { None, Paper, Electronic, Viewing };

struct IdDocumentType
{
    QString id; // "drivers_license"
    bool accepted = true; // false: named only to be refused (the back of a My Number card)
};

class RequestVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(RequestVocabulary)
public:
    static QList<RequestType> types();
    static QString id(RequestType t); // "disclosure"
    static std::optional<RequestType> typeFromId(const QString &id);
    static QString displayName(RequestType t); // 開示
    static bool feeAllowed(RequestType t); // DOMAIN.md §2 "fee allowed"
    static bool hasDisclosureMethod(RequestType t);

    static QList<RequestStatus> statuses();
    static QString id(RequestStatus s);
    static std::optional<RequestStatus> statusFromId(const QString &id);
    static QString displayName(RequestStatus s);
    static bool isOpen(RequestStatus s); // not closed, not withdrawn

    static QList<Channel> channels();
    static QString id(Channel c);
    static std::optional<Channel> channelFromId(const QString &id);
    static QString displayName(Channel c);

    static QList<RequesterKind> requesterKinds();
    static QString id(RequesterKind k);
    static std::optional<RequesterKind> requesterKindFromId(const QString &id);
    static QString displayName(RequesterKind k);

    static QList<DisclosureMethod> methods();
    static QString id(DisclosureMethod m);
    static std::optional<DisclosureMethod> methodFromId(const QString &id);
    static QString displayName(DisclosureMethod m);

    // Identity documents (DOMAIN.md §2), accepted ones first.
    static QStringList idDocumentIds(bool includeRefused = false);
    static bool idDocumentAccepted(const QString &id);
    static bool isIdDocument(const QString &id);
    static QString idDocumentName(const QString &id);

    // Documents proving an agent's authority.
    static QStringList agentEvidenceIds();
    static QString agentEvidenceName(const QString &id);
};

struct Requester
{
    RequesterKind kind = RequesterKind::Self;
    QString agentName; // agents only
    QString agentAddress;
    QString agentRelationship; // 続柄・関係 (親権者, 成年後見人, 委任を受けた者 …)
    QString agentEvidence; // agentEvidenceIds()
};

struct IdentityCheck
{
    QString documentType; // idDocumentIds(); empty until checked
    qint64 checkedBy = 0; // user id
    QString checkedByLogin;
    QDateTime checkedAt;
    QDate residenceCertificateIssued; // 住民票の写し (mail only)
};

struct Request
{
    qint64 id = 0;
    QString receiptNo; // R7-0001
    int fiscalYear = 0;
    int sequence = 0;
    RequestType type = RequestType::Disclosure;
    RequestStatus status = RequestStatus::Received;
    qint64 memberId = 0;
    QString memberNumber; // read-only, joined from the member
    QString memberName; // read-only, joined from the member
    QDate received;
    Channel channel = Channel::Counter;
    QString summary; // 請求の内容 (free text)
    Requester requester;
    IdentityCheck identity;
    QStringList categories; // held-data categories (setting requests.categories)
    QString requestedDetail; // free text beside the categories
    DisclosureMethod method = DisclosureMethod::None;
    std::optional<int> feeYen;
    QDate feePaid;
    QString notes;
    qint64 assignedTo = 0; // user id, 0 = nobody
    QString assignedLogin; // read-only
    QDate deadline; // legal deadline (DOMAIN.md §4)
    QDate actBy; // the open day to decide by (the deadline moved off closed days)
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    // The name the register shows as 請求者: the agent's when an agent made the request.
    QString requesterName() const
    {
        return requester.kind == RequesterKind::Self ? memberName : requester.agentName;
    }
};

// One row of a request's history: who changed what, when, from what to what.
struct RequestHistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userLogin;
    QString action; // "create", "update", "attach" …
    QString field;
    QString before;
    QString after;
    QString comment;
};

struct Attachment
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString fileName;
    QString mimeType; // application/pdf, image/png, image/jpeg
    qint64 size = 0;
    QString sha256;
    QString description;
    QString addedByLogin;
    QDateTime addedAt;
};

} // namespace dsr
