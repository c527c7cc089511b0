#pragma once
// The kinds of letter (通知書) DSR Desk writes — the rows of DOMAIN.md §7 — and what each one is:
// its stable id (database, dsrctl, template files), its Japanese title and subject line, whether
// it notifies a decision or is procedural, the regimes that allow it, the decisions it answers,
// and the fields (Mustache placeholders) its template must and may use.
//
// Which letter answers which decision (DOMAIN.md §3; Decision.h):
//   disclosure          ← Full, MethodChange (the method changed: art. 33(3) says so, with reasons)
//   partial-disclosure  ← Partial
//   non-disclosure      ← Refusal, NotHeld (data not held is a refusal "because not held"),
//                         and Refusal of a purpose-of-use request (art. 32(3): "will not notify")
//   correction          ← Correct
//   no-correction       ← NoCorrection
//   suspension          ← Suspend, Substitute (the substitute measure is the suspension row's
//                         "substitute measure if any")
//   no-suspension       ← NoSuspension
//   purpose-notice      ← Notify
// Response (to a complaint) has no letter kind: §7 lists none. The procedural letters
// (amendment-request, extension, third-party-opinion) answer no decision.

#include "../model/Decision.h"
#include "../model/LegalRegime.h"
#include "../model/Request.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dsr {

enum class LetterKind {
    Disclosure, // 開示決定通知書
    PartialDisclosure, // 一部開示決定通知書
    NonDisclosure, // 不開示決定通知書
    Correction, // 訂正決定通知書
    NoCorrection, // 不訂正決定通知書
    Suspension, // 利用停止決定通知書
    NoSuspension, // 利用不停止決定通知書
    AmendmentRequest, // 補正依頼書
    Extension, // 期限延長通知書 (public regime only)
    ThirdPartyOpinion, // 第三者意見照会書 (public regime only)
    PurposeNotice, // 利用目的通知書 (private regime only: Chapter 5 has no such request)
};

// One placeholder of a letter template.
struct LetterField
{
    enum class Type {
        Text, // {{name}}; or {{#name}}…{{/name}}, shown only when not empty
        Flag, // {{#name}}…{{/name}} and {{^name}}…{{/name}}
        List, // {{#name}}…{{/name}} repeated for each item; the item's own fields inside
    };
    QString name; // snake_case, stable
    Type type = Type::Text;
    bool required = false; // the kind's template must use it (a row of DOMAIN.md §7, or the frame)
    QString description; // English, for the template documentation and `dsrctl letter kinds`
    QList<LetterField> itemFields = {}; // List only
};

// What the clerk adds to a letter of a kind (the LetterInput fields the request does not hold).
// The letter date, and the reason for a date more than a week back, belong to every kind.
enum class LetterInputField : unsigned {
    Postage = 1u << 0, // disclosure letters: postage the member bears
    Enclosures = 1u << 1, // disclosure letters: documents enclosed
    RecipientsInformed = 1u << 2, // correction letter, public regime (art. 97)
    Purposes = 1u << 3, // purpose-of-use letter: the purposes of use
    ToSupply = 1u << 4, // amendment request: what to supply
    ThirdPartyAddress = 1u << 5, // third-party opinion: the third party's postal code and address
    Information = 1u << 6, // third-party opinion: the information concerned
};
Q_DECLARE_FLAGS(LetterInputs, LetterInputField)
Q_DECLARE_OPERATORS_FOR_FLAGS(LetterInputs)

class LetterKinds
{
    Q_DECLARE_TR_FUNCTIONS(LetterKinds)
public:
    static QList<LetterKind> all();
    static QString id(LetterKind kind); // "partial-disclosure"
    static std::optional<LetterKind> fromId(const QString &id);
    static QString title(LetterKind kind); // 一部開示決定通知書 (the register's name of the kind)
    static QString displayName(LetterKind kind); // translated, for the window

    // The centred subject line, worded for the regime: 保有個人データの開示について（通知） (private)
    // or 保有個人情報の開示をする旨の決定について（通知） (public). `type` words the amendment request
    // and the extension for the request they concern, and a refusal to notify the purpose of use.
    static QString subject(LetterKind kind, LegalRegime regime, RequestType type = RequestType::Disclosure);

    // Decision letters notify a decision (approved first); procedural letters do not.
    static bool isDecisionLetter(LetterKind kind);
    static QList<LegalRegime> regimes(LetterKind kind);
    static bool allowedIn(LetterKind kind, LegalRegime regime);
    // The decision kinds this letter notifies (empty for procedural letters).
    static QList<DecisionKind> answers(LetterKind kind);
    // The letter that notifies `decision` on a request of `type`; nullopt for a complaint response.
    static std::optional<LetterKind> forDecision(DecisionKind decision, RequestType type);

    // The items under 「記」 (DOMAIN.md §7), in Japanese, as the built-in template labels them.
    static QStringList items(LetterKind kind, LegalRegime regime);

    // The inputs a letter of `kind` takes under `regime` (the letter-writing dialog shows these,
    // and only these are carried into the letter); none for a kind the regime does not allow.
    static LetterInputs inputs(LetterKind kind, LegalRegime regime);

    // Every field the kind's template may use — the common frame first, then the kind's own.
    static QList<LetterField> fields(LetterKind kind);
    // The names of the fields its template must use.
    static QStringList requiredFields(LetterKind kind);
    // The field of `kind` called `name`, or nullopt.
    static std::optional<LetterField> field(LetterKind kind, const QString &name);

    static QString regimeId(LegalRegime regime); // "private", "public"
    static std::optional<LegalRegime> regimeFromId(const QString &id);
    // 保有個人データ (private, Chapter 4) or 保有個人情報 (public, Chapter 5).
    static QString dataTerm(LegalRegime regime);
    static QString lawName(); // 個人情報の保護に関する法律

private:
    static QStringList itemsOf(LetterKind kind);
};

} // namespace dsr
