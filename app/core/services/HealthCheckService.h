#pragma once
// The health check (dsrctl check, 設定 ▸ 点検): proves that the database, the audit chain and the
// stored files are intact and that letters can be issued. It reads everything and repairs nothing;
// each problem has a stable id for scripts and a message for people. Running it needs the audit
// verification right (Operation::AuditVerify: administrator, auditor, privacy officer) — the check
// reports only ids, counts and document numbers, never a member's data — and is recorded
// ("check.run" with the counts and the problems' ids).

#include "ServiceBase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace dsr {

struct HealthProblem
{
    // "integrity", "foreign_keys", "audit_chain", "letter_hash", "attachment_hash",
    // "disclosure_document_hash", "redacted_copy_hash", "numbering", "settings"
    QString id;
    QString message; // translated, one line
    QString entity; // what it is about ("letter:12", "setting:organisation.head_name"); may be empty
};

struct HealthCheckReport
{
    QList<HealthProblem> problems;
    QString engine; // "SQLite" / "PostgreSQL"
    QString integrityMethod; // what the integrity check ran (HealthCheckRepository::Integrity::method)
    qint64 indexesChecked = 0; // PostgreSQL with amcheck
    qint64 foreignKeys = 0; // foreign keys examined one by one (PostgreSQL)
    qint64 auditEntries = 0;
    qint64 letters = 0;
    qint64 attachments = 0;
    qint64 disclosureDocuments = 0;
    qint64 redactedCopies = 0;
    qint64 counters = 0; // series × fiscal year with numbers issued
    qint64 settings = 0; // settings needed for letters
    QDateTime finishedUtc;
    qint64 elapsedMs = 0;

    bool ok() const { return problems.isEmpty(); }
    // The counts as the JSON of `dsrctl check --json` names them ("checked").
    QJsonObject checked() const;
    // One translated line: what was checked ("12,345 audit entries, 40 letters, …").
    QString summary() const;
};

class HealthCheckService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckService)
public:
    using ServiceBase::ServiceBase;

    // Parts of the check, for a progress bar: done of Steps.
    static constexpr int Steps = 9;
    struct Progress
    {
        std::function<void(int done, int total)> report;
        std::function<bool()> cancelled; // asked between parts and between batches of files
    };

    // Runs every part and returns the problems found (an empty list: healthy). An error only when
    // the check itself could not run (refused, the database unreachable, cancelled).
    Result<HealthCheckReport> run(const Actor &actor, const Progress &progress = {});
    // When the check last ran to its end, from its audit entry; nullopt before the first.
    Result<std::optional<QDateTime>> lastRun(const Actor &actor);
};

} // namespace dsr
