#include "Numbering.h"

#include "../text/JapaneseEra.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

QString Numbering::seriesId(NumberSeries series)
{
    return series == NumberSeries::Receipt ? QStringLiteral("receipt") : QStringLiteral("document");
}

Result<AllocatedNumber> Numbering::allocate(NumberSeries series, const QString &symbol, const QDate &day)
{
    const QString failed = series == NumberSeries::Receipt ? tr("Cannot allocate a receipt number")
                                                           : tr("Cannot allocate a document number");
    // Outside a transaction the number would be consumed even if the registration then failed.
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Failure,
                         tr("A number is allocated only inside the transaction that registers it."));
    if (!day.isValid())
        return makeError(ErrorCode::Failure, tr("A number is allocated for a date; none was given."));
    AllocatedNumber out;
    out.fiscalYear = JapaneseEra::fiscalYearOf(day);
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO number_counters (series, symbol, fiscal_year, last_no) "
                                 "VALUES (?, ?, ?, 1) ON CONFLICT (series, symbol, fiscal_year) "
                                 "DO UPDATE SET last_no = number_counters.last_no + 1 RETURNING last_no"));
    q.addBindValue(seriesId(series));
    q.addBindValue(nonNull(symbol));
    q.addBindValue(out.fiscalYear);
    // The counter's row stays locked by this transaction until it ends (on PostgreSQL a second desk
    // allocating in the same series waits here; SQLite's write lock already serialises the desks).
    if (!q.exec() || !q.next())
        return sqlFailure(q, failed);
    out.number = q.value(0).toInt();
    return out;
}

Result<int> Numbering::current(NumberSeries series, const QString &symbol, int fiscalYear)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT last_no FROM number_counters WHERE series = ? AND symbol = ? "
                                 "AND fiscal_year = ?"));
    q.addBindValue(seriesId(series));
    q.addBindValue(nonNull(symbol));
    q.addBindValue(fiscalYear);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the number counters"));
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<int>> Numbering::fiscalYears(NumberSeries series)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT DISTINCT fiscal_year FROM number_counters WHERE series = ? "
                                 "ORDER BY fiscal_year DESC"));
    q.addBindValue(seriesId(series));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the number counters"));
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

} // namespace dsr
