// Letters as PDF: every kind in every regime that allows it renders with the frame and every item
// of its DOMAIN.md §7 row, as pdftotext extracts it; variant kanji survive; full-width digits
// are consistent; values print literally; long lists continue with page marks; drafts carry 案;
// the same input gives the same bytes. Set DSR_LETTER_OUT=DIR to keep the PDFs for a look.

#include "LetterFixtures.h"
#include "letters/GlyphOutlines.h"
#include "letters/LetterComposer.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterTemplates.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

const QDateTime kIssued(QDate(2025, 4, 1), QTime(9, 30), Qt::UTC);

Result<ComposedLetter> compose(const LetterFacts &facts, const OrganisationSettings &settings,
                               bool draft = false, const QString &templateText = QString())
{
    RenderOptions options;
    options.draft = draft;
    options.timestamp = kIssued;
    return LetterComposer::compose(facts, settings, templateText, options);
}

void keep(const QString &name, const QByteArray &pdf)
{
    const QString dir = qEnvironmentVariable("DSR_LETTER_OUT");
    if (dir.isEmpty())
        return;
    QFile f(QDir(dir).filePath(name + QStringLiteral(".pdf")));
    if (f.open(QIODevice::WriteOnly))
        f.write(pdf);
}

// What a kind's letter must say besides its item labels: the facts of the fixture.
QStringList expectedValues(LetterKind kind, LegalRegime regime)
{
    const bool pub = regime == LegalRegime::Public;
    switch (kind) {
    case LetterKind::Disclosure:
        return { QStringLiteral("短期給付の支給記録（令和6年度分）"), QStringLiteral("書面の交付"),
                 QStringLiteral("300円"), QStringLiteral("110円"),
                 QStringLiteral("保有個人データの写し一式") };
    case LetterKind::PartialDisclosure:
        return { QStringLiteral("短期給付の支給記録（令和6年度分）"),
                 QStringLiteral("書面の交付"),
                 QStringLiteral("300円"),
                 QStringLiteral("110円"),
                 QStringLiteral("審査担当者の氏名"),
                 QStringLiteral("審査の検討メモ"),
                 pub ? QStringLiteral("第78条第1項第2号") : QStringLiteral("第33条第2項第1号"),
                 pub ? QStringLiteral("第78条第1項第7号") : QStringLiteral("第33条第2項第2号"),
                 QStringLiteral("第三者の権利利益を害するおそれがあるため"),
                 QStringLiteral("今後の審査業務に著しい支障を及ぼすため") };
    case LetterKind::NonDisclosure:
        return { QStringLiteral("組合員資格に関する記録の一式"),
                 QStringLiteral("全部を開示しないこととしました"),
                 pub ? QStringLiteral("第78条第1項第2号") : QStringLiteral("第33条第2項第1号"),
                 QStringLiteral("請求に係る記録は第三者の情報と一体不可分であるため") };
    case LetterKind::Correction: {
        QStringList v { QStringLiteral("短期給付の支給記録（令和6年度分）"), QStringLiteral("住所"),
                        QStringLiteral("長崎県佐世保市旧町1番"), QStringLiteral("長崎県佐世保市新町2番") };
        if (pub)
            v << QStringLiteral("見本市役所（令和7年3月28日通知）");
        return v;
    }
    case LetterKind::NoCorrection:
        return { QStringLiteral("短期給付の支給記録（令和6年度分）"),
                 QStringLiteral("記録の内容が事実と一致していることを確認したため") };
    case LetterKind::Suspension:
        return { QStringLiteral("短期給付の支給記録（令和6年度分）"), QStringLiteral("利用停止"),
                 QStringLiteral("令和7年3月25日") };
    case LetterKind::NoSuspension:
        return { QStringLiteral("短期給付の支給記録（令和6年度分）"),
                 QStringLiteral("法令に基づく給付事務に必要な情報であるため") };
    case LetterKind::AmendmentRequest:
        return { QStringLiteral("請求書に請求者の押印がありません"), QStringLiteral("令和7年4月15日"),
                 QStringLiteral("〒850-0099"), QStringLiteral("長崎県長崎市架空町1番2号"),
                 QStringLiteral("期限までに補正がない場合は") };
    case LetterKind::Extension:
        return { QStringLiteral("令和7年4月9日"), QStringLiteral("令和7年5月9日"),
                 QStringLiteral("請求に係る記録が大量であり、確認に時間を要するため") };
    case LetterKind::ThirdPartyOpinion:
        return { QStringLiteral("架空商事株式会社との取引に関する記録"), QStringLiteral("令和7年4月14日"),
                 QStringLiteral("意見書"), QStringLiteral("開示に反対する") };
    case LetterKind::PurposeNotice:
        return { QStringLiteral("短期給付の支給記録（令和6年度分）"),
                 QStringLiteral("短期給付の支給に関する事務"),
                 QStringLiteral("組合員資格の管理に関する事務") };
    }
    return {};
}

} // namespace

class TestLetterPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto family = LetterRenderer::fontFamily();
        QVERIFY2(family, qPrintable(family.error().message));
        QCOMPARE(family.value(), QStringLiteral("BIZ UDMincho"));
    }

    void everyKindRendersEveryItem_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("regime");
        for (LetterKind k : LetterKinds::all())
            for (LegalRegime r : LetterKinds::regimes(k))
                QTest::newRow(qPrintable(LetterKinds::id(k) + QLatin1Char('/') + LetterKinds::regimeId(r)))
                    << int(k) << int(r);
    }
    void everyKindRendersEveryItem()
    {
        QFETCH(int, kind);
        QFETCH(int, regime);
        const auto k = LetterKind(kind);
        const auto r = LegalRegime(regime);
        const LetterFacts facts = letterFacts(k, r);
        auto letter = compose(facts, letterSettings(r));
        QVERIFY2(letter, qPrintable(letter.error().message));
        keep(LetterKinds::id(k) + QLatin1Char('-') + LetterKinds::regimeId(r), letter->rendered.pdf);
        QVERIFY(letter->rendered.pdf.startsWith("%PDF-"));
        QCOMPARE(letter->rendered.sha256,
                 QCryptographicHash::hash(letter->rendered.pdf, QCryptographicHash::Sha256).toHex());
        const QString text = squeezed(pdfText(letter->rendered.pdf));
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");

        const bool thirdParty = k == LetterKind::ThirdPartyOpinion;
        QStringList frame { QStringLiteral("長共総第123号"),
                            QStringLiteral("令和7年4月1日"),
                            thirdParty ? QStringLiteral("架空商事株式会社様") : QStringLiteral("髙﨑花子様"),
                            thirdParty ? QStringLiteral("〒850-0022") : QStringLiteral("〒850-0011"),
                            thirdParty ? QStringLiteral("長崎県長崎市例示町6番7号")
                                       : QStringLiteral("長崎県長崎市見本町3丁目4番5号"),
                            QStringLiteral("長崎県市町村職員共済組合"),
                            QStringLiteral("理事長山本一郎"),
                            QStringLiteral("（公印省略）"),
                            squeezed(LetterKinds::subject(k, r, requestTypeFor(k))),
                            QStringLiteral("令和7年3月10日"),
                            QStringLiteral("個人情報の保護に関する法律")
                                + LetterDataBuilder::article(
                                    k, r, requestTypeFor(k),
                                    facts.decision ? std::optional(facts.decision->kind) : std::nullopt),
                            QStringLiteral("記"),
                            QStringLiteral("以上"),
                            QStringLiteral("総務課"),
                            QStringLiteral("月山日長"),
                            QStringLiteral("095-827-3137") };
        frame += LetterKinds::items(k, r);
        frame += expectedValues(k, r);
        if (LetterKinds::isDecisionLetter(k)) {
            if (r == LegalRegime::Public)
                frame << QStringLiteral("（教示）") << QStringLiteral("審査請求")
                      << QStringLiteral("3か月以内") << QStringLiteral("6か月以内")
                      << QStringLiteral("1年を経過");
            else
                frame << QStringLiteral("苦情");
        }
        for (const QString &expected : frame)
            QVERIFY2(text.contains(squeezed(expected)),
                     qPrintable(QStringLiteral("missing “%1” in: %2").arg(expected, text)));
        if (LetterKinds::isDecisionLetter(k) && r == LegalRegime::Private)
            QVERIFY(!text.contains(QStringLiteral("教示")));
        QVERIFY(!text.contains(QStringLiteral("案")));
        // A one-page letter carries no page marks; the opinion form is a page of its own.
        QCOMPARE(letter->rendered.pages, thirdParty ? 2 : 1);
        QCOMPARE(text.contains(QStringLiteral("1/2")), thirdParty);
    }

    void variantKanjiExtractExactly()
    {
        LetterFacts f = letterFacts(LetterKind::Disclosure, LegalRegime::Private);
        f.request.memberName = QStringLiteral("髙橋 﨑山");
        f.recipient.address = QStringLiteral("長崎県長崎市月日町山長1番");
        auto letter = compose(f, letterSettings(LegalRegime::Private));
        QVERIFY2(letter, qPrintable(letter.error().message));
        for (Extraction mode : { Extraction::Reading, Extraction::Raw }) {
            const QString text = pdfText(letter->rendered.pdf, 1, 0, mode);
            QVERIFY2(text.contains(QStringLiteral("髙橋 﨑山")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("長崎県長崎市月日町山長1番")));
            QVERIFY(text.contains(QStringLiteral("令和7年4月1日")));
            // No Kangxi radicals or compatibility forms in place of 月 日 長 山.
            for (const char16_t c : { u'\u2F49', u'\u2F47', u'\u2FA7', u'\u2F2D' })
                QVERIFY(!text.contains(QChar(c)));
        }
    }

    void fontIsEmbedded()
    {
        auto letter = compose(letterFacts(LetterKind::NoCorrection, LegalRegime::Private),
                              letterSettings(LegalRegime::Private));
        QVERIFY(letter);
        const QByteArray &pdf = letter->rendered.pdf;
        QVERIFY(pdf.contains("BIZUDMincho"));
        QVERIFY(pdf.contains("/FontFile2"));
        QVERIFY(pdf.contains("pdfaid:part=\"1\"")); // PDF/A-1b
        QVERIFY(pdf.contains("/CreationDate (D:20250401093000"));
    }

    void glyphsAreEmbeddedWithoutHinting()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Qt's calls to FreeType reach the program's wrapper, which loads the glyphs a PDF embeds
        // without running the font's hinting program (a third of a letter's rendering time).
        QVERIFY(GlyphOutlines::unhintedEmbedding());
        // And FT_Get_Char_Index reaches the wrapper that answers the ToUnicode map's 65,536
        // questions from a table; the text extracted in the tests here goes through that map.
        QVERIFY(GlyphOutlines::cachedCharIndex());
