#include "MemberService.h"

#include "../security/FreeText.h"

#include "../Logging.h"
#include "../security/FileInput.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/RequestRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "../text/CsvReader.h"
#include "../text/JapaneseText.h"
#include "FieldErrors.h"
#include "FreeTextFields.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace dsr {

namespace {

const QStringList kFields { QStringLiteral("member_number"), QStringLiteral("name"),
                            QStringLiteral("kana"),          QStringLiteral("birth_date"),
                            QStringLiteral("postal_code"),   QStringLiteral("address"),
                            QStringLiteral("phone"),         QStringLiteral("affiliation") };
const QStringList kJapaneseHeaders { QStringLiteral("組合員番号"), QStringLiteral("氏名"),
                                     QStringLiteral("カナ"),       QStringLiteral("生年月日"),
                                     QStringLiteral("郵便番号"),   QStringLiteral("住所"),
                                     QStringLiteral("電話"),       QStringLiteral("所属所") };

bool sameData(const Member &a, const Member &b)
{
    return a.name == b.name && a.kana == b.kana && a.birthDate == b.birthDate && a.postalCode == b.postalCode
        && a.address == b.address && a.phone == b.phone && a.affiliation == b.affiliation;
}

QStringList changedFields(const Member &a, const Member &b)
{
    QStringList out;
    if (a.memberNumber != b.memberNumber)
        out << QStringLiteral("member_number");
    if (a.name != b.name)
        out << QStringLiteral("name");
    if (a.kana != b.kana)
        out << QStringLiteral("kana");
    if (a.birthDate != b.birthDate)
        out << QStringLiteral("birth_date");
    if (a.postalCode != b.postalCode)
        out << QStringLiteral("postal_code");
    if (a.address != b.address)
        out << QStringLiteral("address");
    if (a.phone != b.phone)
        out << QStringLiteral("phone");
    if (a.affiliation != b.affiliation)
        out << QStringLiteral("affiliation");
    return out;
}

// The member's name and address are the addressee of every letter on the member's own requests:
// while a decision is in approval or decided but not yet notified, they are part of the facts
// the approvers saw (Decided means decided). Returns the receipt numbers of those requests.
Result<QStringList> requestsWithFixedAddressee(Database &db, qint64 memberId)
{
    QStringList out;
    for (RequestStatus status : { RequestStatus::InApproval, RequestStatus::Decided }) {
        RequestQuery q;
        q.memberId = memberId;
        q.status = status;
        q.sort = RequestQuery::Sort::ReceiptNo;
        q.descending = false;
        q.limit = 0;
        auto rows = RequestRepository(db).list(q);
        if (!rows)
            return rows.error();
        for (const Request &r : rows.value())
            out << r.receiptNo;
    }
    return out;
}

QStringList addresseeFields(const QStringList &changed)
{
    static const QStringList fields { QStringLiteral("name"), QStringLiteral("kana"),
                                      QStringLiteral("postal_code"), QStringLiteral("address") };
    QStringList out;
    for (const QString &f : changed)
        if (fields.contains(f))
            out << f;
    return out;
}

} // namespace

QString MemberService::fixedAddresseeMessage(const QStringList &fields, const QStringList &receiptNos)
{
    QStringList labels;
    for (const QString &f : fields)
        labels << fieldLabel(f);
    return tr("The member's %1 cannot change while a decision on their request is in approval or "
              "decided and not yet notified (%2): the approvers decided on them. Return the draft "
              "(差戻し) or reopen the request with a reason, then correct the member; the decision "
              "then needs approval again.")
        .arg(labels.join(tr(", ")), receiptNos.join(tr(", ")));
}

QString MemberService::fieldLabel(const QString &field)
{
    if (field == QLatin1String("member_number"))
        return tr("Member number");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("kana"))
        return tr("Kana");
    if (field == QLatin1String("birth_date"))
        return tr("Birth date");
    if (field == QLatin1String("postal_code"))
        return tr("Postal code");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("phone"))
        return tr("Telephone");
    if (field == QLatin1String("affiliation"))
        return tr("Affiliation");
    return field;
}

