#include "DisclosureService.h"

#include "../Logging.h"
#include "../security/FreeText.h"
#include "../storage/Database.h"
#include "../storage/DisclosureRepository.h"
#include "../storage/SettingsRepository.h"
#include "FreeTextFields.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace dsr {

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString mediaTypeOf(SourceDocument::Format format)
{
    switch (format) {
    case SourceDocument::Format::Pdf:
        return QStringLiteral("application/pdf");
    case SourceDocument::Format::Png:
        return QStringLiteral("image/png");
    case SourceDocument::Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case SourceDocument::Format::Tiff:
        return QStringLiteral("image/tiff");
    }
    return {};
}

// Whether the text under a box may be stored: never a My Number's (DOMAIN.md §8), nor any text
// that holds one whatever the box's source says.
bool mayKeepText(const RedactionBox &box)
{
    return RedactionSources::mayShowText(box.source, box.detector) && !FreeText::holdsMyNumber(box.text);
}

// A box as the drafts and logs keep it: pages from 1 and points from the page's top-left, as the
// command line's log prints them.
QJsonObject boxJson(const RedactionBox &box)
{
    QJsonObject o { { QStringLiteral("page"), box.page + 1 },
                    { QStringLiteral("x"), box.rect.x() },
                    { QStringLiteral("y"), box.rect.y() },
                    { QStringLiteral("width"), box.rect.width() },
                    { QStringLiteral("height"), box.rect.height() },
                    { QStringLiteral("source"), RedactionSources::id(box.source) },
                    { QStringLiteral("detector"), RedactionSources::id(box.detector) },
                    { QStringLiteral("ground"), box.ground },
                    { QStringLiteral("reason"), box.reason } };
    if (!box.text.isEmpty() && mayKeepText(box))
        o.insert(QStringLiteral("text"), box.text);
    return o;
}

RedactionBox boxFrom(const QJsonObject &o)
{
    RedactionBox box;
    box.page = o.value(QStringLiteral("page")).toInt() - 1;
    box.rect
        = QRectF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble(),
                 o.value(QStringLiteral("width")).toDouble(), o.value(QStringLiteral("height")).toDouble());
    box.source = RedactionSources::fromId(o.value(QStringLiteral("source")).toString())
                     .value_or(RedactionSource::Box);
    // Which detector read an OCR'd box; a box kept before detectors were recorded: its source.
    box.detector
        = RedactionSources::fromId(o.value(QStringLiteral("detector")).toString()).value_or(box.source);
    box.ground = o.value(QStringLiteral("ground")).toString();
    box.reason = o.value(QStringLiteral("reason")).toString();
    box.text = o.value(QStringLiteral("text")).toString();
    return box;
}

QJsonArray arrayOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RedactionBox> boxesFrom(const QString &json)
{
    QList<RedactionBox> out;
    for (const QJsonValue &v : arrayOf(json))
        out.append(boxFrom(v.toObject()));
    return out;
}

RedactionDraft draftFrom(const DisclosureRepository::DraftRow &row)
{
    return { row.documentId, row.version, boxesFrom(row.boxesJson), row.savedByName, row.savedAt };
}

RedactedCopyRecord copyFrom(const DisclosureRepository::CopyRow &row)
{
    RedactedCopyRecord r;
    r.id = row.id;
    r.requestId = row.requestId;
    r.documentId = row.documentId;
    r.documentNumber = row.documentNumber;
    r.sha256 = row.sha256;
    r.size = row.size;
    r.pages = row.pages;
    r.dpi = row.dpi;
    for (const QJsonValue &v : arrayOf(row.logJson)) {
        const QJsonObject o = v.toObject();
        r.log.append({ boxFrom(o), o.value(QStringLiteral("by_name")).toString(),
                       QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs) });
    }
    r.madeByName = row.madeByName;
    r.madeAt = row.madeAt;
    return r;
}

