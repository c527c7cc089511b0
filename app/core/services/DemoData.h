#pragma once
// Realistic synthetic data for trying DSR Desk out and for benchmarks: Japanese members with
// kana, variant-kanji surnames among them, requests of every type spread over several fiscal
// years and every state, and one user per role with a printed password. Refuses a database that
// already holds data.

#include "../Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

namespace dsr {

class Database;

struct DemoReport
{
    int members = 0;
    int requests = 0;
    QList<QPair<QString, QString>> users; // login, roles (comma-separated)
    QList<QPair<QString, QString>> passwords; // login, password — printed once, never stored
};

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // `today` bounds the received dates; `seed` makes the data repeatable.
    static Result<DemoReport> fill(Database &db, int members, int requests, quint32 seed = 20251126,
                                   const QDate &today = QDate::currentDate());
};

} // namespace dsr
