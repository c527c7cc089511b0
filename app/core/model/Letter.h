#pragma once
// A response letter (通知書) in the letter register (文書番号簿): its number, its state on the way
// to the member, and where its issued bytes came from (DOMAIN.md §7). The letter's content lives
// in the stored PDF; this is what the register shows and what the workflow needs.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace dsr {

enum class LetterState {
    Draft, // a procedural letter awaiting the chief's approval
    Approved, // approved, not yet issued
    Issued, // numbered; bytes stored
    Printed,
    Mailed,
    Returned, // came back undeliverable
    Void, // 欠番: the number stays in the register
};

enum class MailMethod {
    Ordinary, // 普通郵便
    SimpleRegistered, // 簡易書留
    RestrictedDelivery, // 本人限定受取郵便
    Counter, // 窓口交付
};

struct Letter
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString receiptNo; // of the request
    QString kind; // LetterKinds id ("disclosure")
    LetterState state = LetterState::Draft;
    qint64 createdBy = 0;
    QString createdByLogin;
    QDateTime createdAt;
    qint64 approvedBy = 0;
    QString approvedByLogin;
    QDateTime approvedAt;

    QString symbol; // 長共総
    int fiscalYear = 0;
    int number = 0; // 0 until issued
    QString documentNo; // 長共総第123号
    QDate letterDate;
    QString addressee;
    qint64 templateId = 0;
    int templateVersion = 0;
    QString sha256;
    int pages = 0;
    qint64 issuedBy = 0;
    QString issuedByLogin;
    QDateTime issuedAt;
    qint64 replacesId = 0;
    QString replacesDocumentNo;

    QDateTime printedAt;
    QDate mailedOn;
    std::optional<MailMethod> mailMethod;
    QString trackingNo;
    QDate returnedOn;
    QString voidReason;
    QDateTime voidedAt;
    qint64 version = 0;

    bool isIssued() const { return !documentNo.isEmpty(); }
};

class LetterVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(LetterVocabulary)
public:
    static QList<LetterState> states();
    static QString id(LetterState s); // "issued"
    static std::optional<LetterState> stateFromId(const QString &id);
    static QString displayName(LetterState s);

    static QList<MailMethod> mailMethods();
    static QString id(MailMethod m); // "simple-registered"
    static std::optional<MailMethod> mailMethodFromId(const QString &id);
    static QString displayName(MailMethod m); // 簡易書留
};

} // namespace dsr
