#pragma once
// Issuing the decision letters of many decided requests at once: the orders waiting (oldest
// decision first) and the batch, each letter exactly as LetterService::issue would write it and
// each in its own transaction, while the next letters render on the other cores.

#include "../model/Letter.h"
#include "LetterInput.h"
#include "ServiceBase.h"

#include <QDate>
#include <functional>
#include <memory>

namespace dsr {

class LetterBatchService : public ServiceBase
{
    // The messages kept the context they had in LetterService (their translations with them).
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    using ServiceBase::ServiceBase;
    void setToday(const QDate &today) { m_today = today; }

    // The decided requests whose decision letter has not been issued yet, one order each (oldest
    // decision first), in the kind their decision calls for — what issueMany takes.
    Result<QList<IssueOrder>> pendingDecisionLetters(const Actor &actor);
    // Issues the decision letters of several requests, each exactly as LetterService::issue would
    // and each in its own transaction, in order. The next letters are rendered on the other cores
    // meanwhile, with the numbers they are expected to get; one whose number or content came out
    // different is rendered again inside its transaction. One result per order.
    // `progress` (optional) is asked before each letter with how many are done; when it answers
    // false the batch stops there, the letters issued so far stay issued, and the list holds one
    // result per order attempted.
    using BatchProgress = std::function<bool(qsizetype done, qsizetype total)>;
    // The letters of a batch rendered while the caller still does other work (renderAhead).
    struct RenderedAhead;
    QList<Result<Letter>> issueMany(const Actor &actor, const QList<IssueOrder> &orders,
                                    const BatchProgress &progress = {},
                                    const std::shared_ptr<const RenderedAhead> &ahead = {});
    // Starts rendering, on the other cores, the letters that issueMany(actor, orders, …, ahead)
    // will write later, with the numbers they are expected to get then: `numbersBefore` is how
    // many document numbers other letters will take in between. The caller goes on with other
    // work meanwhile (the demo's day). As always, a letter that no longer says exactly what it
    // must when it is issued is rendered again. Nothing is written.
    std::shared_ptr<const RenderedAhead> renderAhead(const Actor &actor, const QList<IssueOrder> &orders,
                                                     int numbersBefore);

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QDate m_today;
};

} // namespace dsr
