#include "LetterCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "Logging.h"
#include "letters/LetterKind.h"
#include "security/DiskFull.h"
#include "security/FileInput.h"
#include "security/FileModes.h"
#include "services/LetterBatchService.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "services/LetterTemplateService.h"
#include "services/RequestService.h"
#include "text/JapaneseEra.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <functional>

namespace dsr::cli {

namespace {

QString typeId(LetterField::Type type)
{
    switch (type) {
    case LetterField::Type::Text:
        return QStringLiteral("text");
    case LetterField::Type::Flag:
        return QStringLiteral("flag");
    case LetterField::Type::List:
        return QStringLiteral("list");
    }
    return {};
}

QJsonObject fieldJson(const LetterField &f)
{
    QJsonObject o { { QStringLiteral("name"), f.name },
                    { QStringLiteral("type"), typeId(f.type) },
                    { QStringLiteral("required"), f.required },
                    { QStringLiteral("description"), f.description } };
    if (!f.itemFields.isEmpty()) {
        QJsonArray items;
        for (const LetterField &i : f.itemFields)
            items.append(fieldJson(i));
        o.insert(QStringLiteral("item_fields"), items);
    }
    return o;
}

QStringList regimeIds(LetterKind kind)
{
    QStringList out;
    for (LegalRegime r : LetterKinds::regimes(kind))
        out << LetterKinds::regimeId(r);
    return out;
}

} // namespace

Status LetterCommands::era(CliContext &ctx)
{
    const QString text = ctx.positional(0);
    const QDate date = CliInput::parseDate(text);
    if (!date.isValid())
        return makeError(ErrorCode::Usage, tr("“%1” is not a date; give it as YYYY-MM-DD.").arg(text));
    const auto digits = ctx.invocation().has(QStringLiteral("full-width")) ? JapaneseEra::Digits::FullWidth
                                                                           : JapaneseEra::Digits::HalfWidth;
    const QString formatted = JapaneseEra::format(date, digits);
    if (formatted.isEmpty())
        return makeError(
            ErrorCode::Usage,
            tr("%1 comes before 1873-01-01, when Japan adopted the Gregorian calendar; it has no "
               "era date.")
                .arg(date.toString(Qt::ISODate)));
    Console::out(formatted);
    return {};
}

Status LetterCommands::kinds(CliContext &ctx)
{
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray out;
        for (LetterKind k : LetterKinds::all()) {
            QJsonArray answers;
            for (DecisionKind d : LetterKinds::answers(k))
                answers.append(DecisionVocabulary::id(d));
            QJsonObject subjects;
            QJsonObject items;
            for (LegalRegime r : LetterKinds::regimes(k)) {
                subjects.insert(LetterKinds::regimeId(r), LetterKinds::subject(k, r));
                items.insert(LetterKinds::regimeId(r), QJsonArray::fromStringList(LetterKinds::items(k, r)));
            }
            QJsonArray fields;
            for (const LetterField &f : LetterKinds::fields(k))
                fields.append(fieldJson(f));
            out.append(QJsonObject { { QStringLiteral("id"), LetterKinds::id(k) },
                                     { QStringLiteral("title"), LetterKinds::title(k) },
                                     { QStringLiteral("name"), LetterKinds::displayName(k) },
                                     { QStringLiteral("decision"), LetterKinds::isDecisionLetter(k) },
                                     { QStringLiteral("regimes"), QJsonArray::fromStringList(regimeIds(k)) },
                                     { QStringLiteral("answers"), answers },
                                     { QStringLiteral("subjects"), subjects },
                                     { QStringLiteral("items"), items },
                                     { QStringLiteral("fields"), fields } });
        }
        Console::json(out);
        return {};
    }
    QList<QStringList> rows { { tr("ID"), tr("Letter"), tr("Regimes"), tr("Notifies") } };
    for (LetterKind k : LetterKinds::all()) {
        QStringList answers;
        for (DecisionKind d : LetterKinds::answers(k))
            answers << DecisionVocabulary::id(d);
        rows.append({ LetterKinds::id(k), LetterKinds::title(k), regimeIds(k).join(QLatin1Char(',')),
                      answers.isEmpty() ? tr("(procedural)") : answers.join(QLatin1Char(',')) });
    }
    Console::out(Console::columns(rows));
    return {};
}

