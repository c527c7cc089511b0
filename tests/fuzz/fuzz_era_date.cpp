// Dates as clerks type them: JapaneseEra::parse (令和8年12月8日, R8.12.8, full-width digits …),
// and the birth dates of the member CSV import (MemberService: NFKC, then YYYY-MM-DD or
// YYYY/M/D through QDate). The input is read twice: as text to parse, and — its first bytes —
// as a day to format.
//
// Invariants: a date parse() accepts is a real date of the era it was written in, from 1873 on,
// and reads back from every way it can be written (format() in both digit widths, the initial
// with dots); any day from 1873 on whose era year has at most two digits (what parse reads) makes
// the same round trip; fiscal years name the era of their December.

#include "FuzzSupport.h"
#include "text/JapaneseEra.h"

#include <cstring>

using namespace dsr;

namespace {

const QDate kFirst(1873, 1, 1);

void roundTrip(const QDate &date)
{
    const auto era = JapaneseEra::fromDate(date);
    DSR_FUZZ_ASSERT(era.has_value(), date.toString(Qt::ISODate) + QLatin1String(" has no era"));
    DSR_FUZZ_ASSERT(era->year >= 1 && era->month == date.month() && era->day == date.day(),
                    date.toString(Qt::ISODate));
    const QString half = JapaneseEra::format(date);
    const QString full = JapaneseEra::format(date, JapaneseEra::Digits::FullWidth);
    DSR_FUZZ_ASSERT(half.startsWith(era->era) && half.endsWith(QStringLiteral("日")), half);
    if (era->year > 99)
        return; // 令和100年 (2118) and later: parse reads two-digit era years only
    DSR_FUZZ_ASSERT(JapaneseEra::parse(half) == date, half + QLatin1String(" does not read back"));
    DSR_FUZZ_ASSERT(JapaneseEra::parse(full) == date, full + QLatin1String(" does not read back"));
    const QString initial
        = QStringLiteral("%1%2.%3.%4").arg(era->initial).arg(era->year).arg(era->month).arg(era->day);
    DSR_FUZZ_ASSERT(JapaneseEra::parse(initial) == date, initial + QLatin1String(" does not read back"));

    const int fiscal = JapaneseEra::fiscalYearOf(date);
    DSR_FUZZ_ASSERT(fiscal == date.year() || fiscal == date.year() - 1, date.toString(Qt::ISODate));
    if (fiscal >= kFirst.year()) {
        const QString named = JapaneseEra::formatFiscalYear(fiscal);
        DSR_FUZZ_ASSERT(named.endsWith(QStringLiteral("年度"))
                            && named.startsWith(JapaneseEra::fromDate(QDate(fiscal, 12, 31))->era),
                        named);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const QDate parsed = JapaneseEra::parse(text);
    if (parsed.isValid()) {
        DSR_FUZZ_ASSERT(parsed >= kFirst, text + QLatin1String(" → ") + parsed.toString(Qt::ISODate));
        const auto era = JapaneseEra::fromDate(parsed);
        DSR_FUZZ_ASSERT(era
                            && text.normalized(QString::NormalizationForm_KC).contains(era->era)
                                != text.normalized(QString::NormalizationForm_KC)
                                       .trimmed()
                                       .startsWith(era->initial, Qt::CaseInsensitive),
                        text + QLatin1String(" → ") + parsed.toString(Qt::ISODate));
        roundTrip(parsed);
    }

    // The member import's birth dates.
    const QString birth = text.normalized(QString::NormalizationForm_KC).trimmed();
    QDate born = QDate::fromString(birth, Qt::ISODate);
    if (!born.isValid())
        born = QDate::fromString(birth, QStringLiteral("yyyy/M/d"));
    if (born.isValid() && born >= kFirst)
        roundTrip(born);

    // A day picked by the first four bytes, from 1873 to 9999.
    if (size >= 4) {
        quint32 n = 0;
        std::memcpy(&n, data, sizeof n);
        const qint64 first = kFirst.toJulianDay();
        const qint64 span = QDate(9999, 12, 31).toJulianDay() - first + 1;
        roundTrip(QDate::fromJulianDay(first + qint64(n % quint32(span))));
    }
    return 0;
}
