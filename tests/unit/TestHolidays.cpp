// National holidays by rule: every row of the Cabinet Office list 1955–2027 (the sample beside
// DOMAIN.md), and the years a rule changed.

#include "text/CsvReader.h"
#include "workflow/CabinetOfficeList.h"
#include "workflow/HolidayRules.h"

#include <QStringEncoder>

#include <QFile>
#include <QtTest>

using namespace dsr;

class TestHolidays : public QObject
{
    Q_OBJECT

    static QString sharedSample()
    {
        // The sample ships beside DOMAIN.md in ../shared; the test data folder keeps a copy too.
        return QStringLiteral(DSR_TEST_DATA_DIR "/syukujitsu.csv");
    }

private Q_SLOTS:
    void rulesReproduceTheCabinetOfficeList()
    {
        QFile f(sharedSample());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(sharedSample()));
        auto table = CsvReader::parse(f.readAll());
        QVERIFY(table.ok());
        QCOMPARE(table->encoding, QStringLiteral("CP932"));
        QMap<int, QList<Holiday>> expected;
        for (qsizetype i = 1; i < table->records.size(); ++i) {
            const auto &rec = table->records[i];
            const QDate d = QDate::fromString(rec.fields[0], QStringLiteral("yyyy/M/d"));
            QVERIFY(d.isValid());
            expected[d.year()].append({ d, rec.fields[1] });
        }
        QCOMPARE(expected.firstKey(), 1955);
        QCOMPARE(expected.lastKey(), 2027);
        int rows = 0;
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const QList<Holiday> computed = HolidayRules::holidays(it.key());
            for (const Holiday &h : it.value())
                QVERIFY2(
                    computed.contains(h),
                    qPrintable(QStringLiteral("missing %1 %2").arg(h.date.toString(Qt::ISODate), h.name)));
            for (const Holiday &h : computed)
                QVERIFY2(it.value().contains(h),
                         qPrintable(QStringLiteral("extra %1 %2").arg(h.date.toString(Qt::ISODate), h.name)));
            rows += it.value().size();
        }
        QCOMPARE(rows, 1067); // every data row of the published list was compared
    }

    void cabinetOfficeListAsPublished()
    {
        QFile f(sharedSample());
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto list = CabinetOfficeList::parse(f.readAll());
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error().message));
        QVERIFY(list->problems.isEmpty());
        QCOMPARE(list->rows, 1067);
        QCOMPARE(list->byYear.firstKey(), 1955);
        QCOMPARE(list->byYear.value(2019).size(), HolidayRules::holidays(2019).size());
    }

    void cabinetOfficeListTolerance()
    {
        // UTF-8 re-save with BOM, LF endings, blank lines, full-width spaces around values.
        const QByteArray utf8 = "\xEF\xBB\xBF国民の祝日・休日月日,国民の祝日・休日名称\n\n2026/1/1,元日\n"
                                "　2026/1/12　,成人の日\n\n";
        auto list = CabinetOfficeList::parse(utf8);
        QVERIFY(list.ok());
        QVERIFY(list->problems.isEmpty());
        QCOMPARE(list->rows, 2);
        QCOMPARE(list->byYear.value(2026).last().date, QDate(2026, 1, 12));
    }

    void cabinetOfficeListBadLines()
    {
        QStringEncoder cp932("CP932");
        const QByteArray bad
            = cp932(QStringLiteral("国民の祝日・休日月日,国民の祝日・休日名称\r\n2026/1/1,元日\r\n"
                                   "2026/13/1,存在しない日\r\n2026/2/11\r\n2026/1/1,元日\r\n"
                                   "2026/2/23,\r\n"));
        auto list = CabinetOfficeList::parse(bad);
        QVERIFY(list.ok());
        QList<int> lines;
        for (const auto &p : list->problems)
            lines << p.first;
        QCOMPARE(lines, (QList<int> { 3, 4, 5, 6 }));
        QCOMPARE(CabinetOfficeList::parse("date,name\n2026/1/1,x\n").error().code, ErrorCode::Validation);
        QCOMPARE(CabinetOfficeList::parse(QByteArray()).error().code, ErrorCode::Validation);
    }

    void yearsARuleChanged_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name"); // empty: not a holiday
        // 1973: 振替休日 from 1973-04-12 (4/29 Sunday → 4/30).
        QTest::newRow("1973 first substitute") << QDate(1973, 4, 30) << QStringLiteral("休日");
        QTest::newRow("1973 before the rule") << QDate(1973, 2, 12) << QString(); // 2/11 was a Sunday
        // 1988: 5/4 between two holidays becomes 国民の休日.
        QTest::newRow("1988 sandwich") << QDate(1988, 5, 4) << QStringLiteral("休日");
        QTest::newRow("1988 emperor") << QDate(1988, 4, 29) << QStringLiteral("天皇誕生日");
        QTest::newRow("1989 greenery") << QDate(1989, 4, 29) << QStringLiteral("みどりの日");
        // 2000: Happy Monday for 成人の日 and 体育の日.
        QTest::newRow("2000 coming of age") << QDate(2000, 1, 10) << QStringLiteral("成人の日");
        QTest::newRow("2000 not 1/15") << QDate(2000, 1, 15) << QString();
        QTest::newRow("2000 sports") << QDate(2000, 10, 9) << QStringLiteral("体育の日");
        // 2003: 海の日 and 敬老の日 move to Mondays.
        QTest::newRow("2003 marine") << QDate(2003, 7, 21) << QStringLiteral("海の日");
        QTest::newRow("2003 aged") << QDate(2003, 9, 15) << QStringLiteral("敬老の日");
        QTest::newRow("2002 marine") << QDate(2002, 7, 20) << QStringLiteral("海の日");
        // 2007: 昭和の日, みどりの日 on 5/4, substitute days skip ahead.
        QTest::newRow("2007 showa") << QDate(2007, 4, 29) << QStringLiteral("昭和の日");
        QTest::newRow("2007 greenery") << QDate(2007, 5, 4) << QStringLiteral("みどりの日");
        QTest::newRow("2008 substitute skips") << QDate(2008, 5, 6) << QStringLiteral("休日"); // 5/4 Sunday
        // 2016: 山の日.
        QTest::newRow("2016 mountain") << QDate(2016, 8, 11) << QStringLiteral("山の日");
        QTest::newRow("2015 no mountain") << QDate(2015, 8, 11) << QString();
        // 2019: enthronement and the ten-day break.
        QTest::newRow("2019 4/30") << QDate(2019, 4, 30) << QStringLiteral("休日");
        QTest::newRow("2019 5/1") << QDate(2019, 5, 1) << QStringLiteral("休日（祝日扱い）");
        QTest::newRow("2019 5/2") << QDate(2019, 5, 2) << QStringLiteral("休日");
        QTest::newRow("2019 no emperor") << QDate(2019, 12, 23) << QString();
        // 2020 and 2021: Olympic moves.
        QTest::newRow("2020 marine") << QDate(2020, 7, 23) << QStringLiteral("海の日");
        QTest::newRow("2020 sports") << QDate(2020, 7, 24) << QStringLiteral("スポーツの日");
        QTest::newRow("2020 mountain") << QDate(2020, 8, 10) << QStringLiteral("山の日");
        QTest::newRow("2020 no October") << QDate(2020, 10, 12) << QString();
        QTest::newRow("2021 mountain substitute") << QDate(2021, 8, 9) << QStringLiteral("休日");
        QTest::newRow("2021 emperor") << QDate(2021, 2, 23) << QStringLiteral("天皇誕生日");
        // Beyond the published list.
        QTest::newRow("2030 vernal") << QDate(2030, 3, 20) << QStringLiteral("春分の日");
        QTest::newRow("1948 culture") << QDate(1948, 11, 3) << QStringLiteral("文化の日");
        QTest::newRow("1948 before the law") << QDate(1948, 5, 5) << QString();
    }
    void yearsARuleChanged()
    {
        QFETCH(QDate, date);
        QFETCH(QString, name);
        QString found;
        for (const Holiday &h : HolidayRules::holidays(date.year()))
            if (h.date == date)
                found = h.name;
        QCOMPARE(found, name);
    }
};

QTEST_GUILESS_MAIN(TestHolidays)
#include "TestHolidays.moc"
