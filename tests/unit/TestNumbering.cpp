// One numbering component for receipt and document numbers (storage/Numbering): a counter per
// series and symbol per fiscal year, taken inside the registering transaction. Table-driven runs of
// allocations (the fiscal-year boundary 3/31 → 4/1, symbols and series counting apart, numbers
// rising within one transaction); a rollback gives every number back; no number outside a
// transaction; and a version-8 database's two counter tables carry over on upgrade, its letters
// then found by their number whatever the width of its digits.

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/LetterRepository.h"
#include "storage/Numbering.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

struct Step
{
    NumberSeries series;
    QString symbol;
    QDate day;
    int fiscalYear;
    int number;
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestNumbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allocate_data();
    void allocate();
    void rollbackGivesTheNumbersBack();
    void refusedOutsideATransaction();
    void fiscalYearsPerSeries();
    void upgradeCarriesCountersAndKeysOver();
};

void TestNumbering::allocate_data()
{
    QTest::addColumn<QList<Step>>("steps");
    const auto R = NumberSeries::Receipt;
    const auto D = NumberSeries::Document;
    const QString sym = QStringLiteral("長共総");
    const QString other = QStringLiteral("長共給");
    QTest::newRow("fiscal year ends on 31 March") << QList<Step> { { D, sym, QDate(2026, 3, 31), 2025, 1 },
                                                                   { D, sym, QDate(2026, 3, 31), 2025, 2 },
                                                                   { D, sym, QDate(2026, 4, 1), 2026, 1 },
                                                                   { D, sym, QDate(2026, 3, 30), 2025, 3 },
                                                                   { D, sym, QDate(2026, 4, 2), 2026, 2 } };
    QTest::newRow("January belongs to the fiscal year of the April before")
        << QList<Step> { { R, {}, QDate(2025, 4, 1), 2025, 1 },
                         { R, {}, QDate(2026, 1, 15), 2025, 2 },
                         { R, {}, QDate(2025, 3, 31), 2024, 1 } };
    QTest::newRow("each symbol counts on its own")
        << QList<Step> { { D, sym, QDate(2025, 5, 1), 2025, 1 },
                         { D, other, QDate(2025, 5, 1), 2025, 1 },
                         { D, sym, QDate(2025, 5, 2), 2025, 2 },
                         { D, other, QDate(2025, 5, 2), 2025, 2 },
                         { D, other, QDate(2025, 5, 3), 2025, 3 } };
    QTest::newRow("receipts and letters count apart")
        << QList<Step> { { R, {}, QDate(2025, 5, 1), 2025, 1 },
                         { D, sym, QDate(2025, 5, 1), 2025, 1 },
                         { R, {}, QDate(2025, 5, 1), 2025, 2 },
                         { D, {}, QDate(2025, 5, 1), 2025, 1 } }; // no symbol is not the receipt
    QList<Step> rising;
    for (int i = 1; i <= 12; ++i)
        rising << Step { D, sym, QDate(2025, 6, 1), 2025, i };
    QTest::newRow("rising within one transaction") << rising;
}

void TestNumbering::allocate()
{
    QFETCH(QList<Step>, steps);
    TempDatabase t;
    Numbering numbering(t.db());
    Transaction tx(t.db());
    QVERIFY(tx.isActive());
    for (const Step &s : steps) {
        auto n = numbering.allocate(s.series, s.symbol, s.day);
        QVERIFY2(n.ok(), qPrintable(n.error().message));
        QCOMPARE(n->fiscalYear, s.fiscalYear);
        QCOMPARE(n->number, s.number);
        QCOMPARE(numbering.current(s.series, s.symbol, s.fiscalYear).value(), s.number);
    }
    QVERIFY(tx.commit().ok());
    // Committed: the next number continues in a new transaction.
    const Step &last = steps.last();
    Transaction again(t.db());
    QCOMPARE(numbering.allocate(last.series, last.symbol, last.day)->number, last.number + 1);
}

