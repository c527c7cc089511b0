#pragma once
// Synthetic letter facts for the letter tests: one complete set per kind, names with the variant
// kanji 髙 and 﨑 that must survive into the PDF's text. Every name and address is invented.

#include "Settings.h"
#include "letters/LetterFacts.h"
#include "letters/LetterKind.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace dsr::test {

inline OrganisationSettings letterSettings(LegalRegime regime)
{
    OrganisationSettings s;
    s.set(Setting::Regime, LetterKinds::regimeId(regime), 1);
    s.set(Setting::HeadName, QStringLiteral("山本 一郎"), 1);
    s.set(Setting::PostalCode, QStringLiteral("850-0099"), 1);
    s.set(Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号"), 1);
    return s;
}

inline Request letterRequest(RequestType type)
{
    Request r;
    r.id = 7;
    r.receiptNo = QStringLiteral("R7-0007");
    r.type = type;
    r.memberName = QStringLiteral("髙﨑 花子");
    r.received = QDate(2025, 3, 10);
    r.summary = QStringLiteral("組合員資格に関する記録の一式");
    r.categories = { QStringLiteral("組合員資格") };
    r.method = DisclosureMethod::Paper;
    r.feeYen = 300;
    return r;
}

inline RequestType requestTypeFor(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Correction:
    case LetterKind::NoCorrection:
        return RequestType::Correction;
    case LetterKind::Suspension:
    case LetterKind::NoSuspension:
        return RequestType::Suspension;
    case LetterKind::PurposeNotice:
        return RequestType::PurposeNotice;
    default:
        return RequestType::Disclosure;
    }
}

// The decision each decision letter notifies, with every part its items print.
inline std::optional<Decision> letterDecision(LetterKind kind, LegalRegime regime)
{
    const QString g1
        = regime == LegalRegime::Public ? QStringLiteral("art78-1-2") : QStringLiteral("art33-2-1");
    const QString g2
        = regime == LegalRegime::Public ? QStringLiteral("art78-1-7") : QStringLiteral("art33-2-2");
    Decision d;
    d.data = QStringLiteral("短期給付の支給記録（令和6年度分）");
    switch (kind) {
    case LetterKind::Disclosure:
        d.kind = DecisionKind::Full;
        return d;
    case LetterKind::PartialDisclosure:
        d.kind = DecisionKind::Partial;
        d.withheld = { { QStringLiteral("審査担当者の氏名"), g1,
                         QStringLiteral("第三者の権利利益を害するおそれがあるため") },
                       { QStringLiteral("審査の検討メモ"), g2,
                         QStringLiteral("今後の審査業務に著しい支障を及ぼすため") } };
        d.reasons = QStringLiteral("上記のとおり");
        return d;
    case LetterKind::NonDisclosure:
        d.kind = DecisionKind::Refusal;
        d.withheld = { { QStringLiteral("全部"), g1, QStringLiteral("第三者の情報を含むため") } };
        d.reasons = QStringLiteral("請求に係る記録は第三者の情報と一体不可分であるため");
        return d;
    case LetterKind::Correction:
        d.kind = DecisionKind::Correct;
        d.corrections = { { QStringLiteral("住所"), QStringLiteral("長崎県佐世保市旧町1番"),
                            QStringLiteral("長崎県佐世保市新町2番") } };
        return d;
    case LetterKind::NoCorrection:
        d.kind = DecisionKind::NoCorrection;
        d.reasons = QStringLiteral("記録の内容が事実と一致していることを確認したため");
        return d;
    case LetterKind::Suspension:
        d.kind = DecisionKind::Suspend;
        d.measure = QStringLiteral("利用停止");
        d.measureDate = QDate(2025, 3, 25);
        return d;
    case LetterKind::NoSuspension:
        d.kind = DecisionKind::NoSuspension;
        d.reasons = QStringLiteral("法令に基づく給付事務に必要な情報であるため");
        return d;
    case LetterKind::PurposeNotice:
        d.kind = DecisionKind::Notify;
        return d;
    case LetterKind::AmendmentRequest:
    case LetterKind::Extension:
    case LetterKind::ThirdPartyOpinion:
        return std::nullopt;
    }
    return std::nullopt;
}

inline LetterFacts letterFacts(LetterKind kind, LegalRegime regime)
{
    LetterFacts f;
    f.kind = kind;
    f.request = letterRequest(requestTypeFor(kind));
    f.decision = letterDecision(kind, regime);
    f.recipient = { QString(), QStringLiteral("850-0011"), QStringLiteral("長崎県長崎市見本町3丁目4番5号") };
    f.documentNumber = QStringLiteral("長共総第123号");
    f.issueDate = QDate(2025, 4, 1);
    f.personInCharge = QStringLiteral("月山 日長");
    f.postageYen = 110;
    f.enclosures = { QStringLiteral("保有個人データの写し　一式") };
    f.recipientsInformed = QStringLiteral("見本市役所（令和7年3月28日通知）");
    f.purposes
        = { QStringLiteral("短期給付の支給に関する事務"), QStringLiteral("組合員資格の管理に関する事務") };
    f.amendment = { QStringLiteral("請求書に請求者の押印がありません"), QString(), QDate(2025, 4, 15) };
    f.extension = { QDate(2025, 4, 9), QDate(2025, 5, 9),
                    QStringLiteral("請求に係る記録が大量であり、確認に時間を要するため"), false };
    f.opinion = { { QStringLiteral("架空商事株式会社"), QStringLiteral("850-0022"),
                    QStringLiteral("長崎県長崎市例示町6番7号") },
                  QStringLiteral("架空商事株式会社との取引に関する記録"),
                  QDate(2025, 4, 14) };
    return f;
}

enum class Extraction {
    Raw, // the order the text was drawn in: each region, block and table cell in turn
    Reading, // pdftotext's default reading order (columns guessed from the gaps)
};

// The PDF's text as pdftotext extracts it (UTF-8); pages from `first` to `last` (0: to the end).
inline QString pdfText(const QByteArray &pdf, int first = 1, int last = 0, Extraction mode = Extraction::Raw)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("letter.pdf"));
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QStringList args { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                       QString::number(first) };
    if (mode == Extraction::Raw)
        args << QStringLiteral("-raw");
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << in << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Without white space and line breaks: table cells and long labels wrap where the layout says.
inline QString squeezed(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    QString out = text;
    return out.remove(space);
}

} // namespace dsr::test
