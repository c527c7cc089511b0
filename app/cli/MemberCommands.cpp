#include "MemberCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "Logging.h"
#include "security/FileInput.h"
#include "services/MemberService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace dsr::cli {

namespace {

// The member form's options and the service's field names they fill.
const QList<QPair<QString, QString>> &memberOptions()
{
    static const QList<QPair<QString, QString>> options {
        { QStringLiteral("number"), QStringLiteral("member_number") },
        { QStringLiteral("name"), QStringLiteral("name") },
        { QStringLiteral("kana"), QStringLiteral("kana") },
        { QStringLiteral("birth"), QStringLiteral("birth_date") },
        { QStringLiteral("postal"), QStringLiteral("postal_code") },
        { QStringLiteral("address"), QStringLiteral("address") },
        { QStringLiteral("phone"), QStringLiteral("phone") },
        { QStringLiteral("affiliation"), QStringLiteral("affiliation") },
    };
    return options;
}

FormProblems memberProblems()
{
    QHash<QString, QString> optionOf;
    for (const auto &[option, field] : memberOptions())
        optionOf.insert(field, option);
    return FormProblems(optionOf);
}

// Copies the given options onto `m`; only options present on the command line change anything.
void applyOptions(const Invocation &inv, Member &m, FormProblems &problems)
{
    auto set = [&](const char *option, QString &target) {
        const QString name = QString::fromLatin1(option);
        if (inv.has(name))
            target = inv.value(name);
    };
    set("number", m.memberNumber);
    set("name", m.name);
    set("kana", m.kana);
    set("postal", m.postalCode);
    set("address", m.address);
    set("phone", m.phone);
    set("affiliation", m.affiliation);
    if (inv.has(QStringLiteral("birth")))
        m.birthDate = problems.date(inv, QStringLiteral("birth"), QStringLiteral("birth_date"),
                                    MemberService::fieldLabel(QStringLiteral("birth_date")));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString memberDetails(const Member &m)
{
    const QList<QPair<QString, QString>> rows {
        { MemberService::fieldLabel(QStringLiteral("member_number")), m.memberNumber },
        { MemberService::fieldLabel(QStringLiteral("name")), m.name },
        { MemberService::fieldLabel(QStringLiteral("kana")), m.kana },
        { MemberService::fieldLabel(QStringLiteral("birth_date")), dateText(m.birthDate) },
        { MemberService::fieldLabel(QStringLiteral("postal_code")), m.postalCode },
        { MemberService::fieldLabel(QStringLiteral("address")), m.address },
        { MemberService::fieldLabel(QStringLiteral("phone")), m.phone },
        { MemberService::fieldLabel(QStringLiteral("affiliation")), m.affiliation },
    };
    QList<QStringList> lines;
    for (const auto &[label, value] : rows)
        lines << QStringList { label + QLatin1Char(':'), value };
    return Console::columns(lines);
}

// The member as stored, with the time stamps the database set (read through the service, so the
// read is recorded); `saved` when it cannot be read.
Member storedMember(CliContext &ctx, const Member &saved)
{
    auto stored = MemberService(ctx.database()).openById(ctx.actor(), saved.id);
    return stored ? stored.value() : saved;
}

} // namespace

QJsonObject MemberCommands::toJson(const Member &m)
{
    return { { QStringLiteral("id"), m.id },
             { QStringLiteral("member_number"), m.memberNumber },
             { QStringLiteral("name"), m.name },
             { QStringLiteral("kana"), m.kana },
             { QStringLiteral("birth_date"),
               m.birthDate.isValid() ? QJsonValue(dateText(m.birthDate)) : QJsonValue() },
             { QStringLiteral("postal_code"), m.postalCode },
             { QStringLiteral("address"), m.address },
             { QStringLiteral("phone"), m.phone },
             { QStringLiteral("affiliation"), m.affiliation },
             { QStringLiteral("created_at"), timeJson(m.createdAt) },
             { QStringLiteral("updated_at"), timeJson(m.updatedAt) },
             { QStringLiteral("version"), m.version } };
}

Status MemberCommands::add(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    MemberService members(ctx.database());
    FormProblems problems = memberProblems();
    Member m;
    applyOptions(inv, m, problems);
    if (!problems.isEmpty()) {
        // Report the service's other complaints in the same line.
        auto checked = MemberService::validate(m);
        return problems.refusal(checked ? std::nullopt : std::optional<Error>(checked.error()));
    }
    auto added = members.add(ctx.actor(), m);
    if (!added)
        return added.error().code == ErrorCode::Validation ? problems.refusal(added.error()) : added.error();
    qCInfo(lcCli) << "member added, id" << added->id;
    if (inv.has(QStringLiteral("json"))) {
        Console::json(toJson(storedMember(ctx, added.value())));
        return {};
    }
    Console::out(tr("Added the member %1 (id %2).").arg(added->memberNumber).arg(added->id));
    return {};
}

Status MemberCommands::edit(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const bool anything = std::any_of(memberOptions().cbegin(), memberOptions().cend(),
                                      [&](const auto &o) { return inv.has(o.first); });
    if (!anything)
        return makeError(ErrorCode::Usage,
                         tr("Say what to change, e.g. --address TEXT; run “dsrctl help member edit” for the "
                            "options."));
    MemberService members(ctx.database());
    // Refused before the member is looked up, so that a refusal does not reveal who is a member.
    auto found = members.openForEdit(ctx.actor(), ctx.positional(0));
    if (!found)
        return found.error();
    Member m = found.value();
    FormProblems problems = memberProblems();
    applyOptions(inv, m, problems);
    if (!problems.isEmpty()) {
        auto checked = MemberService::validate(m);
        return problems.refusal(checked ? std::nullopt : std::optional<Error>(checked.error()));
    }
    auto saved = members.update(ctx.actor(), m);
    if (!saved)
        return saved.error().code == ErrorCode::Validation ? problems.refusal(saved.error()) : saved.error();
    qCInfo(lcCli) << "member changed, id" << saved->id;
    if (inv.has(QStringLiteral("json"))) {
        Console::json(toJson(storedMember(ctx, saved.value())));
        return {};
    }
    Console::out(tr("The member %1 is saved.").arg(saved->memberNumber));
    return {};
}

Status MemberCommands::importCsv(CliContext &ctx)
{
    const QString path = ctx.positional(0);
    MemberService members(ctx.database());
    // A refusal is reported before the file is even read.
    if (Status s = members.checkMayImport(ctx.actor()); !s)
        return s;
    auto bytes = FileInput::read(path, FileInput::MemberCsvLimit);
    if (!bytes)
        return bytes.error();
    auto report = members.importCsv(ctx.actor(), bytes.value());
    if (!report)
        return report.error();
    const ImportReport &r = report.value();
    if (!r.problems.isEmpty()) {
        for (const ImportProblem &p : r.problems)
            ctx.addErrorDetail(tr("line %1: %2").arg(p.line).arg(p.message));
        qCInfo(lcCli) << "member import refused," << r.problems.size() << "bad rows";
        return makeError(
            ErrorCode::Validation,
            tr("Nothing was imported from %1: %n rows are wrong, listed below with their line numbers.",
               nullptr, int(r.problems.size()))
                .arg(path));
    }
    Console::out(tr("Imported %1 (%2): %3 added, %4 updated, %5 unchanged.")
                     .arg(path, r.encoding)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.unchanged));
    return {};
}