namespace {

Result<LetterKind> kindOption(const Invocation &inv, const QString &option = QStringLiteral("kind"))
{
    const QString text = inv.value(option);
    const auto kind = LetterKinds::fromId(text);
    if (!kind) {
        QStringList ids;
        for (LetterKind k : LetterKinds::all())
            ids << LetterKinds::id(k);
        return makeError(ErrorCode::Usage,
                         LetterCommands::tr("“%1” is not a letter kind; use one of: %2.")
                             .arg(text, ids.join(QStringLiteral(", "))));
    }
    return *kind;
}

Result<LetterKind> kindPositional(const QString &text)
{
    Invocation inv;
    inv.values.insert(QStringLiteral("kind"), text);
    return kindOption(inv);
}

Result<LetterInput> inputOptions(const Invocation &inv)
{
    LetterInput in;
    if (inv.has(QStringLiteral("postage"))) {
        auto yen = CliInput::positiveNumber(inv, QStringLiteral("postage"), 100000);
        if (!yen)
            return yen.error();
        in.postageYen = *yen;
    }
    in.enclosures = inv.valueList(QStringLiteral("enclosure"));
    in.purposes = inv.valueList(QStringLiteral("purpose"));
    in.recipientsInformed = inv.value(QStringLiteral("informed")).trimmed();
    in.toSupply = inv.value(QStringLiteral("supply")).trimmed();
    in.thirdPartyPostalCode = inv.value(QStringLiteral("third-party-postal")).trimmed();
    in.thirdPartyAddress = inv.value(QStringLiteral("third-party-address")).trimmed();
    in.information = inv.value(QStringLiteral("information")).trimmed();
    if (inv.has(QStringLiteral("date"))) {
        auto date = CliInput::filterDate(inv, QStringLiteral("date"));
        if (!date)
            return date.error();
        in.letterDate = *date;
    }
    in.dateReason = inv.value(QStringLiteral("date-reason")).trimmed();
    return in;
}

Result<Request> requestOption(CliContext &ctx)
{
    return RequestService(ctx.database())
        .open(ctx.actor(), ctx.invocation().value(QStringLiteral("request")));
}

QJsonObject letterJson(const Letter &l)
{
    const auto kind = LetterKinds::fromId(l.kind);
    QJsonObject o { { QStringLiteral("id"), l.id },
                    { QStringLiteral("document_no"), l.documentNo },
                    { QStringLiteral("fiscal_year"), l.fiscalYear },
                    { QStringLiteral("number"), l.number },
                    { QStringLiteral("letter_date"), l.letterDate.toString(Qt::ISODate) },
                    { QStringLiteral("kind"), l.kind },
                    { QStringLiteral("title"), kind ? LetterKinds::title(*kind) : QString() },
                    { QStringLiteral("request_id"), l.requestId },
                    { QStringLiteral("receipt_no"), l.receiptNo },
                    { QStringLiteral("addressee"), l.addressee },
                    { QStringLiteral("state"), LetterVocabulary::id(l.state) },
                    { QStringLiteral("sha256"), l.sha256 },
                    { QStringLiteral("pages"), l.pages },
                    { QStringLiteral("template_version"), l.templateVersion },
                    { QStringLiteral("issued_by"), l.issuedByLogin },
                    { QStringLiteral("approved_by"), l.approvedByLogin },
                    { QStringLiteral("replaces"), l.replacesDocumentNo },
                    { QStringLiteral("mailed_on"), l.mailedOn.toString(Qt::ISODate) },
                    { QStringLiteral("mail_method"),
                      l.mailMethod ? LetterVocabulary::id(*l.mailMethod) : QString() },
                    { QStringLiteral("tracking_no"), l.trackingNo },
                    { QStringLiteral("void_reason"), l.voidReason } };
    return o;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !FileModes::restrict(file) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            file, error, LetterCommands::tr("Cannot write %1").arg(path),
            makeError(ErrorCode::Failure,
                      LetterCommands::tr("Cannot write %1: %2").arg(path, file.errorString())));
    }
    return {};
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    return FileInput::read(path, maxBytes);
}