// The same box of a draft, as far as the log is concerned (not the text, which a draft may have
// dropped).
bool sameBox(const RedactionBox &a, const RedactionBox &b)
{
    constexpr double tolerance = 0.01; // points: what JSON and rounding may leave
    return a.page == b.page && a.source == b.source && a.ground == b.ground && a.reason == b.reason
        && qAbs(a.rect.x() - b.rect.x()) < tolerance && qAbs(a.rect.y() - b.rect.y()) < tolerance
        && qAbs(a.rect.width() - b.rect.width()) < tolerance
        && qAbs(a.rect.height() - b.rect.height()) < tolerance;
}

// The words a withheld part uses for a source's kind of data, when the source says what it is.
QString kindWords(RedactionSource source)
{
    switch (source) {
    case RedactionSource::MyNumber:
        return QStringLiteral("個人番号");
    case RedactionSource::Phone:
        return QStringLiteral("電話番号");
    case RedactionSource::PostalCode:
        return QStringLiteral("郵便番号");
    case RedactionSource::MemberName:
        return QStringLiteral("氏名");
    case RedactionSource::Box:
    case RedactionSource::Search:
    case RedactionSource::Ocr:
        return {};
    }
    return {};
}

// The request's row locked (on a server) while the transaction changes what hangs off it; NotFound
// when there is none, Validation when it is closed or withdrawn.
Status lockOpenRequest(DisclosureRepository &repo, qint64 requestId)
{
    auto status = repo.lockRequestStatus(requestId);
    if (!status)
        return status.error();
    if (!status.value())
        return makeError(ErrorCode::NotFound,
                         DisclosureService::tr("There is no request with the id %1.").arg(requestId));
    const auto s = RequestVocabulary::statusFromId(*status.value());
    if (s && RequestVocabulary::isOpen(*s))
        return {};
    return makeError(ErrorCode::Validation,
                     DisclosureService::tr("The request is %1; its disclosure documents and copies can no "
                                           "longer change.")
                         .arg(s ? RequestVocabulary::displayName(*s) : *status.value()));
}

Error staleDraft(int saved, int basedOn)
{
    return makeError(
        ErrorCode::Conflict,
        DisclosureService::tr("The redaction draft was changed by someone else (version %1 is saved, "
                              "this one was based on version %2) — reload it and draw your changes "
                              "again.")
            .arg(saved)
            .arg(basedOn));
}

} // namespace

DisclosureService::DisclosureService(Database &db)
    : ServiceBase(db)
{
}

// ---- Documents ----

