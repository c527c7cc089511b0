#include "StatisticsReport.h"

#include "../letters/LetterKind.h"
#include "../model/Decision.h"
#include "../text/CsvReader.h"
#include "../text/JapaneseEra.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace dsr {

StatisticsPeriod StatisticsPeriod::fiscal(int year)
{
    return { QDate(year, 4, 1), QDate(year + 1, 3, 31), year };
}

StatisticsPeriod StatisticsPeriod::between(const QDate &from, const QDate &to)
{
    return { from, to, 0 };
}

QString StatisticsPeriod::japaneseText() const
{
    const QString dates = JapaneseEra::format(from) + QStringLiteral("〜") + JapaneseEra::format(to);
    if (fiscalYear == 0)
        return dates;
    return JapaneseEra::formatFiscalYear(fiscalYear) + QStringLiteral("（") + dates + QStringLiteral("）");
}

DaySummary DaySummary::of(QList<int> days)
{
    DaySummary s;
    s.count = days.size();
    if (days.isEmpty())
        return s;
    std::sort(days.begin(), days.end());
    const qsizetype n = days.size();
    s.median = n % 2 ? double(days.at(n / 2)) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2.0;
    double sum = 0;
    for (int d : std::as_const(days))
        sum += d;
    // One decimal is what a report prints; rounding here keeps the JSON, CSV and PDF the same.
    s.mean = std::round(sum / double(n) * 10.0) / 10.0;
    s.max = days.last();
    return s;
}

QString StatisticsFigure::text() const
{
    if (!value)
        return QStringLiteral("—");
    const double v = *value;
    if (v == std::floor(v))
        return QString::number(qint64(v));
    return QString::number(v, 'f', 1);
}

