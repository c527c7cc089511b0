#include "HealthCheckService.h"

#include "../Logging.h"
#include "../letters/LetterData.h"
#include "../storage/Database.h"
#include "../storage/HealthCheckRepository.h"
#include "../storage/SettingsRepository.h"
#include "AuditService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

namespace dsr {

namespace {

// More lines than this from the engine's integrity check are summed up: a badly damaged file
// can report thousands, and the first ones say what is wrong.
constexpr int MaxIntegrityLines = 20;

using StoredFile = HealthCheckRepository::StoredFile;

} // namespace

QJsonObject HealthCheckReport::checked() const
{
    QJsonObject o { { QStringLiteral("engine"), engine },
                    { QStringLiteral("integrity"), integrityMethod },
                    { QStringLiteral("audit_entries"), auditEntries },
                    { QStringLiteral("letters"), letters },
                    { QStringLiteral("attachments"), attachments },
                    { QStringLiteral("disclosure_documents"), disclosureDocuments },
                    { QStringLiteral("redacted_copies"), redactedCopies },
                    { QStringLiteral("counters"), counters },
                    { QStringLiteral("settings"), settings },
                    { QStringLiteral("elapsed_ms"), elapsedMs } };
    if (indexesChecked > 0)
        o.insert(QStringLiteral("indexes"), indexesChecked);
    if (foreignKeys > 0)
        o.insert(QStringLiteral("foreign_keys"), foreignKeys);
    return o;
}

QString HealthCheckReport::summary() const
{
    const QLocale c = QLocale::c();
    return HealthCheckService::tr("%1 (%2); %3 audit entries; %4 letters, %5 attachments, %6 disclosure "
                                  "documents and %7 redacted copies hashed; %8 number counters; %9 "
                                  "letter settings.")
        .arg(engine, integrityMethod, c.toString(auditEntries), c.toString(letters), c.toString(attachments),
             c.toString(disclosureDocuments), c.toString(redactedCopies), c.toString(counters),
             c.toString(settings));
}

Result<HealthCheckReport> HealthCheckService::run(const Actor &actor, const Progress &progress)
{
    if (Status s = require(actor, Operation::AuditVerify, QStringLiteral("database")); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    HealthCheckReport out;
    out.engine = database().dialect().name();
    HealthCheckRepository repo(database());
    int step = 0;
    const auto stepDone = [&] {
        ++step;
        if (progress.report)
            progress.report(step, Steps);
    };
    const auto cancelled = [&] { return progress.cancelled && progress.cancelled(); };
    const auto problem = [&](const QString &id, const QString &message, const QString &entity = {}) {
        out.problems.append({ id, message, entity });
    };
    const Error stopped = makeError(ErrorCode::Failure, tr("The check was stopped before its end."));

    // 1. The engine's own view of its pages and indexes.
    auto integrity = repo.integrity();
    if (!integrity)
        return integrity.error();
    out.integrityMethod = integrity->method;
    out.indexesChecked = integrity->objects;
    const QStringList &lines = integrity->problems;
    for (int i = 0; i < lines.size() && i < MaxIntegrityLines; ++i)
        problem(QStringLiteral("integrity"), tr("Database integrity: %1").arg(lines.at(i)));
    if (lines.size() > MaxIntegrityLines)
        problem(QStringLiteral("integrity"),
                tr("Database integrity: %n more problems not shown.", nullptr,
                   int(lines.size() - MaxIntegrityLines)));
    stepDone();
    if (cancelled())
        return stopped;

    // 2. Rows pointing at nothing.
    auto keys = repo.foreignKeys();
    if (!keys)
        return keys.error();
    out.foreignKeys = keys->constraints;
    for (const auto &v : keys->violations) {
        if (v.rows > 0)
            problem(
                QStringLiteral("foreign_keys"),
                tr("%n row(s) of %1 point at nothing (%2).", nullptr, int(v.rows)).arg(v.table, v.constraint),
                QStringLiteral("table:") + v.table);
        if (v.notValidated)
            problem(QStringLiteral("foreign_keys"),
                    tr("The foreign key %1 is not validated: rows written meanwhile were never checked.")
                        .arg(v.constraint),
                    QStringLiteral("table:") + v.table);
    }
    stepDone();
    if (cancelled())
        return stopped;

    // 3. The audit chain, walked without an entry of its own (this check records one at the end).
    auto chain = AuditService::verifyChain(database());
    if (!chain)
        return chain.error();
    out.auditEntries = chain->checked;
    if (!chain->intact)
        problem(
            QStringLiteral("audit_chain"),
            chain->firstBadSeq > 0
                ? tr("The audit trail is broken at entry %1: %2").arg(chain->firstBadSeq).arg(chain->problem)
                : chain->problem,
            QStringLiteral("audit:%1").arg(chain->firstBadSeq));
    stepDone();
    if (cancelled())
        return stopped;

    // 4–7. Every stored file against its hash, a batch at a time.
    for (const StoredFile kind : HealthCheckRepository::storedFiles()) {
        const QString id = kind == StoredFile::Letter ? QStringLiteral("letter")
            : kind == StoredFile::Attachment          ? QStringLiteral("attachment")
            : kind == StoredFile::DisclosureDocument  ? QStringLiteral("disclosure_document")
                                                      : QStringLiteral("redacted_copy");
        const auto report = [&](const HealthCheckRepository::HashMismatch &m) {
            problem(id + QStringLiteral("_hash"), HealthCheckRepository::mismatchMessage(kind, m),
                    id + QLatin1Char(':') + QString::number(m.id));
        };
        auto read = repo.verifyHashes(kind, report, cancelled);
        if (!read)
            return read.error();
        if (cancelled())
            return stopped;
        qint64 *count = kind == StoredFile::Letter   ? &out.letters
            : kind == StoredFile::Attachment         ? &out.attachments
            : kind == StoredFile::DisclosureDocument ? &out.disclosureDocuments
                                                     : &out.redactedCopies;
        *count = read.value();
        stepDone();
    }

    // 8. Counters that would hand out a number already on paper.
    auto counters = repo.countersBehind();
    if (!counters)
        return counters.error();
    out.counters = counters->seriesYears;
    for (const auto &b : counters->behind) {
        const bool receipt = b.series == QLatin1String("receipt");
        const QString series = receipt
            ? tr("receipt number counter of fiscal year %1").arg(b.fiscalYear)
            : tr("document number counter of %1 in fiscal year %2").arg(b.symbol).arg(b.fiscalYear);
        problem(QStringLiteral("numbering"),
                b.counter ? tr("The %1 stands at %2, below number %3 already issued: the next numbers would "
                               "be given twice.")
                                .arg(series)
                                .arg(*b.counter)
                                .arg(b.highestIssued)
                          : tr("The %1 is missing although number %2 was issued: numbering would start at 1 "
                               "again.")
                                .arg(series)
                                .arg(b.highestIssued),
                QStringLiteral("counter:%1/%2/%3").arg(b.series, b.symbol).arg(b.fiscalYear));
    }
    stepDone();

    // 9. What every letter prints: the same list LetterDataBuilder refuses a letter by.
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    for (const RequiredLetterSetting &r : LetterDataBuilder::requiredSettings()) {
        ++out.settings;
        if (settings->value(r.key).trimmed().isEmpty())
            problem(QStringLiteral("settings"), r.missing,
                    QStringLiteral("setting:") + Settings::info(r.key).name);
    }
    stepDone();

    out.elapsedMs = timer.elapsed();
    QJsonArray ids;
    for (const HealthProblem &p : out.problems)
        if (!ids.contains(p.id))
            ids.append(p.id);
    QJsonObject details = out.checked();
    details.insert(QStringLiteral("problems"), qint64(out.problems.size()));
    details.insert(QStringLiteral("problem_ids"), ids);
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("check.run"), QStringLiteral("database"),
                                       QStringLiteral("-"), details));
        !s)
        return s.error();
    out.finishedUtc = QDateTime::currentDateTimeUtc();
    if (out.ok())
        qCInfo(lcServices) << "health check: no problem," << out.elapsedMs << "ms";
    else
        qCWarning(lcServices) << "health check:" << out.problems.size() << "problems" << ids.toVariantList();
    return out;
}

Result<std::optional<QDateTime>> HealthCheckService::lastRun(const Actor &actor)
{
    if (Status s = require(actor, Operation::AuditVerify, QStringLiteral("database")); !s)
        return s.error();
    return HealthCheckRepository(database()).lastRun();
}

} // namespace dsr