Result<DisclosureDocument> DisclosureService::addDocument(const Actor &actor, qint64 requestId,
                                                          const QString &fileName, const QByteArray &content)
{
    if (Status s
        = require(actor, Operation::RequestRegister, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    const QString name = QFileInfo(fileName).fileName();
    if (Status s = FreeTextFields::checkAttachment(name, QString()); !s)
        return s.error();
    if (content.isEmpty())
        return makeError(ErrorCode::Validation, tr("The file %1 is empty; nothing was stored.").arg(name));
    if (content.size() > MaxDocumentBytes)
        return makeError(ErrorCode::Validation,
                         tr("The file %1 is larger than %2 MB; nothing was stored.")
                             .arg(name)
                             .arg(MaxDocumentBytes / (1024 * 1024)));
    // What cannot be redacted safely is not stored: the clerk hears why at once, not when the
    // copy is due.
    auto source = SourceDocument::fromBytes(content, name);
    if (!source)
        return makeError(ErrorCode::Validation, tr("%1 Nothing was stored.").arg(source.error().message));

    DisclosureDocument d;
    d.requestId = requestId;
    d.fileName = name;
    d.mediaType = mediaTypeOf(source->format());
    d.size = content.size();
    d.sha256 = sha256Of(content);
    d.pages = source->pageCount();
    d.addedBy = actor.userId;
    DisclosureRepository repo(database());
    Status s = inTransaction(
        [&]() -> Status {
            if (Status open = lockOpenRequest(repo, requestId); !open)
                return open;
            auto stored = repo.insertDocument(d, content);
            if (!stored)
                return stored.error();
            d = stored.value();
            return {};
        },
        [&] {
            return eventFor(actor, QStringLiteral("disclosure_document.add"),
                            QStringLiteral("disclosure_document"), QString::number(d.id),
                            { { QStringLiteral("request_id"), requestId },
                              { QStringLiteral("number"), d.number },
                              { QStringLiteral("sha256"), d.sha256 },
                              { QStringLiteral("size"), d.size },
                              { QStringLiteral("media_type"), d.mediaType },
                              { QStringLiteral("pages"), d.pages } });
        });
    if (!s)
        return s.error();
    qCInfo(lcServices) << "disclosure document added, id" << d.id << "request id" << requestId;
    return d;
}

Result<QList<DisclosureDocument>> DisclosureService::documents(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto rows = DisclosureRepository(database()).documents(requestId);
    if (!rows)
        return rows;
    if (Status s = recordRead(actor, QStringLiteral("request.disclosure_documents"),
                              QStringLiteral("request"), QString::number(requestId), {}, rows->size());
        !s)
        return s.error();
    return rows;
}

Result<DisclosureDocument> DisclosureService::document(const Actor &actor, qint64 documentId)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("disclosure_document"),
                           QString::number(documentId));
        !s)
        return s.error();
    auto found = DisclosureRepository(database()).document(documentId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no disclosure document with the id %1.").arg(documentId));
    if (Status s = recordRead(actor, QStringLiteral("disclosure_document.show"),
                              QStringLiteral("disclosure_document"), QString::number(documentId),
                              { { QStringLiteral("request_id"), found.value()->requestId } }, 1);
        !s)
        return s.error();
    return *found.value();
}

Result<DisclosureDocument> DisclosureService::documentByNumber(const Actor &actor, qint64 requestId,
                                                               int number)
{
    auto all = documents(actor, requestId);
    if (!all)
        return all.error();
    for (const DisclosureDocument &d : std::as_const(all.value()))
        if (d.number == number)
            return d;
    if (all->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The request has no disclosure documents."));
    return makeError(ErrorCode::NotFound,
                     tr("The request has no disclosure document %1; its documents are numbered 1 to %2.")
                         .arg(number)
                         .arg(all->last().number));
}

namespace {

// A stored document with its bytes, checked against the SHA-256 recorded when it was added.
struct StoredDocument
{
    DisclosureDocument meta;
    QByteArray content;
};

Result<StoredDocument> loadDocument(Database &db, qint64 documentId)
{
    DisclosureRepository repo(db);
    auto meta = repo.document(documentId);
    if (!meta)
        return meta.error();
    if (!meta.value())
        return makeError(
            ErrorCode::NotFound,
            DisclosureService::tr("There is no disclosure document with the id %1.").arg(documentId));
    auto content = repo.documentContent(documentId);
    if (!content)
        return content.error();
    if (sha256Of(content.value()) != meta.value()->sha256)
        return makeError(
            ErrorCode::Failure,
            DisclosureService::tr("The stored disclosure document %1 no longer matches its SHA-256; "
                                  "it was damaged or altered.")
                .arg(meta.value()->number));
    return StoredDocument { *meta.value(), content.value() };
}

Result<SourceDocument> openStored(const StoredDocument &stored)
{
    auto source = SourceDocument::fromBytes(stored.content, stored.meta.fileName);
    if (!source)
        return makeError(ErrorCode::Failure, source.error().message);
    return source;
}

} // namespace

Result<QByteArray> DisclosureService::documentContent(const Actor &actor, qint64 documentId)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("disclosure_document"),
                           QString::number(documentId));
        !s)
        return s.error();
    auto stored = loadDocument(database(), documentId);
    if (!stored)
        return stored.error();
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("disclosure_document.view"),
                                       QStringLiteral("disclosure_document"), QString::number(documentId),
                                       { { QStringLiteral("request_id"), stored->meta.requestId } }));
        !s)
        return s.error();
    return stored->content;
}

