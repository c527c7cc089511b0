#include "ApprovalRoutesTab.h"

#include "ApprovalRouteDialog.h"
#include "ErrorLabel.h"
#include "Session.h"
#include "model/Decision.h"
#include "model/Request.h"
#include "security/Permissions.h"
#include "services/WorkflowService.h"
#include "ui_ApprovalRoutesTab.h"

#include <QHeaderView>
#include <algorithm>

namespace dsr {

namespace {

enum Column { TypeColumn, KindColumn, StepsColumn, ColumnCount };

// "Any" first, then the vocabulary's own order, so the table reads like the law's list.
int typeOrder(const QString &id)
{
    const auto type = RequestVocabulary::typeFromId(id);
    return type ? int(RequestVocabulary::types().indexOf(*type)) : -1;
}

int kindOrder(const QString &id)
{
    const auto kind = DecisionVocabulary::fromId(id);
    return kind ? int(DecisionVocabulary::kinds().indexOf(*kind)) : -1;
}

} // namespace

ApprovalRoutesTab::ApprovalRoutesTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApprovalRoutesTab>())
    , m_session(session)
    , m_canEdit(Permissions::allowed(session.actor.roles, Operation::SettingsEdit))
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->routesTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Request type"), tr("Decision"), tr("Approval steps") });
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->editRouteButton->setVisible(m_canEdit);
    m_ui->newRouteButton->setVisible(m_canEdit);

    connect(table, &QTableWidget::itemSelectionChanged, this, &ApprovalRoutesTab::updateButtons);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_canEdit)
            editRoute();
    });
    connect(m_ui->editRouteButton, &QPushButton::clicked, this, &ApprovalRoutesTab::editRoute);
    connect(m_ui->newRouteButton, &QPushButton::clicked, this, &ApprovalRoutesTab::newRoute);
    connect(m_ui->reloadRoutesButton, &QPushButton::clicked, this, [this] {
        m_ui->routesMessageLabel->clear();
        reload();
    });
    reload();
}

ApprovalRoutesTab::~ApprovalRoutesTab() = default;

void ApprovalRoutesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another desk may have changed a route since the tab was last looked at.
    reload();
}

void ApprovalRoutesTab::reload()
{
    const auto previous = selectedRoute();
    m_ui->routesErrorLabel->clearError();
    auto routes = WorkflowService(m_session.database).routes(m_session.actor);
    m_routes.clear();
    if (!routes)
        m_ui->routesErrorLabel->showError(routes.error().message);
    else
        m_routes = routes.value();
    std::stable_sort(m_routes.begin(), m_routes.end(), [](const RouteRow &a, const RouteRow &b) {
        const int ta = typeOrder(a.requestType), tb = typeOrder(b.requestType);
        return ta != tb ? ta < tb : kindOrder(a.decisionKind) < kindOrder(b.decisionKind);
    });

    QTableWidget *table = m_ui->routesTableWidget;
    {
        const QSignalBlocker blocker(table);
        table->clearSelection();
        table->setRowCount(int(m_routes.size()));
        for (int i = 0; i < m_routes.size(); ++i) {
            const RouteRow &r = m_routes[i];
            table->setItem(i, TypeColumn,
                           new QTableWidgetItem(ApprovalRouteDialog::requestTypeName(r.requestType)));
            table->setItem(i, KindColumn,
                           new QTableWidgetItem(ApprovalRouteDialog::decisionKindName(r.decisionKind)));
            auto *steps = new QTableWidgetItem(ApprovalRouteDialog::stepsText(r.steps));
            steps->setToolTip(steps->text());
            table->setItem(i, StepsColumn, steps);
        }
        table->resizeColumnToContents(TypeColumn);
        table->resizeColumnToContents(KindColumn);
    }
    if (!previous || !selectRoute(previous->requestType, previous->decisionKind))
        if (!m_routes.isEmpty())
            table->selectRow(0);
    updateButtons();
}

bool ApprovalRoutesTab::selectRoute(const QString &requestType, const QString &decisionKind)
{
    for (int row = 0; row < m_routes.size(); ++row) {
        if (m_routes[row].requestType == requestType && m_routes[row].decisionKind == decisionKind) {
            m_ui->routesTableWidget->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<RouteRow> ApprovalRoutesTab::selectedRoute() const
{
    const QModelIndexList rows = m_ui->routesTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_routes.size())
        return std::nullopt;
    return m_routes.at(rows.first().row());
}

void ApprovalRoutesTab::updateButtons()
{
    m_ui->editRouteButton->setEnabled(selectedRoute().has_value());
}

void ApprovalRoutesTab::editRoute()
{
    const auto route = selectedRoute();
    if (!m_canEdit || !route)
        return;
    openDialog(new ApprovalRouteDialog(m_session, *route, m_routes, this));
}

void ApprovalRoutesTab::newRoute()
{
    if (!m_canEdit)
        return;
    openDialog(new ApprovalRouteDialog(m_session, m_routes, this));
}

void ApprovalRoutesTab::openDialog(ApprovalRouteDialog *dialog)
{
    m_ui->routesMessageLabel->clear();
    m_ui->routesErrorLabel->clearError();
    // Window-modal and non-blocking: the idle lock can hide it and bring it back intact.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString type = dialog->requestType();
        const QString kind = dialog->decisionKind();
        reload();
        selectRoute(type, kind);
        m_ui->routesMessageLabel->setText(tr("The route for %1, %2 is saved: %3.")
                                              .arg(ApprovalRouteDialog::requestTypeName(type),
                                                   ApprovalRouteDialog::decisionKindName(kind),
                                                   ApprovalRouteDialog::stepsText(dialog->steps())));
    });
    dialog->open();
}

} // namespace dsr