Result<Member> MemberService::validate(const Member &in)
{
    // Letters and digits, hyphens between them: "-1" or "12-" is a typing slip, not a number.
    static const QRegularExpression numberPattern(
        QStringLiteral("^[0-9A-Za-z](?:[0-9A-Za-z-]{0,18}[0-9A-Za-z])?$"));
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9()+ -]{0,20}$"));
    FieldErrors e;
    Member m = in;
    const auto label = [](const char *f) { return fieldLabel(QString::fromLatin1(f)); };

    m.memberNumber = in.memberNumber.normalized(QString::NormalizationForm_KC).trimmed();
    if (m.memberNumber.isEmpty())
        e.add(QStringLiteral("member_number"), tr("%1 is required.").arg(label("member_number")));
    else if (!numberPattern.match(m.memberNumber).hasMatch())
        e.add(QStringLiteral("member_number"),
              tr("%1 may have up to 20 letters, digits and hyphens, and begins and ends with a letter or "
                 "digit.")
                  .arg(label("member_number")));

    m.name = e.required(QStringLiteral("name"), label("name"), in.name, 60);

    m.kana = JapaneseText::toKatakana(in.kana);
    if (m.kana.isEmpty())
        e.add(QStringLiteral("kana"), tr("%1 is required.").arg(label("kana")));
    else if (!JapaneseText::isKatakana(m.kana))
        e.add(QStringLiteral("kana"),
              tr("%1 must be written in katakana (hiragana is converted).").arg(label("kana")));
    else if (m.kana.size() > 60)
        e.add(QStringLiteral("kana"), tr("%1 may have at most %2 characters.").arg(label("kana")).arg(60));

    if (!in.birthDate.isValid())
        e.add(QStringLiteral("birth_date"), tr("%1 is required (YYYY-MM-DD).").arg(label("birth_date")));
    else if (in.birthDate < QDate(1900, 1, 1) || in.birthDate > QDate::currentDate())
        e.add(QStringLiteral("birth_date"),
              tr("%1 must lie between 1900-01-01 and today.").arg(label("birth_date")));

    m.postalCode = JapaneseText::normalizePostalCode(in.postalCode);
    if (in.postalCode.trimmed().isEmpty())
        e.add(QStringLiteral("postal_code"), tr("%1 is required.").arg(label("postal_code")));
    else if (m.postalCode.isEmpty())
        e.add(QStringLiteral("postal_code"),
              tr("%1 must be written NNN-NNNN (full-width digits are accepted).").arg(label("postal_code")));

    m.address = e.required(QStringLiteral("address"), label("address"), in.address, 200);

    m.phone = in.phone.normalized(QString::NormalizationForm_KC).trimmed();
    if (!phonePattern.match(m.phone).hasMatch())
        e.add(QStringLiteral("phone"),
              tr("%1 may hold only digits, hyphens, brackets and spaces (at most 20).").arg(label("phone")));
    m.affiliation = e.optional(QStringLiteral("affiliation"), label("affiliation"), in.affiliation, 60);
    m.name = FreeText::normalized(m.name);
    m.address = FreeText::normalized(m.address);
    m.affiliation = FreeText::normalized(m.affiliation);
    for (const FieldError &f : FreeTextFields::check(m))
        e.add(f.field, f.message);
    if (!e.isEmpty())
        return e.toError();
    return m;
}

Result<Member> MemberService::add(const Actor &actor, const Member &input)
{
    if (Status s = require(actor, Operation::MemberEdit, QStringLiteral("member")); !s)
        return s.error();
    auto valid = validate(input);
    if (!valid)
        return valid.error();
    Member m = valid.value();
    Status s = inTransaction(
        [&]() -> Status {
            MemberRepository repo(database());
            auto existing = repo.findByNumber(m.memberNumber);
            if (!existing)
                return existing.error();
            if (existing.value()) {
                Error e { ErrorCode::Conflict,
                          tr("Member number %1 is already registered.").arg(m.memberNumber),
                          { { QStringLiteral("member_number"),
                              tr("This member number is already registered.") } } };
                return e;
            }
            auto id = repo.insert(m);
            if (!id)
                return id.error();
            m.id = id.value();
            m.version = 1;
            return {};
        },
        [&] {
            return eventFor(actor, QStringLiteral("member.create"), QStringLiteral("member"),
                            QString::number(m.id));
        });
    if (!s)
        return s.error();
    return m;
}

Result<Member> MemberService::update(const Actor &actor, const Member &input)
{
    if (Status s = require(actor, Operation::MemberEdit, QStringLiteral("member"), QString::number(input.id));
        !s)
        return s.error();
    auto valid = validate(input);
    if (!valid)
        return valid.error();
    Member m = valid.value();
    QStringList fields;
    Status s = inTransaction(
        [&]() -> Status {
            MemberRepository repo(database());
            auto before = repo.findById(m.id);
            if (!before)
                return before.error();
            if (!before.value())
                return makeError(ErrorCode::NotFound, tr("The member no longer exists."));
            if (before.value()->version != m.version)
                return changedBySomeoneElse();
            fields = changedFields(*before.value(), m);
            if (const QStringList addressee = addresseeFields(fields); !addressee.isEmpty()) {
                auto pending = requestsWithFixedAddressee(database(), m.id);
                if (!pending)
                    return pending.error();
                if (!pending->isEmpty())
                    return makeError(ErrorCode::Validation,
                                     fixedAddresseeMessage(addressee, pending.value()));
            }
            if (fields.contains(QStringLiteral("member_number"))) {
                auto clash = repo.findByNumber(m.memberNumber);
                if (!clash)
                    return clash.error();
                if (clash.value())
                    return makeError(ErrorCode::Conflict,
                                     tr("Member number %1 is already registered.").arg(m.memberNumber));
            }
            if (Status u = repo.update(m); !u)
                return u;
            ++m.version;
            return {};
        },
        [&] {
            // Field names only: the values are personal data.
            return eventFor(actor, QStringLiteral("member.update"), QStringLiteral("member"),
                            QString::number(m.id),
                            { { QStringLiteral("fields"), fields.join(QLatin1Char(',')) } });
        });
    if (!s)
        return s.error();
    return m;
}

