#pragma once
// Receipt numbers (requests) and document numbers (letters): one counter per series and symbol per
// fiscal year (April–March), in one table, taken inside the transaction that registers the request
// or issues the letter — so a rollback gives the number back and two desks never get the same one
// (the write lock is taken at BEGIN IMMEDIATE). How a number is written (the receipt format
// setting, 長共総第N号 with letters.digits) is the caller's; only the counting lives here.

#include "../Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace dsr {

class Database;

enum class NumberSeries {
    Receipt, // a request's receipt number; one counter per fiscal year (no symbol)
    Document, // a letter's document number; one counter per document symbol per fiscal year
};

struct AllocatedNumber
{
    int fiscalYear = 0;
    int number = 0;
};

class Numbering
{
    Q_DECLARE_TR_FUNCTIONS(Numbering)
public:
    explicit Numbering(Database &db)
        : m_db(db)
    {
    }

    static QString seriesId(NumberSeries series); // "receipt", "document"

    // The next number of the series for `symbol` in the fiscal year of `day` (numbers restart on
    // 1 April). Refused outside a transaction: the number belongs to the registering one.
    Result<AllocatedNumber> allocate(NumberSeries series, const QString &symbol, const QDate &day);
    // The last number given in the fiscal year (0 before the first); a forecast only — allocate()
    // decides.
    Result<int> current(NumberSeries series, const QString &symbol, int fiscalYear);
    // The fiscal years in which the series gave a number, newest first.
    Result<QList<int>> fiscalYears(NumberSeries series);

private:
    Database &m_db;
};

} // namespace dsr
