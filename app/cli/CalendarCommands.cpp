#include "CalendarCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "Logging.h"
#include "security/FileInput.h"
#include "services/CalendarService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace dsr::cli {

namespace {

Result<QDate> dayArgument(const QString &text)
{
    const QDate d = CliInput::parseDate(text);
    if (!d.isValid())
        return makeError(ErrorCode::Usage,
                         CalendarCommands::tr("“%1” is not a date; give it as YYYY-MM-DD.").arg(text));
    return d;
}

QString changedLine(const RecomputeReport &report)
{
    return CalendarCommands::tr("%n open request deadline(s) changed.", nullptr, report.changed);
}

} // namespace

Status CalendarCommands::holidays(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    bool ok = false;
    const int year = inv.value(QStringLiteral("year")).trimmed().toInt(&ok);
    if (!ok || year < 1948 || year > 2200)
        return makeError(
            ErrorCode::Usage,
            tr("--year needs a year from 1948 to 2200, not “%1”.").arg(inv.value(QStringLiteral("year"))));
    auto list = CalendarService(ctx.database()).holidays(year);
    if (!list)
        return list.error();
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Holiday &h : list.value())
            out.append(QJsonObject { { QStringLiteral("date"), h.date.toString(Qt::ISODate) },
                                     { QStringLiteral("name"), h.name } });
        Console::json(out);
        return {};
    }
    QStringList lines;
    for (const Holiday &h : list.value())
        lines << h.date.toString(Qt::ISODate) + QLatin1Char('\t') + h.name;
    if (!lines.isEmpty())
        Console::out(lines.join(QLatin1Char('\n')));
    return {};
}

Status CalendarCommands::due(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto received = CliInput::filterDate(inv, QStringLiteral("received"));
    if (!received)
        return received.error();
    // The regime decides the days (unless --days) and whether --paused counts (DeadlinePolicy).
    std::optional<LegalRegime> regime;
    if (inv.has(QStringLiteral("regime"))) {
        regime = LegalRegimes::fromId(inv.value(QStringLiteral("regime")));
        if (!regime)
            return CliInput::oneOf(
                QStringLiteral("regime"), inv.value(QStringLiteral("regime")),
                { LegalRegimes::id(LegalRegime::Private), LegalRegimes::id(LegalRegime::Public) });
    }
    std::optional<int> days;
    if (inv.has(QStringLiteral("days"))) {
        auto n = CliInput::positiveNumber(inv, QStringLiteral("days"), 366);
        if (!n)
            return n.error();
        days = n.value();
    }
    QList<DateRange> paused;
    for (const QString &range : inv.valueList(QStringLiteral("paused"))) {
        const QStringList ends = range.split(QLatin1Char(':'));
        const QDate from = ends.size() == 2 ? CliInput::parseDate(ends.at(0)) : QDate();
        const QDate to = ends.size() == 2 ? CliInput::parseDate(ends.at(1)) : QDate();
        if (!from.isValid() || !to.isValid())
            return makeError(
                ErrorCode::Usage,
                tr("--paused needs two dates as FROM:TO (YYYY-MM-DD:YYYY-MM-DD), not “%1”.").arg(range));
        paused.append({ from, to });
    }
    auto result = CalendarService(ctx.database()).due(received.value(), days, paused, regime);
    if (!result)
        return result.error();
    if (inv.has(QStringLiteral("json"))) {
        Console::json(
            QJsonObject { { QStringLiteral("deadline"), result->deadline.toString(Qt::ISODate) },
                          { QStringLiteral("act_by"), result->actBy.toString(Qt::ISODate) },
                          { QStringLiteral("explain"), QJsonArray::fromStringList(result->explain) } });
        return {};
    }
    QStringList lines { tr("Deadline: %1").arg(result->deadline.toString(Qt::ISODate)),
                        tr("Act by: %1").arg(result->actBy.toString(Qt::ISODate)) };
    for (const QString &e : result->explain)
        lines << QStringLiteral("  ") + e;
    Console::out(lines.join(QLatin1Char('\n')));
    return {};
}

Status CalendarCommands::importCao(CliContext &ctx)
{
    const QString path = ctx.positional(0);
    auto bytes = FileInput::read(path, FileInput::CalendarListLimit);
    if (!bytes)
        return bytes.error();
    auto imported = CalendarService(ctx.database()).importCabinetOfficeList(ctx.actor(), bytes.value());
    if (!imported)
        return imported.error();
    if (!imported->problems.isEmpty()) {
        for (const auto &[line, message] : imported->problems)
            ctx.addErrorDetail(tr("line %1: %2").arg(line).arg(message));
        return makeError(ErrorCode::Validation,
                         tr("Nothing was imported: %n line(s) of the list are wrong.", nullptr,
                            int(imported->problems.size())));
    }
    const QList<int> years = imported->byYear.keys();
    qCInfo(lcCli) << "cabinet office list imported, rows" << imported->rows;
    if (years.isEmpty())
        Console::out(tr("Imported %n holiday(s).", nullptr, imported->rows));
    else
        Console::out(tr("Imported %n holiday(s) for the years %1 to %2.", nullptr, imported->rows)
                         .arg(years.first())
                         .arg(years.last()));
    Console::out(
        tr("%n open request(s) have a different deadline now.", nullptr, imported->deadlinesChanged));
    return {};
}

