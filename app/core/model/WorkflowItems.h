#pragma once
// What a request's workflow records besides its status: amendment requests, inquiries to the
// data-holding divisions, third-party opinions, approval steps, and the approval routes.

#include "Role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dsr {

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

} // namespace dsr