void printLetter(CliContext &ctx, const Letter &l)
{
    if (ctx.invocation().has(QStringLiteral("json")))
        Console::json(letterJson(l));
    else if (l.isIssued())
        Console::out(l.documentNo);
    else
        Console::out(
            LetterCommands::tr("Letter %1: %2").arg(l.id).arg(LetterVocabulary::displayName(l.state)));
}

} // namespace

Status LetterCommands::preview(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto kind = kindOption(inv);
    if (!kind)
        return kind.error();
    auto input = inputOptions(inv);
    if (!input)
        return input.error();
    auto request = requestOption(ctx);
    if (!request)
        return request.error();
    auto pdf = LetterService(ctx.database()).preview(ctx.actor(), request->id, *kind, *input);
    if (!pdf)
        return pdf.error();
    const QString out = inv.value(QStringLiteral("out"));
    if (Status s = writeFile(out, pdf->pdf); !s)
        return s;
    Console::out(tr("Wrote the draft (%n page(s)) to %1.", nullptr, pdf->pages).arg(out));
    return {};
}

Status LetterCommands::issue(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto kind = kindOption(inv);
    if (!kind)
        return kind.error();
    auto input = inputOptions(inv);
    if (!input)
        return input.error();
    const QStringList requests = inv.valueList(QStringLiteral("request"));
    if (requests.size() <= 1) {
        auto request = requestOption(ctx);
        if (!request)
            return request.error();
        auto letter = LetterService(ctx.database()).issue(ctx.actor(), request->id, *kind, *input);
        if (!letter)
            return letter.error();
        qCInfo(lcCli) << "letter issued, id" << letter->id;
        printLetter(ctx, *letter);
        return {};
    }
    // Several requests: one letter each, in the order given, each in its own transaction.
    RequestService requestService(ctx.database());
    QList<IssueOrder> orders;
    for (const QString &r : requests) {
        auto request = requestService.open(ctx.actor(), r);
        if (!request)
            return request.error();
        orders << IssueOrder { request->id, *kind, *input };
    }
    const QList<Result<Letter>> results = LetterBatchService(ctx.database()).issueMany(ctx.actor(), orders);
    std::optional<Error> first;
    int refused = 0;
    QJsonArray json;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results[i]) {
            json.append(letterJson(*results[i]));
            if (!inv.has(QStringLiteral("json")))
                Console::out(requests[i] + QLatin1Char('\t') + results[i]->documentNo);
            continue;
        }
        ++refused;
        if (!first)
            first = Error { results[i].error().code,
                            requests[i] + QStringLiteral(": ") + results[i].error().message,
                            {} };
    }
    if (inv.has(QStringLiteral("json")))
        Console::json(json);
    if (first)
        return makeError(
            first->code,
            tr("%n of the letters could not be issued; the first: %1", nullptr, refused).arg(first->message));
    return {};
}

Status LetterCommands::submit(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto kind = kindOption(inv);
    if (!kind)
        return kind.error();
    auto input = inputOptions(inv);
    if (!input)
        return input.error();
    auto request = requestOption(ctx);
    if (!request)
        return request.error();
    auto letter = LetterService(ctx.database()).submitDraft(ctx.actor(), request->id, *kind, *input);
    if (!letter)
        return letter.error();
    printLetter(ctx, *letter);
    return {};
}

