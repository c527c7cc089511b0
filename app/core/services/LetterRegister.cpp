#include "LetterRegister.h"

#include "../letters/LetterKind.h"
#include "../storage/Database.h"
#include "../storage/LetterRepository.h"
#include "../text/CsvReader.h"

#include <QCryptographicHash>

namespace dsr {

QJsonObject LetterRegister::event(const Letter &l)
{
    QJsonObject o { { QStringLiteral("request_id"), l.requestId }, { QStringLiteral("kind"), l.kind } };
    if (l.isIssued())
        o.insert(QStringLiteral("document_no"), l.documentNo);
    return o;
}

Result<Letter> LetterRegister::load(Database &db, qint64 letterId)
{
    auto found = LetterRepository(db).find(letterId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no letter with the id %1.").arg(letterId));
    return *found.value();
}

QJsonObject LetterRegister::auditFilter(const LetterQuery &query)
{
    QJsonObject f;
    if (query.requestId > 0)
        f.insert(QStringLiteral("request_id"), query.requestId);
    if (!query.kind.isEmpty())
        f.insert(QStringLiteral("kind"), query.kind);
    if (query.state)
        f.insert(QStringLiteral("state"), LetterVocabulary::id(*query.state));
    if (query.fiscalYear > 0)
        f.insert(QStringLiteral("fiscal_year"), query.fiscalYear);
    if (!query.text.trimmed().isEmpty())
        f.insert(QStringLiteral("text"), auditQuery(query.text));
    return f;
}

Result<QList<Letter>> LetterRegister::list(const Actor &actor, const LetterQuery &query)
{
    auto listed = listPage(actor, query, false);
    if (!listed)
        return listed.error();
    return std::move(listed).value().rows;
}

Result<LetterRegister::Page> LetterRegister::page(const Actor &actor, const LetterQuery &query)
{
    return listPage(actor, query, true);
}

Result<LetterRegister::Page> LetterRegister::listPage(const Actor &actor, const LetterQuery &query,
                                                      bool counted)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    LetterQuery capped = query;
    if (capped.limit <= 0 || capped.limit > MaxListRows)
        capped.limit = MaxListRows;
    capped.offset = qMax(0, capped.offset);
    LetterRepository repo(database());
    Page page;
    if (counted) {
        auto total = repo.count(capped);
        if (!total)
            return total.error();
        page.total = total.value();
    }
    if (!counted || page.total > 0) {
        auto rows = repo.list(capped);
        if (!rows)
            return rows.error();
        page.rows = std::move(rows).value();
    }
    QJsonObject details = auditFilter(capped);
    if (capped.offset > 0)
        details.insert(QStringLiteral("offset"), capped.offset);
    details.insert(QStringLiteral("limit"), capped.limit);
    if (counted)
        details.insert(QStringLiteral("total"), page.total);
    if (Status s = recordRead(actor, QStringLiteral("letter.list"), QStringLiteral("letter"),
                              QStringLiteral("-"), details, page.rows.size());
        !s)
        return s.error();
    return page;
}

Result<qint64> LetterRegister::count(const Actor &actor, const LetterQuery &query)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    auto n = LetterRepository(database()).count(query);
    if (!n)
        return n;
    if (Status s = recordRead(actor, QStringLiteral("letter.count"), QStringLiteral("letter"),
                              QStringLiteral("-"), auditFilter(query), n.value());
        !s)
        return s.error();
    return n;
}

Result<QList<int>> LetterRegister::fiscalYears(const Actor &actor)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    return LetterRepository(database()).fiscalYears();
}

Result<Letter> LetterRegister::find(const Actor &actor, const QString &numberOrId)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), numberOrId); !s)
        return s.error();
    const QString text = numberOrId.trimmed();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    LetterRepository letters(database());
    auto found = numeric ? letters.find(id) : letters.findByDocumentNo(text);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no letter %1.").arg(text));
    if (Status s = recordRead(actor, QStringLiteral("letter.find"), QStringLiteral("letter"),
                              QString::number(found.value()->id), {}, 1);
        !s)
        return s.error();
    return *found.value();
}

Result<QByteArray> LetterRegister::pdf(const Actor &actor, qint64 letterId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    auto l = load(database(), letterId);
    if (!l)
        return l.error();
    auto bytes = LetterRepository(database()).pdf(letterId);
    if (!bytes)
        return bytes.error();
    if (QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex())
        != l->sha256)
        return makeError(ErrorCode::Failure,
                         tr("The stored letter %1 does not match its recorded hash: it was altered in the "
                            "database. Report this to the privacy officer.")
                             .arg(l->documentNo));
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("letter.view"), QStringLiteral("letter"),
                                       QString::number(letterId), event(*l)));
        !s)
        return s.error();
    return bytes;
}

Result<qint64> LetterRegister::exportRegisterCsv(const Actor &actor, const LetterQuery &query,
                                                 const QString &path)
{
    // The whole register as asked, not a page of it: the export itself is the one entry.
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    auto rows = LetterRepository(database()).list(query);
    if (!rows)
        return rows.error();
    QByteArray data("\xEF\xBB\xBF");
    data += "document_no,fiscal_year,letter_date,kind,title,addressee,receipt_no,state,issued_by,mailed_on,"
            "mail_method,tracking_no,replaces,void_reason,sha256\r\n";
    for (const Letter &l : rows.value()) {
        const auto kind = LetterKinds::fromId(l.kind);
        const QStringList fields { l.documentNo,
                                   l.fiscalYear ? QString::number(l.fiscalYear) : QString(),
                                   l.letterDate.toString(Qt::ISODate),
                                   l.kind,
                                   kind ? LetterKinds::title(*kind) : QString(),
                                   l.addressee,
                                   l.receiptNo,
                                   LetterVocabulary::id(l.state),
                                   l.issuedByLogin,
                                   l.mailedOn.toString(Qt::ISODate),
                                   l.mailMethod ? LetterVocabulary::id(*l.mailMethod) : QString(),
                                   l.trackingNo,
                                   l.replacesDocumentNo,
                                   l.voidReason,
                                   l.sha256 };
        data += CsvWriter::record(fields);
    }
    QJsonObject details = auditFilter(query);
    details.insert(QStringLiteral("letters"), rows->size());
    if (Status s = writeExport(path, data,
                               eventFor(actor, QStringLiteral("letter.export_register"),
                                        QStringLiteral("letter"), QStringLiteral("-"), details));
        !s)
        return s.error();
    return qint64(rows->size());
}

} // namespace dsr
