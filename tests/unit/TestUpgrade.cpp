// Upgrades (issue 15): a database made at every earlier schema version — built from the shipped
// migrations with Database::openAtVersion and filled as a program of that version filled it, a row
// in every table that exists at that version, the audit trail chained as that version chained it
// — opens with this program, migrates to the latest version and keeps its data and its audit chain;
// then the program works on it. One row per version, from Database::latestSchemaVersion(): a new
// migration is covered without editing this file, and a table it adds makes the fixture fail until
// the fixture writes a row into it. The control row at the latest version checks the checks.
// Also: a database newer than the program is refused and left unchanged, and an upgrade that fails
// half-way leaves the database at its old version, intact. On SQLite files and, as test_upgrade_pg,
// on the PostgreSQL test cluster (made and upgraded by the schema's owner, used by the desks' role).

#include "Settings.h"
#include "TestSupport.h"
#include "security/AuditChain.h"
#include "security/AuditKey.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/HealthCheckService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/RequestRepository.h"
#include "storage/SearchIndex.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "text/JapaneseText.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

// Versions in which tables and columns appeared (resources/sql/*/NNN_*.sql).
constexpr int kMembersRequests = 2; // members, requests, history, attachments, receipt counters, grams
constexpr int kCalendar = 3; // cao_holidays, closed_days, requests.act_by
constexpr int kWorkflow = 4; // amendments, inquiries, decisions, approval steps, opinions
constexpr int kFullText = 5; // search_fts (SQLite)
constexpr int kLetters = 6; // letter_templates, seal_images, document_counters, letters
constexpr int kAuditKey = 7; // database_identity, audit_log.scheme: keyed entries
constexpr int kErasure = 8; // erasures
constexpr int kNumberCounters = 9; // number_counters replaces the two counter tables; letter keys
constexpr int kDisclosure = 11; // disclosure_documents, redaction_drafts, redacted_copies

// Tables a later migration removes on purpose, their content carried elsewhere (checked apart).
const QStringList kDroppedTables { QStringLiteral("receipt_counters"), QStringLiteral("document_counters") };

