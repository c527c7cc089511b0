#pragma once
// Changes the ordered approval steps of one route (request type × decision kind), or sets up a
// route for a combination that has none yet. Roles are added, removed and moved in a list; Save
// hands the whole route to WorkflowService::setRoute, whose refusal is shown in the dialog, which
// stays open with what was chosen. Requests already in approval keep the steps they started with.

#include "model/Role.h"
#include "model/WorkflowItems.h"
#include "services/WorkflowService.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ApprovalRouteDialog;
}

namespace dsr {

struct Session;

class ApprovalRouteDialog : public QDialog
{
    Q_OBJECT
public:
    // A route for a combination chosen in the dialog; `routes` are those there are already.
    ApprovalRouteDialog(Session &session, const QList<RouteRow> &routes, QWidget *parent = nullptr);
    // Changes the steps of `route`.
    ApprovalRouteDialog(Session &session, const RouteRow &route, const QList<RouteRow> &routes,
                        QWidget *parent = nullptr);
    ~ApprovalRouteDialog() override;

    bool isEditing() const { return m_editing; }
    QString requestType() const; // "disclosure", or "*" for any
    QString decisionKind() const; // "partial", or "*" for any
    const QList<Role> &steps() const { return m_steps; }

    // How the window names a route's parts: "開示", "いずれも" for "*", "係長 → 課長".
    static QString requestTypeName(const QString &id);
    static QString decisionKindName(const QString &id);
    static QString stepsText(const QList<Role> &steps);

public Q_SLOTS:
    void accept() override;

private:
    void setUp();
    void fillDecisionKinds();
    void combinationChanged();
    const RouteRow *findRoute(const QString &requestType, const QString &decisionKind) const;
    int currentStep() const;
    void showSteps(int selectRow);
    void updateButtons();
    void addStep();
    void removeStep();
    void moveStep(int by);

    std::unique_ptr<Ui::ApprovalRouteDialog> m_ui;
    Session &m_session;
    QList<RouteRow> m_routes;
    QList<Role> m_steps;
    bool m_editing = false;
};

} // namespace dsr
