#include "HealthCheckTab.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "Session.h"
#include "UiText.h"
#include "services/HealthCheckService.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsr {

HealthCheckTab::HealthCheckTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_run(new QPushButton(tr("Run the check"), this))
    , m_lastRun(new QLabel(this))
    , m_result(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(0, 2, this))
    , m_error(new ErrorLabel(this))
{
    m_run->setObjectName(QStringLiteral("runCheckButton"));
    m_lastRun->setObjectName(QStringLiteral("lastCheckLabel"));
    m_result->setObjectName(QStringLiteral("checkResultLabel"));
    m_summary->setObjectName(QStringLiteral("checkSummaryLabel"));
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_problems->setObjectName(QStringLiteral("checkProblemsTable"));
    auto *intro = new QLabel(
        tr("Reads the whole database: the engine's integrity check, the foreign keys, the audit trail's "
           "chain, every letter's, attachment's, disclosure document's and redacted copy's SHA-256 against "
           "its bytes, the number counters against the highest numbers issued, and the settings every "
           "letter needs. Nothing is changed. Run it after a restore, after a crash or a disk warning, and "
           "once a month."),
        this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setHorizontalHeaderLabels({ tr("Part"), tr("Problem") });
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    // Rows follow their text as the column stretches (a long message wraps, a short one stays one line).
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_problems->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_lastRun, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);

    connect(m_run, &QPushButton::clicked, this, &HealthCheckTab::runCheck);
}

QString HealthCheckTab::partName(const QString &id)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("integrity"), QT_TR_NOOP("Database integrity") },
        { QStringLiteral("foreign_keys"), QT_TR_NOOP("References between tables") },
        { QStringLiteral("audit_chain"), QT_TR_NOOP("Audit trail") },
        { QStringLiteral("letter_hash"), QT_TR_NOOP("Letter") },
        { QStringLiteral("attachment_hash"), QT_TR_NOOP("Attachment") },
        { QStringLiteral("disclosure_document_hash"), QT_TR_NOOP("Disclosure document") },
        { QStringLiteral("redacted_copy_hash"), QT_TR_NOOP("Redacted copy") },
        { QStringLiteral("numbering"), QT_TR_NOOP("Numbering") },
        { QStringLiteral("settings"), QT_TR_NOOP("Letter settings") },
    };
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

void HealthCheckTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadLastRun();
}

void HealthCheckTab::reloadLastRun()
{
    auto last = HealthCheckService(m_session.database).lastRun(m_session.actor);
    if (!last) {
        // Refused: the check is for administrators and auditors.
        m_run->setEnabled(false);
        m_lastRun->setText(last.error().message);
        return;
    }
    m_run->setEnabled(true);
    m_lastRun->setText(last->has_value()
                           ? tr("Last check: %1").arg(UiText::dateTime(last->value().toLocalTime()))
                           : tr("The check has not been run yet."));
}

void HealthCheckTab::runCheck()
{
    m_error->clearError();
    m_run->setEnabled(false);
    auto *task = BackgroundTask::once(m_session.database, this, tr("Checking the database…"), true);
    const bool started = task->start(
        [actor = m_session.actor](Database &db, TaskProgress &progress) {
            HealthCheckService::Progress p;
            p.report = [&progress](int done, int total) { progress.report(done, total); };
            p.cancelled = [&progress] { return progress.isCancelled(); };
            return HealthCheckService(db).run(actor, p);
        },
        [this](const Result<HealthCheckReport> &report) {
            m_run->setEnabled(true);
            if (!report)
                m_error->showError(report.error().message);
            else
                showReport(report.value());
            reloadLastRun();
            Q_EMIT checkFinished();
        });
    if (!started)
        m_run->setEnabled(true);
}

void HealthCheckTab::showReport(const HealthCheckReport &report)
{
    m_problems->setRowCount(0);
    m_summary->setText(tr("Checked: %1").arg(report.summary()));
    if (report.ok()) {
        m_result->setText(tr("No problem found."));
        m_problems->hide();
        return;
    }
    m_result->setText(tr("%n problem(s) found.", nullptr, int(report.problems.size())));
    m_problems->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const HealthProblem &p = report.problems.at(row);
        auto *part = new QTableWidgetItem(partName(p.id));
        part->setData(Qt::UserRole, p.id);
        part->setToolTip(p.id);
        m_problems->setItem(row, 0, part);
        auto *message = new QTableWidgetItem(p.message);
        message->setToolTip(p.message);
        m_problems->setItem(row, 1, message);
    }
    m_problems->show();
    qCInfo(lcUi) << "health check shown," << report.problems.size() << "problems";
}

} // namespace dsr
