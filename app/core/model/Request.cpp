#include "Request.h"

namespace dsr {

namespace {

template<typename E> std::optional<E> findById(const QList<E> &all, const QString &id)
{
    for (E e : all)
        if (RequestVocabulary::id(e) == id)
            return e;
    return std::nullopt;
}

struct Named
{
    const char *id;
    bool accepted;
};

// DOMAIN.md §2: photo identity documents; the back of a My Number card is listed only so that
// choosing it is refused with a reason (番号法 art. 20).
const Named kIdDocuments[] = {
    { "drivers_license", true },
    { "my_number_card_front", true },
    { "passport", true },
    { "residence_card", true },
    { "special_permanent_resident", true },
    { "disability_certificate", true },
    { "health_insurance_card", true },
    { "copy_with_residence_certificate", true },
    { "my_number_card_back", false },
};

const char *const kAgentEvidence[] = { "family_register", "guardianship_certificate", "power_of_attorney" };

} // namespace

QList<RequestType> RequestVocabulary::types()
{
    return { RequestType::Disclosure,    RequestType::Correction,    RequestType::Suspension,
             RequestType::StopProvision, RequestType::PurposeNotice, RequestType::ProvisionRecord,
             RequestType::Complaint };
}

QString RequestVocabulary::id(RequestType t)
{
    switch (t) {
    case RequestType::PurposeNotice:
        return QStringLiteral("purpose-notice");
    case RequestType::Disclosure:
        return QStringLiteral("disclosure");
    case RequestType::ProvisionRecord:
        return QStringLiteral("provision-record");
    case RequestType::Correction:
        return QStringLiteral("correction");
    case RequestType::Suspension:
        return QStringLiteral("suspension");
    case RequestType::StopProvision:
        return QStringLiteral("stop-provision");
    case RequestType::Complaint:
        return QStringLiteral("complaint");
    }
    return {};
}

std::optional<RequestType> RequestVocabulary::typeFromId(const QString &id)
{
    return findById(types(), id);
}

QString RequestVocabulary::displayName(RequestType t)
{
    switch (t) {
    case RequestType::PurposeNotice:
        return tr("Notice of purpose of use");
    case RequestType::Disclosure:
        return tr("Disclosure");
    case RequestType::ProvisionRecord:
        return tr("Disclosure of third-party provision records");
    case RequestType::Correction:
        return tr("Correction, addition or deletion");
    case RequestType::Suspension:
        return tr("Suspension of use or erasure");
    case RequestType::StopProvision:
        return tr("Stop of third-party provision");
    case RequestType::Complaint:
        return tr("Complaint");
    }
    return {};
}

bool RequestVocabulary::feeAllowed(RequestType t)
{
    return t == RequestType::PurposeNotice || t == RequestType::Disclosure
        || t == RequestType::ProvisionRecord;
}

bool RequestVocabulary::hasDisclosureMethod(RequestType t)
{
    return t == RequestType::Disclosure || t == RequestType::ProvisionRecord;
}

QList<RequestStatus> RequestVocabulary::statuses()
{
    return { RequestStatus::Received, RequestStatus::AwaitingAmendment, RequestStatus::Investigating,
             RequestStatus::Drafted,  RequestStatus::InApproval,        RequestStatus::Returned,
             RequestStatus::Decided,  RequestStatus::Notified,          RequestStatus::Closed,
             RequestStatus::Withdrawn };
}

QString RequestVocabulary::id(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Received:
        return QStringLiteral("received");
    case RequestStatus::AwaitingAmendment:
        return QStringLiteral("awaiting-amendment");
    case RequestStatus::Investigating:
        return QStringLiteral("investigating");
    case RequestStatus::Drafted:
        return QStringLiteral("drafted");
    case RequestStatus::InApproval:
        return QStringLiteral("in-approval");
    case RequestStatus::Returned:
        return QStringLiteral("returned");
    case RequestStatus::Decided:
        return QStringLiteral("decided");
    case RequestStatus::Notified:
        return QStringLiteral("notified");
    case RequestStatus::Closed:
        return QStringLiteral("closed");
    case RequestStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<RequestStatus> RequestVocabulary::statusFromId(const QString &id)
{
    return findById(statuses(), id);
}

QString RequestVocabulary::displayName(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Received:
        return tr("Received");
    case RequestStatus::AwaitingAmendment:
        return tr("Awaiting amendment");
    case RequestStatus::Investigating:
        return tr("Investigating");
    case RequestStatus::Drafted:
        return tr("Drafted");
    case RequestStatus::InApproval:
        return tr("In approval");
    case RequestStatus::Returned:
        return tr("Returned");
    case RequestStatus::Decided:
        return tr("Decided");
    case RequestStatus::Notified:
        return tr("Notified");
    case RequestStatus::Closed:
        return tr("Closed");
    case RequestStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

bool RequestVocabulary::isOpen(RequestStatus s)
{
    return s != RequestStatus::Closed && s != RequestStatus::Withdrawn;
}

QList<Channel> RequestVocabulary::channels()
{
    return { Channel::Counter, Channel::Mail, Channel::Other };
}

QString RequestVocabulary::id(Channel c)
{
    switch (c) {
    case Channel::Counter:
        return QStringLiteral("counter");
    case Channel::Mail:
        return QStringLiteral("mail");
    case Channel::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Channel> RequestVocabulary::channelFromId(const QString &id)
{
    return findById(channels(), id);
}

QString RequestVocabulary::displayName(Channel c)
{
    switch (c) {
    case Channel::Counter:
        return tr("Counter");
    case Channel::Mail:
        return tr("Mail");
    case Channel::Other:
        return tr("Other");
    }
    return {};
}

QList<RequesterKind> RequestVocabulary::requesterKinds()
{
    return { RequesterKind::Self, RequesterKind::StatutoryAgent, RequesterKind::AppointedAgent };
}

QString RequestVocabulary::id(RequesterKind k)
{
    switch (k) {
    case RequesterKind::Self:
        return QStringLiteral("self");
    case RequesterKind::StatutoryAgent:
        return QStringLiteral("statutory");
    case RequesterKind::AppointedAgent:
        return QStringLiteral("appointed");
    }
    return {};
}

std::optional<RequesterKind> RequestVocabulary::requesterKindFromId(const QString &id)
{
    return findById(requesterKinds(), id);
}

QString RequestVocabulary::displayName(RequesterKind k)
{
    switch (k) {
    case RequesterKind::Self:
        return tr("The member");
    case RequesterKind::StatutoryAgent:
        return tr("Statutory agent");
    case RequesterKind::AppointedAgent:
        return tr("Appointed agent");
    }
    return {};
}

QList<DisclosureMethod> RequestVocabulary::methods()
{
    return { DisclosureMethod::Paper, DisclosureMethod::Electronic, DisclosureMethod::Viewing };
}

QString RequestVocabulary::id(DisclosureMethod m)
{
    switch (m) {
    case DisclosureMethod::None:
        return QString();
    case DisclosureMethod::Paper:
        return QStringLiteral("paper");
    case DisclosureMethod::Electronic:
        return QStringLiteral("electronic");
    case DisclosureMethod::Viewing:
        return QStringLiteral("viewing");
    }
    return {};
}

std::optional<DisclosureMethod> RequestVocabulary::methodFromId(const QString &id)
{
    if (id.isEmpty())
        return DisclosureMethod::None;
    return findById(methods(), id);
}

QString RequestVocabulary::displayName(DisclosureMethod m)
{
    switch (m) {
    case DisclosureMethod::None:
        return tr("Not specified");
    case DisclosureMethod::Paper:
        return tr("Paper copy");
    case DisclosureMethod::Electronic:
        return tr("Electronic copy");
    case DisclosureMethod::Viewing:
        return tr("Viewing");
    }
    return {};
}

QStringList RequestVocabulary::idDocumentIds(bool includeRefused)
{
    QStringList out;
    for (const Named &d : kIdDocuments)
        if (d.accepted || includeRefused)
            out << QString::fromLatin1(d.id);
    return out;
}

bool RequestVocabulary::idDocumentAccepted(const QString &id)
{
    for (const Named &d : kIdDocuments)
        if (id == QLatin1String(d.id))
            return d.accepted;
    return false;
}

bool RequestVocabulary::isIdDocument(const QString &id)
{
    return idDocumentIds(true).contains(id);
}

QString RequestVocabulary::idDocumentName(const QString &id)
{
    if (id == QLatin1String("drivers_license"))
        return tr("Driver's licence");
    if (id == QLatin1String("my_number_card_front"))
        return tr("My Number card (front side)");
    if (id == QLatin1String("passport"))
        return tr("Passport");
    if (id == QLatin1String("residence_card"))
        return tr("Residence card");
    if (id == QLatin1String("special_permanent_resident"))
        return tr("Special permanent resident certificate");
    if (id == QLatin1String("disability_certificate"))
        return tr("Disability certificate with photo");
    if (id == QLatin1String("health_insurance_card"))
        return tr("Health insurance card (with a second document)");
    if (id == QLatin1String("copy_with_residence_certificate"))
        return tr("Copy of an ID with a certificate of residence (mail)");
    if (id == QLatin1String("my_number_card_back"))
        return tr("My Number card (back side) — not accepted");
    return id;
}

QStringList RequestVocabulary::agentEvidenceIds()
{
    QStringList out;
    for (const char *id : kAgentEvidence)
        out << QString::fromLatin1(id);
    return out;
}

QString RequestVocabulary::agentEvidenceName(const QString &id)
{
    if (id == QLatin1String("family_register"))
        return tr("Family register certificate");
    if (id == QLatin1String("guardianship_certificate"))
        return tr("Certificate of registered guardianship");
    if (id == QLatin1String("power_of_attorney"))
        return tr("Power of attorney with seal registration certificate");
    return id;
}

} // namespace dsr
