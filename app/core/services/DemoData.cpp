#include "DemoData.h"

#include "../model/Member.h"
#include "../model/Request.h"
#include "../security/PasswordHasher.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/Numbering.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"
#include "../storage/WorkflowRepository.h"
#include "../text/JapaneseEra.h"
#include "CalendarService.h"
#include "RequestService.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace dsr {

namespace {

struct Name
{
    const char16_t *kanji;
    const char16_t *kana;
};

// Common surnames, with a few written in variant kanji as real registers hold them.
const Name kSurnames[] = {
    { u"田中", u"タナカ" },   { u"山口", u"ヤマグチ" }, { u"松尾", u"マツオ" },   { u"中村", u"ナカムラ" },
    { u"山下", u"ヤマシタ" }, { u"山本", u"ヤマモト" }, { u"吉田", u"ヨシダ" },   { u"松本", u"マツモト" },
    { u"井上", u"イノウエ" }, { u"森", u"モリ" },       { u"林", u"ハヤシ" },     { u"前田", u"マエダ" },
    { u"高橋", u"タカハシ" }, { u"髙橋", u"タカハシ" }, { u"山崎", u"ヤマサキ" }, { u"山﨑", u"ヤマサキ" },
    { u"渡辺", u"ワタナベ" }, { u"渡邊", u"ワタナベ" }, { u"渡邉", u"ワタナベ" }, { u"斎藤", u"サイトウ" },
    { u"齋藤", u"サイトウ" }, { u"浜口", u"ハマグチ" }, { u"濱口", u"ハマグチ" }, { u"小川", u"オガワ" },
    { u"川口", u"カワグチ" }, { u"永田", u"ナガタ" },   { u"宮崎", u"ミヤザキ" }, { u"荒木", u"アラキ" },
    { u"峰", u"ミネ" },       { u"福田", u"フクダ" },   { u"野口", u"ノグチ" },   { u"岩永", u"イワナガ" },
};
const Name kGivenNames[] = {
    { u"太郎", u"タロウ" },   { u"花子", u"ハナコ" },   { u"健一", u"ケンイチ" }, { u"美咲", u"ミサキ" },
    { u"大輔", u"ダイスケ" }, { u"陽子", u"ヨウコ" },   { u"翔", u"ショウ" },     { u"さくら", u"サクラ" },
    { u"誠", u"マコト" },     { u"由美", u"ユミ" },     { u"浩二", u"コウジ" },   { u"恵", u"メグミ" },
    { u"拓也", u"タクヤ" },   { u"真理子", u"マリコ" }, { u"修", u"オサム" },     { u"千尋", u"チヒロ" },
    { u"博之", u"ヒロユキ" }, { u"智子", u"トモコ" },   { u"亮", u"リョウ" },     { u"綾", u"アヤ" },
};
struct Place
{
    const char16_t *city;
    const char16_t *postalPrefix;
    const char16_t *office;
};
const Place kPlaces[] = {
    { u"長崎県長崎市", u"850", u"長崎市役所" }, { u"長崎県佐世保市", u"857", u"佐世保市役所" },
    { u"長崎県諫早市", u"854", u"諫早市役所" }, { u"長崎県大村市", u"856", u"大村市役所" },
    { u"長崎県島原市", u"855", u"島原市役所" }, { u"長崎県五島市", u"853", u"五島市役所" },
    { u"長崎県平戸市", u"859", u"平戸市役所" }, { u"長崎県対馬市", u"817", u"対馬市役所" },
    { u"長崎県西海市", u"857", u"西海市役所" }, { u"長崎県時津町", u"851", u"時津町役場" },
};
const char16_t *const kTowns[] = { u"本町", u"栄町", u"新町", u"中央町", u"桜町", u"元町", u"緑町", u"旭町" };

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

template<typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&array)[N])
{
    return array[rng.bounded(static_cast<quint32>(N))];
}

QString password(QRandomGenerator &rng)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(alphabet[rng.bounded(static_cast<quint32>(sizeof alphabet - 1))]);
    }
    return out;
}

