#include "ApprovalRouteDialog.h"

#include "ErrorLabel.h"
#include "Logging.h"
#include "Session.h"
#include "model/Decision.h"
#include "model/Request.h"
#include "services/WorkflowService.h"
#include "ui_ApprovalRouteDialog.h"
#include "workflow/ApprovalPolicy.h"

#include <QPushButton>

namespace dsr {

namespace {

const QString Any = QStringLiteral("*");

} // namespace

ApprovalRouteDialog::ApprovalRouteDialog(Session &session, const QList<RouteRow> &routes, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApprovalRouteDialog>())
    , m_session(session)
    , m_routes(routes)
{
    setUp();
    setWindowTitle(tr("New approval route"));
    // A specific type with any decision is the usual reason for a route of its own.
    m_ui->requestTypeComboBox->setCurrentIndex(1);
    fillDecisionKinds();
    combinationChanged();
    connect(m_ui->requestTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillDecisionKinds();
        combinationChanged();
    });
    connect(m_ui->decisionKindComboBox, &QComboBox::currentIndexChanged, this,
            &ApprovalRouteDialog::combinationChanged);
    m_ui->requestTypeComboBox->setFocus();
}

ApprovalRouteDialog::ApprovalRouteDialog(Session &session, const RouteRow &route,
                                         const QList<RouteRow> &routes, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApprovalRouteDialog>())
    , m_session(session)
    , m_routes(routes)
    , m_steps(route.steps)
    , m_editing(true)
{
    setUp();
    setWindowTitle(tr("Edit approval route"));
    // The combination is the route's identity; another combination is another route.
    QComboBox *types = m_ui->requestTypeComboBox;
    if (types->findData(route.requestType) < 0)
        types->addItem(route.requestType, route.requestType);
    types->setCurrentIndex(types->findData(route.requestType));
    fillDecisionKinds();
    QComboBox *kinds = m_ui->decisionKindComboBox;
    if (kinds->findData(route.decisionKind) < 0)
        kinds->addItem(decisionKindName(route.decisionKind), route.decisionKind);
    kinds->setCurrentIndex(kinds->findData(route.decisionKind));
    types->setEnabled(false);
    kinds->setEnabled(false);
    m_ui->existingLabel->hide();
    showSteps(0);
    m_ui->stepsListWidget->setFocus();
}

ApprovalRouteDialog::~ApprovalRouteDialog() = default;

void ApprovalRouteDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->requestTypeComboBox->addItem(requestTypeName(Any), Any);
    for (RequestType t : RequestVocabulary::types())
        m_ui->requestTypeComboBox->addItem(RequestVocabulary::displayName(t), RequestVocabulary::id(t));
    fillDecisionKinds();
    // Only the roles that may be route steps (ApprovalPolicy).
    for (Role r : ApprovalPolicy::routeStepRoles())
        m_ui->roleComboBox->addItem(Roles::displayName(r), Roles::id(r));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save route"));

    connect(m_ui->stepsListWidget, &QListWidget::currentRowChanged, this,
            &ApprovalRouteDialog::updateButtons);
    connect(m_ui->addStepButton, &QPushButton::clicked, this, &ApprovalRouteDialog::addStep);
    connect(m_ui->removeStepButton, &QPushButton::clicked, this, &ApprovalRouteDialog::removeStep);
    connect(m_ui->moveStepUpButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->moveStepDownButton, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ApprovalRouteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ApprovalRouteDialog::reject);
}

QString ApprovalRouteDialog::requestTypeName(const QString &id)
{
    if (id == Any)
        return tr("Any type");
    const auto type = RequestVocabulary::typeFromId(id);
    return type ? RequestVocabulary::displayName(*type) : id;
}

QString ApprovalRouteDialog::decisionKindName(const QString &id)
{
    if (id == Any)
        return tr("Any decision");
    const auto kind = DecisionVocabulary::fromId(id);
    return kind ? DecisionVocabulary::displayName(*kind) : id;
}

QString ApprovalRouteDialog::stepsText(const QList<Role> &steps)
{
    QStringList names;
    for (Role r : steps)
        names << Roles::displayName(r);
    return names.join(QStringLiteral(" → "));
}

QString ApprovalRouteDialog::requestType() const
{
    return m_ui->requestTypeComboBox->currentData().toString();
}

