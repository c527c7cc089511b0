#include "DisclosureCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "Logging.h"
#include "RedactCommands.h"
#include "RequestCommands.h"
#include "documents/MemberNameIndex.h"
#include "security/FileInput.h"
#include "services/DisclosureService.h"
#include "services/MemberService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace dsr::cli {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString timeText(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject documentJson(const DisclosureDocument &d)
{
    return { { QStringLiteral("id"), d.id },
             { QStringLiteral("number"), d.number },
             { QStringLiteral("file_name"), d.fileName },
             { QStringLiteral("media_type"), d.mediaType },
             { QStringLiteral("pages"), d.pages },
             { QStringLiteral("size"), d.size },
             { QStringLiteral("sha256"), d.sha256 },
             { QStringLiteral("added_by"), d.addedByName },
             { QStringLiteral("added_at"), timeJson(d.addedAt) } };
}

QJsonObject copyJson(const RedactedCopyRecord &c)
{
    QJsonArray log;
    for (const RedactionLogEntry &e : c.log) {
        QJsonObject o = RedactCommands::boxJson(e.box);
        o.insert(QStringLiteral("by"), e.byName);
        o.insert(QStringLiteral("at"), timeJson(e.at));
        log.append(o);
    }
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("document"), c.documentNumber },
             { QStringLiteral("pages"), c.pages },
             { QStringLiteral("dpi"), c.dpi },
             { QStringLiteral("size"), c.size },
             { QStringLiteral("sha256"), c.sha256 },
             { QStringLiteral("made_by"), c.madeByName },
             { QStringLiteral("made_at"), timeJson(c.madeAt) },
             { QStringLiteral("redactions"), log } };
}

} // namespace

Status DisclosureCommands::add(CliContext &ctx)
{
    const QString path = ctx.positional(1);
    auto request = RequestCommands::requestForChange(ctx, ctx.positional(0));
    if (!request)
        return request.error();
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
    auto content = FileInput::read(path, DisclosureService::MaxDocumentBytes);
    if (!content)
        return content.error();
    DisclosureService disclosure(ctx.database());
    auto added = [&] {
        RedactCommands::QuietStandardError quiet;
        return disclosure.addDocument(ctx.actor(), request->id, info.fileName(), content.value());
    }();
    if (!added)
        return added.error();
    qCInfo(lcCli) << "disclosure document added, id" << added->id << "request id" << request->id;
    if (ctx.invocation().has(QStringLiteral("json"))) {
        Console::json(documentJson(added.value()));
        return {};
    }
    Console::out(tr("Added %1 to %2 as document %3 (%n page(s)). SHA-256: %4", nullptr, added->pages)
                     .arg(added->fileName, request->receiptNo)
                     .arg(added->number)
                     .arg(added->sha256));
    return {};
}

