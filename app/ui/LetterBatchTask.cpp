#include "LetterBatchTask.h"

#include "BackgroundTask.h"
#include "Logging.h"

#include <QWidget>

namespace dsr {

bool LetterBatchTask::start(Database &db, const Actor &actor, const QList<IssueOrder> &orders, QWidget *owner,
                            std::function<void(const LetterBatchOutcome &)> done)
{
    const QString name = QStringLiteral("letterBatchTask");
    if (auto *running = owner->findChild<BackgroundTask *>(name, Qt::FindDirectChildrenOnly);
        running && running->isRunning())
        return false;
    auto *task = BackgroundTask::once(
        db, owner, tr("Issuing %n decision letter(s)…", nullptr, int(orders.size())), true);
    task->setObjectName(name);
    return task->start(
        [actor, orders](Database &worker, TaskProgress &progress) -> Result<QList<Result<Letter>>> {
            return LetterBatchService(worker).issueMany(actor, orders,
                                                        [&progress](qsizetype issued, qsizetype total) {
                                                            progress.report(issued, total);
                                                            return !progress.isCancelled();
                                                        });
        },
        [done = std::move(done), orders](const Result<QList<Result<Letter>>> &results) {
            const qsizetype total = orders.size();
            LetterBatchOutcome outcome;
            if (!results) {
                outcome.failure = results.error().message;
                done(outcome);
                return;
            }
            for (qsizetype i = 0; i < results->size(); ++i) {
                const Result<Letter> &r = results->at(i);
                LetterBatchOutcome::Item item { orders.at(i).receiptNo, orders.at(i).kind, 0, {}, {} };
                if (r) {
                    outcome.numbers << r->documentNo;
                    item.letterId = r->id;
                    item.documentNo = r->documentNo;
                } else {
                    outcome.refused << r.error().message;
                    item.reason = r.error().message;
                }
                outcome.items << item;
            }
            outcome.notAttempted = total - results->size();
            outcome.cancelled = outcome.notAttempted > 0;
            qCInfo(lcUi) << "decision letters issued from the window:" << outcome.numbers.size()
                         << "refused:" << outcome.refused.size() << "not attempted:" << outcome.notAttempted;
            done(outcome);
        });
}

} // namespace dsr
