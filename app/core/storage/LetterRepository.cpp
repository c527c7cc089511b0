#include "LetterRepository.h"

#include "../text/JapaneseText.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

const char kSelect[]
    = "SELECT l.id, l.request_id, r.receipt_no, l.kind, l.state, l.created_by, cu.login, l.created_at, "
      "l.approved_by, au.login, l.approved_at, l.symbol, l.fiscal_year, l.number, l.document_no, "
      "l.letter_date, l.addressee, l.template_id, t.version, l.sha256, l.pages, l.issued_by, iu.login, "
      "l.issued_at, l.replaces_id, old.document_no, l.printed_at, l.mailed_on, l.mail_method, "
      "l.tracking_no, l.returned_on, l.void_reason, l.voided_at, l.version "
      "FROM letters l JOIN requests r ON r.id = l.request_id "
      "LEFT JOIN users cu ON cu.id = l.created_by LEFT JOIN users au ON au.id = l.approved_by "
      "LEFT JOIN users iu ON iu.id = l.issued_by LEFT JOIN letter_templates t ON t.id = l.template_id "
      "LEFT JOIN letters old ON old.id = l.replaces_id";

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromDbTime(v.toString());
}

Letter fromQuery(const QSqlQuery &q)
{
    Letter l;
    l.id = q.value(0).toLongLong();
    l.requestId = q.value(1).toLongLong();
    l.receiptNo = q.value(2).toString();
    l.kind = q.value(3).toString();
    l.state = LetterVocabulary::stateFromId(q.value(4).toString()).value_or(LetterState::Draft);
    l.createdBy = q.value(5).toLongLong();
    l.createdByLogin = q.value(6).toString();
    l.createdAt = timeOf(q.value(7));
    l.approvedBy = q.value(8).toLongLong();
    l.approvedByLogin = q.value(9).toString();
    l.approvedAt = timeOf(q.value(10));
    l.symbol = q.value(11).toString();
    l.fiscalYear = q.value(12).toInt();
    l.number = q.value(13).toInt();
    l.documentNo = q.value(14).toString();
    l.letterDate = dateFromDb(q.value(15));
    l.addressee = q.value(16).toString();
    l.templateId = q.value(17).toLongLong();
    l.templateVersion = q.value(18).toInt();
    l.sha256 = q.value(19).toString();
    l.pages = q.value(20).toInt();
    l.issuedBy = q.value(21).toLongLong();
    l.issuedByLogin = q.value(22).toString();
    l.issuedAt = timeOf(q.value(23));
    l.replacesId = q.value(24).toLongLong();
    l.replacesDocumentNo = q.value(25).toString();
    l.printedAt = timeOf(q.value(26));
    l.mailedOn = dateFromDb(q.value(27));
    if (!q.value(28).isNull())
        l.mailMethod = LetterVocabulary::mailMethodFromId(q.value(28).toString());
    l.trackingNo = q.value(29).toString();
    l.returnedOn = dateFromDb(q.value(30));
    l.voidReason = q.value(31).toString();
    l.voidedAt = timeOf(q.value(32));
    l.version = q.value(33).toLongLong();
    return l;
}

LetterTemplateRow templateFromQuery(const QSqlQuery &q)
{
    LetterTemplateRow t;
    t.id = q.value(0).toLongLong();
    t.kind = q.value(1).toString();
    t.version = q.value(2).toInt();
    t.source = q.value(3).toString();
    t.body = q.value(4).toString();
    t.sha256 = q.value(5).toString();
    t.createdByLogin = q.value(6).toString();
    t.createdAt = timeOf(q.value(7));
    return t;
}

const char kTemplateSelect[]
    = "SELECT t.id, t.kind, t.version, t.source, t.body, t.sha256, u.login, t.created_at "
      "FROM letter_templates t LEFT JOIN users u ON u.id = t.created_by";

} // namespace

