#pragma once
// The decision on a request (DOMAIN.md §3): its kind, and what each kind must say — the parts
// not disclosed with their ground and reasons, each correction before → after, the measure and
// its date, the reasons for any refusal.

#include "LegalRegime.h"
#include "Request.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace dsr {

enum class DecisionKind {
    Full, // 全部開示
    Partial, // 一部開示
    Refusal, // 不開示
    NotHeld, // 不存在
    MethodChange, // 方法変更
    Correct, // 訂正等を行う
    NoCorrection, // 訂正等を行わない
    Suspend, // 利用停止等を行う
    NoSuspension, // 行わない
    Substitute, // 代替措置
    Notify, // 利用目的を通知する
    Response, // 苦情への回答
};

struct WithheldPart
{
    QString part; // what is not disclosed
    QString ground; // legal ground id (art33-2-1 …, art78-1-1 …, art81)
    QString reason;
};

struct CorrectionItem
{
    QString item;
    QString before;
    QString after;
};

struct Decision
{
    DecisionKind kind = DecisionKind::Full;
    QString data; // the data disclosed or concerned
    QList<WithheldPart> withheld;
    QList<CorrectionItem> corrections;
    QString measure; // 利用停止 / 消去 / 第三者提供の停止
    QDate measureDate;
    QString substitute;
    QString reasons;
    DisclosureMethod method = DisclosureMethod::None;
    qint64 draftedBy = 0;
    QString draftedByLogin;
    QDateTime draftedAt;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Decision fromJson(DecisionKind kind, const QJsonObject &o);
};

class DecisionVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(DecisionVocabulary)
public:
    static QList<DecisionKind> kinds();
    static QString id(DecisionKind k); // "partial"
    static std::optional<DecisionKind> fromId(const QString &id);
    static QString displayName(DecisionKind k);
    // The kinds that answer a request of `type`.
    static QList<DecisionKind> kindsFor(RequestType type);
    // Refusals and partial measures: they carry reasons (art. 36) and take the longer route.
    static bool needsReasons(DecisionKind k);
    // Ground ids of the regime (private: art. 33(2) items; public: art. 78(1) items, art. 81).
    static QStringList grounds(LegalRegime regime);
    static QString groundName(const QString &id);
    static QStringList measures();
};

} // namespace dsr