QByteArray samplePdf()
{
    QFile f(QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample PDF");
    return f.readAll();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Runs `sql` with `binds`; a failure stops the test, naming the statement.
QSqlQuery run(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    // Without values not prepared: PostgreSQL prepares no GRANT.
    bool done = false;
    if (binds.isEmpty()) {
        done = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        done = q.exec();
    }
    if (!done)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// The tables of the database as its engine lists them, without the schema's bookkeeping and the
// full-text index's own tables (SQLite's search_fts_*; the index is checked by searching).
QStringList dataTables(Database &db)
{
    QStringList out;
    for (const QString &t : db.connection().tables(QSql::Tables))
        if (t != QLatin1String("schema_version") && !t.startsWith(QLatin1String("sqlite_"))
            && !t.startsWith(QLatin1String("search_fts")))
            out << t;
    out.sort();
    return out;
}

// Every value of `columns` of `table`, rows in a fixed order, as text (blobs as hex).
QString dump(Database &db, const QString &table, const QStringList &columns)
{
    QStringList order;
    for (int i = 1; i <= columns.size(); ++i)
        order << QString::number(i);
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                          .arg(columns.join(QLatin1Char(',')), table, order.join(QLatin1Char(','))));
    QString out;
    while (q.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            out += v.isNull()                         ? QStringLiteral("NULL")
                : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                      : v.toString();
            out += QLatin1Char('\t');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

struct TableState
{
    QStringList columns;
    QString rows;
};

// What the old database holds, table by table, with the columns it had then.
QMap<QString, TableState> contents(Database &db)
{
    QMap<QString, TableState> out;
    for (const QString &table : dataTables(db)) {
        const QSqlRecord record = db.connection().record(table);
        TableState s;
        for (int i = 0; i < record.count(); ++i)
            s.columns << record.fieldName(i);
        s.rows = dump(db, table, s.columns);
        out.insert(table, s);
    }
    return out;
}

// A database as a program of schema version `version` left it: a row in every table, written
// with that version's columns, and the audit trail chained as that version chained it.
class OldProgram
{
public:
    OldProgram(Database &db, int version)
        : m_db(db)
        , m_version(version)
        , m_pdf(samplePdf())
    {
    }

    void fill()
    {
        accounts();
        if (m_version >= kMembersRequests)
            membersAndRequests();
        if (m_version >= kCalendar)
            calendar();
        if (m_version >= kWorkflow)
            workflow();
        if (m_version >= kLetters)
            letters();
        if (m_version >= kErasure)
            erasure();
        if (m_version >= kDisclosure)
            disclosure();
    }

    qint64 memberA() const { return m_memberA; }
    qint64 requestA() const { return m_requestA; }
    qint64 auditEntries() const { return m_entries; }

private:
    bool server() const { return m_db.dialect().isPostgres(); }

    // INSERT with the given columns; the row's generated id (0 for a table without one).
    qint64 insert(const QString &table, const QList<std::pair<QString, QVariant>> &values, bool hasId = true)
    {
        QStringList columns, marks;
        QVariantList binds;
        for (const auto &[column, value] : values) {
            columns << column;
            marks << QStringLiteral("?");
            binds << value;
        }
        QSqlQuery q = run(m_db,
                          QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                          binds);
        if (!hasId)
            return 0;
        auto id = insertedId(m_db.connection(), q, table);
        if (!id)
            qFatal("no id for the row of %s", qPrintable(table));
        return id.value();
    }

    // One audit entry. Before version 7: plain SHA-256 (scheme 1) without a scheme column, as
    // those versions wrote it; from 7 on: the program's own append, keyed from the first entry of
    // a database made at that version (its audit key created with it).
    void audit(qint64 userId, const QString &login, const QString &action, const QString &entityType,
               qint64 entityId, const QJsonObject &details = {})
    {
        ++m_entries;
        if (m_version >= kAuditKey) {
            Transaction tx(m_db);
            if (!tx.isActive())
                qFatal("cannot begin: %s", qPrintable(tx.beginError().message));
            auto appended = AuditRepository(m_db).append(
                AuditEvent { userId > 0 ? std::optional<qint64>(userId) : std::nullopt, login, action,
                             entityType, QString::number(entityId), details });
            if (!appended || !tx.commit())
                qFatal("cannot append the audit entry %s", qPrintable(action));
            return;
        }
        AuditRecord r;
        r.seq = m_entries;
        r.atUtc = nowDbTime();
        if (userId > 0)
            r.userId = userId;
        r.userLogin = login;
        r.action = action;
        r.entityType = entityType;
        r.entityId = QString::number(entityId);
        r.details = compact(details);
        r.prevHash = m_prevHash;
        r.scheme = AuditScheme::Sha256;
        r.hash = AuditChain::computeHash(r);
        run(m_db,
            QStringLiteral("INSERT INTO audit_log (seq, at_utc, user_id, user_login, action, entity_type, "
                           "entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { r.seq, r.atUtc, userId > 0 ? QVariant(userId) : nullId(), r.userLogin, r.action, r.entityType,
              r.entityId, r.details, r.prevHash, r.hash });
        m_prevHash = r.hash;
    }

    void index(SearchIndex::Owner owner, qint64 id, const QStringList &keys)
    {
        const QString o
            = owner == SearchIndex::Owner::Member ? QStringLiteral("member") : QStringLiteral("request");
        for (const QString &g : SearchIndex::grams(keys))
            run(m_db, QStringLiteral("INSERT INTO search_grams (gram, owner, owner_id) VALUES (?, ?, ?)"),
                { g, o, id });
        // From version 5, the program kept the trigram table of SQLite up to date itself (before,
        // migration 5 fills it from the stored keys).
        if (m_version >= kFullText && !server())
            run(m_db, QStringLiteral("INSERT INTO search_fts (rowid, key) VALUES (?, ?)"),
                { id * 2 + (owner == SearchIndex::Owner::Request ? 1 : 0), SearchIndex::joinKeys(keys) });
    }

    void accounts()
    {
        const QString now = nowDbTime();
        const QByteArray hash = PasswordHasher::hash(kPassword).value();
        const std::pair<const char *, const char *> people[] = { { "admin", "administrator" },
                                                                 { "clerk1", "clerk" },
                                                                 { "chief1", "chief" },
                                                                 { "manager1", "manager" },
                                                                 { "privacy1", "privacy_officer" } };
        for (const auto &[login, role] : people) {
            const qint64 id
                = insert(QStringLiteral("users"),
                         { { QStringLiteral("login"), QLatin1String(login) },
                           { QStringLiteral("display_name"), QStringLiteral("職員 ") + QLatin1String(login) },
                           { QStringLiteral("password_hash"), QString::fromLatin1(hash) },
                           { QStringLiteral("created_at"), now },
                           { QStringLiteral("updated_at"), now } });
            insert(QStringLiteral("user_roles"),
                   { { QStringLiteral("user_id"), id }, { QStringLiteral("role"), QLatin1String(role) } },
                   false);
            m_users.insert(QLatin1String(login), id);
            audit(m_users.value(QStringLiteral("admin")), QStringLiteral("admin"),
                  QStringLiteral("user.create"), QStringLiteral("user"), id,
                  { { QStringLiteral("roles"), QLatin1String(role) } });
        }
        // What every letter prints and has no default (the health check asks for them).
        for (const auto &[key, value] :
             { std::pair { Setting::HeadName, QStringLiteral("試験 一郎") },
               std::pair { Setting::PostalCode, QStringLiteral("850-0099") },
               std::pair { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } }) {
            insert(QStringLiteral("settings"),
                   { { QStringLiteral("key"), Settings::info(key).name },
                     { QStringLiteral("value"), value },
                     { QStringLiteral("updated_at"), now } },
                   false);
            audit(m_users.value(QStringLiteral("admin")), QStringLiteral("admin"),
                  QStringLiteral("settings.change"), QStringLiteral("settings"), 0,
                  { { QStringLiteral("key"), Settings::info(key).name } });
        }
    }

    qint64 member(const QString &number, const QString &name, const QString &kana)
    {
        Member m;
        m.memberNumber = number;
        m.name = name;
        m.kana = kana;
        const QStringList keys = MemberRepository::searchKeys(m);
        const QString now = nowDbTime();
        const qint64 id = insert(QStringLiteral("members"),
                                 { { QStringLiteral("member_number"), number },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("kana"), kana },
                                   { QStringLiteral("birth_date"), QStringLiteral("1975-06-01") },
                                   { QStringLiteral("postal_code"), QStringLiteral("850-0001") },
                                   { QStringLiteral("address"), QStringLiteral("長崎県長崎市試験町1-2-3") },
                                   { QStringLiteral("search_key"), SearchIndex::joinKeys(keys) },
                                   { QStringLiteral("created_at"), now },
                                   { QStringLiteral("updated_at"), now } });
        index(SearchIndex::Owner::Member, id, keys);
        audit(m_users.value(QStringLiteral("clerk1")), QStringLiteral("clerk1"),
              QStringLiteral("member.create"), QStringLiteral("member"), id);
        return id;
    }

    qint64 request(int fiscalYear, int seq, const QString &receiptNo, qint64 memberId,
                   const QString &received)
    {
        Request r;
        r.receiptNo = receiptNo;
        const QStringList keys = RequestRepository::searchKeys(r);
        const QString now = nowDbTime();
        const qint64 clerk = m_users.value(QStringLiteral("clerk1"));
        const qint64 id
            = insert(QStringLiteral("requests"),
                     { { QStringLiteral("fiscal_year"), fiscalYear },
                       { QStringLiteral("seq"), seq },
                       { QStringLiteral("receipt_no"), receiptNo },
                       { QStringLiteral("receipt_key"), JapaneseText::searchKey(receiptNo) },
                       { QStringLiteral("type"), QStringLiteral("disclosure") },
                       { QStringLiteral("status"), QStringLiteral("received") },
                       { QStringLiteral("member_id"), memberId },
                       { QStringLiteral("received_on"), received },
                       { QStringLiteral("channel"), QStringLiteral("counter") },
                       { QStringLiteral("summary"), QStringLiteral("短期給付の記録の開示を求める") },
                       { QStringLiteral("requester_kind"), QStringLiteral("self") },
                       { QStringLiteral("id_document"), QStringLiteral("drivers_license") },
                       { QStringLiteral("id_checked_by"), clerk },
                       { QStringLiteral("id_checked_at"), now },
                       { QStringLiteral("categories"), QStringLiteral("[\"短期給付\"]") },
                       { QStringLiteral("method"), QStringLiteral("paper") },
                       { QStringLiteral("assigned_to"), clerk },
                       { QStringLiteral("deadline"),
                         QDate::fromString(received, Qt::ISODate).addDays(30).toString(Qt::ISODate) },
                       { QStringLiteral("requester_key"), SearchIndex::joinKeys(keys) },
                       { QStringLiteral("created_at"), now },
                       { QStringLiteral("updated_at"), now } });
        index(SearchIndex::Owner::Request, id, keys);
        insert(QStringLiteral("request_history"),
               { { QStringLiteral("request_id"), id },
                 { QStringLiteral("at_utc"), now },
                 { QStringLiteral("user_id"), clerk },
                 { QStringLiteral("user_login"), QStringLiteral("clerk1") },
                 { QStringLiteral("action"), QStringLiteral("register") } });
        audit(clerk, QStringLiteral("clerk1"), QStringLiteral("request.register"), QStringLiteral("request"),
              id);
        return id;
    }

    qint64 attachment(qint64 requestId, const QString &name)
    {
        const qint64 clerk = m_users.value(QStringLiteral("clerk1"));
        const qint64 id = insert(QStringLiteral("attachments"),
                                 { { QStringLiteral("request_id"), requestId },
                                   { QStringLiteral("file_name"), name },
                                   { QStringLiteral("mime_type"), QStringLiteral("application/pdf") },
                                   { QStringLiteral("size"), qint64(m_pdf.size()) },
                                   { QStringLiteral("sha256"), sha256(m_pdf) },
                                   { QStringLiteral("content"), m_pdf },
                                   { QStringLiteral("added_by"), clerk },
                                   { QStringLiteral("added_at"), nowDbTime() } });
        audit(clerk, QStringLiteral("clerk1"), QStringLiteral("request.attach"), QStringLiteral("request"),
              requestId, { { QStringLiteral("attachment_id"), id } });
        return id;
    }

    void membersAndRequests()
    {
        m_memberA
            = member(QStringLiteral("10001"), QStringLiteral("試験 花子"), QStringLiteral("シケン ハナコ"));
        m_memberB
            = member(QStringLiteral("10002"), QStringLiteral("検査 次郎"), QStringLiteral("ケンサ ジロウ"));
        m_requestA = request(2025, 7, QStringLiteral("R7-0007"), m_memberA, QStringLiteral("2025-06-02"));
        m_requestB = request(2024, 12, QStringLiteral("R6-0012"), m_memberB, QStringLiteral("2025-03-10"));
        attachment(m_requestA, QStringLiteral("request.pdf"));
        if (m_version < kNumberCounters) {
            for (const auto &[year, last] : { std::pair { 2025, 7 }, std::pair { 2024, 12 } })
                insert(QStringLiteral("receipt_counters"),
                       { { QStringLiteral("fiscal_year"), year }, { QStringLiteral("last_seq"), last } },
                       false);
        } else {
            for (const auto &[year, last] : { std::pair { 2025, 7 }, std::pair { 2024, 12 } })
                insert(QStringLiteral("number_counters"),
                       { { QStringLiteral("series"), QStringLiteral("receipt") },
                         { QStringLiteral("fiscal_year"), year },
                         { QStringLiteral("last_no"), last } },
                       false);
        }
    }

    void calendar()
    {
        insert(QStringLiteral("cao_holidays"),
               { { QStringLiteral("day"), QStringLiteral("2025-11-03") },
                 { QStringLiteral("year"), 2025 },
                 { QStringLiteral("name"), QStringLiteral("文化の日") } },
               false);
        insert(QStringLiteral("closed_days"),
               { { QStringLiteral("day"), QStringLiteral("2025-12-29") },
                 { QStringLiteral("reason"), QStringLiteral("年末年始") },
                 { QStringLiteral("created_by"), m_users.value(QStringLiteral("admin")) },
                 { QStringLiteral("created_at"), nowDbTime() } },
               false);
        run(m_db, QStringLiteral("UPDATE requests SET act_by = ? WHERE id = ?"),
            { QStringLiteral("2025-06-16"), m_requestA });
        audit(m_users.value(QStringLiteral("admin")), QStringLiteral("admin"),
              QStringLiteral("calendar.closed_day"), QStringLiteral("calendar"), 0);
    }

    void workflow()
    {
        const qint64 clerk = m_users.value(QStringLiteral("clerk1"));
        const QString now = nowDbTime();
        insert(QStringLiteral("amendments"),
               { { QStringLiteral("request_id"), m_requestA },
                 { QStringLiteral("requested_on"), QStringLiteral("2025-06-03") },
                 { QStringLiteral("missing"), QStringLiteral("本人確認書類の写し") },
                 { QStringLiteral("reply_by"), QStringLiteral("2025-06-10") },
                 { QStringLiteral("received_on"), QStringLiteral("2025-06-05") } });
        insert(QStringLiteral("inquiries"),
               { { QStringLiteral("request_id"), m_requestA },
                 { QStringLiteral("division"), QStringLiteral("給付課") },
                 { QStringLiteral("sent_on"), QStringLiteral("2025-06-05") },
                 { QStringLiteral("due_on"), QStringLiteral("2025-06-12") },
                 { QStringLiteral("answered_on"), QStringLiteral("2025-06-10") },
                 { QStringLiteral("summary"), QStringLiteral("記録あり") } });
        insert(QStringLiteral("opinions"),
               { { QStringLiteral("request_id"), m_requestA },
                 { QStringLiteral("third_party"), QStringLiteral("第三者 試験") },
                 { QStringLiteral("sent_on"), QStringLiteral("2025-06-06") },
                 { QStringLiteral("reply_by"), QStringLiteral("2025-06-13") },
                 { QStringLiteral("answered_on"), QStringLiteral("2025-06-11") },
                 { QStringLiteral("answer"), QStringLiteral("異議なし") } });
        const Decision d = fullDisclosure();
        insert(QStringLiteral("decisions"),
               { { QStringLiteral("request_id"), m_requestA },
                 { QStringLiteral("kind"), DecisionVocabulary::id(d.kind) },
                 { QStringLiteral("content"), compact(d.toJson()) },
                 { QStringLiteral("drafted_by"), clerk },
                 { QStringLiteral("drafted_at"), now } },
               false);
        int step = 0;
        for (const char *login : { "chief1", "manager1" }) {
            ++step;
            insert(
                QStringLiteral("approval_steps"),
                { { QStringLiteral("request_id"), m_requestA },
                  { QStringLiteral("round"), 1 },
                  { QStringLiteral("step_no"), step },
                  { QStringLiteral("role"), step == 1 ? QStringLiteral("chief") : QStringLiteral("manager") },
                  { QStringLiteral("outcome"), QStringLiteral("approved") },
                  { QStringLiteral("decided_by"), m_users.value(QLatin1String(login)) },
                  { QStringLiteral("decided_at"), now } });
            audit(m_users.value(QLatin1String(login)), QLatin1String(login),
                  QStringLiteral("request.approve"), QStringLiteral("request"), m_requestA,
                  { { QStringLiteral("step"), step } });
        }
        run(m_db, QStringLiteral("UPDATE requests SET status = 'decided', decided_on = ? WHERE id = ?"),
            { QStringLiteral("2025-06-20"), m_requestA });
    }

    void letters()
    {
        const qint64 clerk = m_users.value(QStringLiteral("clerk1"));
        const QString now = nowDbTime();
        const QString body = QStringLiteral("<p>{{member_name}} 様</p>");
        const qint64 templateId = insert(QStringLiteral("letter_templates"),
                                         { { QStringLiteral("kind"), QStringLiteral("disclosure") },
                                           { QStringLiteral("version"), 1 },
                                           { QStringLiteral("source"), QStringLiteral("builtin") },
                                           { QStringLiteral("body"), body },
                                           { QStringLiteral("sha256"), sha256(body.toUtf8()) },
                                           { QStringLiteral("created_at"), now } });
        const QByteArray png = markedPng("seal");
        insert(QStringLiteral("seal_images"),
               { { QStringLiteral("png"), png },
                 { QStringLiteral("sha256"), sha256(png) },
                 { QStringLiteral("created_by"), m_users.value(QStringLiteral("admin")) },
                 { QStringLiteral("created_at"), now } });
        const QString symbol = QStringLiteral("長共総");
        const QString documentNo = QStringLiteral("長共総第３号");
        const QString addressee = QStringLiteral("試験 花子");
        QList<std::pair<QString, QVariant>> issued {
            { QStringLiteral("request_id"), m_requestA },
            { QStringLiteral("kind"), QStringLiteral("disclosure") },
            { QStringLiteral("state"), QStringLiteral("issued") },
            { QStringLiteral("created_by"), clerk },
            { QStringLiteral("created_at"), now },
            { QStringLiteral("symbol"), symbol },
            { QStringLiteral("fiscal_year"), 2025 },
            { QStringLiteral("number"), 3 },
            { QStringLiteral("document_no"), documentNo },
            { QStringLiteral("letter_date"), QStringLiteral("2025-06-23") },
            { QStringLiteral("addressee"), addressee },
            { QStringLiteral("template_id"), templateId },
            { QStringLiteral("pdf"), m_pdf },
            { QStringLiteral("sha256"), sha256(m_pdf) },
            { QStringLiteral("pages"), 1 },
            { QStringLiteral("issued_by"), clerk },
            { QStringLiteral("issued_at"), now },
        };
        if (m_version >= kNumberCounters)
            issued << std::pair {
                QStringLiteral("document_key"), QVariant(JapaneseText::searchKey(documentNo))
            } << std::pair { QStringLiteral("addressee_key"), QVariant(JapaneseText::searchKey(addressee)) };
        const qint64 letter = insert(QStringLiteral("letters"), issued);
        insert(QStringLiteral("letters"),
               { { QStringLiteral("request_id"), m_requestB },
                 { QStringLiteral("kind"), QStringLiteral("amendment") },
                 { QStringLiteral("state"), QStringLiteral("draft") },
                 { QStringLiteral("created_by"), clerk },
                 { QStringLiteral("created_at"), now },
                 { QStringLiteral("input"), QStringLiteral("{\"reply_by\":\"2025-03-20\"}") } });
        if (m_version < kNumberCounters)
            insert(QStringLiteral("document_counters"),
                   { { QStringLiteral("symbol"), symbol },
                     { QStringLiteral("fiscal_year"), 2025 },
                     { QStringLiteral("last_no"), 3 } },
                   false);
        else
            insert(QStringLiteral("number_counters"),
                   { { QStringLiteral("series"), QStringLiteral("document") },
                     { QStringLiteral("symbol"), symbol },
                     { QStringLiteral("fiscal_year"), 2025 },
                     { QStringLiteral("last_no"), 3 } },
                   false);
        audit(clerk, QStringLiteral("clerk1"), QStringLiteral("letter.issue"), QStringLiteral("letter"),
              letter, { { QStringLiteral("document_no"), documentNo } });
    }

    void erasure()
    {
        // An attachment added by mistake, erased: the record first, then the row (trigger of 008).
        const qint64 privacy = m_users.value(QStringLiteral("privacy1"));
        const qint64 wrong = attachment(m_requestB, QStringLiteral("wrong.pdf"));
        insert(QStringLiteral("erasures"),
               { { QStringLiteral("kind"), QStringLiteral("attachment") },
                 { QStringLiteral("request_id"), m_requestB },
                 { QStringLiteral("attachment_id"), wrong },
                 { QStringLiteral("receipt_no"), QStringLiteral("R6-0012") },
                 { QStringLiteral("what"), compact({ { QStringLiteral("size"), qint64(m_pdf.size()) } }) },
                 { QStringLiteral("reason"), QStringLiteral("別人の書類を誤って添付した") },
                 { QStringLiteral("erased_by"), privacy },
                 { QStringLiteral("erased_login"), QStringLiteral("privacy1") },
                 { QStringLiteral("erased_at"), nowDbTime() } });
        run(m_db, QStringLiteral("DELETE FROM attachments WHERE id = ?"), { wrong });
        audit(privacy, QStringLiteral("privacy1"), QStringLiteral("attachment.erase"),
              QStringLiteral("attachment"), wrong);
    }

    void disclosure()
    {
        const qint64 clerk = m_users.value(QStringLiteral("clerk1"));
        const QString now = nowDbTime();
        const qint64 document = insert(QStringLiteral("disclosure_documents"),
                                       { { QStringLiteral("request_id"), m_requestA },
                                         { QStringLiteral("number"), 1 },
                                         { QStringLiteral("file_name"), QStringLiteral("records.pdf") },
                                         { QStringLiteral("media_type"), QStringLiteral("application/pdf") },
                                         { QStringLiteral("size"), qint64(m_pdf.size()) },
                                         { QStringLiteral("sha256"), sha256(m_pdf) },
                                         { QStringLiteral("content"), m_pdf },
                                         { QStringLiteral("pages"), 1 },
                                         { QStringLiteral("added_by"), clerk },
                                         { QStringLiteral("added_at"), now } });
        insert(QStringLiteral("redaction_drafts"),
               { { QStringLiteral("document_id"), document },
                 { QStringLiteral("version"), 1 },
                 { QStringLiteral("boxes"), QStringLiteral("[]") },
                 { QStringLiteral("saved_by"), clerk },
                 { QStringLiteral("saved_at"), now } });
        insert(QStringLiteral("redacted_copies"),
               { { QStringLiteral("request_id"), m_requestA },
                 { QStringLiteral("document_id"), document },
                 { QStringLiteral("sha256"), sha256(m_pdf) },
                 { QStringLiteral("content"), m_pdf },
                 { QStringLiteral("size"), qint64(m_pdf.size()) },
                 { QStringLiteral("pages"), 1 },
                 { QStringLiteral("dpi"), 150 },
                 { QStringLiteral("log"), QStringLiteral("[]") },
                 { QStringLiteral("made_by"), clerk },
                 { QStringLiteral("made_at"), now } });
        audit(clerk, QStringLiteral("clerk1"), QStringLiteral("disclosure.copy"), QStringLiteral("request"),
              m_requestA);
    }

    Database &m_db;
    int m_version;
    QByteArray m_pdf;
    QHash<QString, qint64> m_users;
    qint64 m_memberA = 0, m_memberB = 0, m_requestA = 0, m_requestB = 0;
    qint64 m_entries = 0;
    QString m_prevHash = AuditChain::genesisHash();
};

// The audit trail of a database at any version, verified by the program's own verifier from the
// rows (AuditRepository reads the scheme column, which versions before 7 do not have).
AuditVerification verifyOld(Database &db, bool hasScheme)
{
    QSqlQuery q
        = run(db,
              QStringLiteral("SELECT seq, at_utc, user_id, user_login, action, entity_type, entity_id, "
                             "details, prev_hash, hash%1 FROM audit_log ORDER BY seq")
                  .arg(hasScheme ? QStringLiteral(", scheme") : QString()));
    std::shared_ptr<const AuditKey> key;
    if (hasScheme)
        key = AuditRepository(db).key().value();
    AuditVerifier verifier(key);
    while (q.next()) {
        AuditRecord r;
        r.seq = q.value(0).toLongLong();
        r.atUtc = q.value(1).toString();
        if (!q.value(2).isNull())
            r.userId = q.value(2).toLongLong();
        r.userLogin = q.value(3).toString();
        r.action = q.value(4).toString();
        r.entityType = q.value(5).toString();
        r.entityId = q.value(6).toString();
        r.details = q.value(7).toString();
        r.prevHash = q.value(8).toString();
        r.hash = q.value(9).toString();
        r.scheme = hasScheme ? static_cast<AuditScheme>(q.value(10).toInt()) : AuditScheme::Sha256;
        verifier.feed(r);
    }
    return verifier.finish();
}

// The desks' role, as an administrator lets it in once (dsrctl init --app-role): recorded, with the
// rights an older program gave (every table; the upgrade gives the latest version's rights again,
// Database::grantRecordedRoles), or on the latest schema with this program's own grants.
void letTheDesksIn(Database &owner, const QString &role)
{
    if (owner.schemaVersion() == Database::latestSchemaVersion()) {
        if (Status s = owner.grantApplicationRole(role); !s)
            qFatal("cannot grant the desks' role: %s", qPrintable(s.error().message));
        return;
    }
    run(owner, QStringLiteral("INSERT INTO app_roles (role) VALUES (?)"), { role });
    for (const QString &grant :
         { QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
           QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"),
           QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1") })
        run(owner, grant.arg(role));
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        const int latest = Database::latestSchemaVersion();
        QVERIFY(latest >= kDisclosure);
        for (int v = 1; v < latest; ++v)
            QTest::addRow("from version %d", v) << v;
        // Nothing to migrate: the fixture and the checks below on the current schema.
        QTest::addRow("control, at version %d", latest) << latest;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        QElapsedTimer timer;
        timer.start();
        const int latest = Database::latestSchemaVersion();
        TempDatabase t { TempDatabase::Empty {} };
        const QString deskRole = QUrl(t.path()).userName();

        // The database as the program of `version` made and filled it.
        QMap<QString, TableState> before;
        qint64 oldEntries = 0;
        qint64 memberA = 0;
        qint64 requestA = 0;
        {
            auto old = Database::openAtVersion(t.ownerPath(), version);
            QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
            QCOMPARE(old.value()->schemaVersion(), version);
            OldProgram program(*old.value(), version);
            program.fill();
            if (onServer())
                letTheDesksIn(*old.value(), deskRole);
            memberA = program.memberA();
            requestA = program.requestA();
            oldEntries = program.auditEntries();
            const AuditVerification chain = verifyOld(*old.value(), version >= kAuditKey);
            QVERIFY2(chain.intact, qPrintable(chain.problem));
            QCOMPARE(chain.checked, oldEntries);
            // A row in every table of that version: a table a new migration adds needs its row here.
            before = contents(*old.value());
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                QVERIFY2(!it->rows.isEmpty(),
                         qPrintable(QStringLiteral("no row in %1 at version %2").arg(it.key()).arg(version)));
        }

        // The upgrade, as the schema's owner runs it (dsrctl upgrade; on SQLite any first open).
        {
            auto upgraded = Database::open(t.ownerPath());
            QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message));
            QCOMPARE(upgraded.value()->schemaVersion(), latest);
            QCOMPARE(scalar(*upgraded.value(), QStringLiteral("SELECT max(version) FROM schema_version")),
                     qint64(latest));
            QCOMPARE(scalar(*upgraded.value(), QStringLiteral("SELECT count(*) FROM schema_version")),
                     qint64(latest));
        }

        // From here on as a desk works: the desks' role, on the upgraded database.
        auto opened = Database::open(t.path());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), latest);

        // Every row put in is there with its values, in the columns it had.
        const QStringList now = dataTables(db);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (kDroppedTables.contains(it.key())) {
                QVERIFY2(!now.contains(it.key()), qPrintable(it.key()));
                continue;
            }
            QVERIFY2(now.contains(it.key()), qPrintable(QStringLiteral("%1 is gone").arg(it.key())));
            QCOMPARE(dump(db, it.key(), it->columns), it->rows);
        }
        // The counters of the two tables version 9 replaced, carried over.
        if (version < kNumberCounters) {
            QCOMPARE(dump(db, QStringLiteral("number_counters"),
                          { QStringLiteral("series"), QStringLiteral("symbol"), QStringLiteral("fiscal_year"),
                            QStringLiteral("last_no") }),
                     version < kMembersRequests ? QString()
                         : version < kLetters
                         ? QStringLiteral("receipt\t\t2024\t12\t\nreceipt\t\t2025\t7\t\n")
                         : QStringLiteral("document\t長共総\t2025\t3\t\nreceipt\t\t2024\t12\t\n"
                                          "receipt\t\t2025\t7\t\n"));
        }
        // The letter register's keys of letters issued before version 9, filled by the upgrade.
        if (version >= kLetters && version < kNumberCounters)
            QCOMPARE(dump(db, QStringLiteral("letters"),
                          { QStringLiteral("document_key"), QStringLiteral("addressee_key") }),
                     QStringLiteral("\t\t\n%1\t%2\t\n")
                         .arg(JapaneseText::searchKey(QStringLiteral("長共総第３号")),
                              JapaneseText::searchKey(QStringLiteral("試験 花子"))));
        // Entries written before the audit key are scheme 1.
        if (version < kAuditKey)
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE scheme = 1")),
                     oldEntries);
        if (!onServer()) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
            QSqlQuery integrity = run(db, QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        } else {
            // The desks' role got the rights the latest version gives, on the new tables too: what
            // is kept for good is never updated, not even by the trigger-less route of a grant.
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(QStringLiteral("UPDATE redacted_copies SET dpi = dpi")));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = action")));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }

        // The program opens it as the window and dsrctl do: an old trail switches to keyed entries.
        QVERIFY2(AuditService::ensureKeyed(db).ok(),
                 qPrintable(AuditService::ensureKeyed(db).error().message));
        AccountService accounts(db);
        auto admin = accounts.authenticate(QStringLiteral("admin"), kPassword);
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        auto clerk = accounts.authenticate(QStringLiteral("clerk1"), kPassword);
        QVERIFY2(clerk.ok(), clerk.ok() ? "" : qPrintable(clerk.error().message));

        // The whole chain verifies — every old entry with it — as `dsrctl audit verify` runs it.
        {
            auto v = AuditService(db).verify(admin.value());
            QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
            QVERIFY2(v->intact, qPrintable(v->problem));
            QVERIFY(v->checked > oldEntries);
            QCOMPARE(v->keyedSince, version < kAuditKey ? oldEntries + 1 : qint64(1));
        }
        // The health check: integrity, foreign keys, the chain, every stored file's SHA-256, the
        // number counters against the numbers issued, the settings letters need.
        {
            auto health = HealthCheckService(db).run(admin.value());
            QVERIFY2(health.ok(), health.ok() ? "" : qPrintable(health.error().message));
            QStringList problems;
            for (const HealthProblem &p : health->problems)
                problems << p.message;
            QVERIFY2(health->ok(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(health->letters, qint64(version >= kLetters ? 1 : 0));
            QCOMPARE(health->attachments, qint64(version >= kMembersRequests ? 1 : 0));
        }

        // The program works on it: an old member is found by name, a new request takes the next
        // receipt number of its fiscal year, and the chain still verifies after.
        if (version >= kMembersRequests) {
            auto found = MemberService(db).find(clerk.value(), QStringLiteral("試験花子"));
            QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().id, memberA);
            auto old = RequestService(db).openById(clerk.value(), requestA);
            QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
            QCOMPARE(old->receiptNo, QStringLiteral("R7-0007"));
        } else {
            Member m;
            m.memberNumber = QStringLiteral("10001");
            m.name = QStringLiteral("試験 花子");
            m.kana = QStringLiteral("シケン ハナコ");
            m.birthDate = QDate(1975, 6, 1);
            m.postalCode = QStringLiteral("850-0001");
            m.address = QStringLiteral("長崎県長崎市試験町1-2-3");
            auto added = MemberService(db).add(clerk.value(), m);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
            memberA = added->id;
        }
        auto fresh
            = RequestService(db).registerRequest(clerk.value(), disclosureDraft(memberA, QDate(2025, 10, 1)));
        QVERIFY2(fresh.ok(), fresh.ok() ? "" : qPrintable(fresh.error().message));
        QCOMPARE(fresh->receiptNo,
                 version >= kMembersRequests ? QStringLiteral("R7-0008") : QStringLiteral("R7-0001"));
        {
            auto v = AuditService::verifyChain(db);
            QVERIFY(v.ok() && v->intact);
            QCOMPARE(v->head.seq, AuditRepository(db).count().value());
        }
        qInfo("from version %d: %lld ms", version, static_cast<long long>(timer.elapsed()));
    }

    // A database a newer program upgraded is refused, saying so, and left as it is.
    void newerDatabaseIsRefusedAndLeftUnchanged()
    {
        TempDatabase t { TempDatabase::Empty {} };
        const int newer = Database::latestSchemaVersion() + 1;
        {
            auto db = Database::open(t.ownerPath());
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            run(*db.value(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                { newer, nowDbTime() });
            // What the newer version might have added.
            run(*db.value(), QStringLiteral("CREATE TABLE from_the_future (x INTEGER)"));
            if (onServer())
                letTheDesksIn(*db.value(), QUrl(t.path()).userName());
        }
        const auto fingerprint = [&] {
            // Read without this program: a plain connection, so that nothing of Database runs.
            const QString name = QStringLiteral("fingerprint");
            QString out;
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(
                    onServer() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
                if (onServer()) {
                    const QUrl url(t.ownerPath());
                    c.setHostName(url.host());
                    c.setPort(url.port());
                    c.setUserName(url.userName());
                    c.setDatabaseName(url.path().mid(1));
                } else {
                    c.setDatabaseName(t.ownerPath());
                    c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                }
                if (!c.open())
                    qFatal("cannot open the database: %s", qPrintable(c.lastError().text()));
                QStringList tables = c.tables(QSql::Tables);
                tables.sort();
                for (const QString &table : tables) {
                    QSqlQuery q(c);
                    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                        continue; // the full-text index's own tables
                    out += table + QLatin1Char('\n');
                    while (q.next())
                        for (int i = 0; i < q.record().count(); ++i)
                            out += q.value(i).toString() + QLatin1Char('\t');
                }
            }
            QSqlDatabase::removeDatabase(name);
            return out;
        };
        const QString before = fingerprint();
        for (const QString &location : { t.ownerPath(), t.path() }) {
            auto refused = Database::open(location);
            QVERIFY(!refused.ok());
            const QString message = refused.error().message;
            QVERIFY2(message.contains(QString::number(newer))
                         && message.contains(QString::number(Database::latestSchemaVersion()))
                         && message.contains(QStringLiteral("newer DSR Desk")),
                     qPrintable(message));
        }
        QCOMPARE(fingerprint(), before);
    }

    // An upgrade that fails half-way — here at migration 11's third table, which someone created
    // by hand meanwhile — undoes every migration it had applied: the database stays at its version
    // with its data and chain, says which migration failed, and upgrades once the obstacle is gone.
    void interruptedUpgradeLeavesTheOldVersion()
    {
        TempDatabase t { TempDatabase::Empty {} };
        QMap<QString, TableState> before;
        {
            auto old = Database::openAtVersion(t.ownerPath(), 1);
            QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
            OldProgram(*old.value(), 1).fill();
            before = contents(*old.value());
            run(*old.value(), QStringLiteral("CREATE TABLE redacted_copies (id INTEGER PRIMARY KEY)"));
        }
        auto failed = Database::open(t.ownerPath());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("migration %1").arg(kDisclosure)),
                 qPrintable(failed.error().message));
        {
            auto old = Database::openAtVersion(t.ownerPath(), 1);
            QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
            Database &db = *old.value();
            QCOMPARE(db.schemaVersion(), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")), qint64(1));
            QStringList tables = dataTables(db);
            tables.removeOne(QStringLiteral("redacted_copies"));
            QCOMPARE(tables, before.keys()); // nothing of versions 2 to 10 is left
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                QCOMPARE(dump(db, it.key(), it->columns), it->rows);
            const QSqlRecord auditColumns = db.connection().record(QStringLiteral("audit_log"));
            QVERIFY(!auditColumns.contains(QStringLiteral("scheme")));
            const AuditVerification chain = verifyOld(db, false);
            QVERIFY2(chain.intact, qPrintable(chain.problem));
            run(db, QStringLiteral("DROP TABLE redacted_copies"));
        }
        auto upgraded = Database::open(t.ownerPath());
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message));
        QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(AuditService::ensureKeyed(*upgraded.value()).ok());
        auto v = AuditService::verifyChain(*upgraded.value());
        QVERIFY(v.ok() && v->intact);
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"
