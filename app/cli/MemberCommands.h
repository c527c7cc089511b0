#pragma once
// "dsrctl member …": members (組合員) through MemberService — add, edit, the all-or-nothing CSV
// import, search and the audited view.

#include "CommandLine.h"
#include "Result.h"
#include "model/Member.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dsr::cli {

class CliContext;

class MemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)
public:
    // The "member …" commands: words, options and help text, as "dsrctl help" shows them.
    static QList<CommandSpec> commands();

    static Status add(CliContext &ctx);
    static Status edit(CliContext &ctx);
    static Status importCsv(CliContext &ctx);
    static Status find(CliContext &ctx);
    static Status show(CliContext &ctx);

    // id, member_number, name, kana, birth_date, postal_code, address, phone, affiliation,
    // created_at, updated_at, version.
    static QJsonObject toJson(const Member &m);
};

} // namespace dsr::cli
