#pragma once
// The start of the tests' helper desks (letter_issuer, request_writer): the arguments counted,
// DB opened, LOGIN signed in with PASSWORD — or the problem printed and the exit code returned.

#include "services/AccountService.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>
#include <memory>

struct HelperDesk
{
    std::unique_ptr<dsr::Database> db;
    dsr::Actor actor;
};

// `args` is DB LOGIN PASSWORD … after the program's name, `count` of them in all.
inline int openHelperDesk(const QStringList &args, qsizetype count, const char *usage, HelperDesk &desk)
{
    if (args.size() != count) {
        std::fprintf(stderr, "usage: %s\n", usage);
        return 2;
    }
    // Only warnings on stderr: the test shows it when a helper fails, and the reason must not be
    // buried under hundreds of lines of progress.
    QLoggingCategory::setFilterRules(QStringLiteral("dsr.*.debug=false\ndsr.*.info=false"));
    auto db = dsr::Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto actor = dsr::AccountService(*db.value()).authenticate(args[2], args[3]);
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 3;
    }
    desk.db = std::move(db).value();
    desk.actor = actor.value();
    return 0;
}