QString ApprovalRouteDialog::decisionKind() const
{
    return m_ui->decisionKindComboBox->currentData().toString();
}

void ApprovalRouteDialog::fillDecisionKinds()
{
    // A specific request type is answered by its own kinds of decision only.
    QComboBox *kinds = m_ui->decisionKindComboBox;
    const QString previous = kinds->currentData().toString();
    const QSignalBlocker blocker(kinds);
    kinds->clear();
    kinds->addItem(decisionKindName(Any), Any);
    const auto type = RequestVocabulary::typeFromId(requestType());
    for (DecisionKind k : type ? DecisionVocabulary::kindsFor(*type) : DecisionVocabulary::kinds())
        kinds->addItem(DecisionVocabulary::displayName(k), DecisionVocabulary::id(k));
    kinds->setCurrentIndex(qMax(0, kinds->findData(previous)));
}

const RouteRow *ApprovalRouteDialog::findRoute(const QString &requestType, const QString &decisionKind) const
{
    for (const RouteRow &r : m_routes)
        if (r.requestType == requestType && r.decisionKind == decisionKind)
            return &r;
    return nullptr;
}

void ApprovalRouteDialog::combinationChanged()
{
    m_ui->errorLabel->clearError();
    if (const RouteRow *existing = findRoute(requestType(), decisionKind())) {
        m_steps = existing->steps;
        m_ui->existingLabel->setText(tr("This combination has a route already; saving changes its steps."));
    } else {
        // The steps chosen so far stay: a new route often starts from a similar one.
        m_ui->existingLabel->setText(tr("This combination has no route of its own yet; saving creates it."));
    }
    showSteps(0);
}

int ApprovalRouteDialog::currentStep() const
{
    return m_ui->stepsListWidget->currentRow();
}

void ApprovalRouteDialog::showSteps(int selectRow)
{
    QListWidget *list = m_ui->stepsListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (int i = 0; i < m_steps.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(Roles::displayName(m_steps[i])), list);
        item->setData(Qt::UserRole, Roles::id(m_steps[i]));
    }
    if (!m_steps.isEmpty())
        list->setCurrentRow(qBound(0, selectRow, int(m_steps.size()) - 1));
    updateButtons();
}

void ApprovalRouteDialog::updateButtons()
{
    const int row = currentStep();
    const bool selected = row >= 0 && row < m_steps.size();
    m_ui->removeStepButton->setEnabled(selected);
    m_ui->moveStepUpButton->setEnabled(selected && row > 0);
    m_ui->moveStepDownButton->setEnabled(selected && row < m_steps.size() - 1);
}

void ApprovalRouteDialog::addStep()
{
    const auto role = Roles::fromId(m_ui->roleComboBox->currentData().toString());
    if (!role)
        return;
    m_ui->errorLabel->clearError();
    // At the end, where routes usually grow; Move up places it elsewhere.
    m_steps.append(*role);
    showSteps(int(m_steps.size()) - 1);
}

void ApprovalRouteDialog::removeStep()
{
    const int row = currentStep();
    if (row < 0 || row >= m_steps.size())
        return;
    m_ui->errorLabel->clearError();
    m_steps.removeAt(row);
    showSteps(row);
}

void ApprovalRouteDialog::moveStep(int by)
{
    const int row = currentStep();
    const int to = row + by;
    if (row < 0 || row >= m_steps.size() || to < 0 || to >= m_steps.size())
        return;
    m_ui->errorLabel->clearError();
    m_steps.move(row, to);
    showSteps(to);
}

void ApprovalRouteDialog::accept()
{
    m_ui->errorLabel->clearError();
    // The route as this dialog saw it: a change from another desk meanwhile is refused.
    const RouteRow *basis = findRoute(requestType(), decisionKind());
    const Status s = WorkflowService(m_session.database)
                         .setRoute(m_session.actor, requestType(), decisionKind(), m_steps,
                                   basis ? basis->steps : QList<Role> {});
    if (!s) {
        m_ui->errorLabel->showError(s.error().message);
        return;
    }
    qCInfo(lcUi) << "approval route saved from the window:" << requestType() << decisionKind()
                 << m_steps.size() << "steps, user id" << m_session.actor.userId;
    QDialog::accept();
}

} // namespace dsr
