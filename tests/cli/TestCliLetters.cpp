// The letter commands of issue 5 that need no database, through the built dsrctl: "era" prints a
// date exactly as letters write it, "letter kinds" lists the stable kind ids; refusals keep the
// exit-code and one-line contract. Neither command opens or creates a database.

#include "TestSupport.h"
#include "letters/LetterKind.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult ctl(const QStringList &args)
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
}

} // namespace

class TestCliLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eraPrintsTheLetterDate_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("fullWidth");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reiwa 7") << QStringLiteral("2025-04-01") << false << QStringLiteral("令和7年4月1日");
        QTest::newRow("first day of reiwa")
            << QStringLiteral("2019-05-01") << false << QStringLiteral("令和元年5月1日");
        QTest::newRow("last day of heisei")
            << QStringLiteral("2019-04-30") << false << QStringLiteral("平成31年4月30日");
        QTest::newRow("last day of showa")
            << QStringLiteral("1989-01-07") << false << QStringLiteral("昭和64年1月7日");
        QTest::newRow("first day of heisei")
            << QStringLiteral("1989-01-08") << false << QStringLiteral("平成元年1月8日");
        QTest::newRow("full width") << QStringLiteral("2025-12-31") << true
                                    << QStringLiteral("令和７年１２月３１日");
        QTest::newRow("full width gannen")
            << QStringLiteral("2019-05-01") << true << QStringLiteral("令和元年５月１日");
        QTest::newRow("full-width input")
            << QStringLiteral("２０２５-０４-０１") << false << QStringLiteral("令和7年4月1日");
    }
    void eraPrintsTheLetterDate()
    {
        QFETCH(QString, date);
        QFETCH(bool, fullWidth);
        QFETCH(QString, expected);
        QStringList args { QStringLiteral("era"), date };
        if (fullWidth)
            args << QStringLiteral("--full-width");
        const CliResult r = ctl(args);
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out, expected + QLatin1Char('\n'));
    }

    void eraRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a date") << QStringList { QStringLiteral("era"), QStringLiteral("2019-02-30") }
                                    << QStringLiteral("2019-02-30");
        QTest::newRow("another shape") << QStringList { QStringLiteral("era"), QStringLiteral("2019/5/1") }
                                       << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("before 1873") << QStringList { QStringLiteral("era"), QStringLiteral("1872-12-31") }
                                     << QStringLiteral("1873");
        QTest::newRow("missing") << QStringList { QStringLiteral("era") } << QString();
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("era"), QStringLiteral("2025-04-01"), QStringLiteral("--wide") }
            << QStringLiteral("--wide");
    }
    void eraRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliResult r = ctl(args);
        EXPECT_EXIT(r, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(says), qPrintable(describe(r)));
    }

    void letterKindsTable()
    {
        const CliResult r = ctl({ QStringLiteral("letter"), QStringLiteral("kinds") });
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 11);
        QVERIFY(lines.first().startsWith(QStringLiteral("ID")));
        for (LetterKind k : LetterKinds::all()) {
            const QString line = lines.at(1 + LetterKinds::all().indexOf(k));
            QVERIFY2(line.startsWith(LetterKinds::id(k) + QLatin1Char(' ')), qPrintable(line));
            QVERIFY2(line.contains(LetterKinds::title(k)), qPrintable(line));
        }
        QVERIFY(r.out.contains(QStringLiteral("開示決定通知書")));
        QVERIFY(r.out.contains(QStringLiteral("third-party-opinion")));
    }

    void letterKindsJson()
    {
        const CliResult r
            = ctl({ QStringLiteral("letter"), QStringLiteral("kinds"), QStringLiteral("--json") });
        EXPECT_EXIT(r, 0);
        const QJsonArray kinds = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(kinds.size(), 11);
        QStringList ids;
        for (const QJsonValue &v : kinds) {
            const QJsonObject o = v.toObject();
            ids << o.value(QStringLiteral("id")).toString();
            QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("regimes")).toArray().isEmpty());
            QVERIFY(!o.value(QStringLiteral("fields")).toArray().isEmpty());
        }
        QCOMPARE(ids.first(), QStringLiteral("disclosure"));
        QCOMPARE(ids.last(), QStringLiteral("purpose-notice"));
        const QJsonObject extension = kinds.at(ids.indexOf(QStringLiteral("extension"))).toObject();
        QCOMPARE(extension.value(QStringLiteral("title")).toString(), QStringLiteral("期限延長通知書"));
        QCOMPARE(extension.value(QStringLiteral("regimes")).toArray(),
                 QJsonArray { QStringLiteral("public") });
        QCOMPARE(extension.value(QStringLiteral("decision")).toBool(), false);
        const QJsonObject partial = kinds.at(1).toObject();
        QCOMPARE(partial.value(QStringLiteral("answers")).toArray(),
                 QJsonArray { QStringLiteral("partial") });
        QCOMPARE(
            partial.value(QStringLiteral("subjects")).toObject().value(QStringLiteral("private")).toString(),
            QStringLiteral("保有個人データの一部開示について（通知）"));
        bool withheld = false;
        for (const QJsonValue &f : partial.value(QStringLiteral("fields")).toArray())
            if (f.toObject().value(QStringLiteral("name")).toString() == QLatin1String("withheld")) {
                withheld = f.toObject().value(QStringLiteral("required")).toBool();
                QCOMPARE(f.toObject().value(QStringLiteral("item_fields")).toArray().size(), 3);
            }
        QVERIFY(withheld);
    }

    void noDatabaseIsTouched()
    {
        // Neither command opens --db: a path that does not exist stays absent.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("absent.sqlite"));
        EXPECT_EXIT(ctl({ QStringLiteral("--db"), db, QStringLiteral("era"), QStringLiteral("2025-04-01") }),
                    0);
        EXPECT_EXIT(ctl({ QStringLiteral("--db"), db, QStringLiteral("letter"), QStringLiteral("kinds") }),
                    0);
        QVERIFY(!QFile::exists(db));
    }

    void helpNamesTheKinds()
    {
        const CliResult letter = ctl({ QStringLiteral("help"), QStringLiteral("letter") });
        EXPECT_EXIT(letter, 0);
        for (LetterKind k : LetterKinds::all())
            QVERIFY2(letter.out.contains(LetterKinds::id(k)), qPrintable(LetterKinds::id(k)));
        const CliResult overview = ctl({ QStringLiteral("help") });
        EXPECT_EXIT(overview, 0);
        QVERIFY(overview.out.contains(QStringLiteral("dsrctl era YYYY-MM-DD")));
        QVERIFY(overview.out.contains(QStringLiteral("dsrctl letter kinds")));
        QVERIFY(overview.out.contains(QStringLiteral("letters.address_left_mm")));
    }
};

QTEST_GUILESS_MAIN(TestCliLetters)
#include "TestCliLetters.moc"