Result<Member> MemberService::open(const Actor &actor, const QString &memberNumber)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("member")); !s)
        return s.error();
    auto found = MemberRepository(database())
                     .findByNumber(memberNumber.normalized(QString::NormalizationForm_KC).trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no member with the number %1.").arg(memberNumber));
    if (Status s = recordOnly(eventFor(actor, QStringLiteral("member.view"), QStringLiteral("member"),
                                       QString::number(found.value()->id)));
        !s)
        return s.error();
    return *found.value();
}

Result<Member> MemberService::openById(const Actor &actor, qint64 id)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("member"), QString::number(id)); !s)
        return s.error();
    auto found = MemberRepository(database()).findById(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("The member no longer exists."));
    if (Status s = recordOnly(
            eventFor(actor, QStringLiteral("member.view"), QStringLiteral("member"), QString::number(id)));
        !s)
        return s.error();
    return *found.value();
}

Result<Member> MemberService::openForEdit(const Actor &actor, const QString &memberNumber)
{
    if (Status s = require(actor, Operation::MemberEdit, QStringLiteral("member")); !s)
        return s.error();
    return open(actor, memberNumber);
}

Status MemberService::checkMayImport(const Actor &actor)
{
    return require(actor, Operation::MemberEdit, QStringLiteral("member"));
}

Result<QList<Member>> MemberService::find(const Actor &actor, const QString &query, int limit)
{
    if (Status s = require(actor, Operation::RequestRead, QStringLiteral("member")); !s)
        return s.error();
    const int cap = limit > 0 ? qMin(limit, MaxSearchRows) : MaxSearchRows;
    QList<Member> found;
    // A blank query (or one of punctuation only, which has no search key) is no search: it must
    // not list every member.
    if (!JapaneseText::searchKey(query).isEmpty()) {
        auto rows = MemberRepository(database()).search(query, cap);
        if (!rows)
            return rows.error();
        found = std::move(rows).value();
    }
    if (Status s
        = recordRead(actor, QStringLiteral("member.search"), QStringLiteral("member"), QStringLiteral("-"),
                     { { QStringLiteral("query"), auditQuery(query) }, { QStringLiteral("limit"), cap } },
                     found.size());
        !s)
        return s.error();
    return found;
}

Result<QStringList> MemberService::otherMembersNames(const Actor &actor, qint64 requesterId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("member"), QString::number(requesterId));
        !s)
        return s.error();
    MemberRepository members(database());
    auto requester = members.findById(requesterId);
    if (!requester)
        return requester.error();
    if (!requester.value())
        return makeError(ErrorCode::NotFound, tr("The member no longer exists."));
    auto names = members.namesExcept(requesterId);
    if (!names)
        return names.error();
    QSet<QString> own;
    for (const QString &text : { requester.value()->name, requester.value()->kana })
        if (const QString key = JapaneseText::searchKey(text); !key.isEmpty())
            own.insert(key);
    QStringList out;
    out.reserve(names->size());
    for (const QString &name : std::as_const(*names))
        if (!own.contains(JapaneseText::searchKey(name)))
            out.append(name);
    if (Status s = recordRead(actor, QStringLiteral("member.names"), QStringLiteral("member"),
                              QString::number(requesterId),
                              { { QStringLiteral("purpose"), QStringLiteral("redaction") } }, out.size());
        !s)
        return s.error();
    return out;
}

