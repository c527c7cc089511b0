#pragma once
// Long work of the window — the login's password hashing, a batch of letters, an export — run on
// a worker thread so that the window keeps painting and answering. The work gets its own
// connection to the same database (Database::anotherConnection: a Qt SQL connection belongs to
// its thread) and calls services with it, never widgets. A progress dialog appears when the work
// takes longer than DialogDelayMs; where stopping is safe it has a Cancel button, which asks the
// work to stop at its next safe point (TaskProgress::isCancelled, and QThread's interruption
// request, which ServiceBase::writeExport honours). The result is handed back on the GUI thread.

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QProgressDialog;
class QPushButton;
class QThread;
class QTimer;
class QWidget;

namespace dsr {

class Database;

// What the work sees of its task; called on the worker thread.
class TaskProgress
{
public:
    // The person pressed Cancel: stop at the next point where stopping leaves everything whole.
    bool isCancelled() const { return m_cancelled.load(); }
    // `done` of `total` items are finished (shown in the progress dialog).
    void report(qint64 done, qint64 total);

private:
    friend class BackgroundTask;
    std::atomic_bool m_cancelled { false };
    std::function<void(qint64, qint64)> m_report;
};

class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    // Work that is over sooner shows no dialog at all.
    static constexpr int DialogDelayMs = 300;

    // `owner`: the window the progress dialog belongs to (and blocks while it shows).
    BackgroundTask(Database &db, QWidget *owner);
    // A task still running is asked to stop, and waited for; its result is dropped.
    ~BackgroundTask() override;

    void setLabel(const QString &label);
    // Whether the dialog offers Cancel; only for work that can stop at a safe point.
    void setCancellable(bool cancellable);
    bool isRunning() const;

    // Runs `work(Database &, TaskProgress &)` on a worker thread, then `done(result)` here on
    // the GUI thread. The work returns a Result<…>; when the worker's connection cannot be opened
    // `done` gets that error instead. False, and nothing started, while a task is still running.
    template<typename Work, typename Done> bool start(Work work, Done done)
    {
        using R = std::invoke_result_t<Work &, Database &, TaskProgress &>;
        auto result = std::make_shared<std::optional<R>>();
        return startWork(
            [work = std::move(work), result](Database *db, const Error *failure,
                                             TaskProgress &progress) mutable {
                if (db)
                    result->emplace(work(*db, progress));
                else
                    result->emplace(R(*failure));
            },
            [done = std::move(done), result]() mutable { done(std::move(**result)); });
    }

    // A task for one piece of work, deleted once its result is delivered.
    static BackgroundTask *once(Database &db, QWidget *owner, const QString &label, bool cancellable);

    // Tasks started and not yet delivered, in the whole program (tests wait for none).
    static int runningCount();

public Q_SLOTS:
    // Asks the running work to stop at its next safe point.
    void cancel();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    // The result was delivered (after `done` ran).
    void finished();

private:
    using Work = std::function<void(Database *, const Error *, TaskProgress &)>;
    bool startWork(Work work, std::function<void()> deliver);
    void showDialog();
    void showProgress(qint64 done, qint64 total);
    void finish(const std::function<void()> &deliver);

    Database &m_db;
    QPointer<QWidget> m_owner;
    QString m_label;
    bool m_cancellable = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<TaskProgress> m_progress;
    QTimer *m_dialogTimer;
    QPointer<QProgressDialog> m_dialog;
    QPointer<QPushButton> m_cancelButton;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace dsr
