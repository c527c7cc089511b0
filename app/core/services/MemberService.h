#pragma once
// Members (組合員): add, edit, find, open (audited) and the all-or-nothing CSV import.

#include "../model/Member.h"
#include "ServiceBase.h"

namespace dsr {

struct ImportProblem
{
    int line = 0;
    QString message;
};

struct ImportReport
{
    QString encoding;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportProblem> problems; // non-empty: nothing was imported
};

class MemberService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)
public:
    using ServiceBase::ServiceBase;

    // Normalises (kana to katakana, postal code, widths) and checks every field.
    static Result<Member> validate(const Member &input);
    static QString fieldLabel(const QString &field);
    // Why the member's name or address cannot change now: a decision on their request rests on them.
    static QString fixedAddresseeMessage(const QStringList &fields, const QStringList &receiptNos);

    Result<Member> add(const Actor &actor, const Member &member);
    // Optimistic update; Conflict when someone saved the member meanwhile.
    Result<Member> update(const Actor &actor, const Member &member);
    // Opening a member's data is recorded in the audit trail.
    Result<Member> open(const Actor &actor, const QString &memberNumber);
    Result<Member> openById(const Actor &actor, qint64 id);
    // The member to be edited: refused unless the actor may edit members — before the lookup, so
    // a refusal does not tell who is a member — then opened (and recorded) like open().
    Result<Member> openForEdit(const Actor &actor, const QString &memberNumber);
    // Refused (and the refusal recorded) unless the actor may import members: lets dsrctl say
    // so before it reads the file.
    Status checkMayImport(const Actor &actor);

    // Most members one search returns, whatever the caller asks for.
    static constexpr int MaxSearchRows = 1000;
    // Members whose name, kana or number match `query`; a blank query finds nothing. `limit` is
    // capped at MaxSearchRows (0: the cap). Every search is recorded with its query and row count.
    Result<QList<Member>> find(const Actor &actor, const QString &query, int limit = 100);

    // The names (kanji and kana) of every member except the requester `requesterId`, for the
    // redaction detector of other members' names (MemberNameIndex): a name that reads the same as
    // the requester's (a namesake, written with 髙 for 高 or without its space) is left out too,
    // so that the requester's own name is never suggested for blacking out. NotFound when the
    // requester does not exist. Recorded as a read with the count of names.
    Result<QStringList> otherMembersNames(const Actor &actor, qint64 requesterId);

    // The CSV import: every row checked first; any bad row → nothing imported and every problem
    // reported with its line. Good files add new members and update existing ones by number.
    Result<ImportReport> importCsv(const Actor &actor, const QByteArray &bytes);
};

} // namespace dsr