#else
        QVERIFY(!GlyphOutlines::unhintedEmbedding());
        QVERIFY(!GlyphOutlines::cachedCharIndex());
#endif
    }

    void fullWidthDigitsThroughout()
    {
        OrganisationSettings s = letterSettings(LegalRegime::Public);
        s.set(Setting::LetterDigits, QStringLiteral("full"), 1);
        auto letter = compose(letterFacts(LetterKind::PartialDisclosure, LegalRegime::Public), s);
        QVERIFY2(letter, qPrintable(letter.error().message));
        keep(QStringLiteral("full-width"), letter->rendered.pdf);
        const QString text = pdfText(letter->rendered.pdf);
        QVERIFY2(text.contains(QStringLiteral("長共総第１２３号")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("令和７年４月１日")));
        QVERIFY(text.contains(QStringLiteral("０９５-８２７-３１３７")));
        static const QRegularExpression ascii(QStringLiteral("[0-9]"));
        QVERIFY2(!text.contains(ascii), qPrintable(text));
    }

    void eraBoundariesInTheLetter_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1989-01-07") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
        QTest::newRow("1989-01-08") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
        QTest::newRow("2019-04-30") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
        QTest::newRow("2019-05-01") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
    }
    void eraBoundariesInTheLetter()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        LetterFacts f = letterFacts(LetterKind::NoSuspension, LegalRegime::Private);
        f.issueDate = date;
        auto letter = compose(f, letterSettings(LegalRegime::Private));
        QVERIFY2(letter, qPrintable(letter.error().message));
        QVERIFY(pdfText(letter->rendered.pdf).contains(expected));
    }

    void valuesPrintLiterally()
    {
        LetterFacts f = letterFacts(LetterKind::NoCorrection, LegalRegime::Private);
        f.request.memberName = QStringLiteral("<b>山田</b> & 'x'");
        f.decision->reasons = QStringLiteral("<img src=\"seal\"> {{head_name}} &amp;");
        auto letter = compose(f, letterSettings(LegalRegime::Private));
        QVERIFY2(letter, qPrintable(letter.error().message));
        const QString text = pdfText(letter->rendered.pdf);
        QVERIFY2(text.contains(QStringLiteral("<b>山田</b> & 'x'")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<img src=\"seal\"> {{head_name}} &amp;")));
    }

    void longListContinuesWithPageMarks()
    {
        LetterFacts f = letterFacts(LetterKind::PartialDisclosure, LegalRegime::Public);
        f.decision->withheld.clear();
        for (int i = 1; i <= 30; ++i)
            f.decision->withheld.append({ QStringLiteral("審査記録の第%1葉").arg(i),
                                          QStringLiteral("art78-1-2"),
                                          QStringLiteral("第三者の氏名が記載されているため") });
        auto letter = compose(f, letterSettings(LegalRegime::Public));
        QVERIFY2(letter, qPrintable(letter.error().message));
        keep(QStringLiteral("long-list"), letter->rendered.pdf);
        QVERIFY2(letter->rendered.pages >= 2, qPrintable(QString::number(letter->rendered.pages)));
        const int n = letter->rendered.pages;
        for (int page = 1; page <= n; ++page) {
            const QString text = pdfText(letter->rendered.pdf, page, page);
            QVERIFY2(text.contains(QStringLiteral("%1/%2").arg(page).arg(n)), qPrintable(text));
        }
        const QString all = squeezed(pdfText(letter->rendered.pdf));
        QVERIFY(all.contains(QStringLiteral("審査記録の第1葉")));
        QVERIFY(all.contains(QStringLiteral("審査記録の第30葉")));
        QVERIFY(all.contains(QStringLiteral("以上")));
        QVERIFY(all.contains(QStringLiteral("095-827-3137")));
        // The contact box is on the last page.
        QVERIFY(squeezed(pdfText(letter->rendered.pdf, n, n)).contains(QStringLiteral("095-827-3137")));
    }

    void draftsCarryTheWatermark()
    {
        const LetterFacts f = letterFacts(LetterKind::Disclosure, LegalRegime::Private);
        auto draft = compose(f, letterSettings(LegalRegime::Private), true);
        QVERIFY2(draft, qPrintable(draft.error().message));
        keep(QStringLiteral("draft"), draft->rendered.pdf);
        QVERIFY(pdfText(draft->rendered.pdf).contains(QStringLiteral("案")));
        auto final = compose(f, letterSettings(LegalRegime::Private), false);
        QVERIFY(final);
        QVERIFY(!pdfText(final->rendered.pdf).contains(QStringLiteral("案")));
        QVERIFY(draft->rendered.sha256 != final->rendered.sha256);
    }

    void sameInputSameBytes()
    {
        const LetterFacts f = letterFacts(LetterKind::Correction, LegalRegime::Public);
        auto a = compose(f, letterSettings(LegalRegime::Public));
        auto b = compose(f, letterSettings(LegalRegime::Public));
        QVERIFY(a && b);
        QCOMPARE(a->rendered.sha256, b->rendered.sha256);
        QCOMPARE(a->rendered.pdf, b->rendered.pdf);
        LetterFacts other = f;
        other.documentNumber = QStringLiteral("長共総第124号");
        auto c = compose(other, letterSettings(LegalRegime::Public));
        QVERIFY(c);
        QVERIFY(c->rendered.sha256 != a->rendered.sha256);
    }

    void agentLetterNamesBoth()
    {
        LetterFacts f = letterFacts(LetterKind::NoCorrection, LegalRegime::Private);
        f.request.requester.kind = RequesterKind::AppointedAgent;
        f.request.requester.agentName = QStringLiteral("代理 一郎");
        f.recipient = { QString(), QStringLiteral("850-0033"), QStringLiteral("長崎県長崎市代理町8番") };
        auto letter = compose(f, letterSettings(LegalRegime::Private));
        QVERIFY2(letter, qPrintable(letter.error().message));
        keep(QStringLiteral("agent"), letter->rendered.pdf);
        const QString text = squeezed(pdfText(letter->rendered.pdf));
        QVERIFY2(text.contains(QStringLiteral("代理一郎様")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("（髙﨑花子様の任意代理人）")));
        QVERIFY(text.contains(QStringLiteral("長崎県長崎市代理町8番")));
    }

    void sealImage()
    {
        OrganisationSettings s = letterSettings(LegalRegime::Private);
        s.set(Setting::LetterSeal, QStringLiteral("image"), 1);
        const LetterFacts f = letterFacts(LetterKind::NoSuspension, LegalRegime::Private);
        auto without = compose(f, s);
        QVERIFY(!without);
        QVERIFY(without.error().message.contains(QStringLiteral("letters.seal")));
        RenderOptions options;
        options.timestamp = kIssued;
        options.seal = QImage(120, 120, QImage::Format_ARGB32);
        options.seal.fill(Qt::transparent);
        QPainter p(&options.seal);
        p.setPen(QPen(Qt::red, 8));
        p.drawEllipse(10, 10, 100, 100);
        p.end();
        auto with = LetterComposer::compose(f, s, QString(), options);
        QVERIFY2(with, qPrintable(with.error().message));
        keep(QStringLiteral("seal"), with->rendered.pdf);
        QVERIFY(with->rendered.pdf.contains("/Subtype /Image"));
        QVERIFY(!squeezed(pdfText(with->rendered.pdf)).contains(QStringLiteral("公印省略")));
    }

    void addressMustFitTheWindow()
    {
        LetterFacts f = letterFacts(LetterKind::NoSuspension, LegalRegime::Private);
        f.recipient.address = QString(200, QChar(u'長'));
        auto letter = compose(f, letterSettings(LegalRegime::Private));
        QVERIFY(!letter);
        QCOMPARE(letter.error().code, ErrorCode::Validation);
        QVERIFY(letter.error().message.contains(QStringLiteral("letters.address_height_mm")));
    }

    void missingValueIsAnErrorNotAHole()
    {
        // An administrator's template that prints a field the facts leave empty.
        QString text = LetterTemplates::builtIn(LetterKind::Disclosure);
        text.replace(QStringLiteral("{{subject}}"), QStringLiteral("{{subject}}{{organisation_address}}"));
        QVERIFY(LetterTemplates::validate(LetterKind::Disclosure, text));
        OrganisationSettings s = letterSettings(LegalRegime::Private);
        s.set(Setting::Address, QString(), 2);
        auto letter = compose(letterFacts(LetterKind::Disclosure, LegalRegime::Private), s, false, text);
        QVERIFY(!letter);
        QCOMPARE(letter.error().code, ErrorCode::Validation);
        QVERIFY2(letter.error().message.contains(QStringLiteral("organisation_address")),
                 qPrintable(letter.error().message));
    }

    void renderTime()
    {
        const LetterFacts f = letterFacts(LetterKind::Disclosure, LegalRegime::Private);
        const OrganisationSettings s = letterSettings(LegalRegime::Private);
        QVERIFY(compose(f, s)); // warm: fonts loaded
        QElapsedTimer timer;
        timer.start();
        const int n = 20;
        for (int i = 0; i < n; ++i)
            QVERIFY(compose(f, s));
        qInfo("one-page letter: %.1f ms each (%d renders)", double(timer.elapsed()) / n, n);
    }
};

QTEST_MAIN(TestLetterPdf)
#include "TestLetterPdf.moc"