// ---- Grounds ----

Result<QStringList> DisclosureService::grounds(const Actor &actor)
{
    if (Status s = require(actor, Operation::RequestRead); !s)
        return s.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    return DecisionVocabulary::grounds(settings->regime());
}

Result<QString> DisclosureService::groundId(const Actor &actor, const QString &idOrName)
{
    auto ids = grounds(actor);
    if (!ids)
        return ids.error();
    const auto key = [](const QString &text) {
        return text.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
    };
    const QString wanted = key(idOrName);
    for (const QString &id : std::as_const(ids.value()))
        if (key(id) == wanted || key(DecisionVocabulary::groundName(id)) == wanted)
            return id;
    return makeError(ErrorCode::Validation,
                     tr("“%1” is not a ground of the organisation's legal regime; give one of %2.")
                         .arg(idOrName, ids->join(QStringLiteral(", "))));
}

namespace {

// Every box checked against the document's pages and the regime's grounds; one message for the
// first box refused (boxes numbered from 1 as the clerk counts them).
Status checkBoxes(const SourceDocument &source, const QList<RedactionBox> &boxes, const QStringList &grounds,
                  bool groundRequired)
{
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const RedactionBox &box = boxes.at(i);
        const QString which = DisclosureService::tr("Box %1 (page %2)").arg(i + 1).arg(box.page + 1);
        if (const QString problem = Redactor::boxProblem(source, box); !problem.isEmpty())
            return makeError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(which, problem));
        if (box.ground.isEmpty() ? groundRequired : !grounds.contains(box.ground))
            return makeError(ErrorCode::Validation,
                             box.ground.isEmpty()
                                 ? DisclosureService::tr("%1 has no ground; give one of %2.")
                                       .arg(which, grounds.join(QStringLiteral(", ")))
                                 : DisclosureService::tr("%1: “%2” is not a ground of the organisation's "
                                                         "legal regime; give one of %3.")
                                       .arg(which, box.ground, grounds.join(QStringLiteral(", "))));
        if (Status s = FreeTextFields::checkReason(QStringLiteral("reason"), DisclosureService::tr("Reason"),
                                                   box.reason);
            !s)
            return makeError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(which, s.error().message));
    }
    return {};
}

} // namespace

// ---- Drafts ----

Result<RedactionDraft> DisclosureService::draft(const Actor &actor, qint64 documentId)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("disclosure_document"),
                           QString::number(documentId));
        !s)
        return s.error();
    DisclosureRepository repo(database());
    auto meta = repo.document(documentId);
    if (!meta)
        return meta.error();
    if (!meta.value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no disclosure document with the id %1.").arg(documentId));
    auto latest = repo.latestDraft(documentId);
    if (!latest)
        return latest.error();
    RedactionDraft out;
    out.documentId = documentId;
    if (latest.value())
        out = draftFrom(*latest.value());
    if (Status s = recordRead(actor, QStringLiteral("redaction_draft.view"),
                              QStringLiteral("disclosure_document"), QString::number(documentId),
                              { { QStringLiteral("request_id"), meta.value()->requestId },
                                { QStringLiteral("version"), out.version } },
                              out.boxes.size());
        !s)
        return s.error();
    return out;
}