QString DayBin::label() const
{
    return to < 0 ? QStringLiteral("%1–").arg(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

QList<DayBin> StatisticsReport::dayBins()
{
    return { { 0, 7 }, { 8, 14 }, { 15, 21 }, { 22, 30 }, { 31, 60 }, { 61, -1 } };
}

QList<qint64> StatisticsReport::dayHistogram() const
{
    const QList<DayBin> bins = dayBins();
    QList<qint64> out(bins.size(), 0);
    for (int d : decisionCalendarDays)
        for (qsizetype i = 0; i < bins.size(); ++i)
            if (d >= bins.at(i).from && (bins.at(i).to < 0 || d <= bins.at(i).to)) {
                ++out[i];
                break;
            }
    return out;
}

QStringList StatisticsReport::letterKindIds() const
{
    QStringList ids;
    for (LetterKind k : LetterKinds::all())
        if (LetterKinds::allowedIn(k, regime) || lettersByKind.value(LetterKinds::id(k)) > 0)
            ids << LetterKinds::id(k);
    // A kind this program does not know (a newer one's) is still listed.
    QStringList unknown;
    for (auto it = lettersByKind.constBegin(); it != lettersByKind.constEnd(); ++it)
        if (!ids.contains(it.key()))
            unknown << it.key();
    unknown.sort();
    return ids + unknown;
}

namespace {

std::optional<double> num(std::optional<double> v)
{
    return v;
}

std::optional<double> num(std::optional<int> v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

void addDays(QList<StatisticsFigure> &out, const QString &prefix, const QString &what, const DecisionDays &d,
             int level)
{
    out.append({ prefix + QStringLiteral(".count"), StatisticsReport::tr("%1: decisions counted").arg(what),
                 double(d.calendar.count), level });
    out.append({ prefix + QStringLiteral(".median"),
                 StatisticsReport::tr("%1: median (calendar days)").arg(what), num(d.calendar.median),
                 level });
    out.append({ prefix + QStringLiteral(".mean"), StatisticsReport::tr("%1: mean (calendar days)").arg(what),
                 num(d.calendar.mean), level });
    out.append({ prefix + QStringLiteral(".max"),
                 StatisticsReport::tr("%1: maximum (calendar days)").arg(what), num(d.calendar.max), level });
    out.append({ prefix + QStringLiteral(".open_days.median"),
                 StatisticsReport::tr("%1: median (open days)").arg(what), num(d.open.median), level });
    out.append({ prefix + QStringLiteral(".open_days.mean"),
                 StatisticsReport::tr("%1: mean (open days)").arg(what), num(d.open.mean), level });
    out.append({ prefix + QStringLiteral(".open_days.max"),
                 StatisticsReport::tr("%1: maximum (open days)").arg(what), num(d.open.max), level });
}

// Sets `value` at the dotted `id` inside `root`, making the objects on the way.
void insertPath(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    insertPath(child, path.mid(1), value);
    root.insert(path.first(), child);
}

} // namespace

QList<StatisticsFigure> StatisticsReport::figures() const
{
    QList<StatisticsFigure> out;
    auto add = [&](const QString &id, const QString &label, qint64 value, int level = 0) {
        out.append({ id, label, double(value), level });
    };
    add(QStringLiteral("received.total"), tr("Requests received"), received);
    for (RequestType t : RequestVocabulary::types())
        add(QStringLiteral("received.by_type.") + RequestVocabulary::id(t),
            tr("Received: %1").arg(RequestVocabulary::displayName(t)), receivedByType.value(t), 1);
    for (Channel c : RequestVocabulary::channels())
        add(QStringLiteral("received.by_channel.") + RequestVocabulary::id(c),
            tr("Received at: %1").arg(RequestVocabulary::displayName(c)), receivedByChannel.value(c), 1);
    add(QStringLiteral("withdrawn"), tr("Withdrawn"), withdrawn);
    add(QStringLiteral("open"), tr("Still open on %1").arg(asOf.toString(Qt::ISODate)), open);
    add(QStringLiteral("overdue_open"), tr("Overdue and still open on %1").arg(asOf.toString(Qt::ISODate)),
        overdueOpen);
    add(QStringLiteral("decisions.total"), tr("Decisions"), decided);
    for (RequestType t : RequestVocabulary::types())
        for (DecisionKind k : DecisionVocabulary::kindsFor(t))
            add(QStringLiteral("decisions.%1.%2").arg(RequestVocabulary::id(t), DecisionVocabulary::id(k)),
                tr("%1: %2").arg(RequestVocabulary::displayName(t), DecisionVocabulary::displayName(k)),
                decisions.value(t).value(DecisionVocabulary::id(k)), 1);
    add(QStringLiteral("extensions.ordinary"), tr("Extensions (ordinary)"), extensionsOrdinary);
    add(QStringLiteral("extensions.special"), tr("Extensions (special, large volume)"), extensionsSpecial);
    add(QStringLiteral("amendments"), tr("Amendment requests sent"), amendments);
    add(QStringLiteral("inquiries"), tr("Inquiries to divisions"), inquiries);
    add(QStringLiteral("third_party_opinions"), tr("Third-party opinions asked"), thirdPartyOpinions);
    addDays(out, QStringLiteral("days_to_decision"), tr("Days to decision"), days, 0);
    for (RequestType t : RequestVocabulary::types())
        addDays(out, QStringLiteral("days_to_decision.by_type.") + RequestVocabulary::id(t),
                tr("Days, %1").arg(RequestVocabulary::displayName(t)), daysByType.value(t), 1);
    add(QStringLiteral("decided_within_target"), tr("Decided within the target"), withinTarget);
    add(QStringLiteral("decided_within_limit"), tr("Decided within the legal limit"), withinLimit);
    qint64 letters = 0;
    for (qint64 n : lettersByKind)
        letters += n;
    add(QStringLiteral("letters.total"), tr("Letters issued"), letters);
    for (const QString &kind : letterKindIds()) {
        const auto k = LetterKinds::fromId(kind);
        add(QStringLiteral("letters.by_kind.") + kind,
            tr("Letters: %1").arg(k ? LetterKinds::displayName(*k) : kind), lettersByKind.value(kind), 1);
    }
    add(QStringLiteral("mail_returned"), tr("Mailings returned"), mailReturned);
    return out;
}

QJsonObject StatisticsReport::toJson() const
{
    QJsonObject root;
    for (const StatisticsFigure &f : figures()) {
        QJsonValue v;
        if (f.value)
            v = *f.value == std::floor(*f.value) ? QJsonValue(qint64(*f.value)) : QJsonValue(*f.value);
        insertPath(root, f.id.split(QLatin1Char('.')), v);
    }
    root.insert(QStringLiteral("period"),
                QJsonObject { { QStringLiteral("from"), period.from.toString(Qt::ISODate) },
                              { QStringLiteral("to"), period.to.toString(Qt::ISODate) },
                              { QStringLiteral("fiscal_year"),
                                period.fiscalYear ? QJsonValue(period.fiscalYear) : QJsonValue() } });
    root.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    root.insert(QStringLiteral("regime"), LegalRegimes::id(regime));
    for (auto it = receivedByMonth.constBegin(); it != receivedByMonth.constEnd(); ++it) {
        QJsonObject month;
        for (RequestType t : RequestVocabulary::types())
            month.insert(RequestVocabulary::id(t), it.value().value(t));
        insertPath(root,
                   { QStringLiteral("received"), QStringLiteral("by_month"),
                     it.key().toString(QStringLiteral("yyyy-MM")) },
                   month);
    }
    return root;
}

QByteArray StatisticsReport::toCsv() const
{
    QByteArray data("\xEF\xBB\xBF");
    data += CsvWriter::record({ tr("Figure"), tr("Id"), tr("Value") });
    data += CsvWriter::record({ tr("Period"), QStringLiteral("period"), period.japaneseText() });
    data += CsvWriter::record(
        { tr("From"), QStringLiteral("period.from"), period.from.toString(Qt::ISODate) });
    data += CsvWriter::record({ tr("To"), QStringLiteral("period.to"), period.to.toString(Qt::ISODate) });
    for (const StatisticsFigure &f : figures())
        data += CsvWriter::record({ f.label, f.id, f.value ? f.text() : QString() });
    return data;
}

} // namespace dsr
