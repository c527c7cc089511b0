#pragma once
// Turns LetterFacts and the organisation settings into the values a letter template is filled
// with: every field LetterKinds::fields() lists for the kind, as text in the letter's own words
// (和暦 dates, 円 amounts, Japanese grounds and measures, the article cited for the regime).

#include "../Result.h"
#include "../Settings.h"
#include "../text/JapaneseEra.h"
#include "LetterFacts.h"
#include "LetterKind.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace dsr {

struct LetterData
{
    LetterKind kind = LetterKind::Disclosure;
    LegalRegime regime = LegalRegime::Private;
    // Setting letters.digits; LetterRenderer writes every digit of the letter this way.
    JapaneseEra::Digits digits = JapaneseEra::Digits::HalfWidth;
    QVariantMap values; // field name → QString, bool or QVariantList of QVariantMap
    QString documentTitle; // the PDF's title: subject and document number, no personal data
};

// An organisation setting every letter prints: the template field it fills and the problem a
// letter (and the health check) reports when it is empty.
struct RequiredLetterSetting
{
    Setting key;
    QString field;
    QString missing; // translated
};

class LetterDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LetterDataBuilder)
public:
    // The settings without which no letter can be built, in the order build() checks them; the one
    // list both build() and HealthCheckService use.
    static QList<RequiredLetterSetting> requiredSettings();
    // The organisation settings a refusal of build() (as the letter services return it) names as
    // missing, in requiredSettings() order: what the window offers to open in Settings.
    static QList<Setting> missingSettings(const Error &refusal);

    // Refuses (Validation, naming every problem) a kind the regime does not allow, a decision
    // letter without a decision it answers, and every missing fact the kind's items need.
    static Result<LetterData> build(const LetterFacts &facts, const OrganisationSettings &settings);

    // The number printed on a draft before one is allocated: 長共総第　　号.
    static QString draftDocumentNumber(const OrganisationSettings &settings);

    // The article the letter is given under, e.g. 第33条第3項 (without the law's name).
    static QString article(LetterKind kind, LegalRegime regime, RequestType type,
                           std::optional<DecisionKind> decision = std::nullopt,
                           bool specialExtension = false);
    // A refusal ground id of DecisionVocabulary::grounds() as the letter states it, e.g.
    // 個人情報の保護に関する法律第33条第2項第2号（…）; empty for an unknown id.
    static QString groundText(const QString &groundId);
    static QString methodText(DisclosureMethod method); // 書面の交付 …; empty for None
    static QString yen(int amount); // 1,200円
};

} // namespace dsr
