#pragma once
// The approval routes in 設定: every request type × decision kind with its ordered role steps
// (WorkflowService::routes), and for administrators the editor of a route's steps and of a route
// for a new combination (ApprovalRouteDialog). A change applies to drafts submitted afterwards.

#include "model/WorkflowItems.h"
#include "services/WorkflowService.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ApprovalRoutesTab;
}

namespace dsr {

class ApprovalRouteDialog;
struct Session;

class ApprovalRoutesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalRoutesTab(Session &session, QWidget *parent = nullptr);
    ~ApprovalRoutesTab() override;

    bool canEdit() const { return m_canEdit; }
    // The routes in the order the table shows them.
    const QList<RouteRow> &routes() const { return m_routes; }
    bool selectRoute(const QString &requestType, const QString &decisionKind);

public Q_SLOTS:
    void reload();
    void editRoute();
    void newRoute();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<RouteRow> selectedRoute() const;
    void updateButtons();
    void openDialog(ApprovalRouteDialog *dialog);

    std::unique_ptr<Ui::ApprovalRoutesTab> m_ui;
    Session &m_session;
    bool m_canEdit = false;
    QList<RouteRow> m_routes;
};

} // namespace dsr