Status CalendarCommands::closedAdd(CliContext &ctx)
{
    auto day = dayArgument(ctx.positional(0));
    if (!day)
        return day.error();
    auto report
        = CalendarService(ctx.database())
              .addClosedDay(ctx.actor(), day.value(), ctx.invocation().value(QStringLiteral("reason")));
    if (!report)
        return report.error();
    Console::out(tr("%1 is now a closed day.").arg(day->toString(Qt::ISODate)) + QLatin1Char(' ')
                 + changedLine(report.value()));
    return {};
}

Status CalendarCommands::closedRemove(CliContext &ctx)
{
    auto day = dayArgument(ctx.positional(0));
    if (!day)
        return day.error();
    auto report = CalendarService(ctx.database()).removeClosedDay(ctx.actor(), day.value());
    if (!report)
        return report.error();
    Console::out(tr("%1 is no longer a closed day.").arg(day->toString(Qt::ISODate)) + QLatin1Char(' ')
                 + changedLine(report.value()));
    return {};
}

Status CalendarCommands::closedList(CliContext &ctx)
{
    auto days = CalendarService(ctx.database()).closedDays();
    if (!days)
        return days.error();
    QList<QDate> dates = days->keys();
    std::sort(dates.begin(), dates.end());
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const QDate &d : dates)
            out.append(QJsonObject { { QStringLiteral("date"), d.toString(Qt::ISODate) },
                                     { QStringLiteral("reason"), days->value(d) } });
        Console::json(out);
        return {};
    }
    QStringList lines;
    for (const QDate &d : dates)
        lines << d.toString(Qt::ISODate) + QLatin1Char('\t') + days->value(d);
    Console::out(lines.isEmpty() ? tr("The organisation has no closed days of its own.")
                                 : lines.join(QLatin1Char('\n')));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> CalendarCommands::commands()
{
    return {
        { .path = QStringLiteral("calendar holidays"),
          .options
          = { { QStringLiteral("year"), QStringLiteral("YYYY"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The calendar year."), true },
              { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Print an array of objects with date and name.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "List the national holidays of a year, one “YYYY-MM-DD<TAB>name” line "
                                       "each."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "For years the imported Cabinet Office list covers, that list; "
                                       "otherwise the holiday rules. Substitute holidays (振替休日) and "
                                       "citizens' holidays (国民の休日) are named 休日. Needs no --user."),
          .run = &CalendarCommands::holidays },
        { .path = QStringLiteral("calendar due"),
          .options
          = { { QStringLiteral("received"), QStringLiteral("YYYY-MM-DD"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The day the request was received."), true },
              { QStringLiteral("days"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Calendar days from the day after receipt (default 30; with --regime "
                                  "private, the setting deadlines.limit_days).") },
              { QStringLiteral("regime"), QStringLiteral("private|public"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The regime whose day count applies when --days is not given; under "
                                  "private, --paused does not count (only the public regime pauses).") },
              { QStringLiteral("paused"), QStringLiteral("FROM:TO"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Days not counted (awaiting amendment), both ends included; repeatable."),
                false, std::nullopt, true },
              { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Print an object with deadline, act_by and explain.") } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Compute a deadline and the open day to act by, with the explanation."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Uses the database's calendar: the imported holiday list and the "
                                       "organisation's closed days. Needs no --user."),
          .run = &CalendarCommands::due },
        { .path = QStringLiteral("calendar import-cao"),
          .positionals = { QStringLiteral("FILE") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Import the Cabinet Office holiday list (syukujitsu.csv) "
                                       "(administrators)."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "CP932 or UTF-8, with or without a byte order mark. Every line is "
                                       "checked first: with any bad line nothing is imported, and each one "
                                       "is listed as “line N: reason” after the error line (exit 1). Open "
                                       "requests' deadlines are recomputed."),
          .needsUser = true,
          .run = &CalendarCommands::importCao },
        { .path = QStringLiteral("calendar closed add"),
          .positionals = { QStringLiteral("DATE") },
          .options = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Why the organisation is closed that day.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Add a closed day of the organisation (administrators) and recompute "
                                       "open requests' deadlines."),
          .needsUser = true,
          .run = &CalendarCommands::closedAdd },
        { .path = QStringLiteral("calendar closed remove"),
          .positionals = { QStringLiteral("DATE") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Remove a closed day of the organisation (administrators) and "
                                       "recompute open requests' deadlines."),
          .needsUser = true,
          .run = &CalendarCommands::closedRemove },
        { .path = QStringLiteral("calendar closed list"),
          .options
          = { { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Print an array of objects with date and reason.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "List the organisation's own closed days."),
          .run = &CalendarCommands::closedList },
    };
}

} // namespace dsr::cli
