#pragma once
// All SQL of the workflow: amendments, inquiries, decisions, approval routes and steps,
// third-party opinions, and the request columns the actions change.

#include "../Result.h"
#include "../model/DateRange.h"
#include "../model/Decision.h"
#include "../model/RequestFields.h"
#include "../model/Role.h"
#include "../model/WorkflowItems.h"

#include <QCoreApplication>
#include <optional>

namespace dsr {

class Database;

class WorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRepository)
public:
    explicit WorkflowRepository(Database &db)
        : m_db(db)
    {
    }

    // Sets the given fields and bumps the version; Conflict when `expectedVersion` is stale.
    Status updateRequest(qint64 id, qint64 expectedVersion, const RequestFieldValues &fields);
    // The given fields as stored (dates as ISO text, NULL as a null QVariant).
    Result<RequestFieldValues> requestFields(qint64 id, const QList<RequestField> &fields);
    // The column of each field (the only place that names them).
    static QString column(RequestField field);

    Result<qint64> addAmendment(qint64 requestId, const Amendment &a);
    Result<QList<Amendment>> amendments(qint64 requestId);
    Status amendmentReceived(qint64 amendmentId, const QDate &on);

    Result<qint64> addInquiry(qint64 requestId, const Inquiry &i);
    Result<QList<Inquiry>> inquiries(qint64 requestId);
    Status answerInquiry(qint64 requestId, qint64 inquiryId, const QDate &on, const QString &summary);

    Result<qint64> addOpinion(qint64 requestId, const Opinion &o);
    Result<QList<Opinion>> opinions(qint64 requestId);
    Status answerOpinion(qint64 requestId, qint64 opinionId, const QDate &on, const QString &answer,
                         bool objection);

    Result<std::optional<Decision>> decision(qint64 requestId);
    Status saveDecision(qint64 requestId, const Decision &d, qint64 userId);

    Result<QList<RouteRow>> routes();
    Result<QList<Role>> routeFor(const QString &requestType, const QString &decisionKind);
    Status setRoute(const QString &requestType, const QString &decisionKind, const QList<Role> &steps);

    // Starts a new approval round with the given steps; returns the round number.
    Result<int> startRound(qint64 requestId, const QList<Role> &steps);
    Result<QList<ApprovalStep>> steps(qint64 requestId);
    // The first undecided step of the latest round.
    Result<std::optional<ApprovalStep>> currentStep(qint64 requestId);
    // Who submitted the decision for approval last (the latest round); 0 when never.
    Result<qint64> submittedBy(qint64 requestId);
    // Records the outcome only if the step is still undecided (two desks: one wins).
    Status decideStep(qint64 stepId, const QString &outcome, qint64 userId, const QString &comment);

private:
    Database &m_db;
};

} // namespace dsr