Result<RedactionDraft> DisclosureService::saveDraft(const Actor &actor, qint64 documentId,
                                                    const QList<RedactionBox> &boxes, int expectedVersion)
{
    if (Status s = require(actor, Operation::RequestRegister, QStringLiteral("disclosure_document"),
                           QString::number(documentId));
        !s)
        return s.error();
    auto stored = loadDocument(database(), documentId);
    if (!stored)
        return stored.error();
    auto ids = grounds(actor);
    if (!ids)
        return ids.error();
    {
        auto source = openStored(stored.value());
        if (!source)
            return source.error();
        if (Status s = checkBoxes(*source, boxes, ids.value(), false); !s)
            return s.error();
    }
    QJsonArray kept;
    for (const RedactionBox &box : boxes)
        kept.append(boxJson(box));

    DisclosureRepository repo(database());
    const qint64 requestId = stored->meta.requestId;
    DisclosureRepository::DraftRow row;
    row.documentId = documentId;
    row.version = expectedVersion + 1;
    row.boxesJson = jsonText(kept);
    row.savedBy = actor.userId;
    Status s = inTransaction(
        [&]() -> Status {
            if (Status open = lockOpenRequest(repo, requestId); !open)
                return open;
            auto latest = repo.latestDraft(documentId);
            if (!latest)
                return latest.error();
            const int current = latest.value() ? latest.value()->version : 0;
            if (current != expectedVersion)
                return staleDraft(current, expectedVersion);
            // A desk that saved the same version a moment earlier makes this insert fail on the
            // unique (document, version): the same refusal, never an overwrite.
            if (Status inserted = repo.insertDraft(row); !inserted)
                return inserted.error().code == ErrorCode::Conflict
                    ? staleDraft(expectedVersion + 1, expectedVersion)
                    : inserted;
            return {};
        },
        [&] {
            return eventFor(actor, QStringLiteral("redaction_draft.save"),
                            QStringLiteral("disclosure_document"), QString::number(documentId),
                            { { QStringLiteral("request_id"), requestId },
                              { QStringLiteral("version"), row.version },
                              { QStringLiteral("boxes"), boxes.size() } });
        });
    if (!s)
        return s.error();
    auto saved = repo.latestDraft(documentId);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return makeError(ErrorCode::Failure, tr("The redaction draft was not saved."));
    return draftFrom(*saved.value());
}

// ---- Redacted copies ----

Result<RedactionPlan> DisclosureService::plan(const Actor &actor, qint64 documentId,
                                              const RedactionOrder &order)
{
    if (Status s = require(actor, Operation::RequestRegister, QStringLiteral("disclosure_document"),
                           QString::number(documentId));
        !s)
        return s.error();
    auto stored = loadDocument(database(), documentId);
    if (!stored)
        return stored.error();
    auto source = openStored(stored.value());
    if (!source)
        return source.error();
    for (qsizetype i = 0; i < order.boxes.size(); ++i)
        if (const QString problem = Redactor::boxProblem(*source, order.boxes.at(i)); !problem.isEmpty())
            return makeError(
                ErrorCode::Validation,
                tr("Box %1 (page %2): %3").arg(i + 1).arg(order.boxes.at(i).page + 1).arg(problem));
    auto planned = Redactor::plan(*source, order);
    if (!planned)
        return planned.error();
    if (Status s
        = recordRead(actor, QStringLiteral("disclosure_document.plan"), QStringLiteral("disclosure_document"),
                     QString::number(documentId),
                     { { QStringLiteral("request_id"), stored->meta.requestId } }, planned->boxes.size());
        !s)
        return s.error();
    return planned;
}

