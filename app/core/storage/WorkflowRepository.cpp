#include "WorkflowRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString WorkflowRepository::column(RequestField field)
{
    switch (field) {
    case RequestField::Status:
        return QStringLiteral("status");
    case RequestField::ReceivedOn:
        return QStringLiteral("received_on");
    case RequestField::IdDocument:
        return QStringLiteral("id_document");
    case RequestField::IdCheckedBy:
        return QStringLiteral("id_checked_by");
    case RequestField::IdCheckedAt:
        return QStringLiteral("id_checked_at");
    case RequestField::ResidenceCertOn:
        return QStringLiteral("residence_cert_on");
    case RequestField::SubmitNote:
        return QStringLiteral("submit_note");
    case RequestField::DecidedOn:
        return QStringLiteral("decided_on");
    case RequestField::DisclosureNotBefore:
        return QStringLiteral("disclosure_not_before");
    case RequestField::WithdrawnOn:
        return QStringLiteral("withdrawn_on");
    case RequestField::ExtendedTo:
        return QStringLiteral("extended_to");
    case RequestField::SpecialExtensionTo:
        return QStringLiteral("special_extension_to");
    case RequestField::ExtensionReason:
        return QStringLiteral("extension_reason");
    case RequestField::NotifiedOn:
        return QStringLiteral("notified_on");
    case RequestField::NotifiedMethod:
        return QStringLiteral("notified_method");
    }
    return {};
}

Status WorkflowRepository::updateRequest(qint64 id, qint64 expectedVersion, const RequestFieldValues &fields)
{
    QStringList sets;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        sets << column(it.key()) + QStringLiteral(" = ?");
    CachedQuery q(
        m_db,
        QStringLiteral(
            "UPDATE requests SET %1%2updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .arg(sets.join(QStringLiteral(", ")), sets.isEmpty() ? QString() : QStringLiteral(", ")));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QVariant &v = it.value();
        q.addBindValue(v.typeId() == QMetaType::QDate ? dateValue(v.toDate()) : v);
    }
    q.addBindValue(nowDbTime());
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the request"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return {};
}

Result<RequestFieldValues> WorkflowRepository::requestFields(qint64 id, const QList<RequestField> &fields)
{
    QStringList columns;
    for (RequestField f : fields)
        columns << column(f);
    CachedQuery q(
        m_db, QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(columns.join(QStringLiteral(", "))));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the request"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(id));
    RequestFieldValues out;
    for (int i = 0; i < fields.size(); ++i)
        out.insert(fields[i], q.value(i));
    return out;
}

Result<qint64> WorkflowRepository::addAmendment(qint64 requestId, const Amendment &a)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO amendments (request_id, requested_on, missing, reply_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(dateValue(a.requestedOn));
    q.addBindValue(nonNull(a.missing));
    q.addBindValue(dateValue(a.replyBy));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the amendment request"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the amendment request"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

Result<QList<Amendment>> WorkflowRepository::amendments(qint64 requestId)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT id, requested_on, missing, reply_by, received_on FROM amendments "
                                 "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the amendment requests"));
    QList<Amendment> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), dateOf(q.value(1)), q.value(2).toString(), dateOf(q.value(3)),
                     dateOf(q.value(4)) });
    return out;
}

Status WorkflowRepository::amendmentReceived(qint64 amendmentId, const QDate &on)
{
    CachedQuery q(
        m_db, QStringLiteral("UPDATE amendments SET received_on = ? WHERE id = ? AND received_on IS NULL"));
    q.addBindValue(dateValue(on));
    q.addBindValue(amendmentId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the amendment"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return {};
}

Result<qint64> WorkflowRepository::addInquiry(qint64 requestId, const Inquiry &i)
{
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO inquiries (request_id, division, sent_on, due_on) VALUES (?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(nonNull(i.division));
    q.addBindValue(dateValue(i.sentOn));
    q.addBindValue(dateValue(i.dueOn));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the inquiry"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the inquiry"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

Result<QList<Inquiry>> WorkflowRepository::inquiries(qint64 requestId)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT id, division, sent_on, due_on, answered_on, summary FROM inquiries "
                                 "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the inquiries"));
    QList<Inquiry> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)), dateOf(q.value(3)),
                     dateOf(q.value(4)), q.value(5).toString() });
    return out;
}

