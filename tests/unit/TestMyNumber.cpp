// My Number (個人番号) in free text (issue 9, DOMAIN.md §8): the detector finds a valid number
// however an honest clerk or a sloppy scan writes it — spaces, hyphens and dashes of every width,
// dots, full-width digits, any grouping, across a line break — never one with a wrong check digit
// or inside a longer digit run, and masking covers exactly the number's characters. FreeText, the
// one gate of every free-text field, refuses naming the field or masks on request.

#include "Settings.h"
#include "security/FreeText.h"
#include "security/MyNumber.h"
#include "services/FreeTextFields.h"
#include "services/LetterService.h"
#include "services/MemberService.h"

#include <QJsonArray>

#include <QElapsedTimer>
#include <QtTest>
#include <limits>

using namespace dsr;

namespace {

// The base number of DOMAIN.md §8.
const QString kBase = QStringLiteral("123456789018");

// A valid number from 11 leading digits, by the check digit under test only where a test says so.
QString valid(const QString &first11)
{
    return first11 + QString::number(MyNumber::checkDigit(first11));
}

// The same 11 digits with a wrong check digit.
QString invalid(const QString &first11)
{
    return first11 + QString::number((MyNumber::checkDigit(first11) + 1) % 10);
}

// `digits` written in groups of `sizes`, joined by `sep`.
QString grouped(const QString &digits, const QList<int> &sizes, const QString &sep)
{
    QStringList parts;
    int at = 0;
    for (int n : sizes) {
        parts << digits.mid(at, n);
        at += n;
    }
    return parts.join(sep);
}

QString fullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? QChar(0xFF10 + (c.unicode() - u'0')) : c;
    return out;
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

} // namespace

class TestMyNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigitFollowsTheOrdinance()
    {
        // By hand: 6+10+12+12+10+42+42+40+36+0+2 = 212; 212 mod 11 = 3; 11 − 3 = 8.
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("12345678901")), 8);
        QVERIFY(MyNumber::isValid(kBase));
        // r ≤ 1 gives 0: 00000000000 (r = 0) and 10000000000 → 6 mod 11 = 6 → 5.
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("00000000000")), 0);
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("10000000000")), 5);
        // 00000000002: 2·2 = 4 → 7; 00000000010: 3 → 8; 01000000000: r = 5 → 6; 20000000000: 12 mod 11 = 1 →
        // 0.
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("00000000002")), 7);
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("00000000010")), 8);
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("01000000000")), 6);
        QCOMPARE(MyNumber::checkDigit(QStringLiteral("20000000000")), 0);
        QCOMPARE(MyNumber::checkDigit(fullWidth(QStringLiteral("12345678901"))), 8);
    }

    void detects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count"); // valid numbers found
        QTest::addColumn<QString>("masked"); // empty: do not compare

        const QString other = valid(QStringLiteral("98765432109"));
        const QString zeroish = valid(QStringLiteral("30200410506"));
        const QString bad = invalid(QStringLiteral("12345678901")); // 123456789019

        // How it is written.
        QTest::newRow("12 in a row") << kBase << 1 << stars(12);
        QTest::newRow("another valid number") << other << 1 << stars(12);
        QTest::newRow("a third") << QStringLiteral("番号%1").arg(zeroish) << 1
                                 << QStringLiteral("番号") + stars(12);
        const QList<std::pair<const char *, QString>> separators {
            { "space", QStringLiteral(" ") },
            { "ideographic space U+3000", QStringLiteral("\u3000") },
            { "tab", QStringLiteral("\t") },
            { "hyphen-minus", QStringLiteral("-") },
            { "katakana prolonged mark ー", QStringLiteral("\u30FC") },
            { "hyphen U+2010", QStringLiteral("\u2010") },
            { "non-breaking hyphen U+2011", QStringLiteral("\u2011") },
            { "en dash", QStringLiteral("\u2013") },
            { "em dash", QStringLiteral("\u2014") },
            { "minus sign", QStringLiteral("\u2212") },
            { "full-width hyphen-minus －", QStringLiteral("\uFF0D") },
            { "half-width prolonged mark ｰ", QStringLiteral("\uFF70") },
            { "dot", QStringLiteral(".") },
            { "katakana middle dot ・", QStringLiteral("\u30FB") },
            { "full-width full stop ．", QStringLiteral("\uFF0E") },
            { "space hyphen space", QStringLiteral(" - ") },
            { "LF", QStringLiteral("\n") },
            { "CR", QStringLiteral("\r") },
            { "CRLF", QStringLiteral("\r\n") },
            { "hyphen, CRLF", QStringLiteral("-\r\n") },
            { "four spaces", QStringLiteral("    ") },
        };
        for (const auto &[name, sep] : separators) {
            const QString text = grouped(kBase, { 4, 4, 4 }, sep);
            QTest::newRow(qPrintable(QStringLiteral("4-4-4, %1").arg(QString::fromLatin1(name))))
                << QStringLiteral("番号は%1です").arg(text) << 1
                << QStringLiteral("番号は%1です").arg(stars(text.size()));
        }
        QTest::newRow("full-width digits and －")
            << QStringLiteral("１２３４－５６７８－９０１８") << 1 << stars(14);
        QTest::newRow("full-width digits in a row") << fullWidth(other) << 1 << stars(12);
        QTest::newRow("mixed widths and separators")
            << QStringLiteral("1234ー５６７８.9018") << 1 << stars(14);
        QTest::newRow("3-3-3-3") << grouped(kBase, { 3, 3, 3, 3 }, QStringLiteral(" ")) << 1 << stars(15);
        QTest::newRow("single digits")
            << grouped(kBase, { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, QStringLiteral(" ")) << 1 << stars(23);
        QTest::newRow("8-4 across CRLF")
            << grouped(other, { 8, 4 }, QStringLiteral("\r\n")) << 1 << stars(14);
        QTest::newRow("1234-5678 LF 9018") << QStringLiteral("1234-5678\n9018") << 1 << stars(14);
        QTest::newRow("two numbers")
            << QStringLiteral("%1 と %2").arg(kBase, grouped(other, { 4, 4, 4 }, QStringLiteral("-"))) << 2
            << stars(12) + QStringLiteral(" と ") + stars(14);
        QTest::newRow("between letters")
            << QStringLiteral("ABC%1XYZ").arg(kBase) << 1 << QStringLiteral("ABC%1XYZ").arg(stars(12));
        // Separators at the edges are not the number's: "-1234-5678-9018-" keeps its outer hyphens.
        QTest::newRow("separators at the edges")
            << QStringLiteral("-1234-5678-9018-") << 1 << QStringLiteral("-%1-").arg(stars(14));
        QTest::newRow("No. and a full stop")
            << QStringLiteral("No.%1.").arg(kBase) << 1 << QStringLiteral("No.%1.").arg(stars(12));
        // A separate leading group does not make a 13-digit number: the last 12 are still a number.
        QTest::newRow("a group before")
            << QStringLiteral("1 1234 5678 9018") << 1 << QStringLiteral("1 %1").arg(stars(14));

        // Not a My Number.
        QTest::newRow("wrong check digit") << bad << 0 << bad;
        for (const auto &[name, sep] : separators) {
            const QString text = grouped(bad, { 4, 4, 4 }, sep);
            QTest::newRow(qPrintable(QStringLiteral("wrong check digit, %1").arg(QString::fromLatin1(name))))
                << text << 0 << text;
        }
        QTest::newRow("wrong check digit, full-width") << fullWidth(bad) << 0 << fullWidth(bad);
        QTest::newRow("13 digits") << kBase + QStringLiteral("0") << 0 << QString();
        QTest::newRow("13 digits, leading") << QStringLiteral("9") + kBase << 0 << QString();
        QTest::newRow("14 digits") << QStringLiteral("口座 9%10").arg(kBase) << 0 << QString();
        QTest::newRow("4-4-5") << QStringLiteral("1234 5678 90180") << 0 << QString();
        QTest::newRow("5-4-4") << QStringLiteral("91234 5678 9018") << 0 << QString();
        QTest::newRow("11 digits") << kBase.left(11) << 0 << QString();
        QTest::newRow("phone number") << QStringLiteral("電話 095-827-3137") << 0 << QString();
        QTest::newRow("five spaces break the run") << QStringLiteral("1234     5678 9018") << 0 << QString();
        QTest::newRow("commas are not separators") << QStringLiteral("123,456,789,018円") << 0 << QString();
        QTest::newRow("slashes are not separators") << QStringLiteral("1234/5678/9018") << 0 << QString();
        QTest::newRow("a word between") << QStringLiteral("1234 と 5678 と 9018") << 0 << QString();
        QTest::newRow("empty") << QString() << 0 << QString();
    }

    void detects()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, masked);
        const auto found = MyNumber::find(text);
        QCOMPARE(found.size(), count);
        QCOMPARE(MyNumber::containsValid(text), count > 0);
        for (const MyNumber::Match &m : found) {
            QVERIFY(MyNumber::isValid(m.digits));
            // The match starts and ends on a digit.
            QVERIFY(MyNumber::digitValue(text.at(m.start)) >= 0);
            QVERIFY(MyNumber::digitValue(text.at(m.start + m.length - 1)) >= 0);
        }
        const QString out = MyNumber::mask(text);
        QCOMPARE(out.size(), text.size()); // the length is kept
        if (!masked.isNull() || count == 0)
            QCOMPARE(out, masked.isNull() ? text : masked);
        QVERIFY(!MyNumber::containsValid(out));
    }

    // Of the ten possible last digits exactly one is flagged, however the number is written.
    void neverFlagsAWrongCheckDigit()
    {
        for (const QString &first11 : { QStringLiteral("12345678901"), QStringLiteral("98765432109"),
                                        QStringLiteral("00000000002"), QStringLiteral("55555555555") }) {
            for (const QString &sep : { QString(), QStringLiteral("ー"), QStringLiteral("\r\n") }) {
                int flagged = 0;
                for (int last = 0; last <= 9; ++last) {
                    const QString text = grouped(first11 + QString::number(last), { 4, 4, 4 }, sep);
                    if (MyNumber::containsValid(text)) {
                        ++flagged;
                        QCOMPARE(last, MyNumber::checkDigit(first11));
                    }
                }
                QCOMPARE(flagged, 1);
            }
        }
    }

    void masksTheDigitsFound()
    {
        const auto found = MyNumber::find(QStringLiteral("番号：1234ー5678ー9018。"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().start, 3);
        QCOMPARE(found.first().length, 14);
        QCOMPARE(found.first().digits, kBase);
    }

    // A linear scan: eight times the text costs about eight times the time, not sixty-four. The
    // two sizes are timed back to back (best of three each), so a busy machine slows both alike;
    // no absolute time is asserted.
    void longTextsStayFast()
    {
        const auto textOf = [](int groups) {
            QString text;
            for (int i = 0; i < groups; ++i)
                text += QStringLiteral("1 2-3.4ー"); // runs of single digits, never a valid number
            return text + QStringLiteral("、") + grouped(kBase, { 4, 4, 4 }, QStringLiteral(" "));
        };
        const auto bestOfThree = [](const QString &text) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                if (!MyNumber::containsValid(text) || MyNumber::find(text).size() != 1)
                    return qint64(-1);
                best = qMin(best, timer.nsecsElapsed());
            }
            return best;
        };
        const qint64 small = bestOfThree(textOf(5000));
        const qint64 large = bestOfThree(textOf(40000));
        QVERIFY2(small > 0 && large > 0, "the number at the end is found in both texts");
        QVERIFY2(large < 24 * small + 20'000'000,
                 qPrintable(QStringLiteral("5,000 groups %1 ms, 40,000 groups %2 ms")
                                .arg(small / 1e6, 0, 'f', 1)
                                .arg(large / 1e6, 0, 'f', 1)));
    }

    void freeTextRefusesNamingTheField()
    {
        const QString text = QStringLiteral("控え 1234ー5678ー9018 を確認");
        auto refused = FreeText::check(QStringLiteral("reasons"), QStringLiteral("Reasons"), text);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("Reasons contains what looks like a My Number")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("last four digits")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("9018"))); // the message does not repeat it
        QCOMPARE(refused.error().fields.size(), 1);
        QCOMPARE(refused.error().fields.first().field, QStringLiteral("reasons"));

        auto masked
            = FreeText::check(QStringLiteral("notes"), QStringLiteral("Notes"), text, MyNumberPolicy::Mask);
        QVERIFY(masked);
        QCOMPARE(masked->text(), QStringLiteral("控え %1 を確認").arg(stars(14)));

        auto clean = FreeText::check(QStringLiteral("notes"), QStringLiteral("Notes"),
                                     QStringLiteral("末尾4桁 9018"));
        QVERIFY(clean);
        QCOMPARE(clean->text(), QStringLiteral("末尾4桁 9018"));
    }

    void freeTextCheckCollectsEveryField()
    {
        FreeTextCheck c;
        c(QStringLiteral("a"), QStringLiteral("First"), kBase);
        c(QStringLiteral("b"), QStringLiteral("Second"), QStringLiteral("ok"));
        c(QStringLiteral("c"), QStringLiteral("Enclosure"),
          QStringList { QStringLiteral("写し"), grouped(kBase, { 4, 4, 4 }, QStringLiteral("・")) });
        QVERIFY(!c.ok());
        const Status s = c.status();
        QVERIFY(!s);
        QCOMPARE(s.error().fields.size(), 2);
        QCOMPARE(s.error().fields.at(0).field, QStringLiteral("a"));
        QCOMPARE(s.error().fields.at(1).field, QStringLiteral("c"));
        QVERIFY(s.error().message.contains(QStringLiteral("First contains")));
        QVERIFY(s.error().message.contains(QStringLiteral("Enclosure 2 contains")));
        QVERIFY(!s.error().message.contains(QStringLiteral("Second")));
    }

    // Organisation texts (printed on letters, kept in the audit details of a change) pass the same
    // check in Settings::validate, which the settings service and first-run set-up both use.
    void organisationTextsAreChecked()
    {
        auto refused
            = Settings::validate(Setting::Address, QStringLiteral("長崎市架空町1-2 1234ー5678ー9018"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("contains what looks like a My Number")),
                 qPrintable(refused.error().message));
        QVERIFY(Settings::validate(Setting::Address, QStringLiteral("長崎市架空町1-2-3")).ok());
    }

    // Structural: every text a decision or a letter input stores (each string of its JSON form,
    // vocabulary ids and dates aside) is checked. A new field stored without being added to
    // FreeTextFields fails here.
    void everyStoredTextIsChecked()
    {
        const QString number = QStringLiteral("1234ー5678ー9018");
        const QStringList notText { QStringLiteral("ground"), QStringLiteral("measure_date"),
                                    QStringLiteral("method"), QStringLiteral("letter_date") };
        // Every path to a string leaf of `o` (object keys, array indexes), with a setter.
        struct Leaf
        {
            QString path;
            std::function<QJsonObject(const QJsonObject &)> set;
        };
        const auto leaves = [&](const QJsonObject &root) {
            QList<Leaf> out;
            for (auto it = root.begin(); it != root.end(); ++it) {
                const QString key = it.key();
                if (notText.contains(key))
                    continue;
                if (it->isString()) {
                    out.append({ key, [key, number](QJsonObject o) {
                                    o.insert(key, number);
                                    return o;
                                } });
                } else if (it->isArray()) {
                    const QJsonArray a = it->toArray();
                    for (qsizetype i = 0; i < a.size(); ++i) {
                        if (a.at(i).isString()) {
                            out.append(
                                { QStringLiteral("%1[%2]").arg(key).arg(i), [key, i, number](QJsonObject o) {
                                     QJsonArray arr = o.value(key).toArray();
                                     arr.replace(i, number);
                                     o.insert(key, arr);
                                     return o;
                                 } });
                        } else if (a.at(i).isObject()) {
                            const QJsonObject inner = a.at(i).toObject();
                            for (auto jt = inner.begin(); jt != inner.end(); ++jt) {
                                const QString sub = jt.key();
                                if (notText.contains(sub) || !jt->isString())
                                    continue;
                                out.append({ QStringLiteral("%1[%2].%3").arg(key).arg(i).arg(sub),
                                             [key, i, sub, number](QJsonObject o) {
                                                 QJsonArray arr = o.value(key).toArray();
                                                 QJsonObject item = arr.at(i).toObject();
                                                 item.insert(sub, number);
                                                 arr.replace(i, item);
                                                 o.insert(key, arr);
                                                 return o;
                                             } });
                            }
                        }
                    }
                }
            }
            return out;
        };

        Decision d;
        d.kind = DecisionKind::Partial;
        d.data = QStringLiteral("記録");
        d.withheld = { { QStringLiteral("氏名"), QStringLiteral("art33-2-2"), QStringLiteral("理由") } };
        d.corrections = { { QStringLiteral("住所"), QStringLiteral("旧"), QStringLiteral("新") } };
        d.measure = QStringLiteral("利用停止");
        d.substitute = QStringLiteral("代替");
        d.reasons = QStringLiteral("理由");
        QVERIFY(FreeTextFields::check(d).ok());
        const auto decisionLeaves = leaves(d.toJson());
        QVERIFY(decisionLeaves.size() >= 9);
        for (const Leaf &leaf : decisionLeaves) {
            const Decision bad = Decision::fromJson(d.kind, leaf.set(d.toJson()));
            QVERIFY2(!FreeTextFields::check(bad).ok(), qPrintable(QStringLiteral("decision ") + leaf.path));
        }

        LetterInput in;
        in.postageYen = 140;
        in.enclosures = { QStringLiteral("写し"), QStringLiteral("目録") };
        in.recipientsInformed = QStringLiteral("提供先");
        in.purposes = { QStringLiteral("給付") };
        in.toSupply = QStringLiteral("書類");
        in.thirdPartyPostalCode = QStringLiteral("850-0001");
        in.thirdPartyAddress = QStringLiteral("長崎市");
        in.information = QStringLiteral("情報");
        in.letterDate = QDate(2025, 4, 1);
        QVERIFY(FreeTextFields::check(in).ok());
        const auto inputLeaves = leaves(in.toJson());
        QVERIFY(inputLeaves.size() >= 8);
        for (const Leaf &leaf : inputLeaves) {
            const LetterInput bad = LetterInput::fromJson(leaf.set(in.toJson()));
            QVERIFY2(!FreeTextFields::check(bad).ok(),
                     qPrintable(QStringLiteral("letter input ") + leaf.path));
        }
    }

    // A member's affiliation is free text too (name and address were checked before).
    void memberTextsAreChecked()
    {
        Member m;
        m.memberNumber = QStringLiteral("1");
        m.name = QStringLiteral("山田花子");
        m.kana = QStringLiteral("ヤマダハナコ");
        m.birthDate = QDate(1980, 5, 17);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎県長崎市試験町1-2-3");
        QVERIFY(MemberService::validate(m).ok());
        m.affiliation = QStringLiteral("試験市役所 1234.5678.9018");
        auto refused = MemberService::validate(m);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.size(), 1);
        QCOMPARE(refused.error().fields.first().field, QStringLiteral("affiliation"));
        m.affiliation.clear();
        m.name = QStringLiteral("山田花子 １２３４ ５６７８ ９０１８");
        QCOMPARE(MemberService::validate(m).error().fields.first().field, QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestMyNumber)
#include "TestMyNumber.moc"
