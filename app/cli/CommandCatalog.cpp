#include "CommandCatalog.h"

#include "AuditCommands.h"
#include "CalendarCommands.h"
#include "CliContext.h"
#include "Console.h"
#include "DemoCommands.h"
#include "ErasureCommands.h"
#include "LetterCommands.h"
#include "MemberCommands.h"
#include "RequestCommands.h"
#include "SettingsCommands.h"
#include "SetupCommands.h"
#include "UserCommands.h"
#include "WorkflowCommands.h"
#include "letters/LetterKind.h"
#include "model/Decision.h"
#include "model/Request.h"
#include "model/Role.h"
#include "security/AuditKey.h"
#include "workflow/RequestWorkflow.h"

#include <QSet>

namespace dsr::cli {

namespace {

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("CommandCatalog", text) : QString();
}

QList<OptionSpec> auditFilterOptions()
{
    return {
        { QStringLiteral("since"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries on or after this date (UTC).") },
        { QStringLiteral("until"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries on or before this date (UTC).") },
        { QStringLiteral("action"), QStringLiteral("PREFIX"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Only actions starting with this text, e.g. “auth.” or “permission.denied”.") },
        { QStringLiteral("entity"), QStringLiteral("TYPE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Only entries about this kind of thing, e.g. “user” or “settings”.") },
        { QStringLiteral("by"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Only entries recorded for this login.") },
        { QStringLiteral("limit"), QStringLiteral("N"),
          QT_TRANSLATE_NOOP("CommandCatalog", "At most N entries, the newest first.") },
    };
}

const OptionSpec kJson { QStringLiteral("json"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Print JSON instead of a table.") };

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
        kJson,
    };
}

// The request form. For "request edit" nothing is required and only the options given change;
// an empty value clears an optional field.
QList<OptionSpec> requestFormOptions(bool forEdit)
{
    const bool required = !forEdit;
    return {
        { QStringLiteral("type"), QStringLiteral("TYPE"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The request type id (see Request types)."), required },
        { QStringLiteral("member"), QStringLiteral("NUMBER"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The number of the member whose data the request is about."),
          required },
        { QStringLiteral("received"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The day the request arrived (not the day it was written); never in the future."),
          required },
        { QStringLiteral("channel"), QStringLiteral("counter|mail|other"),
          QT_TRANSLATE_NOOP("CommandCatalog", "How the request arrived (see Channels)."), required },
        { QStringLiteral("summary"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "What is requested, in short (at most 2000 characters)."),
          required },
        { QStringLiteral("agent-kind"), QStringLiteral("self|statutory|appointed"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Who made the request: the member (self, the default), a statutory agent "
              "(法定代理人) or an appointed agent (任意代理人). For an agent, the four --agent-… "
              "options below are required; self clears them.") },
        { QStringLiteral("agent-name"), QStringLiteral("NAME"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The agent's name, at most 60 characters.") },
        { QStringLiteral("agent-address"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The agent's address, at most 200 characters.") },
        { QStringLiteral("agent-relationship"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The agent's relationship to the member, e.g. 親権者, 成年後見人 or 委任を受けた者.") },
        { QStringLiteral("agent-evidence"), QStringLiteral("EVIDENCE"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The document proving the agent's authority (see Agent evidence).") },
        { QStringLiteral("id-document"), QStringLiteral("DOCUMENT"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The identity document checked (see Identity documents); recorded as checked by "
                            "you, now.") },
        { QStringLiteral("residence-certificate"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Issue date of the certificate of residence (住民票の写し): required for a request by "
              "mail with an identity document, and recent enough (setting "
              "requests.residence_certificate_max_days).") },
        { QStringLiteral("category"), QStringLiteral("CATEGORY"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "A category of held data (see Categories). Repeat the option or separate "
                            "categories with commas; the option replaces the whole list."),
          false, std::nullopt, true },
        { QStringLiteral("detail"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The data requested, in free text besides the categories.") },
        { QStringLiteral("method"), QStringLiteral("paper|electronic|viewing"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The requested disclosure method; only for the disclosure and provision-record "
                            "types.") },
        { QStringLiteral("fee"), QStringLiteral("YEN"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The fee in yen (0 to 100000); only for types that allow a fee (see Request "
                            "types).") },
        { QStringLiteral("fee-paid"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The day the fee was paid; needs --fee.") },
        { QStringLiteral("notes"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Notes, at most 2000 characters.") },
        { QStringLiteral("assign"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The clerk in charge: an active account with the clerk role.") },
        { QStringLiteral("mask-my-number"), QString(),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Save free text that holds a My Number (個人番号) with the number masked. Without "
              "this option such text is refused and nothing is saved.") },
        forEdit ? OptionSpec { QStringLiteral("json"), QString(),
                               QT_TRANSLATE_NOOP("CommandCatalog", "Print the saved request as JSON.") }
                : OptionSpec { QStringLiteral("json"), QString(),
                               QT_TRANSLATE_NOOP("CommandCatalog",
                                                 "Print the registered request as JSON instead of its "
                                                 "receipt number.") },
    };
}

// "request ACTION ID": the action's own options, then --expect-version and --json.
CommandSpec actionSpec(const QString &action, QList<OptionSpec> options, const char *summary,
                       const char *details = nullptr)
{
    options.append({ QStringLiteral("expect-version"), QStringLiteral("N"),
                     QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Refuse (exit 5) unless the request is still at version N, i.e. "
                                       "nobody changed it since you looked.") });
    options.append({ QStringLiteral("json"), QString(),
                     QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Print the request afterwards as JSON: id, receipt_no, status, "
                                       "deadline, act_by and version.") });
    return { .path = QStringLiteral("request ") + action,
             .positionals = { QStringLiteral("ID") },
             .options = options,
             .summary = summary,
             .details = details,
             .needsUser = true,
             .run = &WorkflowCommands::perform };
}

const OptionSpec kActionDate {
    QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CommandCatalog", "The day it happened (default today); never in the future.")
};

QList<CommandSpec> workflowCatalog()
{
    return {
        actionSpec(QStringLiteral("verify-identity"),
                   { { QStringLiteral("id-document"), QStringLiteral("DOCUMENT"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "The identity document checked (see Identity documents)."),
                       true },
                     { QStringLiteral("residence-certificate"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "Issue date of the certificate of residence; required for a "
                                         "request by mail.") } },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record that the requester's identity was verified.")),
        actionSpec(QStringLiteral("request-amendment"),
                   { { QStringLiteral("missing"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "What is missing from the request."), true },
                     { QStringLiteral("reply-by"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The day the amendment is expected by."), true },
                     kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Ask the requester to amend the request (補正); the deadline pauses "
                                     "until it arrives.")),
        actionSpec(QStringLiteral("amendment-received"), { kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Record that the amended request arrived; the deadline runs again.")),
        actionSpec(QStringLiteral("investigate"), {},
                   QT_TRANSLATE_NOOP("CommandCatalog", "Start investigating the requested data.")),
        actionSpec(QStringLiteral("inquiry-add"),
                   { { QStringLiteral("division"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The division asked about the data."), true },
                     { QStringLiteral("due"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The day the answer is due.") },
                     kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record an inquiry sent to a division (照会).")),
        actionSpec(
            QStringLiteral("inquiry-answer"),
            { { QStringLiteral("inquiry"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The inquiry's id as “request workflow” shows it."),
                true },
              { QStringLiteral("summary"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "What the division answered, in short.") },
              kActionDate },
            QT_TRANSLATE_NOOP("CommandCatalog", "Record a division's answer to an inquiry.")),
        actionSpec(
            QStringLiteral("draft"),
            { { QStringLiteral("kind"), QStringLiteral("KIND"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The decision kind (see Decision kinds)."), true },
              { QStringLiteral("data"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The data disclosed or concerned.") },
              { QStringLiteral("withheld"), QStringLiteral("PART|GROUND|REASON"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "A part not disclosed, its legal ground (see Grounds) and the reason; "
                                  "repeat for each part."),
                false, std::nullopt, true },
              { QStringLiteral("correction"), QStringLiteral("ITEM|BEFORE|AFTER"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "An item corrected, with the data before and after; repeat for each item."),
                false, std::nullopt, true },
              { QStringLiteral("measure"), QStringLiteral("MEASURE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The measure taken (see Measures); needs --measure-date.") },
              { QStringLiteral("measure-date"), QStringLiteral("YYYY-MM-DD"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The day the measure was carried out.") },
              { QStringLiteral("substitute"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The substitute measure, for the kind substitute.") },
              { QStringLiteral("reasons"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The reasons (art. 36), required for refusals and partial decisions.") },
              { QStringLiteral("method"), QStringLiteral("paper|electronic|viewing"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The disclosure method decided.") } },
            QT_TRANSLATE_NOOP("CommandCatalog", "Draft the decision; a new draft replaces the previous one."),
            QT_TRANSLATE_NOOP("CommandCatalog",
                              "The identity must be verified first. What the kind needs is checked: parts "
                              "withheld with grounds, corrections, the measure and its date, reasons.")),
        actionSpec(QStringLiteral("submit"),
                   { { QStringLiteral("note"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "Why the decision need not wait for open inquiries; required "
                                         "while any is unanswered.") } },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Submit the draft for approval along the route for its type and kind.")),
        actionSpec(QStringLiteral("approve"),
                   { { QStringLiteral("comment"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "A comment kept with the approval step.") } },
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Approve the current approval step; the last step decides the request."),
                   QT_TRANSLATE_NOOP("CommandCatalog",
                                     "Only the role of the current step may approve, and never the person "
                                     "who drafted the decision (exit 3). Two desks approving the same step: "
                                     "one wins, the other exits with 5.")),
        actionSpec(QStringLiteral("return"),
                   { { QStringLiteral("comment"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog",
                                         "Why the draft is returned; required (exit 1 without it).") } },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Return the draft to the clerk for redrafting.")),
        actionSpec(QStringLiteral("withdraw"), { kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record that the requester withdrew the request.")),
        actionSpec(
            QStringLiteral("extend"),
            { { QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The new deadline."), true },
              { QStringLiteral("reason"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The reason for the extension."), true },
              { QStringLiteral("special"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The art. 84 special extension for a very large amount of data.") } },
            QT_TRANSLATE_NOOP("CommandCatalog",
                              "Extend the deadline (public regime): once by at most 30 days, or "
                              "the art. 84 special extension.")),
        actionSpec(QStringLiteral("opinion-add"),
                   { { QStringLiteral("third-party"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The third party asked for an opinion."), true },
                     { QStringLiteral("reply-by"), QStringLiteral("YYYY-MM-DD"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "The day the opinion is expected by."), true },
                     kActionDate },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Record a request for a third party's opinion.")),
        actionSpec(
            QStringLiteral("opinion-answer"),
            { { QStringLiteral("opinion"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The opinion's id as “request workflow” shows it."),
                true },
              { QStringLiteral("answer"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "What the third party answered.") },
              { QStringLiteral("objection"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The third party objects: disclosure waits two weeks after the "
                                  "decision.") },
              kActionDate },
            QT_TRANSLATE_NOOP("CommandCatalog", "Record a third party's opinion.")),
        actionSpec(
            QStringLiteral("notified"),
            { { QStringLiteral("method"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog", "How the decision was notified (mail, counter …)."),
                true },
              kActionDate },
            QT_TRANSLATE_NOOP("CommandCatalog", "Record that the requester was notified of the decision.")),
        actionSpec(QStringLiteral("close"), {}, QT_TRANSLATE_NOOP("CommandCatalog", "Close the request.")),
        actionSpec(QStringLiteral("reopen"),
                   { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                       QT_TRANSLATE_NOOP("CommandCatalog", "Why the request is reopened."), true } },
                   QT_TRANSLATE_NOOP("CommandCatalog", "Reopen a closed request.")),
        { .path = QStringLiteral("request workflow"),
          .positionals = { QStringLiteral("ID") },
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Show a request's decision, amendments, inquiries, opinions, approval "
                                       "steps, extension and how its deadline was computed."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "JSON: id, receipt_no, status, deadline, act_by, version, decision (kind, data, withheld, "
              "corrections, measure, measure_date, substitute, reasons, method, drafted_by, drafted_at), "
              "amendments, inquiries, opinions, approval_steps (id, round, step, role, outcome, decided_by, "
              "decided_at, comment), extension, decided_on, notified_on, notified_method, withdrawn_on, "
              "disclosure_not_before and deadline_explain."),
          .needsUser = true,
          .run = &WorkflowCommands::workflow },
        { .path = QStringLiteral("request inbox"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "List the requests waiting for your approval, the earliest deadline "
                                       "first."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with id, receipt_no, status, deadline, "
                                       "act_by and version."),
          .needsUser = true,
          .run = &WorkflowCommands::inbox },
        { .path = QStringLiteral("route list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "List the approval routes by request type and decision kind."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with type, kind (“*” for any) and steps "
                                       "(role ids in order)."),
          .needsUser = true,
          .run = &WorkflowCommands::routeList },
        { .path = QStringLiteral("route set"),
          .positionals = { QStringLiteral("TYPE|*"), QStringLiteral("KIND|*") },
          .options = { { QStringLiteral("steps"), QStringLiteral("ROLE,ROLE…"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "The approving roles in order, e.g. chief,manager or "
                                           "chief,manager,privacy_officer (one to six)."),
                         true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Set the approval route for a request type and decision kind "
                                       "(administrators)."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "“*” stands for any type or kind; the most specific route applies. "
                                       "The route is taken when a draft is submitted, so requests already "
                                       "in approval keep theirs."),
          .needsUser = true,
          .run = &WorkflowCommands::routeSet },
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
                                  "The regime whose day count applies when --days is not given.") },
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

// Letters (issue 5): the era date letters print and the letter kinds; neither needs the database.
QList<CommandSpec> letterCatalog()
{
    QList<CommandSpec> commands {
        { .path = QStringLiteral("era"),
          .positionals = { QStringLiteral("YYYY-MM-DD") },
          .options
          = { { QStringLiteral("full-width"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Write the digits full width (令和７年４月１日).") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Print a date in the Japanese era exactly as letters write it, e.g. "
                                       "令和7年4月1日 or 令和元年5月1日."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "The first day of an era belongs to the new era; year 1 is written 元年. "
                              "Dates before 1873-01-01 have no era date (exit 2). Needs no --user."),
          .opensDatabase = false,
          .run = &LetterCommands::era },
        { .path = QStringLiteral("letter kinds"),
          .options
          = { { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Print an array of objects with id, title, name, decision, regimes, "
                                  "answers (decision kinds), subjects and items per regime, and the "
                                  "template fields.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "List the letter kinds: the stable id (KIND), the Japanese name, the "
                                       "regimes that allow it and the decisions it notifies."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Procedural letters (amendment request, extension, third-party opinion) "
                              "notify no decision. Needs no --user."),
          .opensDatabase = false,
          .run = &LetterCommands::kinds },
    };
    const QList<OptionSpec> inputOptions {
        { QStringLiteral("postage"), QStringLiteral("YEN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Disclosure letters: the postage the member bears.") },
        { QStringLiteral("enclosure"),
          QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Disclosure letters: a document enclosed (repeatable)."),
          false,
          {},
          true },
        { QStringLiteral("informed"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Correction letter (public regime): who was told of the correction.") },
        { QStringLiteral("purpose"),
          QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Purpose-of-use letter: a purpose of use (repeatable)."),
          false,
          {},
          true },
        { QStringLiteral("supply"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Amendment request: what the member is to supply.") },
        { QStringLiteral("third-party-postal"), QStringLiteral("NNN-NNNN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Third-party opinion: the third party's postal code.") },
        { QStringLiteral("third-party-address"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Third-party opinion: the third party's address.") },
        { QStringLiteral("information"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Third-party opinion: the information concerned.") },
        { QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The date printed on the letter (default today).") },
        { QStringLiteral("date-reason"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Why the letter is dated more than 7 days back (required then; stored with "
                            "the letter).") },
    };
    const OptionSpec json { QStringLiteral("json"), QString(),
                            QT_TRANSLATE_NOOP("CommandCatalog", "Print the letter as JSON.") };
    auto with = [](QList<OptionSpec> a, const QList<OptionSpec> &b) {
        a.append(b);
        return a;
    };
    commands.append(QList<CommandSpec> {
        { .path = QStringLiteral("letter preview"),
          .options
          = with({ { QStringLiteral("request"), QStringLiteral("ID"),
                     QT_TRANSLATE_NOOP("CommandCatalog", "The request: id or receipt number."), true },
                   { QStringLiteral("kind"), QStringLiteral("KIND"),
                     QT_TRANSLATE_NOOP("CommandCatalog", "The letter kind (see letter kinds)."), true },
                   { QStringLiteral("out"), QStringLiteral("FILE.pdf"),
                     QT_TRANSLATE_NOOP("CommandCatalog", "Where to write the PDF."), true } },
                 inputOptions),
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Write the letter as it would be issued today, marked 「案」 and without a "
                              "number, to a PDF file."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Nothing is stored; the preview is recorded in the audit trail because it "
                              "shows personal data."),
          .needsUser = true,
          .run = &LetterCommands::preview },
        { .path = QStringLiteral("letter issue"),
          .options
          = with({ { QStringLiteral("request"),
                     QStringLiteral("ID"),
                     QT_TRANSLATE_NOOP("CommandCatalog",
                                       "The request: id or receipt number. Repeat it to issue the decision "
                                       "letters of several requests: each line then reads ID, a tab and the "
                                       "number."),
                     true,
                     {},
                     true },
                   { QStringLiteral("kind"), QStringLiteral("KIND"),
                     QT_TRANSLATE_NOOP("CommandCatalog", "The letter kind (see letter kinds)."), true },
                   json },
                 inputOptions),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Issue a letter and print its document number (e.g. 長共総第12号)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "A decision letter needs the request's approved decision; a procedural letter (amendment "
              "request, extension, third-party opinion) needs its draft approved by a chief (letter submit, "
              "letter approve). The number, the PDF and its SHA-256 are stored in one transaction and never "
              "change."),
          .needsUser = true,
          .run = &LetterCommands::issue },
        { .path = QStringLiteral("letter submit"),
          .options
          = with({ { QStringLiteral("request"), QStringLiteral("ID"),
                     QT_TRANSLATE_NOOP("CommandCatalog", "The request: id or receipt number."), true },
                   { QStringLiteral("kind"), QStringLiteral("KIND"),
                     QT_TRANSLATE_NOOP("CommandCatalog", "The procedural letter kind."), true },
                   json },
                 inputOptions),
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Submit a procedural letter's draft for a chief's approval; prints its id."),
          .needsUser = true,
          .run = &LetterCommands::submit },
        { .path = QStringLiteral("letter approve"),
          .positionals = { QStringLiteral("LETTER") },
          .options = { json },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Approve a procedural letter's draft (chiefs; not the draft's author)."),
          .needsUser = true,
          .run = &LetterCommands::approve },
        { .path = QStringLiteral("letter export"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { { QStringLiteral("out"), QStringLiteral("FILE.pdf"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Where to write the PDF."), true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Write an issued letter's stored PDF, checked against its SHA-256."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "NUMBER is the document number (長共総第12号; the latest fiscal year's) or "
                              "the letter's id."),
          .needsUser = true,
          .run = &LetterCommands::exportPdf },
        { .path = QStringLiteral("letter list"),
          .options
          = { { QStringLiteral("request"), QStringLiteral("ID"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only this request's letters.") },
              { QStringLiteral("kind"), QStringLiteral("KIND"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only this kind.") },
              { QStringLiteral("state"), QStringLiteral("STATE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "draft, approved, issued, printed, mailed, returned or void.") },
              { QStringLiteral("year"), QStringLiteral("YYYY"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only this fiscal year (April–March).") },
              { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Print an array of objects with id, document_no, letter_date, kind, "
                                  "request_id, receipt_no, state, sha256 …") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "List the letter register (文書番号簿)."),
          .needsUser = true,
          .run = &LetterCommands::list },
        { .path = QStringLiteral("letter printed"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { json },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Record that an issued letter was printed."),
          .needsUser = true,
          .run = &LetterCommands::printed },
        { .path = QStringLiteral("letter mailed"),
          .positionals = { QStringLiteral("NUMBER") },
          .options
          = { { QStringLiteral("method"), QStringLiteral("METHOD"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "ordinary, simple-registered, restricted-delivery or counter."),
                true },
              { QStringLiteral("tracking"), QStringLiteral("NO"),
                QT_TRANSLATE_NOOP(
                    "CommandCatalog",
                    "The tracking number (required for simple-registered and restricted-delivery).") },
              { QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "The day it was mailed or handed over (default today).") },
              json },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Record that a letter was mailed; for a decision letter the request "
                                       "becomes notified."),
          .needsUser = true,
          .run = &LetterCommands::mailed },
        { .path = QStringLiteral("letter returned"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { { QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "The day it came back (default today).") },
                       json },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Record that a mailed letter came back undeliverable."),
          .needsUser = true,
          .run = &LetterCommands::returned },
        { .path = QStringLiteral("letter void"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Why the letter is voided."), true },
                       json },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Void a letter that was not mailed; its number stays in the register "
                                       "as 欠番 and is never given again."),
          .needsUser = true,
          .run = &LetterCommands::voidLetter },
        { .path = QStringLiteral("letter reissue"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Why the letter is issued again."), true },
                       json },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Issue a new letter in place of an issued one, referencing it; prints the "
                              "new number."),
          .needsUser = true,
          .run = &LetterCommands::reissue },
        { .path = QStringLiteral("letter register"),
          .options
          = { { QStringLiteral("out"), QStringLiteral("FILE.csv"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Where to write the CSV (UTF-8 with BOM)."), true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Export the letter register as CSV."),
          .needsUser = true,
          .run = &LetterCommands::exportRegister },
        { .path = QStringLiteral("template export"),
          .positionals = { QStringLiteral("KIND"), QStringLiteral("FILE") },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Write the template in force for a letter kind to a file (administrators)."),
          .needsUser = true,
          .run = &LetterCommands::templateExport },
        { .path = QStringLiteral("template import"),
          .positionals = { QStringLiteral("KIND"), QStringLiteral("FILE") },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Check an edited template and make it the next version (administrators)."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Every placeholder is checked against the kind's fields: an unknown or "
                              "missing field is refused, naming it, and nothing changes (exit 1)."),
          .needsUser = true,
          .run = &LetterCommands::templateImport },
        { .path = QStringLiteral("template seal"),
          .positionals = { QStringLiteral("FILE.png") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Store the official seal image printed when letters.seal is “image” "
                                       "(administrators)."),
          .needsUser = true,
          .run = &LetterCommands::templateSeal },
    });
    return commands;
}

QList<CommandSpec> buildCatalog()
{
    QList<OptionSpec> initOptions {
        { QStringLiteral("admin"), QStringLiteral("LOGIN"),
          QT_TRANSLATE_NOOP("CommandCatalog", "Login of the first administrator."), true },
        { QStringLiteral("name"), QStringLiteral("NAME"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The administrator's name as shown in the program."), true },
        { QStringLiteral("password-stdin"), QString(),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Read the administrator's password from standard input instead of asking twice.") },
    };
    for (const auto &[option, setting] : SetupCommands::organisationOptions()) {
        const SettingInfo &info = Settings::info(setting);
        const QString valueName = info.type == SettingInfo::Type::Choice ? info.choices.join(QLatin1Char('|'))
                                                                         : QStringLiteral("TEXT");
        initOptions.append({ option, valueName, nullptr, false, setting });
    }

    QList<OptionSpec> listOptions = auditFilterOptions();
    listOptions.append(kJson);

    // Designated initialisers keep each entry readable; fields left out take the defaults of CommandSpec.
    QList<CommandSpec> catalog {
        { .path = QStringLiteral("init"),
          .options = initOptions,
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Set up a new database: the organisation settings and the first administrator."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Works only on a database without accounts. Settings not given keep their "
                              "defaults and can be changed later with “dsrctl settings set”."),
          .createsDatabase = true,
          .run = &SetupCommands::init },
        { .path = QStringLiteral("passwd"),
          .options
          = { { QStringLiteral("password-stdin"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Read the new password from standard input.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Change your own password."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Accounts created or reset by an administrator must do this before anything "
                              "else. With the global --password-stdin, line 1 of standard input is the "
                              "current password and line 2 the new one; otherwise the new password is asked "
                              "twice on the terminal."),
          .needsUser = true,
          .run = &SetupCommands::passwd },
        { .path = QStringLiteral("user add"),
          .positionals = { QStringLiteral("LOGIN") },
          .options
          = { { QStringLiteral("name"), QStringLiteral("NAME"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The person's name as shown in the program."), true },
              { QStringLiteral("roles"), QStringLiteral("ROLE,ROLE…"),
                QT_TRANSLATE_NOOP("CommandCatalog", "One or more role ids separated by commas (see Roles)."),
                true },
              { QStringLiteral("password-stdin"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Read the new user's first password from standard input.") } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Create an account. The person must change the password at first login."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "When both the global --password-stdin and this command's --password-stdin are "
                              "given, line 1 of standard input is your own password and line 2 the new "
                              "user's password. Without this command's --password-stdin the new password is "
                              "asked twice on the terminal."),
          .needsUser = true,
          .run = &UserCommands::add },
        { .path = QStringLiteral("user list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "List the accounts with their roles and state."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: an array of objects with id, login, name, roles (role ids), disabled, "
                              "locked and must_change_password."),
          .needsUser = true,
          .run = &UserCommands::list },
        { .path = QStringLiteral("user edit"),
          .positionals = { QStringLiteral("LOGIN") },
          .options = { { QStringLiteral("name"), QStringLiteral("NAME"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "New name as shown in the program.") },
                       { QStringLiteral("roles"), QStringLiteral("ROLE,ROLE…"),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Replace the roles with these role ids.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Change an account's name or roles."),
          .needsUser = true,
          .run = &UserCommands::edit },
        { .path = QStringLiteral("user disable"),
          .positionals = { QStringLiteral("LOGIN") },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Disable an account so that it can no longer log in."),
          .needsUser = true,
          .run = &UserCommands::disable },
        { .path = QStringLiteral("user enable"),
          .positionals = { QStringLiteral("LOGIN") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Enable a disabled account again."),
          .needsUser = true,
          .run = &UserCommands::enable },
        { .path = QStringLiteral("user unlock"),
          .positionals = { QStringLiteral("LOGIN") },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Unlock an account locked after too many wrong passwords."),
          .needsUser = true,
          .run = &UserCommands::unlock },
        { .path = QStringLiteral("user reset-password"),
          .positionals = { QStringLiteral("LOGIN") },
          .options
          = { { QStringLiteral("password-stdin"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Read the temporary password from standard input.") } },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Give an account a temporary password that must be changed at the next login."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "With both --password-stdin options, line 1 of standard input is your own "
                              "password and line 2 the temporary one."),
          .needsUser = true,
          .run = &UserCommands::resetPassword },
        { .path = QStringLiteral("audit verify"),
          .options
          = { { QStringLiteral("checkpoint"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Also check against a checkpoint written by “audit checkpoint”.") } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Check the audit trail's hash chain from the first entry to the last."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Prints the number of entries checked and the head reached (sequence number and "
              "hash). When an entry was altered, removed, inserted or reordered, exits with 1 "
              "and names the first sequence number that is wrong. With --checkpoint, also "
              "exits with 1 when the trail ends before the checkpoint's entry or has another "
              "hash there. Keyed entries need the database's audit key."),
          .needsUser = true,
          .run = &AuditCommands::verify },
        { .path = QStringLiteral("audit checkpoint"),
          .options
          = { { QStringLiteral("out"), QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Where to write the checkpoint (JSON)."), true } },
          .summary = QT_TRANSLATE_NOOP(
              "CommandCatalog", "Write the head of the audit trail to a file kept outside the database."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The file holds the sequence number, the hash, the time (UTC) and the database id; it is "
              "readable by its owner only, and an existing file is replaced. Taking the checkpoint is "
              "itself recorded, and the checkpoint pins that entry. Keep the file off this machine and "
              "give it to “audit verify --checkpoint” later."),
          .needsUser = true,
          .run = &AuditCommands::checkpoint },
        { .path = QStringLiteral("audit list"),
          .options = listOptions,
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Show audit trail entries."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: an array of objects with seq, at_utc, user_id, user_login, action, "
                              "entity_type, entity_id, details, prev_hash and hash."),
          .needsUser = true,
          .run = &AuditCommands::list },
        { .path = QStringLiteral("audit export"),
          .positionals = { QStringLiteral("FILE.csv") },
          .options = auditFilterOptions(),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Write audit trail entries to a CSV file (UTF-8, for spreadsheets)."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "An existing file is replaced. The export itself is recorded."),
          .needsUser = true,
          .run = &AuditCommands::exportCsv },
        { .path = QStringLiteral("settings list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Show the organisation settings."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with key, label, value and default."),
          .needsUser = true,
          .run = &SettingsCommands::list },
        { .path = QStringLiteral("settings set"),
          .positionals = { QStringLiteral("KEY"), QStringLiteral("VALUE") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Change one organisation setting (see Settings for the keys)."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog", "A value the setting does not accept changes nothing."),
          .needsUser = true,
          .run = &SettingsCommands::set },
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
        { .path = QStringLiteral("member erase"),
          .positionals = { QStringLiteral("NUMBER") },
          .options = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "Why the data is erased (kept in the erasure record; at most 500 "
                                           "characters)."),
                         true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Erase a member's personal data (消去, privacy officer only)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Blanks the name, kana, birth date, postal code, address, telephone and affiliation and "
              "removes "
              "the member from the search index; the member number stays so that requests and letters still "
              "refer to it. An erasure record (what, who, when, why — not the erased values) and an audit "
              "entry remain. Refused while the member has a request in progress (exit 1); a missing reason "
              "is exit 2, another role exit 3, an unknown number exit 4."),
          .needsUser = true,
          .run = &ErasureCommands::eraseMember },
        { .path = QStringLiteral("request add"),
          .options = requestFormOptions(false),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Take in a request and print its receipt number (e.g. R7-0001)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The receipt number counts per fiscal year (April to March) of the received date; its format "
              "is "
              "the setting requests.receipt_format. The legal deadline is computed from the received date. A "
              "refused request saves nothing, exits with 1 and names the options to correct; an unknown "
              "identifier (type, channel, agent kind, method) exits with 2; an unknown member with 4."),
          .needsUser = true,
          .run = &RequestCommands::add },
        { .path = QStringLiteral("request edit"),
          .positionals = { QStringLiteral("ID") },
          .options = requestFormOptions(true),
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Change the intake fields of an open request; only the options given "
                                       "change."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "An empty value clears an optional field, e.g. --notes \"\". Every changed "
                              "field is kept in the request's history with its value before and after. "
                              "Closed and withdrawn requests cannot be edited."),
          .needsUser = true,
          .run = &RequestCommands::edit },
        { .path = QStringLiteral("request list"),
          .options
          = { { QStringLiteral("query"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Only requests whose member name, kana, member number, agent name or "
                                  "receipt number contains this text (normalised as in “member "
                                  "find”).") },
              { QStringLiteral("status"), QStringLiteral("STATUS"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only requests in this status (see Statuses).") },
              { QStringLiteral("type"), QStringLiteral("TYPE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only requests of this type (see Request types).") },
              { QStringLiteral("fiscal-year"), QStringLiteral("YEAR"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Only requests received in this fiscal year, given by the calendar "
                                  "year it starts in: 2025 is April 2025 to March 2026 (令和7年度).") },
              { QStringLiteral("mine"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only requests assigned to you.") },
              { QStringLiteral("overdue"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog", "Only open requests whose deadline has passed.") },
              { QStringLiteral("limit"), QStringLiteral("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "At most N requests (default 200).") },
              kJson },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "List the register (受付簿), the newest received first."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Columns: receipt number, received, type, requester, member number, status, deadline, assigned "
              "clerk. JSON: an array of request objects as “request show --json” prints them, without "
              "attachments and history: id, receipt_no, fiscal_year, type, status, member_number, "
              "member_name, "
              "requester_kind, requester_name, agent, received, channel, summary, identity, categories, "
              "requested_detail, method, fee, fee_paid, notes, assigned, deadline, act_by, created_at, "
              "updated_at and version. Dates are YYYY-MM-DD; absent values are null."),
          .needsUser = true,
          .run = &RequestCommands::list },
        { .path = QStringLiteral("request show"),
          .positionals = { QStringLiteral("ID") },
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Show one request with its requester, identity check, attachments and "
                                       "history. Opening it is recorded in the audit trail."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "JSON: the request object of “request list --json” plus attachments (id, "
                              "file_name, mime_type, size, sha256, description, added_by, added_at) "
                              "and history (at, user, action, field, before, after, comment)."),
          .needsUser = true,
          .run = &RequestCommands::show },
        { .path = QStringLiteral("request attach"),
          .positionals = { QStringLiteral("ID"), QStringLiteral("FILE") },
          .options = { { QStringLiteral("description"), QStringLiteral("TEXT"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "What the file is, e.g. “scanned request form” (at most 200 "
                                           "characters).") },
                       { QStringLiteral("json"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Print the stored attachment as JSON.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Store a PDF, PNG or JPEG file with a request and print its SHA-256."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "The kind of file is judged by its content, not its name; other files and "
                              "files over 50 MB are refused (exit 1). Stored files are never changed."),
          .needsUser = true,
          .run = &RequestCommands::attach },
        { .path = QStringLiteral("request attachment-erase"),
          .positionals = { QStringLiteral("ID"), QStringLiteral("N") },
          .options
          = { { QStringLiteral("reason"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Why the attachment is erased (kept in the erasure record; at most "
                                  "500 characters)."),
                true } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Erase attachment N of a request (消去, privacy officer only)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "ID is the request's id or receipt number, N the attachment's number as “request show” lists "
              "it. The file's bytes are removed from the database file; an erasure record (size, type and "
              "the "
              "SHA-256 of the file name and content, who, when, why) and an audit entry remain. A missing "
              "reason is exit 2, another role exit 3, an unknown request or attachment exit 4."),
          .needsUser = true,
          .run = &ErasureCommands::eraseAttachment },
        { .path = QStringLiteral("request purge"),
          .options = { { QStringLiteral("closed-before"), QStringLiteral("YYYY-MM-DD"),
                         QT_TRANSLATE_NOOP("CommandCatalog",
                                           "Purge requests closed or withdrawn before this day; it must lie "
                                           "at least the retention period (requests.retention_years) in "
                                           "the past."),
                         true },
                       { QStringLiteral("dry-run"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "List the requests and change nothing.") } },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Purge requests closed longer ago than the retention period (privacy "
                                       "officer only)."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "A purged request keeps its receipt number, type, status and dates; its texts, agent, history, "
              "attachments and workflow records are removed and an erasure record is left for each. Issued "
              "letters are official records and are kept. A date later than today minus the retention "
              "period is refused (exit 1)."),
          .needsUser = true,
          .run = &ErasureCommands::purge },
    };
    catalog.append(workflowCatalog());
    catalog.append(letterCatalog());
    catalog.append(QList<CommandSpec> {
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
        { .path = QStringLiteral("help"),
          .positionals = { QStringLiteral("COMMAND") },
          .optionalPositionals = 1,
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "Show this overview, or the details of one command."),
          .repeatLastPositional = true,
          .opensDatabase = false,
          .run = &CommandCatalog::help },
    });
    return catalog;
}

QString groupOf(const CommandSpec &spec)
{
    const qsizetype space = spec.path.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : spec.path.left(space);
}

QString optionUsage(const OptionSpec &o)
{
    const QString text = o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                               : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
    const QString once = o.required ? text : QStringLiteral("[%1]").arg(text);
    return o.repeatable ? once + QStringLiteral("…") : once;
}

QString optionHelp(const OptionSpec &o)
{
    if (o.setting) {
        return CommandCatalog::tr("Organisation setting “%1” (%2).")
            .arg(Settings::label(*o.setting), Settings::info(*o.setting).name);
    }
    return translated(o.help);
}

// Two-column lines: the term padded to a common width, then its explanation.
QString table(const QList<QPair<QString, QString>> &rows, int indent = 2)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    width = std::min<qsizetype>(width, 34);
    QStringList lines;
    for (const auto &[term, text] : rows) {
        const QString pad(indent, QLatin1Char(' '));
        if (term.size() > width)
            lines << pad + term << pad + QString(width + 2, QLatin1Char(' ')) + text;
        else
            lines << pad + term.leftJustified(width + 2) + text;
    }
    return lines.join(QLatin1Char('\n'));
}

QString settingRule(const SettingInfo &info)
{
    QString rule;
    switch (info.type) {
    case SettingInfo::Type::Text:
        rule = info.minimum > 0
            ? CommandCatalog::tr("text of %1 to %2 characters").arg(info.minimum).arg(info.maximum)
            : CommandCatalog::tr("text of at most %1 characters").arg(info.maximum);
        break;
    case SettingInfo::Type::Integer:
        rule = CommandCatalog::tr("whole number from %1 to %2").arg(info.minimum).arg(info.maximum);
        break;
    case SettingInfo::Type::Choice:
        rule = CommandCatalog::tr("one of %1").arg(info.choices.join(QStringLiteral(", ")));
        break;
    }
    return info.defaultValue.isEmpty()
        ? CommandCatalog::tr("%1: %2; empty by default").arg(Settings::label(info.key), rule)
        : CommandCatalog::tr("%1: %2; default %3").arg(Settings::label(info.key), rule, info.defaultValue);
}

QString rolesSection()
{
    QList<QPair<QString, QString>> rows;
    for (Role r : Roles::all())
        rows.append({ Roles::id(r), Roles::displayName(r) });
    return CommandCatalog::tr("Roles (for --roles):") + QLatin1Char('\n') + table(rows);
}

QString settingsSection()
{
    QList<QPair<QString, QString>> rows;
    for (const SettingInfo &info : Settings::all())
        rows.append({ info.name, settingRule(info) });
    return CommandCatalog::tr("Settings (KEY for “settings set”):") + QLatin1Char('\n') + table(rows);
}

// Every identifier the request commands take, with where the configurable ones come from.
QString requestIdentifiersSection()
{
    QStringList parts;
    {
        QList<QPair<QString, QString>> rows;
        for (RequestType t : RequestVocabulary::types()) {
            QStringList notes;
            if (RequestVocabulary::feeAllowed(t))
                notes << CommandCatalog::tr("fee allowed");
            if (RequestVocabulary::hasDisclosureMethod(t))
                notes << CommandCatalog::tr("disclosure method");
            rows.append({ RequestVocabulary::id(t),
                          notes.isEmpty()
                              ? RequestVocabulary::displayName(t)
                              : CommandCatalog::tr("%1 (%2)").arg(RequestVocabulary::displayName(t),
                                                                  notes.join(CommandCatalog::tr(", "))) });
        }
        parts << CommandCatalog::tr("Request types (TYPE for --type):") + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (RequestStatus st : RequestVocabulary::statuses())
            rows.append({ RequestVocabulary::id(st), RequestVocabulary::displayName(st) });
        parts << CommandCatalog::tr("Statuses (STATUS for --status; a new request is “received”):")
                + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (Channel c : RequestVocabulary::channels())
            rows.append({ RequestVocabulary::id(c), RequestVocabulary::displayName(c) });
        parts << CommandCatalog::tr("Channels (for --channel):") + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (RequesterKind k : RequestVocabulary::requesterKinds())
            rows.append({ RequestVocabulary::id(k), RequestVocabulary::displayName(k) });
        parts << CommandCatalog::tr("Requester kinds (for --agent-kind):") + QLatin1Char('\n') + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (const QString &id : RequestVocabulary::agentEvidenceIds())
            rows.append({ id, RequestVocabulary::agentEvidenceName(id) });
        parts << CommandCatalog::tr("Agent evidence (EVIDENCE for --agent-evidence):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (const QString &id : RequestVocabulary::idDocumentIds(true))
            rows.append({ id,
                          RequestVocabulary::idDocumentAccepted(id)
                              ? RequestVocabulary::idDocumentName(id)
                              : CommandCatalog::tr("%1 (My Number Act art. 20)")
                                    .arg(RequestVocabulary::idDocumentName(id)) });
        parts << CommandCatalog::tr("Identity documents (DOCUMENT for --id-document):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (DisclosureMethod m : RequestVocabulary::methods())
            rows.append({ RequestVocabulary::id(m), RequestVocabulary::displayName(m) });
        parts << CommandCatalog::tr("Disclosure methods (for --method):") + QLatin1Char('\n') + table(rows);
    }
    const SettingInfo &categories = Settings::info(Setting::RequestCategories);
    parts << CommandCatalog::tr("Categories (CATEGORY for --category):") + QLatin1Char('\n')
            + CommandCatalog::tr(
                  "  The list is the organisation setting %1: see it with “dsrctl settings list”; an "
                  "administrator changes it with “dsrctl settings set %1 A,B,C”. By default: %2.")
                  .arg(categories.name,
                       categories.defaultValue.split(QLatin1Char(',')).join(CommandCatalog::tr(", ")));
    parts << CommandCatalog::tr("Request IDs:") + QLatin1Char('\n')
            + CommandCatalog::tr(
                 "  Wherever a command takes ID, both the numeric id and the receipt number work, "
                 "e.g. 12 or R7-0001 (full-width characters are accepted).");
    return parts.join(QStringLiteral("\n\n"));
}

// The identifiers of the workflow commands: actions, decision kinds, grounds, measures.
QString workflowIdentifiersSection()
{
    QStringList parts;
    {
        QList<QPair<QString, QString>> rows;
        for (WorkflowAction a : RequestWorkflow::actions()) {
            const Transition &t = RequestWorkflow::transition(a);
            QStringList from;
            for (RequestStatus st : t.from)
                from << RequestVocabulary::id(st);
            rows.append({ RequestWorkflow::id(a),
                          CommandCatalog::tr("%1 (from %2; roles %3)")
                              .arg(RequestWorkflow::displayName(a), from.join(CommandCatalog::tr(", ")),
                                   Roles::ids(t.roles).join(CommandCatalog::tr(", "))) });
        }
        parts << CommandCatalog::tr("Workflow actions (ACTION for “request ACTION ID”):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (DecisionKind k : DecisionVocabulary::kinds())
            rows.append({ DecisionVocabulary::id(k), DecisionVocabulary::displayName(k) });
        parts << CommandCatalog::tr("Decision kinds (KIND for --kind and “route set”):") + QLatin1Char('\n')
                + table(rows);
    }
    {
        QList<QPair<QString, QString>> rows;
        for (const QString &regime : { QStringLiteral("private"), QStringLiteral("public") })
            for (const QString &id : DecisionVocabulary::grounds(regime))
                rows.append({ id, DecisionVocabulary::groundName(id) });
        parts << CommandCatalog::tr("Grounds (GROUND for --withheld; art33-… under the private regime, "
                                    "art78-… and art81 under the public regime):")
                + QLatin1Char('\n') + table(rows);
    }
    parts << CommandCatalog::tr("Measures (MEASURE for --measure):") + QLatin1Char('\n')
            + QStringLiteral("  ") + DecisionVocabulary::measures().join(CommandCatalog::tr(", "));
    return parts.join(QStringLiteral("\n\n"));
}

// The letter kinds, for “letter …” commands that take a KIND.
QString letterKindsSection()
{
    QList<QPair<QString, QString>> rows;
    for (LetterKind k : LetterKinds::all()) {
        QStringList regimes;
        for (LegalRegime r : LetterKinds::regimes(k))
            regimes << LetterKinds::regimeId(r);
        rows.append({ LetterKinds::id(k),
                      CommandCatalog::tr("%1 (%2)").arg(LetterKinds::title(k),
                                                        regimes.join(CommandCatalog::tr(", "))) });
    }
    return CommandCatalog::tr("Letter kinds (KIND):") + QLatin1Char('\n') + table(rows);
}

QString memberCsvSection()
{
    return CommandCatalog::tr("CSV files (for “member import”):") + QLatin1Char('\n')
        + CommandCatalog::tr(
               "  UTF-8 or CP932 (Shift_JIS), with or without a byte order mark, quoted as RFC 4180 "
               "describes "
               "(commas and line breaks inside quotes). The first line names the columns, in any order: "
               "member_number, name, kana, birth_date, postal_code, address, phone, affiliation — or in "
               "Japanese 組合員番号, 氏名, カナ, 生年月日, 郵便番号, 住所, 電話, 所属所. phone and "
               "affiliation may be "
               "left out. Birth dates are YYYY-MM-DD or YYYY/M/D. A member number already registered updates "
               "that member.");
}

QString exitCodesSection()
{
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("0"), CommandCatalog::tr("done") },
        { QStringLiteral("1"),
          CommandCatalog::tr("failed: a value was refused, the database or a file could not be "
                             "used, or the audit trail is broken") },
        { QStringLiteral("2"), CommandCatalog::tr("wrong command line, or no password available") },
        { QStringLiteral("3"), CommandCatalog::tr("authentication or permission refused") },
        { QStringLiteral("4"), CommandCatalog::tr("not found") },
        { QStringLiteral("5"),
          CommandCatalog::tr("conflict: already exists, already set up, or changed by someone "
                             "else") },
    };
    return CommandCatalog::tr("Exit codes (on failure, standard error has one line saying what was wrong):")
        + QLatin1Char('\n') + table(rows);
}

QString globalSection()
{
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("--db PATH"),
          CommandCatalog::tr("The database file (default: %1).").arg(DatabaseAccess::defaultPath()) },
        { QStringLiteral("--audit-key FILE"),
          CommandCatalog::tr("The database's audit key file (default: %1, or the file named by %2).")
              .arg(AuditKeyFile::defaultPath(QStringLiteral("DATABASE-ID")),
                   QString::fromLatin1(AuditKeyFile::environmentVariable())) },
        { QStringLiteral("--user LOGIN"),
          CommandCatalog::tr("Act as this user. The password is asked on the terminal without echo.") },
        { QStringLiteral("--password-stdin"),
          CommandCatalog::tr(
              "Read the acting user's password from the first line of standard input instead.") },
        { QStringLiteral("--lang ja|en"),
          CommandCatalog::tr("Language of the messages (default: Japanese).") },
        { QStringLiteral("--version"), CommandCatalog::tr("Print the version.") },
        { QStringLiteral("--help, -h"),
          CommandCatalog::tr("Show this help; after a command, that command's help.") },
    };
    return CommandCatalog::tr("Global options:") + QLatin1Char('\n') + table(rows);
}

QString passwordsSection()
{
    return CommandCatalog::tr("Passwords:") + QLatin1Char('\n')
        + CommandCatalog::tr(
               "  Passwords are never taken from the command line. Without --password-stdin they are "
               "asked on the terminal without echo (new ones twice). With --password-stdin, each "
               "password is one line of standard input, in this order: the acting user's password "
               "(global --password-stdin), then the command's password (the new, first or temporary "
               "password of init, passwd, user add or user reset-password).");
}

QString commandHelp(const CommandSpec &spec)
{
    QStringList parts;
    parts << QStringLiteral("dsrctl %1").arg(CommandCatalog::synopsis(spec));
    parts << QStringLiteral("  ") + translated(spec.summary);
    if (spec.details)
        parts << QStringLiteral("  ") + translated(spec.details);
    if (spec.needsUser)
        parts << QStringLiteral("  ") + CommandCatalog::tr("Needs --user LOGIN (and its password).");
    if (!spec.options.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const OptionSpec &o : spec.options)
            rows.append({ o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                                : QStringLiteral("--%1 %2").arg(o.name, o.valueName),
                          optionHelp(o) });
        parts << table(rows, 4);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

const QList<CommandSpec> &CommandCatalog::all()
{
    static const QList<CommandSpec> catalog = buildCatalog();
    return catalog;
}

const CommandSpec *CommandCatalog::find(const QString &path)
{
    for (const CommandSpec &spec : all())
        if (spec.path == path)
            return &spec;
    return nullptr;
}

bool CommandCatalog::isGroup(const QString &word)
{
    return !subcommands(word).isEmpty();
}

QStringList CommandCatalog::subcommands(const QString &group)
{
    QStringList out;
    for (const CommandSpec &spec : all())
        if (groupOf(spec) == group)
            out << spec.path.mid(group.size() + 1);
    return out;
}

QString CommandCatalog::synopsis(const CommandSpec &spec)
{
    QStringList parts { spec.path };
    const qsizetype firstOptional = spec.positionals.size() - spec.optionalPositionals;
    for (qsizetype i = 0; i < spec.positionals.size(); ++i) {
        QString p = spec.positionals.at(i);
        if (spec.repeatLastPositional && i == spec.positionals.size() - 1)
            p += QStringLiteral(" …");
        parts << (i >= firstOptional ? QStringLiteral("[%1]").arg(p) : p);
    }
    for (const OptionSpec &o : spec.options)
        parts << optionUsage(o);
    return parts.join(QLatin1Char(' '));
}

QString CommandCatalog::overview()
{
    QStringList parts;
    parts << tr("dsrctl %1 — DSR Desk on the command line.").arg(QCoreApplication::applicationVersion());
    parts << tr("Usage: %1")
                 .arg(QStringLiteral("dsrctl [--db PATH] [--user LOGIN] [--password-stdin] [--lang ja|en] "
                                     "COMMAND …"));
    parts << globalSection();
    parts << passwordsSection();
    QStringList commands { tr("Commands:") };
    for (const CommandSpec &spec : all()) {
        commands << QStringLiteral("  dsrctl %1").arg(synopsis(spec));
        commands << QStringLiteral("      ") + translated(spec.summary);
    }
    parts << commands.join(QLatin1Char('\n'));
    parts << rolesSection();
    parts << settingsSection();
    parts << requestIdentifiersSection();
    parts << workflowIdentifiersSection();
    parts << memberCsvSection();
    parts << exitCodesSection();
    parts << tr("Run “dsrctl help COMMAND” for the details of one command, e.g. “dsrctl help user add”.");
    return parts.join(QStringLiteral("\n\n"));
}

Result<QString> CommandCatalog::helpFor(const QStringList &topic)
{
    const QString path = topic.join(QLatin1Char(' '));
    if (const CommandSpec *spec = find(path)) {
        QStringList parts { commandHelp(*spec) };
        if (spec->path == QLatin1String("user add") || spec->path == QLatin1String("user edit"))
            parts << rolesSection();
        if (spec->path == QLatin1String("settings set") || spec->path == QLatin1String("settings list")
            || spec->path == QLatin1String("init"))
            parts << settingsSection();
        if (groupOf(*spec) == QLatin1String("request"))
            parts << requestIdentifiersSection();
        if (spec->run == &WorkflowCommands::perform || spec->path == QLatin1String("route set"))
            parts << workflowIdentifiersSection();
        if (spec->path == QLatin1String("route set"))
            parts << rolesSection();
        if (spec->path == QLatin1String("member import"))
            parts << memberCsvSection();
        if (groupOf(*spec) == QLatin1String("letter"))
            parts << letterKindsSection();
        parts << exitCodesSection();
        return parts.join(QStringLiteral("\n\n"));
    }
    if (isGroup(path)) {
        QStringList parts;
        for (const CommandSpec &spec : all())
            if (groupOf(spec) == path)
                parts << commandHelp(spec);
        if (path == QLatin1String("user"))
            parts << rolesSection();
        if (path == QLatin1String("settings"))
            parts << settingsSection();
        if (path == QLatin1String("request"))
            parts << requestIdentifiersSection();
        if (path == QLatin1String("request") || path == QLatin1String("route"))
            parts << workflowIdentifiersSection();
        if (path == QLatin1String("member"))
            parts << memberCsvSection();
        if (path == QLatin1String("letter"))
            parts << letterKindsSection();
        parts << exitCodesSection();
        return parts.join(QStringLiteral("\n\n"));
    }
    return makeError(ErrorCode::Usage, tr("There is no command “%1”. %2").arg(path, CommandLine::helpHint()));
}

Status CommandCatalog::help(CliContext &ctx)
{
    const QStringList &topic = ctx.invocation().positionals;
    if (topic.isEmpty()) {
        Console::out(overview());
        return {};
    }
    auto text = helpFor(topic);
    if (!text)
        return text.error();
    Console::out(text.value());
    return {};
}

} // namespace dsr::cli