Status DisclosureCommands::redact(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    auto number = CliInput::positiveNumber(inv, QStringLiteral("document"), 9999);
    if (!number)
        return number.error();
    auto dpi = RedactCommands::dpiOption(inv);
    if (!dpi)
        return dpi.error();
    auto asked = RedactCommands::orderFromOptions(inv);
    if (!asked)
        return asked.error();
    RedactionOrder order = asked.value();
    auto request = RequestCommands::requestForChange(ctx, ctx.positional(0));
    if (!request)
        return request.error();

    DisclosureService disclosure(ctx.database());
    auto ground = disclosure.groundId(ctx.actor(), order.ground);
    if (!ground)
        return ground.error().code == ErrorCode::Validation
            ? makeError(ErrorCode::Usage, tr("--ground: %1").arg(ground.error().message))
            : ground.error();
    order.ground = ground.value();
    auto document = disclosure.documentByNumber(ctx.actor(), request->id, number.value());
    if (!document)
        return document.error();
    // Other members' full names from the register, never the requester's own.
    if (inv.has(QStringLiteral("member-names"))) {
        auto names = MemberService(ctx.database()).otherMembersNames(ctx.actor(), request->memberId);
        if (!names)
            return names.error();
        order.detectors.memberNames = std::make_shared<const MemberNameIndex>(names.value());
    }

    RedactionOptions options;
    options.dpi = dpi.value();
    RedactionPlan planned;
    auto copy = [&]() -> Result<RedactedCopyRecord> {
        RedactCommands::QuietStandardError quiet;
        auto plan = disclosure.plan(ctx.actor(), document->id, order);
        if (!plan)
            return plan.error().code == ErrorCode::Validation
                ? makeError(ErrorCode::Usage, tr("--box: %1").arg(plan.error().message))
                : plan.error();
        planned = plan.value();
        return disclosure.makeRedactedCopy(ctx.actor(), document->id, plan.value(), options);
    }();
    if (!copy)
        return copy.error();
    RedactCommands::noticeOcr(planned, order.detectors.ocr);
    qCInfo(lcCli) << "redacted copy stored, id" << copy->id << "request id" << request->id;

    if (inv.has(QStringLiteral("json"))) {
        QJsonObject o = copyJson(copy.value());
        o.insert(QStringLiteral("request"), request->receiptNo);
        Console::json(o);
        return {};
    }
    QList<RedactionBox> boxes;
    for (const RedactionLogEntry &e : std::as_const(copy->log))
        boxes.append(e.box);
    RedactCommands::printLog(boxes);
    Console::out(tr("Stored redacted copy %1 of document %2 on %3: %n page(s) rebuilt from pixels at %4 dpi, "
                    "%5 box(es) blacked out; the proof passed. SHA-256: %6",
                    nullptr, copy->pages)
                     .arg(copy->id)
                     .arg(copy->documentNumber)
                     .arg(request->receiptNo)
                     .arg(copy->dpi)
                     .arg(copy->log.size())
                     .arg(copy->sha256));
    return {};
}

Status DisclosureCommands::list(CliContext &ctx)
{
    auto request = RequestCommands::requestToRead(ctx, ctx.positional(0));
    if (!request)
        return request.error();
    DisclosureService disclosure(ctx.database());
    auto documents = disclosure.documents(ctx.actor(), request->id);
    if (!documents)
        return documents.error();
    auto copies = disclosure.redactedCopies(ctx.actor(), request->id);
    if (!copies)
        return copies.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray docs, made;
        for (const DisclosureDocument &d : std::as_const(documents.value()))
            docs.append(documentJson(d));
        for (const RedactedCopyRecord &c : std::as_const(copies.value()))
            made.append(copyJson(c));
        Console::json(QJsonObject { { QStringLiteral("request"), request->receiptNo },
                                    { QStringLiteral("documents"), docs },
                                    { QStringLiteral("redacted_copies"), made } });
        return {};
    }
    QStringList parts;
    if (documents->isEmpty()) {
        parts << tr("No disclosure documents on %1.").arg(request->receiptNo);
    } else {
        QList<QStringList> rows { { tr("Document"), tr("File"), tr("Type"), tr("Pages"), tr("Size"),
                                    tr("Added by"), tr("Added at"), tr("SHA-256") } };
        for (const DisclosureDocument &d : std::as_const(documents.value()))
            rows << QStringList {
                QString::number(d.number),   d.fileName,    d.mediaType,         QString::number(d.pages),
                FileInput::sizeText(d.size), d.addedByName, timeText(d.addedAt), d.sha256
            };
        parts << tr("Disclosure documents of %1:").arg(request->receiptNo) + QLatin1Char('\n')
                + Console::columns(rows);
    }
    if (copies->isEmpty()) {
        parts << tr("No redacted copies.");
    } else {
        QList<QStringList> rows { { tr("Copy"), tr("Document"), tr("Pages"), tr("dpi"), tr("Boxes"),
                                    tr("Made by"), tr("Made at"), tr("SHA-256") } };
        for (const RedactedCopyRecord &c : std::as_const(copies.value()))
            rows << QStringList { QString::number(c.id),
                                  QString::number(c.documentNumber),
                                  QString::number(c.pages),
                                  QString::number(c.dpi),
                                  QString::number(c.log.size()),
                                  c.madeByName,
                                  timeText(c.madeAt),
                                  c.sha256 };
        parts << tr("Redacted copies:") + QLatin1Char('\n') + Console::columns(rows);
    }
    Console::out(parts.join(QStringLiteral("\n\n")));
    return {};
}

