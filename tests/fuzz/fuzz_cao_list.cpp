// CabinetOfficeList::parse: the Cabinet Office holiday list (syukujitsu.csv), CP932 as published.
//
// Invariants: an import without problems holds at least one holiday; every holiday is a valid
// date filed under its own year, named, once, and each year's list is in date order; every
// problem names a line of the file.

#include "FuzzSupport.h"
#include "workflow/CabinetOfficeList.h"

#include <QSet>

using namespace dsr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = CabinetOfficeList::parse(fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    const CabinetOfficeImport &list = parsed.value();
    for (const auto &problem : list.problems)
        DSR_FUZZ_ASSERT(problem.first >= 1 && !problem.second.isEmpty(),
                        QStringLiteral("problem on line %1: %2").arg(problem.first).arg(problem.second));
    if (!list.problems.isEmpty())
        return 0;
    DSR_FUZZ_ASSERT(list.rows > 0, QStringLiteral("an import without holidays"));
    int count = 0;
    QSet<QDate> seen;
    for (auto it = list.byYear.constBegin(); it != list.byYear.constEnd(); ++it) {
        QDate previous;
        for (const Holiday &h : it.value()) {
            DSR_FUZZ_ASSERT(
                h.date.isValid() && h.date.year() == it.key(),
                QStringLiteral("%1 filed under %2").arg(h.date.toString(Qt::ISODate)).arg(it.key()));
            DSR_FUZZ_ASSERT(!h.name.trimmed().isEmpty(), QStringLiteral("a holiday without a name"));
            DSR_FUZZ_ASSERT(!previous.isValid() || previous < h.date,
                            QStringLiteral("%1 after %2")
                                .arg(h.date.toString(Qt::ISODate), previous.toString(Qt::ISODate)));
            DSR_FUZZ_ASSERT(!seen.contains(h.date), h.date.toString(Qt::ISODate) + QLatin1String(" twice"));
            seen.insert(h.date);
            previous = h.date;
            ++count;
        }
    }
    DSR_FUZZ_ASSERT(count == list.rows, QStringLiteral("%1 holidays, %2 rows").arg(count).arg(list.rows));
    return 0;
}
