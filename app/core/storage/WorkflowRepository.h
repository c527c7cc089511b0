#pragma once
// All SQL of the workflow: amendments, inquiries, decisions, approval routes and steps,
// third-party opinions, and the request columns the actions change.

#include "../Result.h"
#include "../model/Decision.h"
#include "../model/Role.h"
#include "../workflow/DeadlineCalendar.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <optional>

namespace dsr {

class Database;

struct Amendment
{
    qint64 id = 0;
    QDate requestedOn;
    QString missing;
    QDate replyBy;
    QDate receivedOn; // invalid while awaited
};

struct Inquiry
{
    qint64 id = 0;
    QString division;
    QDate sentOn;
    QDate dueOn;
    QDate answeredOn; // invalid while open
    QString summary;
};

struct Opinion
{
    qint64 id = 0;
    QString thirdParty;
    QDate sentOn;
    QDate replyBy;
    QDate answeredOn;
    QString answer;
    bool objection = false;
};

struct ApprovalStep
{
    qint64 id = 0;
    int round = 0;
    int stepNo = 0;
    Role role = Role::Chief;
    QString outcome; // "", "approved", "returned"
    QString decidedByLogin;
    QDateTime decidedAt;
    QString comment;
    qint64 decidedBy = 0; // user id
};

struct RouteRow
{
    QString requestType; // or "*"
    QString decisionKind; // or "*"
    QList<Role> steps;
};

class WorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRepository)
public:
    explicit WorkflowRepository(Database &db)
        : m_db(db)
    {
    }

    // Sets request columns and bumps the version; Conflict when `expectedVersion` is stale.
    Status updateRequest(qint64 id, qint64 expectedVersion, const QVariantMap &columns);
    Result<QVariantMap> requestColumns(qint64 id, const QStringList &columns);

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
