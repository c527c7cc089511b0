#pragma once
// The window's batch issue of decision letters (LetterBatchService::issueMany) on a worker thread
// through BackgroundTask: a progress bar letter by letter, and Cancel, which stops between two
// letters — each letter is its own transaction, so the ones issued stay issued and the register
// stays whole. The outcome comes back on the GUI thread for the page to show.

#include "model/User.h"
#include "services/LetterBatchService.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QWidget;

namespace dsr {

class Database;

struct LetterBatchOutcome
{
    // One order of the batch as it came out: issued with its number, or refused with the reason.
    struct Item
    {
        QString receiptNo;
        LetterKind kind = LetterKind::Disclosure;
        qint64 letterId = 0; // 0: refused
        QString documentNo;
        QString reason; // why it was not issued (the service's message, naming a missing setting)
        bool issued() const { return letterId != 0; }
    };
    QList<Item> items; // one per order attempted, in order
    QStringList numbers; // document numbers issued, in order
    QStringList refused; // why each refused letter was not issued
    qsizetype notAttempted = 0; // orders left when the batch was cancelled
    bool cancelled = false;
    // The batch could not run at all (no connection for the worker).
    QString failure;
};

class LetterBatchTask
{
    Q_DECLARE_TR_FUNCTIONS(LetterBatchTask)
public:
    // Starts the batch; `done` runs on the GUI thread when it is over. False while `owner`
    // still has a batch running.
    static bool start(Database &db, const Actor &actor, const QList<IssueOrder> &orders, QWidget *owner,
                      std::function<void(const LetterBatchOutcome &)> done);
};

} // namespace dsr