Result<qint64> LetterRepository::insertDraft(qint64 requestId, const QString &kind, LetterState state,
                                             qint64 userId)
{
    Q_ASSERT(state == LetterState::Draft || state == LetterState::Approved);
    CachedQuery q(m_db,
                  QStringLiteral("INSERT INTO letters (request_id, kind, state, created_by, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(kind);
    q.addBindValue(LetterVocabulary::id(state));
    q.addBindValue(userId);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the letter"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the letter"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

namespace {

const char kIssuedColumns[] = "symbol = ?, fiscal_year = ?, number = ?, document_no = ?, letter_date = ?, "
                              "addressee = ?, template_id = ?, pdf = ?, sha256 = ?, pages = ?, "
                              "issued_by = ?, issued_at = ?, replaces_id = ?, document_key = ?, "
                              "addressee_key = ?";

void bindIssued(QSqlQuery &q, const IssuedLetter &i)
{
    q.addBindValue(i.symbol);
    q.addBindValue(i.fiscalYear);
    q.addBindValue(i.number);
    q.addBindValue(i.documentNo);
    q.addBindValue(dateToDb(i.letterDate));
    q.addBindValue(nonNull(i.addressee));
    q.addBindValue(i.templateId);
    q.addBindValue(i.pdf);
    q.addBindValue(i.sha256);
    q.addBindValue(i.pages);
    q.addBindValue(i.issuedBy);
    q.addBindValue(nowDbTime());
    q.addBindValue(idOrNull(i.replacesId));
    q.addBindValue(JapaneseText::searchKey(i.documentNo));
    q.addBindValue(JapaneseText::searchKey(i.addressee));
}

} // namespace

Result<qint64> LetterRepository::insertIssued(qint64 requestId, const QString &kind,
                                              const IssuedLetter &issued)
{
    auto draft = insertDraft(requestId, kind, LetterState::Approved, issued.issuedBy);
    if (!draft)
        return draft.error();
    if (Status s = issueDraft(*draft, 1, issued); !s)
        return s.error();
    return *draft;
}

Status LetterRepository::issueDraft(qint64 id, qint64 expectedVersion, const IssuedLetter &issued)
{
    CachedQuery q(
        m_db,
        QStringLiteral("UPDATE letters SET state = 'issued', %1, version = version + 1 "
                       "WHERE id = ? AND version = ? AND state = 'approved' AND document_no IS NULL")
            .arg(QLatin1String(kIssuedColumns)));
    bindIssued(q, issued);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot issue the letter"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return {};
}

QString LetterRepository::column(LetterRecordField field)
{
    switch (field) {
    case LetterRecordField::ApprovedBy:
        return QStringLiteral("approved_by");
    case LetterRecordField::ApprovedAt:
        return QStringLiteral("approved_at");
    case LetterRecordField::PrintedAt:
        return QStringLiteral("printed_at");
    case LetterRecordField::MailedOn:
        return QStringLiteral("mailed_on");
    case LetterRecordField::MailMethod:
        return QStringLiteral("mail_method");
    case LetterRecordField::TrackingNo:
        return QStringLiteral("tracking_no");
    case LetterRecordField::ReturnedOn:
        return QStringLiteral("returned_on");
    case LetterRecordField::VoidReason:
        return QStringLiteral("void_reason");
    case LetterRecordField::VoidedBy:
        return QStringLiteral("voided_by");
    case LetterRecordField::VoidedAt:
        return QStringLiteral("voided_at");
    }
    return {};
}

Status LetterRepository::update(qint64 id, qint64 expectedVersion, LetterState state,
                                const LetterRecordValues &fields)
{
    QStringList sets { QStringLiteral("state = ?") };
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        sets << column(it.key()) + QStringLiteral(" = ?");
    CachedQuery q(m_db,
                  QStringLiteral("UPDATE letters SET %1, version = version + 1 WHERE id = ? AND version = ?")
                      .arg(sets.join(QStringLiteral(", "))));
    q.addBindValue(LetterVocabulary::id(state));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QVariant &v = it.value();
        q.addBindValue(v.typeId() == QMetaType::QDate ? dateToDb(v.toDate()) : v);
    }
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the letter"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return {};
}

Result<std::optional<Letter>> LetterRepository::find(qint64 id)
{
    CachedQuery q(m_db, QLatin1String(kSelect) + QStringLiteral(" WHERE l.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter"));
    if (!q.next())
        return std::optional<Letter>();
    return std::optional<Letter>(fromQuery(q));
}

Result<std::optional<Letter>> LetterRepository::findByDocumentNo(const QString &documentNo)
{
    CachedQuery q(m_db,
                  QLatin1String(kSelect)
                      + QStringLiteral(" WHERE l.document_key = ? ORDER BY l.fiscal_year DESC LIMIT 1"));
    q.addBindValue(JapaneseText::searchKey(documentNo));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter"));
    if (!q.next())
        return std::optional<Letter>();
    return std::optional<Letter>(fromQuery(q));
}

namespace {

// The WHERE clause of the register's filters (empty when none) and its bind values.
QString letterWhere(const SqlDialect &d, const LetterQuery &query, QVariantList &binds)
{
    QStringList where;
    if (query.requestId > 0) {
        where << QStringLiteral("l.request_id = ?");
        binds << query.requestId;
    }
    if (!query.kind.isEmpty()) {
        where << QStringLiteral("l.kind = ?");
        binds << query.kind;
    }
    if (query.state) {
        where << QStringLiteral("l.state = ?");
        binds << LetterVocabulary::id(*query.state);
    }
    if (query.fiscalYear > 0) {
        where << QStringLiteral("l.fiscal_year = ?");
        binds << query.fiscalYear;
    }
    // Width-, case- and kana-insensitive: 第3号 finds 長共総第３号 and the other way round.
    if (const QString key = JapaneseText::searchKey(query.text); !key.isEmpty()) {
        where << QStringLiteral("(%1 > 0 OR %2 > 0 OR %3 > 0)")
                     .arg(d.position(QStringLiteral("l.document_key")),
                          d.position(QStringLiteral("r.receipt_key")),
                          d.position(QStringLiteral("l.addressee_key")));
        binds << key << key << key;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<Letter>> LetterRepository::list(const LetterQuery &query)
{
    QVariantList binds;
    const QString where = letterWhere(m_db.dialect(), query, binds);
    QString page;
    if (query.limit > 0 || query.offset > 0)
        page = m_db.dialect().limitOffset(query.limit, query.offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelect) + where
              + QStringLiteral(" ORDER BY l.fiscal_year IS NULL DESC, l.fiscal_year DESC, l.symbol, "
                               "l.number DESC, l.id DESC")
              + page);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter register"));
    QList<Letter> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Status LetterRepository::fillSearchKeys()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, document_no, addressee FROM letters WHERE document_no IS NOT NULL")))
        return sqlFailure(q, tr("Cannot read the letter register"));
    struct Keys
    {
        qint64 id;
        QString document;
        QString addressee;
    };
    QList<Keys> keys;
    while (q.next())
        keys.append({ q.value(0).toLongLong(), JapaneseText::searchKey(q.value(1).toString()),
                      JapaneseText::searchKey(q.value(2).toString()) });
    q.finish();
    CachedQuery u(m_db,
                  QStringLiteral("UPDATE letters SET document_key = ?, addressee_key = ? WHERE id = ?"));
    for (const Keys &k : keys) {
        u.addBindValue(k.document);
        u.addBindValue(k.addressee);
        u.addBindValue(k.id);
        if (!u.exec())
            return sqlFailure(u, tr("Cannot save the letter"));
    }
    return {};
}

Result<qint64> LetterRepository::count(const LetterQuery &query)
{
    QVariantList binds;
    const QString where = letterWhere(m_db.dialect(), query, binds);
    const QString matches
        = QStringLiteral("SELECT 1 FROM letters l JOIN requests r ON r.id = l.request_id") + where;
    CachedQuery q(m_db,
                  query.countCap > 0 ? QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS matches")
                                           .arg(matches)
                                           .arg(query.countCap + 1)
                                     : QStringLiteral("SELECT count(*) FROM (%1) AS matches").arg(matches));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlFailure(q, tr("Cannot read the letter register"));
    return q.value(0).toLongLong();
}

Result<QList<int>> LetterRepository::fiscalYears()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT fiscal_year FROM letters WHERE fiscal_year > 0 "
                               "ORDER BY fiscal_year DESC")))
        return sqlFailure(q, tr("Cannot read the letter register"));
    QList<int> out;
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

Result<QByteArray> LetterRepository::pdf(qint64 id)
{
    CachedQuery q(m_db, QStringLiteral("SELECT pdf FROM letters WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter"));
    if (!q.next() || q.value(0).isNull())
        return makeError(ErrorCode::NotFound, tr("The letter has not been issued; there is no stored PDF."));
    return q.value(0).toByteArray();
}

Status LetterRepository::setInput(qint64 id, const QString &json)
{
    CachedQuery q(m_db, QStringLiteral("UPDATE letters SET input = ? WHERE id = ?"));
    q.addBindValue(json);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the letter"));
    return {};
}

Result<QString> LetterRepository::input(qint64 id)
{
    CachedQuery q(m_db, QStringLiteral("SELECT input FROM letters WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlFailure(q, tr("Cannot read the letter"));
    return q.value(0).toString();
}

Result<QByteArray> LetterRepository::latestSeal()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT png FROM seal_images ORDER BY id DESC LIMIT 1")))
        return sqlFailure(q, tr("Cannot read the seal image"));
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Status LetterRepository::addSeal(const QByteArray &png, const QString &sha256, qint64 userId)
{
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO seal_images (png, sha256, created_by, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(png);
    q.addBindValue(sha256);
    q.addBindValue(userId);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the seal image"));
    return {};
}

Result<std::optional<LetterTemplateRow>> LetterRepository::activeTemplate(const QString &kind)
{
    CachedQuery q(m_db,
                  QLatin1String(kTemplateSelect)
                      + QStringLiteral(" WHERE t.kind = ? ORDER BY t.version DESC LIMIT 1"));
    q.addBindValue(kind);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter templates"));
    if (!q.next())
        return std::optional<LetterTemplateRow>();
    return std::optional<LetterTemplateRow>(templateFromQuery(q));
}

Result<LetterTemplateRow> LetterRepository::addTemplate(const QString &kind, const QString &source,
                                                        const QString &body, qint64 userId)
{
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO letter_templates (kind, version, source, body, sha256, created_by, "
                       "created_at) SELECT ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ? "
                       "FROM letter_templates WHERE kind = ?"));
    q.addBindValue(kind);
    q.addBindValue(source);
    q.addBindValue(body);
    q.addBindValue(
        QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex()));
    q.addBindValue(idOrNull(userId));
    q.addBindValue(nowDbTime());
    q.addBindValue(kind);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the letter template"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the letter template"));
    if (!inserted)
        return inserted.error();
    auto row = templateById(*inserted);
    if (!row)
        return row.error();
    return **row;
}

Result<QList<LetterTemplateRow>> LetterRepository::templates(const QString &kind)
{
    CachedQuery q(
        m_db, QLatin1String(kTemplateSelect) + QStringLiteral(" WHERE t.kind = ? ORDER BY t.version DESC"));
    q.addBindValue(kind);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter templates"));
    QList<LetterTemplateRow> out;
    while (q.next())
        out.append(templateFromQuery(q));
    return out;
}

Result<std::optional<LetterTemplateRow>> LetterRepository::templateById(qint64 id)
{
    CachedQuery q(m_db, QLatin1String(kTemplateSelect) + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the letter templates"));
    if (!q.next())
        return std::optional<LetterTemplateRow>();
    return std::optional<LetterTemplateRow>(templateFromQuery(q));
}

} // namespace dsr
