// Japanese-era dates, fiscal years, search normalisation, kana and postal codes, My Number.

#include "security/MyNumber.h"
#include "text/JapaneseEra.h"
#include "text/JapaneseText.h"

#include <QtTest>

using namespace dsr;

class TestJapanese : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eraDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("last day of Showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
        QTest::newRow("first day of Heisei") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
        QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
        QTest::newRow("first day of Reiwa") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
        QTest::newRow("Reiwa 2") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
        QTest::newRow("Reiwa 7") << QDate(2025, 4, 1) << QStringLiteral("令和7年4月1日");
        QTest::newRow("Showa first day") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
        QTest::newRow("Taisho last day") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
        QTest::newRow("Taisho first day") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
        QTest::newRow("Meiji 45") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日");
        QTest::newRow("Gregorian adoption") << QDate(1873, 1, 1) << QStringLiteral("明治6年1月1日");
        QTest::newRow("before Gregorian") << QDate(1872, 12, 31) << QString();
    }
    void eraDates()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(JapaneseEra::format(date), expected);
    }

    void fullWidthDigitsAreConsistent()
    {
        QCOMPARE(JapaneseEra::format(QDate(2025, 12, 31), JapaneseEra::Digits::FullWidth),
                 QStringLiteral("令和７年１２月３１日"));
        QCOMPARE(JapaneseEra::format(QDate(2019, 5, 1), JapaneseEra::Digits::FullWidth),
                 QStringLiteral("令和元年５月１日"));
    }

    // Every date format() writes is read back by parse(), and the short forms clerks type.
    void eraDatesReadBack()
    {
        for (QDate d(1873, 1, 1); d < QDate(2031, 1, 1); d = d.addDays(13))
            QCOMPARE(JapaneseEra::parse(JapaneseEra::format(d)), d);
        for (const QDate d :
             { QDate(1989, 1, 7), QDate(1989, 1, 8), QDate(2019, 4, 30), QDate(2019, 5, 1) }) {
            QCOMPARE(JapaneseEra::parse(JapaneseEra::format(d)), d);
            QCOMPARE(JapaneseEra::parse(JapaneseEra::format(d, JapaneseEra::Digits::FullWidth)), d);
        }
        QCOMPARE(JapaneseEra::parse(QStringLiteral("R8.12.4")), QDate(2026, 12, 4));
        QCOMPARE(JapaneseEra::parse(QStringLiteral("h31/4/30")), QDate(2019, 4, 30));
        QCOMPARE(JapaneseEra::parse(QStringLiteral("S64-01-07")), QDate(1989, 1, 7));
        QCOMPARE(JapaneseEra::parse(QStringLiteral("令和 8年 12月 4日")), QDate(2026, 12, 4));
        // Outside its era, or no date at all.
        QVERIFY(!JapaneseEra::parse(QStringLiteral("平成31年5月1日")).isValid());
        QVERIFY(!JapaneseEra::parse(QStringLiteral("S64.1.8")).isValid());
        QVERIFY(!JapaneseEra::parse(QStringLiteral("明治5年12月31日")).isValid());
        QVERIFY(!JapaneseEra::parse(QStringLiteral("令和0年1月1日")).isValid());
        QVERIFY(!JapaneseEra::parse(QStringLiteral("2026/12/04")).isValid());
        QVERIFY(!JapaneseEra::parse(QString()).isValid());
    }

    void abridgedAddresses()
    {
        QCOMPARE(JapaneseText::abridgedAddress(QStringLiteral("長崎県長崎市本町1-2-3 本町ハイツ101")),
                 QStringLiteral("長崎県長崎市本町"));
        QCOMPARE(JapaneseText::abridgedAddress(QStringLiteral("東京都千代田区霞が関３－１－１")),
                 QStringLiteral("東京都千代田区霞が関"));
        QCOMPARE(JapaneseText::abridgedAddress(QStringLiteral("長崎県諫早市旭町三丁目2番地")),
                 QStringLiteral("長崎県諫早市旭町"));
        // Place names with kanji numerals stay whole.
        QCOMPARE(JapaneseText::abridgedAddress(QStringLiteral("東京都八王子市四谷町")),
                 QStringLiteral("東京都八王子市四谷町"));
        QCOMPARE(JapaneseText::abridgedAddress(QStringLiteral("  長崎市試験町 ")),
                 QStringLiteral("長崎市試験町"));
        QCOMPARE(JapaneseText::abridgedAddress(QString()), QString());
    }

    void fiscalYears()
    {
        QCOMPARE(JapaneseEra::fiscalYearOf(QDate(2026, 3, 31)), 2025);
        QCOMPARE(JapaneseEra::fiscalYearOf(QDate(2026, 4, 1)), 2026);
        QCOMPARE(JapaneseEra::formatFiscalYear(2025), QStringLiteral("令和7年度"));
        QCOMPARE(JapaneseEra::formatFiscalYear(2019), QStringLiteral("令和元年度"));
        QCOMPARE(JapaneseEra::formatFiscalYear(2018), QStringLiteral("平成30年度"));
        QCOMPARE(JapaneseEra::formatFiscalYear(1989), QStringLiteral("平成元年度"));
        QCOMPARE(JapaneseEra::formatFiscalYear(1988), QStringLiteral("昭和63年度"));
        QCOMPARE(JapaneseEra::eraOfFiscalYear(2025).initial, QLatin1Char('R'));
    }

    void searchKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("half-width kana") << QStringLiteral("ﾀﾅｶ ﾀﾛｳ") << QStringLiteral("タナカタロウ");
        QTest::newRow("hiragana") << QStringLiteral("たなか") << QStringLiteral("タナカ");
        QTest::newRow("full-width space") << QStringLiteral("田中　太郎") << QStringLiteral("田中太郎");
        QTest::newRow("full-width digits") << QStringLiteral("Ｒ７－０００１") << QStringLiteral("r7-0001");
        QTest::newRow("髙") << QStringLiteral("髙橋") << QStringLiteral("高橋");
        QTest::newRow("﨑") << QStringLiteral("山﨑") << QStringLiteral("山崎");
        QTest::newRow("邊") << QStringLiteral("渡邊") << QStringLiteral("渡辺");
        QTest::newRow("邉") << QStringLiteral("渡邉") << QStringLiteral("渡辺");
        QTest::newRow("齋") << QStringLiteral("齋藤") << QStringLiteral("斎藤");
        QTest::newRow("𠮷 (outside the BMP)") << QStringLiteral("𠮷田") << QStringLiteral("吉田");
        QTest::newRow("dakuten half-width") << QStringLiteral("ﾔﾏｻﾞｷ") << QStringLiteral("やまざき");
    }
    void searchKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(JapaneseText::searchKey(a), JapaneseText::searchKey(b));
    }

    void differentNamesStayDifferent()
    {
        QVERIFY(JapaneseText::searchKey(QStringLiteral("斎藤"))
                != JapaneseText::searchKey(QStringLiteral("斉藤")));
        QVERIFY(JapaneseText::searchKey(QStringLiteral("高田"))
                != JapaneseText::searchKey(QStringLiteral("髙木")));
    }

    void kana()
    {
        QCOMPARE(JapaneseText::toKatakana(QStringLiteral("やまだ たろう")), QStringLiteral("ヤマダ　タロウ"));
        QCOMPARE(JapaneseText::toKatakana(QStringLiteral("ﾔﾏﾀﾞ  ﾀﾛｳ ")), QStringLiteral("ヤマダ　タロウ"));
        QVERIFY(JapaneseText::isKatakana(QStringLiteral("ヤマダ　タロウ")));
        QVERIFY(JapaneseText::isKatakana(QStringLiteral("ヴァン・デ・ルー")));
        QVERIFY(!JapaneseText::isKatakana(QStringLiteral("山田")));
        QVERIFY(!JapaneseText::isKatakana(QStringLiteral("yamada")));
        QVERIFY(!JapaneseText::isKatakana(QStringLiteral("　")));
    }

    void postalCodes()
    {
        QCOMPARE(JapaneseText::normalizePostalCode(QStringLiteral("850-0000")), QStringLiteral("850-0000"));
        QCOMPARE(JapaneseText::normalizePostalCode(QStringLiteral("８５０－００３２")),
                 QStringLiteral("850-0032"));
        QCOMPARE(JapaneseText::normalizePostalCode(QStringLiteral("8500032")), QStringLiteral("850-0032"));
        QCOMPARE(JapaneseText::normalizePostalCode(QStringLiteral("850-003")), QString());
        QCOMPARE(JapaneseText::normalizePostalCode(QStringLiteral("〒850-0032")), QString());
        QCOMPARE(JapaneseText::normalizePostalCode(QString()), QString());
    }

    void myNumberCheckDigit()
    {
        QVERIFY(MyNumber::isValid(QStringLiteral("123456789018")));
        QVERIFY(!MyNumber::isValid(QStringLiteral("123456789012")));
        QVERIFY(MyNumber::isValid(QStringLiteral("１２３４５６７８９０１８")));
        QVERIFY(!MyNumber::isValid(QStringLiteral("12345678901")));
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("12345678901")), 8);
    }

    void myNumberInFreeText()
    {
        QVERIFY(MyNumber::containsValid(QStringLiteral("番号は123456789018です")));
        QVERIFY(MyNumber::containsValid(QStringLiteral("番号 1234 5678 9018")));
        QVERIFY(MyNumber::containsValid(QStringLiteral("番号 1234-5678-9018")));
        QVERIFY(MyNumber::containsValid(QStringLiteral("番号は１２３４５６７８９０１８")));
        QVERIFY(!MyNumber::containsValid(QStringLiteral("電話 095-827-3137")));
        QVERIFY(!MyNumber::containsValid(QStringLiteral("123456789012")));
        QVERIFY(!MyNumber::containsValid(QStringLiteral("口座 91234567890189"))); // inside a longer run
        QCOMPARE(MyNumber::mask(QStringLiteral("番号は123456789018です")),
                 QStringLiteral("番号は************です"));
        QCOMPARE(MyNumber::mask(QStringLiteral("1234 5678 9018 と 123456789012")),
                 QStringLiteral("************** と 123456789012")); // separators masked too (TestMyNumber)
    }
};

QTEST_GUILESS_MAIN(TestJapanese)
#include "TestJapanese.moc"
