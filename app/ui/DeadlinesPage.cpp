#include "DeadlinesPage.h"

#include "Session.h"
#include "UiText.h"
#include "security/Permissions.h"
#include "services/CalendarService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsr {

namespace {

constexpr int RequestIdRole = Qt::UserRole;

} // namespace

DeadlinesPage::DeadlinesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Deadlines"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("captionLabel"));
    m_caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
    top->addWidget(m_caption, 1);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setAutoDefault(false);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    layout->addLayout(grid, 1);
    setLayout(layout);
    m_overdue = addList(QStringLiteral("overdueListWidget"), 0, 0, &m_overdueBox);
    m_dueSoon = addList(QStringLiteral("dueSoonListWidget"), 0, 1, &m_dueSoonBox);
    m_approval = addList(QStringLiteral("approvalListWidget"), 1, 0, &m_approvalBox);
    m_amendment = addList(QStringLiteral("amendmentListWidget"), 1, 1, &m_amendmentBox);
    if (!Permissions::allowed(m_session.actor.roles, Operation::RequestApprove))
        m_amendmentBox->setProperty("gridColumn", 0);
    // Without the approval list the amendment list takes the whole lower row.
    const bool mayApprove = Permissions::allowed(m_session.actor.roles, Operation::RequestApprove);
    for (QGroupBox *box : { m_overdueBox, m_dueSoonBox, m_approvalBox, m_amendmentBox }) {
        if (box == m_approvalBox && !mayApprove) {
            box->hide();
            continue;
        }
        const int columnSpan = box == m_amendmentBox && !mayApprove ? 2 : 1;
        grid->addWidget(box, box->property("gridRow").toInt(), box->property("gridColumn").toInt(), 1,
                        columnSpan);
    }
    m_overdueBox->setStyleSheet(QStringLiteral("QGroupBox { color: #c62828; font-weight: bold; }"));
    connect(refreshButton, &QPushButton::clicked, this, &DeadlinesPage::refresh);
}

QListWidget *DeadlinesPage::addList(const QString &name, int row, int column, QGroupBox **box)
{
    *box = new QGroupBox(this);
    (*box)->setProperty("gridRow", row);
    (*box)->setProperty("gridColumn", column);
    auto *layout = new QVBoxLayout(*box);
    auto *list = new QListWidget(*box);
    list->setObjectName(name);
    list->setAlternatingRowColors(true);
    list->setToolTip(tr("Double-click a request to open it"));
    layout->addWidget(list);
    auto open = [this](QListWidgetItem *item) {
        if (item && item->data(RequestIdRole).toLongLong() > 0)
            Q_EMIT openRequestRequested(item->data(RequestIdRole).toLongLong());
    };
    connect(list, &QListWidget::itemDoubleClicked, this, open);
    connect(list, &QListWidget::itemActivated, this, open);
    return list;
}

void DeadlinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QDate DeadlinesPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DeadlinesPage::refresh()
{
    const QDate day = today();
    RequestService requests(m_session.database);
    // Which request is overdue or due soon is DeadlinePolicy's to say; the queries only fetch.
    auto deadlines = CalendarService(m_session.database).policy();
    const QString policyError = deadlines ? QString() : deadlines.error().message;
    m_deadlines = deadlines ? std::optional<DeadlinePolicy>(deadlines.value()) : std::nullopt;

    RequestQuery overdue;
    overdue.overdueAsOf = day;
    overdue.sort = RequestQuery::Sort::Deadline;
    overdue.descending = false;
    overdue.limit = 500;
    auto overdueRows = requests.list(m_session.actor, overdue);
    QList<Request> late;
    if (overdueRows)
        for (const Request &r : overdueRows.value())
            if (DeadlinePolicy::overdue(r, day))
                late << r;
    fill(m_overdue, m_overdueBox, tr("Overdue (%1)"), late,
         overdueRows ? QString() : overdueRows.error().message);

    // Running requests not yet late that may be due soon, soonest first; the policy keeps those
    // due soon (act-by date within seven open days or, in the private regime, the target).
    RequestQuery running;
    running.actByFrom = day;
    if (deadlines)
        running.actByTo = deadlines->dueSoonFetchUntil(day);
    running.sort = RequestQuery::Sort::Deadline;
    running.descending = false;
    running.limit = 500;
    auto runningRows
        = deadlines ? requests.list(m_session.actor, running) : Result<QList<Request>>(QList<Request> {});
    QList<Request> soon;
    if (deadlines && runningRows)
        for (const Request &r : runningRows.value())
            if (deadlines->dueSoon(r, day))
                soon << r;
    fill(m_dueSoon, m_dueSoonBox, tr("Due within %1 open days (%2)").arg(DeadlinePolicy::DueSoonOpenDays),
         soon,
         !policyError.isEmpty() ? policyError
             : runningRows      ? QString()
                                : runningRows.error().message);
    if (deadlines) {
        const QString until = UiText::date(deadlines->dueSoonUntil(day));
        m_caption->setText(
            deadlines->targetDays() > 0
                ? tr("Today %1 · due soon: act by or target on %2 at the latest (target %n day(s) "
                     "after receipt)",
                     nullptr, deadlines->targetDays())
                      .arg(UiText::date(day), until)
                : tr("Today %1 · due soon: act by %2 at the latest").arg(UiText::date(day), until));
    } else {
        m_caption->setText(policyError);
    }

    if (Permissions::allowed(m_session.actor.roles, Operation::RequestApprove)) {
        auto inbox = WorkflowService(m_session.database).approvalInbox(m_session.actor);
        fill(m_approval, m_approvalBox, tr("Awaiting my approval (%1)"),
             inbox ? inbox.value() : QList<Request> {}, inbox ? QString() : inbox.error().message);
    }

    RequestQuery amendment;
    amendment.status = RequestStatus::AwaitingAmendment;
    amendment.sort = RequestQuery::Sort::Deadline;
    amendment.descending = false;
    amendment.limit = 500;
    auto amendmentRows = requests.list(m_session.actor, amendment);
    fill(m_amendment, m_amendmentBox, tr("Awaiting amendment (%1)"),
         amendmentRows ? amendmentRows.value() : QList<Request> {},
         amendmentRows ? QString() : amendmentRows.error().message);
}

void DeadlinesPage::fill(QListWidget *list, QGroupBox *box, const QString &title,
                         const QList<Request> &requests, const QString &error)
{
    list->clear();
    box->setTitle(title.arg(requests.size()));
    if (!error.isEmpty()) {
        list->addItem(error);
        return;
    }
    const QDate day = today();
    for (const Request &r : requests) {
        const QDate actBy = DeadlinePolicy::actBy(r);
        const qint64 days = day.daysTo(actBy);
        const QString when = days < 0 ? tr("%n day(s) late", nullptr, int(-days))
            : days == 0               ? tr("today")
                                      : tr("in %n day(s)", nullptr, int(days));
        auto *item = new QListWidgetItem(tr("%1  ·  %2 (%3)  ·  %4  ·  %5  ·  %6")
                                             .arg(r.receiptNo, UiText::date(actBy), when,
                                                  RequestVocabulary::displayName(r.type), r.requesterName(),
                                                  RequestVocabulary::displayName(r.status)),
                                         list);
        item->setData(RequestIdRole, r.id);
        QString tip = tr("Legal deadline %1; act by %2").arg(UiText::date(r.deadline), UiText::date(actBy));
        if (const QDate target = m_deadlines && DeadlinePolicy::deadlineRuns(r.status)
                ? m_deadlines->target(r.received)
                : QDate();
            target.isValid())
            tip += QLatin1Char('\n') + tr("Target %1").arg(UiText::date(target));
        item->setToolTip(tip);
        if (DeadlinePolicy::overdue(r, day))
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (requests.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None"), list);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace dsr