QList<CommandSpec> DisclosureCommands::commands()
{
    QList<OptionSpec> redactOptions {
        { QStringLiteral("document"), QStringLiteral("N"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The disclosure document to redact, by its number on the request."),
          true },
    };
    redactOptions += RedactCommands::redactionOptions(QT_TRANSLATE_NOOP(
        "CommandCatalog",
        "The legal ground of every box: a ground id of the organisation's regime (art33-2-1 …, "
        "art78-1-1 …, art81) or its name as shown."));
    // Every box must carry a ground: the letter lists each withheld part with one.
    for (OptionSpec &o : redactOptions)
        if (o.name == QLatin1String("ground"))
            o.required = true;
    redactOptions.append({ QStringLiteral("member-names"), QString(),
                           QT_TRANSLATE_NOOP("CommandCatalog",
                                             "Black out every full name of another member of the register "
                                             "(never the requester's own).") });
    redactOptions.append(
        { QStringLiteral("json"), QString(),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Print the stored copy as JSON: request, id, document, pages, dpi, "
                            "size, sha256, made_by, made_at and redactions as “redact --json” "
                            "prints them, each with by and at.") });
    return {
        { .path = QStringLiteral("request disclose-add"),
          .positionals = { QStringLiteral("ID"), QStringLiteral("FILE") },
          .options = { { QStringLiteral("json"), QString(),
                         QT_TRANSLATE_NOOP("CommandCatalog", "Print the stored document as JSON.") } },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Add a document to disclose (PDF, PNG, JPEG or multi-page TIFF) to a request."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The document is opened as for redaction first: encrypted, damaged, empty or unsupported files "
              "are refused with the reason and nothing is stored (exit 1). It is stored with its SHA-256, "
              "never changed, and numbered from 1 within the request. Closed or withdrawn requests take no "
              "documents (exit 1)."),
          .needsUser = true,
          .run = &DisclosureCommands::add },
        { .path = QStringLiteral("request redact"),
          .positionals = { QStringLiteral("ID") },
          .options = redactOptions,
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog",
                              "Store a redacted copy of a request's disclosure document, proved, with "
                              "its log."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "As “redact” does for a file: the boxes and every hit of the detectors are blacked out, every "
              "page is rebuilt from pixels and the copy is proved before it is stored with its SHA-256 and "
              "the log (page, box, source, ground, reason, who, when). Stored copies are never changed; the "
              "newest copy of each document gives the partial-disclosure decision its withheld parts. A bad "
              "--box, --ground, --dpi or --document is exit 2; an unknown request or document exit 4; "
              "nothing to black out, a failed proof or a closed request exit 1 (nothing stored)."),
          .needsUser = true,
          .run = &DisclosureCommands::redact },
        { .path = QStringLiteral("request disclosures"),
          .positionals = { QStringLiteral("ID") },
          .options
          = { { QStringLiteral("json"), QString(),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Print JSON: request, documents (id, number, file_name, media_type, "
                                  "pages, size, sha256, added_by, added_at) and redacted_copies (as "
                                  "“request redact --json”).") } },
          .summary
          = QT_TRANSLATE_NOOP("CommandCatalog", "List a request's disclosure documents and redacted copies."),
          .needsUser = true,
          .run = &DisclosureCommands::list },
    };
}

} // namespace dsr::cli