Result<ImportReport> MemberService::importCsv(const Actor &actor, const QByteArray &bytes)
{
    if (Status s = require(actor, Operation::MemberEdit, QStringLiteral("member")); !s)
        return s.error();
    if (bytes.size() > FileInput::MemberCsvLimit)
        return makeError(ErrorCode::Validation,
                         tr("The member list is larger than %1; split it into several files.")
                             .arg(FileInput::sizeText(FileInput::MemberCsvLimit)));
    ImportReport report;
    auto table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    report.encoding = table->encoding;
    if (table->records.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("The file is empty; the first line must name the columns."));

    // Header: English or Japanese names, any order; every column known, the required ones present.
    const CsvRecord header = table->records.first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        int idx = kFields.indexOf(name);
        if (idx < 0)
            idx = kJapaneseHeaders.indexOf(name);
        if (idx < 0)
            return makeError(
                ErrorCode::Validation,
                tr("Line %1: unknown column \"%2\". The columns are %3 (or %4).")
                    .arg(header.line)
                    .arg(name, kFields.join(QLatin1Char(',')), kJapaneseHeaders.join(QLatin1Char(','))));
        column.insert(kFields[idx], i);
    }
    for (const QString &f : kFields.mid(0, 6))
        if (!column.contains(f))
            return makeError(ErrorCode::Validation,
                             tr("Line %1: the column %2 is missing.").arg(header.line).arg(f));

    QList<QPair<int, Member>> rows;
    QHash<QString, int> seen;
    for (qsizetype r = 1; r < table->records.size(); ++r) {
        const CsvRecord &rec = table->records[r];
        if (rec.fields.size() != header.fields.size()) {
            report.problems.append(
                { rec.line,
                  tr("%1 columns instead of %2.").arg(rec.fields.size()).arg(header.fields.size()) });
            continue;
        }
        auto field = [&](const QString &f) { return column.contains(f) ? rec.fields[column[f]] : QString(); };
        Member m;
        m.memberNumber = field(QStringLiteral("member_number"));
        m.name = field(QStringLiteral("name"));
        m.kana = field(QStringLiteral("kana"));
        const QString birth
            = field(QStringLiteral("birth_date")).normalized(QString::NormalizationForm_KC).trimmed();
        m.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!m.birthDate.isValid())
            m.birthDate = QDate::fromString(birth, QStringLiteral("yyyy/M/d"));
        m.postalCode = field(QStringLiteral("postal_code"));
        m.address = field(QStringLiteral("address"));
        m.phone = field(QStringLiteral("phone"));
        m.affiliation = field(QStringLiteral("affiliation"));
        auto valid = validate(m);
        if (!valid) {
            QStringList messages;
            for (const FieldError &fe : valid.error().fields)
                messages << fe.message;
            if (!birth.isEmpty() && !m.birthDate.isValid())
                messages << tr("The birth date \"%1\" is not a date (YYYY-MM-DD).").arg(birth);
            report.problems.append({ rec.line, messages.join(QLatin1Char(' ')) });
            continue;
        }
        if (seen.contains(valid->memberNumber)) {
            report.problems.append({ rec.line,
                                     tr("Member number %1 appears again (first on line %2).")
                                         .arg(valid->memberNumber)
                                         .arg(seen.value(valid->memberNumber)) });
            continue;
        }
        seen.insert(valid->memberNumber, rec.line);
        rows.append({ rec.line, valid.value() });
    }
    if (!report.problems.isEmpty())
        return report;

    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    MemberRepository repo(database());
    for (auto &[line, m] : rows) {
        auto existing = repo.findByNumber(m.memberNumber);
        if (!existing)
            return existing.error();
        if (!existing.value()) {
            if (auto id = repo.insert(m); !id)
                return id.error();
            ++report.inserted;
        } else if (sameData(*existing.value(), m)) {
            ++report.unchanged;
        } else {
            m.id = existing.value()->id;
            m.version = existing.value()->version;
            if (const QStringList addressee = addresseeFields(changedFields(*existing.value(), m));
                !addressee.isEmpty()) {
                auto pending = requestsWithFixedAddressee(database(), m.id);
                if (!pending)
                    return pending.error();
                if (!pending->isEmpty()) {
                    // All or nothing: every such line is named, and nothing is imported.
                    report.problems.append({ line, fixedAddresseeMessage(addressee, pending.value()) });
                    continue;
                }
            }
            if (Status s = repo.update(m); !s)
                return s.error();
            ++report.updated;
        }
    }
    if (!report.problems.isEmpty()) {
        report.inserted = report.updated = report.unchanged = 0;
        return report; // the transaction rolls back
    }
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (auto seq = AuditRepository(database())
                       .append(eventFor(actor, QStringLiteral("member.import"), QStringLiteral("member"),
                                        QStringLiteral("-"),
                                        { { QStringLiteral("inserted"), report.inserted },
                                          { QStringLiteral("updated"), report.updated },
                                          { QStringLiteral("unchanged"), report.unchanged },
                                          { QStringLiteral("file_sha256"), digest } }));
        !seq)
        return seq.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcServices) << "member import:" << report.inserted << "added," << report.updated << "updated";
    return report;
}

} // namespace dsr
