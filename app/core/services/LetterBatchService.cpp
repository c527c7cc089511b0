#include "LetterBatchService.h"

#include "../Logging.h"
#include "../Settings.h"
#include "../storage/Database.h"
#include "../storage/Numbering.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "../storage/WorkflowRepository.h"
#include "LetterIssuer.h"
#include "LetterTemplateService.h"

#include <QThreadPool>

#include <future>
#include <memory>
#include <vector>

namespace dsr {

Result<QList<IssueOrder>> LetterBatchService::pendingDecisionLetters(const Actor &actor)
{
    if (Status s = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QStringLiteral("-")); !s)
        return s.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    const auto regime = settings->regime();
    RequestQuery decided;
    decided.status = RequestStatus::Decided;
    decided.sort = RequestQuery::Sort::Received;
    decided.descending = false;
    decided.limit = 0;
    auto requests = RequestRepository(database()).list(decided);
    if (!requests)
        return requests.error();
    WorkflowRepository wf(database());
    QList<IssueOrder> out;
    for (const Request &r : requests.value()) {
        auto decision = wf.decision(r.id);
        if (!decision)
            return decision.error();
        if (!decision.value())
            continue;
        const auto kind = LetterKinds::forDecision(decision.value()->kind, r.type);
        if (!kind || !LetterKinds::allowedIn(*kind, regime)
            || !LetterIssuer(database(), today()).notYetIssued(r.id, *kind))
            continue;
        out << IssueOrder { r.id, *kind, {}, r.receiptNo };
    }
    return out;
}

struct LetterBatchService::RenderedAhead
{
    // One per order (null when it could not be rendered ahead), each with its render under way.
    QList<std::shared_ptr<LetterIssuer::SpeculativeLetter>> letters;
};

std::shared_ptr<const LetterBatchService::RenderedAhead>
LetterBatchService::renderAhead(const Actor &actor, const QList<IssueOrder> &orders, int numbersBefore)
{
    auto out = std::make_shared<RenderedAhead>();
    out->letters.resize(orders.size());
    if (!require(actor, Operation::LetterIssue, QStringLiteral("letter"), QStringLiteral("-")))
        return out;
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return out;
    QImage seal;
    if (auto stored = LetterTemplateService(database()).sealImage(*settings))
        seal = *stored;
    LetterIssuer issuer(database(), today());
    Numbering numbering(database());
    const QString symbol = settings->value(Setting::DocumentSymbol);
    QHash<int, int> predicted;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (!LetterKinds::isDecisionLetter(orders[i].kind))
            continue;
        const auto job = issuer.aheadJob(actor, orders[i], *settings, seal, [&](int year) {
            if (!predicted.contains(year)) {
                auto current = numbering.current(NumberSeries::Document, symbol, year);
                predicted.insert(year, (current ? *current + 1 : 1) + numbersBefore);
            }
            return predicted[year]++;
        });
        if (!job)
            continue;
        out->letters[i] = job->start();
    }
    return out;
}

QList<Result<Letter>> LetterBatchService::issueMany(const Actor &actor, const QList<IssueOrder> &orders,
                                                    const BatchProgress &progress,
                                                    const std::shared_ptr<const RenderedAhead> &renderedAhead)
{
    if (renderedAhead && renderedAhead->letters.size() != orders.size())
        return issueMany(actor, orders, progress);
    QList<Result<Letter>> out;
    if (Status s = require(actor, Operation::LetterIssue, QStringLiteral("letter"), QStringLiteral("-"));
        !s) {
        for (qsizetype i = 0; i < orders.size(); ++i)
            out << Result<Letter>(s.error());
        return out;
    }
    LetterIssuer issuer(database(), today());
    auto settings = SettingsRepository(database()).load();
    Numbering numbering(database());
    const QString symbol = settings ? settings->value(Setting::DocumentSymbol) : QString();
    QHash<int, int> predicted; // fiscal year → the number the next letter is expected to get
    QImage seal;
    if (settings) {
        if (auto stored = LetterTemplateService(database()).sealImage(*settings))
            seal = *stored;
    }

    // Renders run on the other cores while this thread writes the letters before them — on Qt's
    // shared pool, whose threads outlive the batch: each thread keeps its own font cache, and a
    // thread new to the letter font spends a letter's worth of time loading it.
    QThreadPool &pool = *QThreadPool::globalInstance();
    const int window = std::max(1, pool.maxThreadCount()) + 1;
    QList<std::shared_ptr<LetterIssuer::SpeculativeLetter>> ahead(orders.size());
    qsizetype started = 0;
    auto startNext = [&] {
        const qsizetype i = started++;
        const IssueOrder &o = orders[i];
        if (renderedAhead) {
            ahead[i] = renderedAhead->letters[i];
            return;
        }
        if (!settings || !LetterKinds::isDecisionLetter(o.kind))
            return;
        const auto job = issuer.aheadJob(actor, o, *settings, seal, [&](int year) {
            if (!predicted.contains(year)) {
                auto current = numbering.current(NumberSeries::Document, symbol, year);
                predicted.insert(year, current ? *current + 1 : 1);
            }
            return predicted[year]++;
        });
        if (!job)
            return;
        ahead[i] = job->start();
    };
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (progress && !progress(i, orders.size())) {
            qCInfo(lcServices) << "letter batch stopped after" << i << "of" << orders.size();
            break;
        }
        while (started < orders.size() && started < i + window)
            startNext();
        // Each letter's render is waited for before its transaction takes the write lock.
        if (ahead[i] && ahead[i]->rendering.valid())
            ahead[i]->rendering.wait();
        const IssueOrder &o = orders[i];
        Result<Letter> result = makeError(ErrorCode::Failure, QString());
        {
            Transaction tx(database());
            if (!tx.isActive()) {
                result = tx.beginError();
            } else if (!LetterKinds::isDecisionLetter(o.kind)) {
                result = makeError(
                    ErrorCode::Validation,
                    tr("A %1 needs a chief's approval before it is issued: submit its draft first.")
                        .arg(LetterKinds::title(o.kind)));
            } else if (Status s = issuer.notYetIssued(o.requestId, o.kind, actor.userId); !s) {
                result = s.error();
            } else {
                result = issuer.issueIn(actor, o.requestId, o.kind, o.input, 0, 0, 0, ahead[i].get());
                if (result) {
                    if (Status c = tx.commit(); !c)
                        result = c.error();
                }
            }
        }
        if (result)
            qCInfo(lcServices).noquote() << "letter" << result->id << "issued for request" << o.requestId;
        out << result;
        ahead[i].reset();
    }
    if (out.size() == orders.size() && progress)
        (void)progress(orders.size(), orders.size());
    // A stopped batch still waits for the few renders it started ahead (at most `window`).
    for (const auto &letter : ahead)
        if (letter && letter->rendering.valid())
            letter->rendering.wait();
    return out;
}

} // namespace dsr