Status WorkflowRepository::answerInquiry(qint64 requestId, qint64 inquiryId, const QDate &on,
                                         const QString &summary)
{
    CachedQuery q(
        m_db,
        QStringLiteral("UPDATE inquiries SET answered_on = ?, summary = ? WHERE id = ? AND request_id = ?"));
    q.addBindValue(dateValue(on));
    q.addBindValue(nonNull(summary));
    q.addBindValue(inquiryId);
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the inquiry answer"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("The request has no inquiry %1.").arg(inquiryId));
    return {};
}

Result<qint64> WorkflowRepository::addOpinion(qint64 requestId, const Opinion &o)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO opinions (request_id, third_party, sent_on, reply_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(nonNull(o.thirdParty));
    q.addBindValue(dateValue(o.sentOn));
    q.addBindValue(dateValue(o.replyBy));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the opinion request"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the opinion request"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

Result<QList<Opinion>> WorkflowRepository::opinions(qint64 requestId)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "SELECT id, third_party, sent_on, reply_by, answered_on, answer, objection FROM opinions "
            "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the opinion requests"));
    QList<Opinion> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)), dateOf(q.value(3)),
                     dateOf(q.value(4)), q.value(5).toString(), q.value(6).toBool() });
    return out;
}

Status WorkflowRepository::answerOpinion(qint64 requestId, qint64 opinionId, const QDate &on,
                                         const QString &answer, bool objection)
{
    CachedQuery q(m_db,
                  QStringLiteral("UPDATE opinions SET answered_on = ?, answer = ?, objection = ? WHERE id = "
                                 "? AND request_id = ?"));
    q.addBindValue(dateValue(on));
    q.addBindValue(nonNull(answer));
    q.addBindValue(objection ? 1 : 0);
    q.addBindValue(opinionId);
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the opinion"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("The request has no opinion request %1.").arg(opinionId));
    return {};
}

Result<std::optional<Decision>> WorkflowRepository::decision(qint64 requestId)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "SELECT d.kind, d.content, d.drafted_by, u.login, d.drafted_at, d.version FROM decisions d "
            "JOIN users u ON u.id = d.drafted_by WHERE d.request_id = ?"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the decision"));
    if (!q.next())
        return std::optional<Decision>();
    const auto kind = DecisionVocabulary::fromId(q.value(0).toString()).value_or(DecisionKind::Full);
    Decision d = Decision::fromJson(kind, QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    d.draftedBy = q.value(2).toLongLong();
    d.draftedByLogin = q.value(3).toString();
    d.draftedAt = fromDbTime(q.value(4).toString());
    d.version = q.value(5).toLongLong();
    return std::optional<Decision>(d);
}

Status WorkflowRepository::saveDecision(qint64 requestId, const Decision &d, qint64 userId)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO decisions (request_id, kind, content, drafted_by, drafted_at) VALUES (?, ?, ?, ?, "
            "?) "
            "ON CONFLICT (request_id) DO UPDATE SET kind = excluded.kind, content = excluded.content, "
            "drafted_by = excluded.drafted_by, drafted_at = excluded.drafted_at, "
            "version = decisions.version + 1"));
    q.addBindValue(requestId);
    q.addBindValue(DecisionVocabulary::id(d.kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(userId);
    q.addBindValue(nowDbTime());
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the decision"));
    return {};
}

Result<QList<RouteRow>> WorkflowRepository::routes()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT request_type, decision_kind, role FROM approval_routes "
                               "ORDER BY request_type, decision_kind, step_no")))
        return sqlFailure(q, tr("Cannot read the approval routes"));
    QList<RouteRow> out;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString kind = q.value(1).toString();
        if (out.isEmpty() || out.last().requestType != type || out.last().decisionKind != kind)
            out.append({ type, kind, {} });
        if (const auto role = Roles::fromId(q.value(2).toString()))
            out.last().steps << *role;
    }
    return out;
}