Result<RedactedCopyRecord> DisclosureService::makeRedactedCopy(const Actor &actor, qint64 documentId,
                                                               const RedactionPlan &plan,
                                                               const RedactionOptions &options)
{
    if (Status s = require(actor, Operation::RequestRegister, QStringLiteral("disclosure_document"),
                           QString::number(documentId));
        !s)
        return s.error();
    auto stored = loadDocument(database(), documentId);
    if (!stored)
        return stored.error();
    const qint64 requestId = stored->meta.requestId;
    DisclosureRepository repo(database());
    // Refused before the long burn-in when it would be refused after it; checked again, locked,
    // when the copy is stored.
    // (Outside a transaction: no lock is held.)
    if (Status open = lockOpenRequest(repo, requestId); !open)
        return open.error();
    if (plan.boxes.isEmpty())
        return makeError(
            ErrorCode::Validation,
            tr("Nothing is marked for redaction in document %1; a copy without redactions is not "
               "a partial disclosure.")
                .arg(stored->meta.number));
    auto ids = grounds(actor);
    if (!ids)
        return ids.error();
    RedactedCopy copy;
    {
        auto source = openStored(stored.value());
        if (!source)
            return source.error();
        if (Status s = checkBoxes(*source, plan.boxes, ids.value(), true); !s)
            return s.error();
        auto made = Redactor::toBytes(*source, plan, options);
        if (!made)
            return made.error();
        copy = std::move(made.value());
    }
    if (sha256Of(copy.pdf) != copy.sha256)
        return makeError(ErrorCode::Failure,
                         tr("The redacted copy does not match its SHA-256; nothing was stored."));

    // Who placed each box and when: the oldest draft version of the unbroken run of versions up to
    // the newest that holds it; a box no draft holds is the maker's, now.
    auto drafts = repo.drafts(documentId);
    if (!drafts)
        return drafts.error();
    QList<QList<RedactionBox>> versions;
    for (const auto &row : std::as_const(drafts.value()))
        versions.append(boxesFrom(row.boxesJson));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray log;
    for (const RedactionBox &box : std::as_const(copy.log)) {
        QString byName = actor.displayName;
        QDateTime at = now;
        for (qsizetype v = versions.size() - 1; v >= 0; --v) {
            const auto &vb = versions.at(v);
            if (std::none_of(vb.cbegin(), vb.cend(), [&](const RedactionBox &b) { return sameBox(b, box); }))
                break;
            byName = drafts->at(v).savedByName;
            at = drafts->at(v).savedAt;
        }
        QJsonObject entry = boxJson(box);
        entry.insert(QStringLiteral("by_name"), byName);
        entry.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
        log.append(entry);
    }

    DisclosureRepository::CopyRow row;
    row.requestId = requestId;
    row.documentId = documentId;
    row.sha256 = copy.sha256;
    row.pages = copy.pages;
    row.dpi = copy.dpi;
    row.logJson = jsonText(log);
    row.madeBy = actor.userId;
    row.madeAt = now;
    QJsonObject perSource;
    for (const RedactionBox &box : std::as_const(copy.log)) {
        const QString id = RedactionSources::id(box.source);
        perSource.insert(id, perSource.value(id).toInt() + 1);
    }
    Status s = inTransaction(
        [&]() -> Status {
            if (Status open = lockOpenRequest(repo, requestId); !open)
                return open;
            auto id = repo.insertCopy(row, copy.pdf);
            if (!id)
                return id.error();
            row.id = id.value();
            return {};
        },
        [&] {
            return eventFor(actor, QStringLiteral("redacted_copy.make"), QStringLiteral("redacted_copy"),
                            QString::number(row.id),
                            { { QStringLiteral("request_id"), requestId },
                              { QStringLiteral("document_id"), documentId },
                              { QStringLiteral("document_number"), stored->meta.number },
                              { QStringLiteral("sha256"), row.sha256 },
                              { QStringLiteral("size"), copy.pdf.size() },
                              { QStringLiteral("pages"), row.pages },
                              { QStringLiteral("dpi"), row.dpi },
                              { QStringLiteral("boxes"), copy.log.size() },
                              { QStringLiteral("sources"), perSource } });
        });
    if (!s)
        return s.error();
    qCInfo(lcServices) << "redacted copy stored, id" << row.id << "request id" << requestId << "boxes"
                       << copy.log.size();
    auto saved = repo.copy(row.id);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return makeError(ErrorCode::Failure, tr("The redacted copy was not stored."));
    return copyFrom(*saved.value());
}

Result<QList<RedactedCopyRecord>> DisclosureService::redactedCopies(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto rows = DisclosureRepository(database()).copies(requestId);
    if (!rows)
        return rows.error();
    QList<RedactedCopyRecord> out;
    for (const auto &row : std::as_const(rows.value()))
        out.append(copyFrom(row));
    if (Status s = recordRead(actor, QStringLiteral("request.redacted_copies"), QStringLiteral("request"),
                              QString::number(requestId), {}, out.size());
        !s)
        return s.error();
    return out;
}

