#include "BackgroundTask.h"

#include "Logging.h"
#include "services/DatabaseAccess.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace dsr {

namespace {

std::atomic_int s_running { 0 };

// The progress dialog stays until the work is over: closing it or pressing Escape cancels
// (where cancelling is allowed) instead of hiding it while the work goes on underneath.
class TaskDialog : public QProgressDialog
{
public:
    explicit TaskDialog(QWidget *parent)
        : QProgressDialog(parent)
    {
        disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
        setAutoClose(false);
        setAutoReset(false);
        setMinimumDuration(0);
    }
    bool cancellable = false;

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        if (cancellable)
            Q_EMIT canceled();
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape) {
            if (cancellable)
                Q_EMIT canceled();
            return;
        }
        QProgressDialog::keyPressEvent(event);
    }
};

} // namespace

void TaskProgress::report(qint64 done, qint64 total)
{
    if (m_report)
        m_report(done, total);
}

BackgroundTask::BackgroundTask(Database &db, QWidget *owner)
    : QObject(owner)
    , m_db(db)
    , m_owner(owner)
    , m_dialogTimer(new QTimer(this))
{
    m_dialogTimer->setSingleShot(true);
    m_dialogTimer->setInterval(DialogDelayMs);
    connect(m_dialogTimer, &QTimer::timeout, this, &BackgroundTask::showDialog);
}

BackgroundTask::~BackgroundTask()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    --s_running;
    delete m_dialog;
}

BackgroundTask *BackgroundTask::once(Database &db, QWidget *owner, const QString &label, bool cancellable)
{
    auto *task = new BackgroundTask(db, owner);
    task->setLabel(label);
    task->setCancellable(cancellable);
    connect(task, &BackgroundTask::finished, task, &QObject::deleteLater);
    return task;
}

int BackgroundTask::runningCount()
{
    return s_running.load();
}

void BackgroundTask::setLabel(const QString &label)
{
    m_label = label;
    if (m_dialog)
        m_dialog->setLabelText(label);
}

void BackgroundTask::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
}

bool BackgroundTask::isRunning() const
{
    return m_thread != nullptr;
}

bool BackgroundTask::startWork(Work work, std::function<void()> deliver)
{
    if (m_thread)
        return false;
    // Taken here, on the thread that owns the window's connection; opened on the worker.
    DatabaseAccess::Opener open = DatabaseAccess::anotherConnection(m_db);
    m_progress = std::make_shared<TaskProgress>();
    m_done = 0;
    m_total = 0;
    // Queued to this object: dropped by Qt if the task was destroyed meanwhile.
    m_progress->m_report = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    };
    m_thread
        = QThread::create([open = std::move(open), work = std::move(work), progress = m_progress]() mutable {
              // The connection lives and dies on this thread.
              auto db = open();
              if (db)
                  work(db.value().get(), nullptr, *progress);
              else
                  work(nullptr, &db.error(), *progress);
          });
    m_thread->setObjectName(QStringLiteral("dsr-task"));
    connect(m_thread, &QThread::finished, this, [this, deliver = std::move(deliver)] { finish(deliver); });
    ++s_running;
    m_thread->start();
    m_dialogTimer->start();
    return true;
}

void BackgroundTask::cancel()
{
    if (!m_thread || !m_cancellable || m_progress->isCancelled())
        return;
    qCInfo(lcUi) << "background task cancelled";
    m_progress->m_cancelled = true;
    m_thread->requestInterruption();
    if (m_dialog) {
        m_dialog->setLabelText(tr("Stopping at the next safe point…"));
        if (m_cancelButton)
            m_cancelButton->setEnabled(false);
    }
}

void BackgroundTask::showDialog()
{
    if (!m_thread || m_dialog)
        return;
    auto *dialog = new TaskDialog(m_owner ? m_owner->window() : nullptr);
    dialog->setObjectName(QStringLiteral("taskProgressDialog"));
    dialog->setWindowTitle(tr("DSR Desk"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setLabelText(m_label);
    dialog->cancellable = m_cancellable;
    if (m_cancellable) {
        m_cancelButton = new QPushButton(tr("Cancel"), dialog);
        m_cancelButton->setObjectName(QStringLiteral("cancelTaskButton"));
        dialog->setCancelButton(m_cancelButton);
        connect(dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    } else {
        dialog->setCancelButton(nullptr);
    }
    m_dialog = dialog;
    showProgress(m_done, m_total);
    dialog->show();
}

void BackgroundTask::showProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
    if (!m_dialog)
        return;
    // Until the work says how much there is, a busy bar.
    if (total <= 0) {
        m_dialog->setRange(0, 0);
        return;
    }
    m_dialog->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_dialog->setValue(int(qMin(done, total)));
}

void BackgroundTask::finish(const std::function<void()> &deliver)
{
    m_dialogTimer->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    m_dialog.clear();
    m_cancelButton.clear();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    --s_running;
    // `deliver` may close the window that owns this task.
    const QPointer<BackgroundTask> alive(this);
    deliver();
    if (alive)
        Q_EMIT finished();
}

} // namespace dsr