Result<QList<Role>> WorkflowRepository::routeFor(const QString &requestType, const QString &decisionKind)
{
    auto all = routes();
    if (!all)
        return all.error();
    const QList<QPair<QString, QString>> order { { requestType, decisionKind },
                                                 { requestType, QStringLiteral("*") },
                                                 { QStringLiteral("*"), decisionKind },
                                                 { QStringLiteral("*"), QStringLiteral("*") } };
    for (const auto &[type, kind] : order)
        for (const RouteRow &r : all.value())
            if (r.requestType == type && r.decisionKind == kind && !r.steps.isEmpty())
                return r.steps;
    return makeError(ErrorCode::Failure,
                     tr("No approval route is defined; ask an administrator to set one."));
}

Status WorkflowRepository::setRoute(const QString &requestType, const QString &decisionKind,
                                    const QList<Role> &steps)
{
    CachedQuery q(m_db,
                  QStringLiteral("DELETE FROM approval_routes WHERE request_type = ? AND decision_kind = ?"));
    q.addBindValue(requestType);
    q.addBindValue(decisionKind);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the approval route"));
    CachedQuery insert(m_db,
                       QStringLiteral("INSERT INTO approval_routes (request_type, decision_kind, step_no, "
                                      "role) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < steps.size(); ++i) {
        insert.addBindValue(requestType);
        insert.addBindValue(decisionKind);
        insert.addBindValue(i + 1);
        insert.addBindValue(Roles::id(steps[i]));
        if (!insert.exec())
            return sqlFailure(insert, tr("Cannot save the approval route"));
    }
    return {};
}

Result<int> WorkflowRepository::startRound(qint64 requestId, const QList<Role> &steps)
{
    CachedQuery q(
        m_db, QStringLiteral("SELECT COALESCE(MAX(round), 0) + 1 FROM approval_steps WHERE request_id = ?"));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return sqlFailure(q, tr("Cannot start the approval"));
    const int round = q.value(0).toInt();
    CachedQuery insert(
        m_db,
        QStringLiteral("INSERT INTO approval_steps (request_id, round, step_no, role) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < steps.size(); ++i) {
        insert.addBindValue(requestId);
        insert.addBindValue(round);
        insert.addBindValue(i + 1);
        insert.addBindValue(Roles::id(steps[i]));
        if (!insert.exec())
            return sqlFailure(insert, tr("Cannot start the approval"));
    }
    return round;
}

Result<QList<ApprovalStep>> WorkflowRepository::steps(qint64 requestId)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "SELECT s.id, s.round, s.step_no, s.role, COALESCE(s.outcome, ''), COALESCE(u.login, ''), "
            "s.decided_at, s.comment, COALESCE(s.decided_by, 0) FROM approval_steps s "
            "LEFT JOIN users u ON u.id = s.decided_by "
            "WHERE s.request_id = ? ORDER BY s.round, s.step_no"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the approval steps"));
    QList<ApprovalStep> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
                     Roles::fromId(q.value(3).toString()).value_or(Role::Chief), q.value(4).toString(),
                     q.value(5).toString(), fromDbTime(q.value(6).toString()), q.value(7).toString(),
                     q.value(8).toLongLong() });
    return out;
}

Result<std::optional<ApprovalStep>> WorkflowRepository::currentStep(qint64 requestId)
{
    auto all = steps(requestId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<ApprovalStep>();
    const int round = all->last().round;
    for (const ApprovalStep &s : all.value())
        if (s.round == round && s.outcome.isEmpty())
            return std::optional<ApprovalStep>(s);
    return std::optional<ApprovalStep>();
}

Result<qint64> WorkflowRepository::submittedBy(qint64 requestId)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT COALESCE(user_id, 0) FROM request_history WHERE request_id = ? "
                                 "AND action = 'submit' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the approval steps"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status WorkflowRepository::decideStep(qint64 stepId, const QString &outcome, qint64 userId,
                                      const QString &comment)
{
    CachedQuery q(
        m_db,
        QStringLiteral("UPDATE approval_steps SET outcome = ?, decided_by = ?, decided_at = ?, comment = ? "
                       "WHERE id = ? AND outcome IS NULL"));
    q.addBindValue(outcome);
    q.addBindValue(userId);
    q.addBindValue(nowDbTime());
    q.addBindValue(nonNull(comment));
    q.addBindValue(stepId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the approval"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return {};
}

} // namespace dsr
