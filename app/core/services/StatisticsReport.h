#pragma once
// The figures of a period (統計, issue 13): what came in, how it was decided and how fast, the
// workflow's extensions, amendments, inquiries and opinions, and the letters. Counts and days
// only — no names, numbers or free text — so the report may be shown, printed and exported as it
// is. Every figure has a stable dotted id built from the ids `dsrctl request list` uses (request
// types, decision kinds, channels, letter kinds): `received.by_type.disclosure`,
// `decisions.disclosure.partial`, `days_to_decision.open_days.median` …
//
// What the figures mean (the period is [from, to], both inclusive):
//   received.*           requests received in the period, by type and by channel
//   withdrawn            requests withdrawn in the period
//   open, overdue_open   requests open at the period's end, or today when the period has not
//                        ended yet (`as_of`): received by then, neither decided nor withdrawn by
//                        then; overdue: their act-by date (the stored one — after extensions) is
//                        before `as_of`
//   decisions.*          requests decided (the last approval) in the period, by type and kind
//   extensions.*         requests received in the period that were extended: ordinary (art.
//                        83(2)) and special (art. 84); both belong to the public regime
//   amendments, inquiries, third_party_opinions   sent in the period
//   days_to_decision.*   for the decisions of the period: days from receipt to decision in
//                        calendar days, and in open days of the business calendar (the day of
//                        receipt not counted, the day of decision counted, closed days skipped)
//   decided_within_target / _limit   decisions of the period made on or before the private
//                        regime's target day / the legal deadline (pauses and extensions
//                        counted); the public regime has no target, so its target is the deadline
//   letters.by_kind.*    letters issued (numbered, not voided) with a letter date in the period
//   mail_returned        letters that came back undeliverable in the period

#include "../model/LegalRegime.h"
#include "../model/Request.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <optional>

namespace dsr {

struct StatisticsPeriod
{
    QDate from;
    QDate to;
    int fiscalYear = 0; // the Western year the 年度 starts in; 0: a period of free dates

    // 1 April `year` – 31 March `year + 1`.
    static StatisticsPeriod fiscal(int year);
    static StatisticsPeriod between(const QDate &from, const QDate &to);
    // "令和7年度 (2025-04-01 – 2026-03-31)" or "令和7年5月1日 – 令和7年5月31日".
    QString japaneseText() const;
};

// Median, mean and maximum of a list of day counts; empty when there is none.
struct DaySummary
{
    qint64 count = 0;
    std::optional<double> median;
    std::optional<double> mean;
    std::optional<int> max;

    static DaySummary of(QList<int> days);
};

struct DecisionDays
{
    DaySummary calendar;
    DaySummary open;
};

// One line of the report as a table, the CSV, the PDF and `dsrctl stats` show it.
struct StatisticsFigure
{
    QString id; // "received.by_type.disclosure"
    QString label; // translated: "Received: 開示"
    std::optional<double> value; // empty: no value (no decision to take a median of)
    int level = 0; // 0: a heading figure, 1: a breakdown
    QString text() const; // "12", "12.5", "—"
};

// The bins of the processing-days chart, in calendar days: 0–7, 8–14, 15–21, 22–30, 31–60, 61+.
struct DayBin
{
    int from = 0;
    int to = 0; // -1: open-ended
    QString label() const; // "0–7", "61–"
};

class StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)
public:
    StatisticsPeriod period;
    QDate asOf; // the day `open` and `overdue_open` are counted on
    QDate madeOn; // the day the figures were made
    LegalRegime regime = LegalRegime::Private;

    QHash<RequestType, qint64> receivedByType;
    QHash<Channel, qint64> receivedByChannel;
    qint64 received = 0;
    qint64 withdrawn = 0;
    qint64 open = 0;
    qint64 overdueOpen = 0;
    QHash<RequestType, QHash<QString, qint64>> decisions; // type → decision kind id → count
    qint64 decided = 0;
    qint64 extensionsOrdinary = 0;
    qint64 extensionsSpecial = 0;
    qint64 amendments = 0;
    qint64 inquiries = 0;
    qint64 thirdPartyOpinions = 0;
    DecisionDays days;
    QHash<RequestType, DecisionDays> daysByType;
    qint64 withinTarget = 0;
    qint64 withinLimit = 0;
    QHash<QString, qint64> lettersByKind; // letter kind id → count
    qint64 mailReturned = 0;

    // Requests received per month (first day of the month) and type: the chart's bars.
    QMap<QDate, QHash<RequestType, qint64>> receivedByMonth;
    // Calendar days from receipt to decision of every decision in the period, ascending.
    QList<int> decisionCalendarDays;

    static QList<DayBin> dayBins();
    // How many decisions fall in each of dayBins().
    QList<qint64> dayHistogram() const;
    // The letter kinds the report lists: those of the regime, and any other that was issued.
    QStringList letterKindIds() const;

    // Every figure in a fixed order (types, kinds and channels in their vocabularies' order).
    QList<StatisticsFigure> figures() const;
    // The figures nested by their ids, with `period` (from, to, fiscal_year), `as_of`, `regime`
    // and `received.by_month`.
    QJsonObject toJson() const;
    // UTF-8 with a BOM and CRLF (Excel opens it as it is): label, id, value.
    QByteArray toCsv() const;
};

} // namespace dsr
