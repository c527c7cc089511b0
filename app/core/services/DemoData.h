#pragma once
// Realistic synthetic data for trying DSR Desk out and for benchmarks: Japanese members with
// kana, variant-kanji surnames among them, the organisation's settings, one user per role with a
// printed password, and requests of every type spread over several fiscal years. Each request is
// lived through the real services day by day — identity checks, amendments with their letters,
// inquiries, drafts, approval rounds with returns, decision letters issued, printed and mailed,
// withdrawals, closures — so that every state carries the work behind it. Refuses a database
// that already holds data.

#include "../Result.h"
#include "../Settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

#include <functional>

namespace dsr {

class Database;

struct DemoReport
{
    int members = 0;
    int requests = 0;
    QList<QPair<QString, QString>> users; // login, roles (comma-separated)
    QList<QPair<QString, QString>> passwords; // login, password — printed once, never stored
    qint64 elapsedMs = 0;
};

// Asked after each simulated day with how many requests have been received so far.
using DemoProgress = std::function<void(int requestsDone, int requestsTotal)>;

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // `today` bounds the received dates; `seed` makes the data repeatable (all but the
    // passwords and the times things were recorded at).
    static Result<DemoReport> fill(Database &db, int members, int requests, quint32 seed = 20251126,
                                   const QDate &today = QDate::currentDate(),
                                   const DemoProgress &progress = {});
    // The organisation settings the demo stores: every one a letter prints, synthetic values in
    // the reference organisation's shape.
    static QList<QPair<Setting, QString>> organisationSettings();
    // Whether `db` was filled by fill() (its audit trail says so): the window replaces such a
    // file when the demo is tried again, and never one that is not.
    static Result<bool> isDemo(Database &db);
};

} // namespace dsr
