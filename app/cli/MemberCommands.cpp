#include "MemberCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CommandCatalog.h"
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

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

namespace {

// The member form. For "member edit" nothing is required and only the options given change.
QList<OptionSpec> memberFormOptions(bool forEdit)
{
    const bool required = !forEdit;
    return {
        { QStringLiteral("number"), QStringLiteral("NUMBER"),
          forEdit ? QT_TRANSLATE_NOOP("CommandCatalog", "A new member number (組合員番号) for this member.")
                  : QT_TRANSLATE_NOOP("CommandCatalog",
                                      "Member number (組合員番号): up to 20 letters, digits and hyphens."),
          required },
        { QStringLiteral("name"), QStringLiteral("NAME"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Name (氏名), at most 60 characters."), required },
        { QStringLiteral("kana"), QStringLiteral("KANA"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Name in katakana (カナ); hiragana and half-width katakana are converted."),
          required },
        { QStringLiteral("birth"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Birth date (生年月日)."), required },
        { QStringLiteral("postal"), QStringLiteral("NNN-NNNN"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Postal code (郵便番号); full-width digits and seven digits without the hyphen are "
              "accepted."),
          required },
        { QStringLiteral("address"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Address (住所), at most 200 characters."), required },
        { QStringLiteral("phone"), QStringLiteral("PHONE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Telephone (電話): digits, hyphens, brackets and spaces, at most 20.") },
        { QStringLiteral("affiliation"), QStringLiteral("NAME"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Affiliation (所属所), at most 60 characters.") },
        CommandCatalog::jsonOption(),
    };
}

} // namespace

QList<CommandSpec> MemberCommands::commands()
{
    const OptionSpec kJson = CommandCatalog::jsonOption();
    return {
        { .path = QStringLiteral("member add"),
          .options = memberFormOptions(false),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Register a member (組合員)."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Prints the member number and id; with --json the member as an object. A "
                              "refused value saves nothing, exits with 1 and names the options to "
                              "correct; a member number already registered exits with 5."),
          .needsUser = true,
          .run = &MemberCommands::add },
        { .path = QStringLiteral("member edit"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = memberFormOptions(true),
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Change a member's data; only the options given change."),
          .needsUser = true,
          .run = &MemberCommands::edit },
        { .path = QStringLiteral("member import"),
          .positionals = { QStringLiteral("FILE.csv") },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Add and update members from a CSV file, all or nothing (see CSV files)."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Prints how many members were added, updated and left unchanged. When any "
                              "row is wrong nothing is imported: the exit code is 1, the first line on "
                              "standard error says so and every bad row follows on a line of its own as "
                              "“line N: reason”."),
          .needsUser = true,
          .run = &MemberCommands::importCsv },
        { .path = QStringLiteral("member find"),
          .positionals = { QStringLiteral("QUERY") },
          .options = { { QStringLiteral("limit"), QStringLiteral("N"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "At most N members (default 100).") },
                       kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Search members by name, kana or member number."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "The search ignores full/half width and spaces, treats hiragana as "
                              "katakana and finds common variant kanji by either form (髙橋 by 高橋). "
                              "JSON: an array of member objects as “member show --json” prints them."),
          .needsUser = true,
          .run = &MemberCommands::find },
        { .path = QStringLiteral("member show"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Show one member. Opening it is recorded in the audit trail."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an object with id, member_number, name, kana, birth_date, "
                                       "postal_code, address, phone, affiliation, created_at, updated_at and "
                                       "version."),
          .needsUser = true,
          .run = &MemberCommands::show },
    };
}

} // namespace dsr::cli