namespace {

// The letter named by the first positional: a document number or the numeric id.
Result<Letter> letterArgument(CliContext &ctx)
{
    return LetterRegister(ctx.database()).find(ctx.actor(), ctx.positional(0));
}

// Finds the letter, applies `change` to it and prints the result.
Status onLetter(CliContext &ctx, const std::function<Result<Letter>(const Letter &)> &change)
{
    auto l = letterArgument(ctx);
    if (!l)
        return l.error();
    auto done = change(*l);
    if (!done)
        return done.error();
    printLetter(ctx, *done);
    return {};
}

} // namespace

Status LetterCommands::approve(CliContext &ctx)
{
    return onLetter(ctx, [&](const Letter &l) {
        return LetterLifecycleService(ctx.database()).approveDraft(ctx.actor(), l.id, l.version);
    });
}

Status LetterCommands::exportPdf(CliContext &ctx)
{
    LetterRegister letters(ctx.database());
    auto l = letterArgument(ctx);
    if (!l)
        return l.error();
    auto bytes = letters.pdf(ctx.actor(), l->id);
    if (!bytes)
        return bytes.error();
    const QString out = ctx.invocation().value(QStringLiteral("out"));
    if (Status s = writeFile(out, *bytes); !s)
        return s;
    Console::out(tr("Wrote %1 to %2. SHA-256: %3").arg(l->documentNo, out, l->sha256));
    return {};
}

Status LetterCommands::list(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    LetterQuery q;
    if (inv.has(QStringLiteral("kind"))) {
        auto kind = kindOption(inv);
        if (!kind)
            return kind.error();
        q.kind = LetterKinds::id(*kind);
    }
    if (inv.has(QStringLiteral("state"))) {
        QStringList ids;
        for (LetterState s : LetterVocabulary::states())
            ids << LetterVocabulary::id(s);
        if (Status s = CliInput::oneOf(QStringLiteral("state"), inv.value(QStringLiteral("state")), ids); !s)
            return s;
        q.state = LetterVocabulary::stateFromId(inv.value(QStringLiteral("state")));
    }
    if (inv.has(QStringLiteral("year"))) {
        auto year = CliInput::positiveNumber(inv, QStringLiteral("year"), 2200);
        if (!year)
            return year.error();
        q.fiscalYear = *year;
    }
    if (inv.has(QStringLiteral("request"))) {
        auto request = requestOption(ctx);
        if (!request)
            return request.error();
        q.requestId = request->id;
    }
    if (inv.has(QStringLiteral("query")))
        q.text = inv.value(QStringLiteral("query"));
    auto rows = LetterRegister(ctx.database()).list(ctx.actor(), q);
    if (!rows)
        return rows.error();
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Letter &l : rows.value())
            out.append(letterJson(l));
        Console::json(out);
        return {};
    }
    QList<QStringList> table { { tr("Number"), tr("Date"), tr("Letter"), tr("Request"), tr("State") } };
    for (const Letter &l : rows.value()) {
        const auto kind = LetterKinds::fromId(l.kind);
        table.append({ l.isIssued() ? l.documentNo : tr("(draft %1)").arg(l.id),
                       l.letterDate.toString(Qt::ISODate), kind ? LetterKinds::title(*kind) : l.kind,
                       l.receiptNo, LetterVocabulary::displayName(l.state) });
    }
    Console::out(Console::columns(table));
    return {};
}

Status LetterCommands::printed(CliContext &ctx)
{
    return onLetter(ctx, [&](const Letter &l) {
        return LetterLifecycleService(ctx.database()).markPrinted(ctx.actor(), l.id);
    });
}