void TestNumbering::rollbackGivesTheNumbersBack()
{
    TempDatabase t;
    Numbering numbering(t.db());
    const QString sym = QStringLiteral("長共総");
    const QDate day(2025, 7, 1);
    {
        Transaction tx(t.db());
        QCOMPARE(numbering.allocate(NumberSeries::Document, sym, day)->number, 1);
        QCOMPARE(numbering.allocate(NumberSeries::Receipt, {}, day)->number, 1);
        // Not committed: rolled back when it goes out of scope.
    }
    QCOMPARE(numbering.current(NumberSeries::Document, sym, 2025).value(), 0);
    QCOMPARE(numbering.current(NumberSeries::Receipt, {}, 2025).value(), 0);
    {
        Transaction outer(t.db());
        QCOMPARE(numbering.allocate(NumberSeries::Document, sym, day)->number, 1);
        {
            // A registration that failed inside a larger one (a savepoint) gives its number back too.
            Transaction inner(t.db());
            QCOMPARE(numbering.allocate(NumberSeries::Document, sym, day)->number, 2);
            inner.rollback();
        }
        QCOMPARE(numbering.allocate(NumberSeries::Document, sym, day)->number, 2);
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(numbering.current(NumberSeries::Document, sym, 2025).value(), 2);
}

void TestNumbering::refusedOutsideATransaction()
{
    TempDatabase t;
    Numbering numbering(t.db());
    auto n = numbering.allocate(NumberSeries::Receipt, {}, QDate(2025, 7, 1));
    QVERIFY(!n.ok());
    QCOMPARE(n.error().code, ErrorCode::Failure);
    QCOMPARE(numbering.current(NumberSeries::Receipt, {}, 2025).value(), 0);
    Transaction tx(t.db());
    QVERIFY(!numbering.allocate(NumberSeries::Receipt, {}, QDate()).ok()); // no date, no fiscal year
}

void TestNumbering::fiscalYearsPerSeries()
{
    TempDatabase t;
    Numbering numbering(t.db());
    {
        Transaction tx(t.db());
        for (const QDate &d : { QDate(2024, 5, 1), QDate(2026, 4, 1), QDate(2025, 4, 1) })
            QVERIFY(numbering.allocate(NumberSeries::Receipt, {}, d).ok());
        QVERIFY(numbering.allocate(NumberSeries::Document, QStringLiteral("A"), QDate(2023, 6, 1)).ok());
        QVERIFY(numbering.allocate(NumberSeries::Document, QStringLiteral("B"), QDate(2023, 6, 1)).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(numbering.fiscalYears(NumberSeries::Receipt).value(), (QList<int> { 2026, 2025, 2024 }));
    QCOMPARE(numbering.fiscalYears(NumberSeries::Document).value(), QList<int> { 2023 });
}

void TestNumbering::upgradeCarriesCountersAndKeysOver()
{
    // A database as version 8 left it: two counter tables, letters with no search keys. Made and
    // later upgraded by the schema's owner (on a server the desks' role may do neither).
    TempDatabase t { TempDatabase::Empty {} };
    {
        auto old = Database::openAtVersion(t.ownerPath(), 8);
        QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
        QCOMPARE(old.value()->schemaVersion(), 8);
        if (onServer())
            QVERIFY(old.value()->grantApplicationRole(QUrl(t.path()).userName()));
        QSqlQuery q(old.value()->connection());
        const QStringList rows {
            QStringLiteral(
                "INSERT INTO receipt_counters (fiscal_year, last_seq) VALUES (2024, 57), (2025, 41)"),
            QStringLiteral("INSERT INTO document_counters (symbol, fiscal_year, last_no) VALUES "
                           "('長共総', 2025, 17), ('長共給', 2025, 3)"),
            QStringLiteral(
                "INSERT INTO users (id, login, display_name, password_hash, created_at, updated_at) "
                "VALUES (1, 'clerk1', '担当', 'x', '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO members (id, member_number, name, kana, birth_date, postal_code, "
                           "address, search_key, created_at, updated_at) VALUES (1, '1', '髙﨑花子', "
                           "'タカサキハナコ', '1975-06-01', '850-0001', '長崎', 'x', '2025-06-01T00:00:00Z', "
                           "'2025-06-01T00:00:00Z')"),
            QStringLiteral(
                "INSERT INTO requests (id, fiscal_year, seq, receipt_no, receipt_key, type, status, "
                "member_id, received_on, channel, summary, requester_kind, requester_key, "
                "created_at, updated_at) VALUES (1, 2025, 41, 'R7-0041', 'r7-0041', 'disclosure', "
                "'notified', 1, '2025-06-01', 'counter', 's', 'self', '', "
                "'2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z')"),
            QStringLiteral(
                "INSERT INTO letters (id, request_id, kind, state, created_by, created_at, symbol, "
                "fiscal_year, number, document_no, letter_date, addressee) VALUES (1, 1, "
                "'disclosure', 'issued', 1, '2025-06-20T00:00:00Z', '長共総', 2025, 17, "
                "'長共総第１７号', '2025-06-20', '髙﨑花子')"),
            QStringLiteral("INSERT INTO letters (id, request_id, kind, state, created_by, created_at) VALUES "
                           "(2, 1, 'extension', 'draft', 1, '2025-06-21T00:00:00Z')"),
        };
        for (const QString &sql : rows)
            QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    if (onServer()) {
        // The desks' role finds the old schema and says who must upgrade it, changing nothing.
        auto refused = Database::open(t.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("version 8"))
                     && refused.error().message.contains(QStringLiteral("owner")),
                 qPrintable(refused.error().message));
    }
    auto upgraded = Database::open(t.ownerPath());
    QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message));
    QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
    // The counter tables are gone (each engine's catalogue, through the driver), the new one is there.
    const QStringList tables = upgraded.value()->connection().tables();
    QVERIFY(!tables.contains(QStringLiteral("receipt_counters")));
    QVERIFY(!tables.contains(QStringLiteral("document_counters")));
    QVERIFY(tables.contains(QStringLiteral("number_counters")));
    upgraded.value().reset();
    // From here on as a desk works: the desks' role, on the upgraded database.
    auto desk = Database::open(t.path());
    QVERIFY2(desk.ok(), desk.ok() ? "" : qPrintable(desk.error().message));
    Database &db = *desk.value();
    Numbering numbering(db);
    QCOMPARE(numbering.current(NumberSeries::Receipt, {}, 2024).value(), 57);
    QCOMPARE(numbering.current(NumberSeries::Document, QStringLiteral("長共給"), 2025).value(), 3);
    QCOMPARE(numbering.fiscalYears(NumberSeries::Receipt).value(), (QList<int> { 2025, 2024 }));
    {
        Transaction tx(db);
        QCOMPARE(numbering.allocate(NumberSeries::Receipt, {}, QDate(2025, 9, 1))->number, 42);
        QCOMPARE(
            numbering.allocate(NumberSeries::Document, QStringLiteral("長共総"), QDate(2025, 9, 1))->number,
            18);
        QVERIFY(tx.commit().ok());
    }
    // The old letter's keys were filled in: its number is found typed with ordinary digits.
    LetterRepository letters(db);
    for (const QString &typed :
         { QStringLiteral("長共総第17号"), QStringLiteral("第１７号"), QStringLiteral("17") }) {
        LetterQuery query;
        query.text = typed;
        const QList<Letter> found = letters.list(query).value();
        QVERIFY2(found.size() == 1 && found.first().id == 1, qPrintable(typed));
    }
    QCOMPARE(letters.findByDocumentNo(QStringLiteral("長共総第17号")).value()->id, qint64(1));
    LetterQuery byName;
    byName.text = QStringLiteral("高崎"); // the addressee's key folds 髙﨑 as a search does
    QCOMPARE(letters.list(byName).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestNumbering)
#include "TestNumbering.moc"