Result<QByteArray> DisclosureService::redactedCopyContent(const Actor &actor, qint64 copyId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("redacted_copy"), QString::number(copyId));
        !s)
        return s.error();
    DisclosureRepository repo(database());
    auto meta = repo.copy(copyId);
    if (!meta)
        return meta.error();
    if (!meta.value())
        return makeError(ErrorCode::NotFound, tr("There is no redacted copy with the id %1.").arg(copyId));
    auto content = repo.copyContent(copyId);
    if (!content)
        return content.error();
    if (sha256Of(content.value()) != meta.value()->sha256)
        return makeError(
            ErrorCode::Failure,
            tr("The stored redacted copy %1 no longer matches its SHA-256; it was damaged or altered.")
                .arg(copyId));
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("redacted_copy.view"),
                                       QStringLiteral("redacted_copy"), QString::number(copyId),
                                       { { QStringLiteral("request_id"), meta.value()->requestId } }));
        !s)
        return s.error();
    return content;
}

// ---- The decision's withheld parts ----

QList<WithheldPart> DisclosureService::groupWithheld(const QList<QPair<int, QList<RedactionBox>>> &logs,
                                                     const QStringList &groundOrder)
{
    // Grounds in the regime's order, then any other (a regime changed since) as first met.
    QStringList order = groundOrder;
    for (const auto &[number, boxes] : logs)
        for (const RedactionBox &box : boxes)
            if (!order.contains(box.ground))
                order.append(box.ground);

    QList<WithheldPart> out;
    for (const QString &ground : std::as_const(order)) {
        QStringList places;
        QStringList reasons;
        for (const auto &[number, boxes] : logs) {
            QList<int> pages;
            QStringList kinds;
            int count = 0;
            for (const RedactionBox &box : boxes) {
                if (box.ground != ground)
                    continue;
                ++count;
                if (!pages.contains(box.page + 1))
                    pages.append(box.page + 1);
                if (const QString k
                    = kindWords(box.source == RedactionSource::Ocr ? box.detector : box.source);
                    !k.isEmpty() && !kinds.contains(k))
                    kinds.append(k);
                if (const QString r = box.reason.trimmed(); !r.isEmpty() && !reasons.contains(r))
                    reasons.append(r);
            }
            if (count == 0)
                continue;
            std::sort(pages.begin(), pages.end());
            QStringList pageWords;
            for (int p : std::as_const(pages))
                pageWords.append(QStringLiteral("%1頁").arg(p));
            QString place = QStringLiteral("文書%1 %2").arg(number).arg(pageWords.join(QStringLiteral("・")));
            if (count > 1)
                place += QStringLiteral("の計%1箇所").arg(count);
            if (!kinds.isEmpty())
                place += QStringLiteral("（%1）").arg(kinds.join(QStringLiteral("、")));
            places.append(place);
        }
        if (places.isEmpty())
            continue;
        out.append({ places.join(QStringLiteral("、")), ground, reasons.join(QStringLiteral("；")) });
    }
    return out;
}

Result<QList<WithheldPart>> DisclosureService::withheldParts(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    auto ids = grounds(actor);
    if (!ids)
        return ids.error();
    auto rows = DisclosureRepository(database()).latestCopies(requestId);
    if (!rows)
        return rows.error();
    QList<QPair<int, QList<RedactionBox>>> logs;
    for (const auto &row : std::as_const(rows.value())) {
        QList<RedactionBox> boxes;
        for (const RedactionLogEntry &e : copyFrom(row).log)
            boxes.append(e.box);
        logs.append({ row.documentNumber, boxes });
    }
    const QList<WithheldPart> parts = groupWithheld(logs, ids.value());
    if (Status s = recordRead(actor, QStringLiteral("request.withheld_parts"), QStringLiteral("request"),
                              QString::number(requestId), { { QStringLiteral("copies"), rows->size() } },
                              parts.size());
        !s)
        return s.error();
    return parts;
}

} // namespace dsr
