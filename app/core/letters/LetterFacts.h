#pragma once
// What a letter says, as plain values: the request, its decision, the workflow facts of the
// procedural letters, and what only the issuing service knows (the document number it allocated,
// the issue date, the clerk in charge). LetterService fills one from storage; LetterDataBuilder
// turns it and the organisation settings into the template's values. Nothing here reads storage.

#include "../model/Decision.h"
#include "../model/Request.h"
#include "LetterKind.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace dsr {

// Whom the letter is addressed to, as printed in the envelope window.
struct LetterRecipient
{
    QString name; // empty: the request's requesterName() (the agent's when an agent requested)
    QString postalCode; // NNN-NNNN; may be empty (an agent's address may be free text)
    QString address; // required
};

// 補正依頼書: one amendment of the request (WorkflowRepository's Amendment).
struct AmendmentFacts
{
    QString missing; // what is missing or wrong (Amendment::missing)
    QString toSupply; // what to supply; empty: a standard sentence asking for the missing items
    QDate replyBy; // Amendment::replyBy
};

// 期限延長通知書 (public regime): WorkflowDetails' extension.
struct ExtensionFacts
{
    QDate originalDeadline; // the deadline before the extension
    QDate newDeadline; // WorkflowDetails::extendedTo (or specialExtensionTo)
    QString reason; // WorkflowDetails::extensionReason
    bool special = false; // art. 84 (specialExtensionTo)
};

// 第三者意見照会書 (public regime): one Opinion. The letter goes to the third party.
struct OpinionFacts
{
    LetterRecipient thirdParty; // name (Opinion::thirdParty) and address; all required
    QString information; // the information about the third party the request concerns
    QDate replyBy; // Opinion::replyBy
};

struct LetterFacts
{
    LetterKind kind = LetterKind::Disclosure;
    Request request; // type, received, requester (agent), memberName, summary, requestedDetail,
                     // categories, method and feeYen are read
    std::optional<Decision> decision; // required for decision letters, of a kind the letter answers
    LetterRecipient recipient; // the requester's postal address (the member's or the agent's)

    QString documentNumber; // 長共総第123号, allocated by the caller (DOMAIN.md §7)
    QDate issueDate; // the date printed on the letter
    QString personInCharge; // the clerk's display name, printed in the contact box

    // Disclosure letters.
    std::optional<int> postageYen; // postage the member bears; nullopt: none (なし)
    QStringList enclosures; // documents enclosed; empty: なし
    // Correction letter, public regime (art. 97): recipients told of the correction; empty: なし.
    QString recipientsInformed;
    // Purpose-of-use letter: the purposes, one per entry (required).
    QStringList purposes;

    AmendmentFacts amendment; // AmendmentRequest only
    ExtensionFacts extension; // Extension only
    OpinionFacts opinion; // ThirdPartyOpinion only
};

} // namespace dsr
