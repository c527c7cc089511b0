#include "DemoCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "Logging.h"
#include "services/DemoData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dsr::cli {

namespace {

Result<int> count(const Invocation &inv, const QString &option, int minimum, int maximum)
{
    bool ok = false;
    const QString text = inv.value(option).trimmed();
    const int n = text.toInt(&ok);
    if (!ok || n < minimum || n > maximum)
        return makeError(ErrorCode::Usage,
                         DemoCommands::tr("--%1 needs a whole number from %2 to %3, not “%4”.")
                             .arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(inv.value(option)));
    return n;
}

} // namespace

Status DemoCommands::fill(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto members = count(inv, QStringLiteral("members"), 1, 1000000);
    if (!members)
        return members.error();
    auto requests = count(inv, QStringLiteral("requests"), 0, 1000000);
    if (!requests)
        return requests.error();
    quint32 seed = 20251126;
    if (inv.has(QStringLiteral("seed"))) {
        bool ok = false;
        seed = inv.value(QStringLiteral("seed")).trimmed().toUInt(&ok);
        if (!ok)
            return makeError(ErrorCode::Usage,
                             tr("--seed needs a whole number from 0 to 4294967295, not “%1”.")
                                 .arg(inv.value(QStringLiteral("seed"))));
    }
    auto report = DemoData::fill(ctx.database(), members.value(), requests.value(), seed);
    if (!report)
        return report.error();
    // Counts only: the passwords go to standard output and nowhere else.
    qCInfo(lcCli) << "demo data:" << report->members << "members," << report->requests << "requests,"
                  << report->users.size() << "users";
    QHash<QString, QString> passwords;
    for (const auto &[login, password] : report->passwords)
        passwords.insert(login, password);

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray users;
        for (const auto &[login, roles] : report->users)
            users.append(QJsonObject {
                { QStringLiteral("login"), login },
                { QStringLiteral("roles"), QJsonArray::fromStringList(roles.split(QLatin1Char(','))) },
                { QStringLiteral("password"), passwords.value(login) } });
        Console::json(QJsonObject { { QStringLiteral("database"), ctx.displayPath() },
                                    { QStringLiteral("members"), report->members },
                                    { QStringLiteral("requests"), report->requests },
                                    { QStringLiteral("users"), users } });
        return {};
    }
    QList<QStringList> rows { { tr("Login"), tr("Roles"), tr("Password") } };
    for (const auto &[login, roles] : report->users)
        rows << QStringList { login, roles, passwords.value(login) };
    QStringList table;
    for (const QString &line : Console::columns(rows).split(QLatin1Char('\n')))
        table << QStringLiteral("  ") + line;
    Console::out(tr("Filled %1 with %2 demo members and %3 demo requests.")
                     .arg(ctx.displayPath())
                     .arg(report->members)
                     .arg(report->requests)
                 + QLatin1Char('\n') + QLatin1Char('\n')
                 + tr("Demo accounts (the passwords are shown only this once: the database keeps only their "
                      "hashes; none has to be changed at the first login):")
                 + QLatin1Char('\n') + table.join(QLatin1Char('\n')) + QLatin1Char('\n') + QLatin1Char('\n')
                 + tr("Try: dsrctl --db %1 --user clerk1 request list").arg(ctx.displayPath()));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> DemoCommands::commands()
{
    return {
        { .path = QStringLiteral("demo"),
          .options
          = { { QStringLiteral("members"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "How many synthetic members to create (1 or more)."),
                true },
              { QStringLiteral("requests"), QStringLiteral("M"),
                QT_TRANSLATE_NOOP("CommandCatalog", "How many synthetic requests to create (0 or more)."),
                true },
              { QStringLiteral("seed"), QStringLiteral("S"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Seed of the random generator: the same seed gives the same data.") },
              { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Print an object with database, members, requests and users (login, "
                                  "roles, password).") } },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Fill a new, empty database with synthetic members, requests and accounts "
                              "for trying DSR Desk out."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Needs no --user. The file given with --db is created when missing; a database that already "
              "holds accounts, members or requests is refused (exit 5). Requests spread over the last four "
              "fiscal years and every status. One or more accounts per role are created and their passwords "
              "printed on standard output, once: they are stored only as hashes and never logged."),
          .createsDatabase = true,
          .run = &DemoCommands::fill },
    };
}

} // namespace dsr::cli
