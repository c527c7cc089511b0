#pragma once
// What the letter operations take and give besides a Letter: what the clerk adds that the request
// does not hold (stored with the letter as JSON), one order of a batch, and a preview.

#include "../letters/LetterKind.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dsr {

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
    // As stored with the letter (compact JSON text), and back.
    QString toStored() const;
    static LetterInput fromStored(const QString &json);
};

// One letter of a batch (LetterBatchService::issueMany).
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

} // namespace dsr