Status MemberCommands::find(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    int limit = 100;
    if (inv.has(QStringLiteral("limit"))) {
        auto n = CliInput::positiveNumber(inv, QStringLiteral("limit"), 10000);
        if (!n)
            return n.error();
        limit = n.value();
    }
    MemberService members(ctx.database());
    auto found = members.find(ctx.actor(), ctx.positional(0), limit);
    if (!found)
        return found.error();
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Member &m : found.value())
            array.append(toJson(m));
        Console::json(array);
        return {};
    }
    if (found->isEmpty()) {
        Console::out(tr("No member matches."));
        return {};
    }
    QList<QStringList> rows { { tr("Number"), tr("Name"), tr("Kana"), tr("Born"), tr("Affiliation") } };
    for (const Member &m : found.value())
        rows << QStringList { m.memberNumber, m.name, m.kana, dateText(m.birthDate), m.affiliation };
    Console::out(Console::columns(rows));
    if (found->size() == limit)
        Console::out(
            tr("Only the first %n members are shown; narrow the query or raise --limit.", nullptr, limit));
    return {};
}

Status MemberCommands::show(CliContext &ctx)
{
    MemberService members(ctx.database());
    auto found = members.open(ctx.actor(), ctx.positional(0));
    if (!found)
        return found.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        Console::json(toJson(found.value()));
        return {};
    }
    Console::out(memberDetails(found.value()));
    return {};
}

} // namespace dsr::cli