// Older requests are further along; the share of each state shifts with age.
RequestStatus statusFor(QRandomGenerator &rng, int ageDays)
{
    const int roll = static_cast<int>(rng.bounded(100u));
    if (ageDays > 60) {
        if (roll < 85)
            return RequestStatus::Closed;
        if (roll < 93)
            return RequestStatus::Notified;
        return RequestStatus::Withdrawn;
    }
    static const RequestStatus recent[]
        = { RequestStatus::Received, RequestStatus::AwaitingAmendment, RequestStatus::Investigating,
            RequestStatus::Drafted,  RequestStatus::InApproval,        RequestStatus::Returned,
            RequestStatus::Decided,  RequestStatus::Notified,          RequestStatus::Closed,
            RequestStatus::Withdrawn };
    return recent[roll % 10];
}

} // namespace

Result<DemoReport> DemoData::fill(Database &db, int memberCount, int requestCount, quint32 seed,
                                  const QDate &today)
{
    if (memberCount < 1 || requestCount < 0)
        return makeError(ErrorCode::Usage, tr("Give at least one member and zero or more requests."));
    {
        auto empty = db.isEmpty();
        if (!empty)
            return empty.error();
        if (!empty.value())
            return makeError(
                ErrorCode::Conflict,
                tr("The database already holds data; demo data goes only into a new, empty database."));
    }
    QRandomGenerator rng(seed);
    DemoReport report;

    // Users first (Argon2id is slow; hash outside the transaction).
    struct DemoUser
    {
        QString login;
        QString name;
        RoleSet roles;
    };
    const QList<DemoUser> users {
        { QStringLiteral("admin"), QStringLiteral("システム管理者"), { Role::Administrator } },
        { QStringLiteral("clerk1"), QStringLiteral("担当 一郎"), { Role::Clerk } },
        { QStringLiteral("clerk2"), QStringLiteral("担当 二葉"), { Role::Clerk } },
        { QStringLiteral("clerk3"), QStringLiteral("担当 三郎"), { Role::Clerk } },
        { QStringLiteral("chief1"), QStringLiteral("係長 誠"), { Role::Chief } },
        { QStringLiteral("manager1"), QStringLiteral("課長 恵"), { Role::Manager } },
        { QStringLiteral("privacy1"), QStringLiteral("保護管理者 修"), { Role::PrivacyOfficer } },
        { QStringLiteral("auditor1"), QStringLiteral("監査 綾"), { Role::Auditor } },
    };
    QList<QByteArray> hashes;
    // Passwords from the system's generator: the seed makes the data repeatable, never the secrets.
    for (const DemoUser &u : users) {
        const QString pw = password(*QRandomGenerator::system());
        auto h = PasswordHasher::hash(pw);
        if (!h)
            return h.error();
        hashes << h.value();
        report.passwords.append({ u.login, pw });
        report.users.append({ u.login, Roles::ids(u.roles).join(QLatin1Char(',')) });
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    UserRepository userRepo(db);
    QList<qint64> clerkIds;
    QHash<qint64, QString> loginOf;
    qint64 adminId = 0;
    for (int i = 0; i < users.size(); ++i) {
        User u;
        u.login = users[i].login;
        u.displayName = users[i].name;
        u.roles = users[i].roles;
        auto id = userRepo.insert(u, hashes[i]);
        if (!id)
            return id.error();
        if (u.roles.contains(Role::Clerk))
            clerkIds << id.value();
        loginOf.insert(id.value(), u.login);
        if (u.roles.contains(Role::Administrator))
            adminId = id.value();
    }

    MemberRepository memberRepo(db);
    QList<qint64> memberIds;
    QList<QString> memberNames;
    for (int i = 0; i < memberCount; ++i) {
        const Name &sur = pick(rng, kSurnames);
        const Name &given = pick(rng, kGivenNames);
        const Place &place = pick(rng, kPlaces);
        Member m;
        m.memberNumber = QStringLiteral("%1").arg(1000000 + i * 7 + static_cast<int>(rng.bounded(7u)), 8, 10,
                                                  QLatin1Char('0'));
        m.name = str(sur.kanji) + QChar(0x3000) + str(given.kanji);
        m.kana = str(sur.kana) + QChar(0x3000) + str(given.kana);
        m.birthDate = QDate(1958, 4, 2).addDays(rng.bounded(15000u));
        m.postalCode = str(place.postalPrefix)
            + QStringLiteral("-%1").arg(rng.bounded(10000u), 4, 10, QLatin1Char('0'));
        m.address = str(place.city) + str(pick(rng, kTowns))
            + QStringLiteral("%1-%2-%3")
                  .arg(1 + rng.bounded(9u))
                  .arg(1 + rng.bounded(30u))
                  .arg(1 + rng.bounded(20u));
        m.phone = QStringLiteral("095-%1-%2")
                      .arg(800 + rng.bounded(200u))
                      .arg(rng.bounded(10000u), 4, 10, QLatin1Char('0'));
        m.affiliation = str(place.office);
        auto id = memberRepo.insert(m);
        if (!id)
            return id.error();
        memberIds << id.value();
        memberNames << m.name;
    }
    report.members = memberCount;

    auto settings = SettingsRepository(db).load();
    if (!settings)
        return settings.error();
    const QString pattern = settings->value(Setting::ReceiptNumberFormat);
    const QStringList categories = settings->value(Setting::RequestCategories).split(QLatin1Char(','));
    const QList<RequestType> types = RequestVocabulary::types();
    static const int typeWeights[]
        = { 70, 10, 6, 3, 4, 2, 5 }; // disclosure … complaint, as types() orders them
    RequestRepository requestRepo(db);
    const DeadlinePolicy deadlines = DeadlinePolicy::fromSettings(DeadlineCalendar(), settings.value());
    const QDate first = QDate(JapaneseEra::fiscalYearOf(today) - 3, 4, 1);
    const qint64 span = first.daysTo(today);
    QList<QDate> received;
    for (int i = 0; i < requestCount; ++i)
        received << first.addDays(rng.bounded(span + 1));
    std::sort(received.begin(), received.end());
    for (int i = 0; i < requestCount; ++i) {
        Request r;
        int roll = static_cast<int>(rng.bounded(100u));
        int t = 0;
        while (roll >= typeWeights[t]) {
            roll -= typeWeights[t];
            ++t;
        }
        r.type = types[t];
        r.received = received[i];
        while (r.received.dayOfWeek() > 5)
            r.received = r.received.addDays(-1);
        const int member = static_cast<int>(rng.bounded(static_cast<quint32>(memberIds.size())));
        r.memberId = memberIds[member];
        r.channel = rng.bounded(3u) == 0 ? Channel::Mail : Channel::Counter;
        // Stored data is Japanese whatever the desk's language.
        static const QHash<RequestType, QString> typeNames {
            { RequestType::Disclosure, QStringLiteral("保有個人データの開示") },
            { RequestType::Correction, QStringLiteral("保有個人データの訂正") },
            { RequestType::Suspension, QStringLiteral("保有個人データの利用停止") },
            { RequestType::StopProvision, QStringLiteral("第三者提供の停止") },
            { RequestType::PurposeNotice, QStringLiteral("利用目的の通知") },
            { RequestType::ProvisionRecord, QStringLiteral("第三者提供記録の開示") },
            { RequestType::Complaint, QStringLiteral("取扱いに関する苦情") },
        };
        r.summary = typeNames.value(r.type) + QStringLiteral("の請求（") + categories[i % categories.size()]
            + QStringLiteral("）");
        r.categories = { categories[i % categories.size()] };
        if (rng.bounded(10u) == 0) {
            r.requester.kind
                = rng.bounded(2u) == 0 ? RequesterKind::StatutoryAgent : RequesterKind::AppointedAgent;
            r.requester.agentName
                = str(pick(rng, kSurnames).kanji) + QChar(0x3000) + str(pick(rng, kGivenNames).kanji);
            r.requester.agentAddress
                = str(pick(rng, kPlaces).city) + str(pick(rng, kTowns)) + QStringLiteral("2-3-4");
            r.requester.agentRelationship = r.requester.kind == RequesterKind::StatutoryAgent
                ? QStringLiteral("成年後見人")
                : QStringLiteral("委任を受けた者");
            r.requester.agentEvidence = r.requester.kind == RequesterKind::StatutoryAgent
                ? QStringLiteral("guardianship_certificate")
                : QStringLiteral("power_of_attorney");
        }
        r.identity.documentType = r.channel == Channel::Mail
            ? QStringLiteral("copy_with_residence_certificate")
            : QStringLiteral("drivers_license");
        r.identity.checkedBy = clerkIds[i % clerkIds.size()];
        r.identity.checkedAt = QDateTime(r.received, QTime(10, 0), QTimeZone::utc());
        if (r.channel == Channel::Mail)
            r.identity.residenceCertificateIssued
                = r.received.addDays(-static_cast<int>(rng.bounded(20u)) - 1);
        if (RequestVocabulary::hasDisclosureMethod(r.type))
            r.method = DisclosureMethod::Paper;
        if (RequestVocabulary::feeAllowed(r.type)) {
            r.feeYen = 300;
            r.feePaid = r.received;
        }
        r.assignedTo = clerkIds[i % clerkIds.size()];
        r.status = statusFor(rng, static_cast<int>(r.received.daysTo(today)));
        auto seq = Numbering(db).allocate(NumberSeries::Receipt, {}, r.received);
        if (!seq)
            return seq.error();
        r.fiscalYear = seq->fiscalYear;
        r.sequence = seq->number;
        r.receiptNo = RequestService::formatReceiptNo(pattern, r.fiscalYear, r.sequence);
        const DeadlineResult due = deadlines.deadline(r.received);
        r.deadline = due.deadline;
        r.actBy = due.actBy;
        auto id = requestRepo.insert(r);
        if (!id)
            return id.error();
        RequestHistoryEntry created;
        created.action = QStringLiteral("create");
        created.comment = r.receiptNo;
        if (Status s = requestRepo.addHistory(id.value(), r.assignedTo, loginOf.value(r.assignedTo), created);
            !s)
            return s.error();
        // What the states imply: the amendment awaited, the decision drafted or made.
        WorkflowRepository workflow(db);
        if (r.status == RequestStatus::AwaitingAmendment) {
            if (auto a = workflow.addAmendment(id.value(),
                                               Amendment { 0,
                                                           r.received.addDays(3),
                                                           QStringLiteral("本人確認書類の写しが不鮮明です"),
                                                           r.received.addDays(17),
                                                           {} });
                !a)
                return a.error();
        }
        static const QList<RequestStatus> drafted { RequestStatus::Drafted,  RequestStatus::InApproval,
                                                    RequestStatus::Returned, RequestStatus::Decided,
                                                    RequestStatus::Notified, RequestStatus::Closed };
        if (drafted.contains(r.status)) {
            Decision d;
            d.kind = DecisionVocabulary::kindsFor(r.type).first();
            d.data = categories[i % categories.size()] + QStringLiteral("に関する記録（令和6年度分）");
            if (RequestVocabulary::hasDisclosureMethod(r.type))
                d.method = DisclosureMethod::Paper;
            if (d.kind == DecisionKind::Correct)
                d.corrections
                    = { { QStringLiteral("住所"), QStringLiteral("旧住所"), QStringLiteral("新住所") } };
            if (d.kind == DecisionKind::Suspend) {
                d.measure = DecisionVocabulary::measures().first();
                d.measureDate = r.received.addDays(20);
            }
            if (d.kind == DecisionKind::Notify || d.kind == DecisionKind::Response)
                d.reasons = QStringLiteral("ご照会の事項について回答します。");
            if (Status s = workflow.saveDecision(id.value(), d, r.assignedTo); !s)
                return s.error();
        }
        if (r.status == RequestStatus::Decided || r.status == RequestStatus::Notified
            || r.status == RequestStatus::Closed) {
            const QDate decided = std::min(today, r.received.addDays(20));
            RequestFieldValues cols { { RequestField::DecidedOn, decided } };
            if (r.status != RequestStatus::Decided) {
                cols.insert(RequestField::NotifiedOn, std::min(today, decided.addDays(2)));
                cols.insert(RequestField::NotifiedMethod, QStringLiteral("普通郵便"));
            }
            if (Status s = workflow.updateRequest(id.value(), 1, cols); !s)
                return s.error();
        }
        if (r.status != RequestStatus::Received) {
            RequestHistoryEntry moved;
            moved.action = QStringLiteral("demo");
            moved.field = QStringLiteral("status");
            moved.before = RequestVocabulary::id(RequestStatus::Received);
            moved.after = RequestVocabulary::id(r.status);
            if (Status s
                = requestRepo.addHistory(id.value(), r.assignedTo, loginOf.value(r.assignedTo), moved);
                !s)
                return s.error();
        }
    }
    report.requests = requestCount;

    AuditEvent e;
    e.userId = adminId;
    e.userLogin = QStringLiteral("admin");
    e.action = QStringLiteral("system.demo_data");
    e.entityType = QStringLiteral("database");
    e.entityId = QStringLiteral("-");
    e.details = { { QStringLiteral("members"), memberCount }, { QStringLiteral("requests"), requestCount } };
    if (auto a = AuditRepository(db).append(e); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace dsr