Status LetterCommands::mailed(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    QStringList ids;
    for (MailMethod m : LetterVocabulary::mailMethods())
        ids << LetterVocabulary::id(m);
    if (Status s = CliInput::oneOf(QStringLiteral("method"), inv.value(QStringLiteral("method")), ids); !s)
        return s;
    QDate on;
    if (inv.has(QStringLiteral("date"))) {
        auto date = CliInput::filterDate(inv, QStringLiteral("date"));
        if (!date)
            return date.error();
        on = *date;
    }
    auto l = letterArgument(ctx);
    if (!l)
        return l.error();
    auto done = LetterLifecycleService(ctx.database())
                    .markMailed(ctx.actor(), l->id,
                                *LetterVocabulary::mailMethodFromId(inv.value(QStringLiteral("method"))),
                                inv.value(QStringLiteral("tracking")), on, l->version);
    if (!done)
        return done.error();
    printLetter(ctx, *done);
    return {};
}

Status LetterCommands::returned(CliContext &ctx)
{
    QDate on;
    if (ctx.invocation().has(QStringLiteral("date"))) {
        auto date = CliInput::filterDate(ctx.invocation(), QStringLiteral("date"));
        if (!date)
            return date.error();
        on = *date;
    }
    return onLetter(ctx, [&](const Letter &l) {
        return LetterLifecycleService(ctx.database()).markReturned(ctx.actor(), l.id, on);
    });
}

Status LetterCommands::voidLetter(CliContext &ctx)
{
    return onLetter(ctx, [&](const Letter &l) {
        return LetterLifecycleService(ctx.database())
            .voidLetter(ctx.actor(), l.id, ctx.invocation().value(QStringLiteral("reason")), l.version);
    });
}

Status LetterCommands::reissue(CliContext &ctx)
{
    return onLetter(ctx, [&](const Letter &l) {
        return LetterService(ctx.database())
            .reissue(ctx.actor(), l.id, ctx.invocation().value(QStringLiteral("reason")));
    });
}

Status LetterCommands::exportRegister(CliContext &ctx)
{
    const QString out = ctx.invocation().value(QStringLiteral("out"));
    auto n = LetterRegister(ctx.database()).exportRegisterCsv(ctx.actor(), LetterQuery {}, out);
    if (!n)
        return n.error();
    Console::out(tr("Wrote %n letter(s) to %1.", nullptr, static_cast<int>(*n)).arg(out));
    return {};
}

Status LetterCommands::templateExport(CliContext &ctx)
{
    auto kind = kindPositional(ctx.positional(0));
    if (!kind)
        return kind.error();
    auto text = LetterTemplateService(ctx.database()).exportTemplate(ctx.actor(), *kind);
    if (!text)
        return text.error();
    if (Status s = writeFile(ctx.positional(1), text->toUtf8()); !s)
        return s;
    Console::out(tr("Wrote the %1 template to %2.").arg(LetterKinds::id(*kind), ctx.positional(1)));
    return {};
}

Status LetterCommands::templateImport(CliContext &ctx)
{
    auto kind = kindPositional(ctx.positional(0));
    if (!kind)
        return kind.error();
    auto bytes = readFile(ctx.positional(1), FileInput::TemplateLimit);
    if (!bytes)
        return bytes.error();
    auto row
        = LetterTemplateService(ctx.database()).importTemplate(ctx.actor(), *kind, QString::fromUtf8(*bytes));
    if (!row)
        return row.error();
    Console::out(tr("The %1 template is now version %2.").arg(LetterKinds::id(*kind)).arg(row->version));
    return {};
}

Status LetterCommands::templateSeal(CliContext &ctx)
{
    auto bytes = readFile(ctx.positional(0), FileInput::SealLimit);
    if (!bytes)
        return bytes.error();
    if (Status s = LetterTemplateService(ctx.database()).setSeal(ctx.actor(), *bytes); !s)
        return s;
    Console::out(tr("The seal image is stored; letters print it when letters.seal is “image”."));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> LetterCommands::commands()
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
    const QList<OptionSpec> letterInputs {
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
                 letterInputs),
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
                 letterInputs),
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
                 letterInputs),
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
              { QStringLiteral("query"), QStringLiteral("TEXT"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Only letters whose document number, receipt number or addressee "
                                  "contains this text, whatever the width of its digits (第3号 finds "
                                  "長共総第３号).") },
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

} // namespace dsr::cli
