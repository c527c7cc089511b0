#include "DemoData.h"

#include "../Settings.h"
#include "../letters/LetterKind.h"
#include "../model/AuditQuery.h"
#include "../model/Member.h"
#include "../model/Request.h"
#include "../security/PasswordHasher.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"
#include "../storage/WorkflowRepository.h"
#include "../text/JapaneseEra.h"
#include "CalendarService.h"
#include "LetterBatchService.h"
#include "LetterLifecycleService.h"
#include "LetterService.h"
#include "RequestService.h"
#include "SettingsService.h"
#include "WorkflowService.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>

#include <future>

#include <map>

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

// ---- One request's life, planned ahead as dated steps and then lived through the services ----

enum class Act {
    Register, // RequestService::registerRequest (identity checked at the counter)
    Verify, // a request by mail: the identity documents checked when they are read
    Amend, // amendment requested, its letter (補正依頼書) drafted for the chief
    AmendLetter, // the chief approves the letter; it is issued, printed and mailed
    AmendReceived, // the amended request arrives: the pause ends
    Investigate,
    InquiryAdd, // an inquiry to the division holding the data
    InquiryAnswer,
    Draft, // the decision drafted (again, after a return)
    Submit,
    Approve, // arg: the step of the route
    Return, // arg: the step of the route that returns the draft
    Withdraw,
    IssueLetter, // the decision letter, issued with the day's others in one batch
    Print,
    Mail,
    MailReturned, // the letter came back undelivered
    NotifyInPerson, // a complaint answered at the counter: no letter
    Close,
};

struct Step
{
    QDate day;
    Act act;
    int arg = 0;
};

// Where a recent request is left standing, so that every screen has work in every state.
enum class Hold {
    None,
    Received,
    AwaitingAmendment,
    Investigating,
    Drafted,
    FirstApproval,
    SecondApproval,
    Returned,
    DecidedUnissued,
    IssuedUnprinted,
    PrintedUnmailed,
};
// The turn in which recent requests are held: the later states first, since the oldest of the
// recent requests come first and only they have had the time to get that far.
constexpr Hold kHoldTurns[]
    = { Hold::FirstApproval,   Hold::SecondApproval, Hold::DecidedUnissued, Hold::IssuedUnprinted,
        Hold::PrintedUnmailed, Hold::Returned,       Hold::Drafted,         Hold::AwaitingAmendment,
        Hold::Investigating,   Hold::Received };

struct Life
{
    Request draft;
    int clerk = 0;
    Decision decision;
    std::optional<LetterKind> letterKind;
    LetterInput letterInput;
    QList<Step> steps;
    int next = 0;
    qint64 id = 0;
    qint64 inquiryId = 0;
    qint64 letterId = 0;
    qint64 amendmentLetterId = 0;
};

// Open days of the business calendar, each asked once.
class OpenDays
{
public:
    explicit OpenDays(const DeadlineCalendar &calendar)
        : m_calendar(calendar)
    {
    }
    bool isOpen(const QDate &d)
    {
        auto it = m_open.constFind(d);
        if (it != m_open.cend())
            return *it;
        const bool open = !m_calendar.isClosed(d);
        m_open.insert(d, open);
        return open;
    }
    // The n-th open day after `d`; n = 0: `d` itself when open, else the next open day.
    QDate after(QDate d, int n)
    {
        while (!isOpen(d))
            d = d.addDays(1);
        for (int i = 0; i < n; ++i) {
            d = d.addDays(1);
            while (!isOpen(d))
                d = d.addDays(1);
        }
        return d;
    }
    QDate onOrBefore(QDate d)
    {
        while (!isOpen(d))
            d = d.addDays(-1);
        return d;
    }

private:
    DeadlineCalendar m_calendar;
    QHash<QDate, bool> m_open;
};

int between(QRandomGenerator &rng, int low, int high)
{
    return low + static_cast<int>(rng.bounded(static_cast<quint32>(high - low + 1)));
}

bool chance(QRandomGenerator &rng, int percent)
{
    return static_cast<int>(rng.bounded(100u)) < percent;
}

// The decision a clerk drafts for the request, complete as WorkflowService and the letter need it.
Decision decisionFor(QRandomGenerator &rng, const Request &r, LegalRegime regime, const QDate &draftedOn)
{
    const QString category = r.categories.value(0, QStringLiteral("給付"));
    const QStringList grounds = DecisionVocabulary::grounds(regime);
    Decision d;
    d.data = category + QStringLiteral("に関する記録（")
        + JapaneseEra::formatFiscalYear(JapaneseEra::fiscalYearOf(r.received)) + QStringLiteral("分）");
    if (RequestVocabulary::hasDisclosureMethod(r.type))
        d.method = r.method == DisclosureMethod::None ? DisclosureMethod::Paper : r.method;
    const int roll = static_cast<int>(rng.bounded(100u));
    switch (r.type) {
    case RequestType::Disclosure:
    case RequestType::ProvisionRecord:
        if (roll < 62) {
            d.kind = DecisionKind::Full;
        } else if (roll < 82) {
            d.kind = DecisionKind::Partial;
            d.withheld
                = { { QStringLiteral("審査担当者の氏名及び検討メモ"), grounds.value(1),
                      QStringLiteral("今後の審査業務の適正な実施に著しい支障を及ぼすおそれがあるため") } };
            d.reasons = QStringLiteral("一部に開示しない情報が含まれるため（別記のとおり）");
        } else if (roll < 88) {
            d.kind = DecisionKind::Refusal;
            d.withheld = { { QStringLiteral("全部"), grounds.value(0),
                             QStringLiteral("第三者の情報と一体不可分であるため") } };
            d.reasons = QStringLiteral(
                "請求に係る記録は第三者の権利利益を害するおそれがある情報と一体不可分であるため");
        } else {
            d.kind = DecisionKind::NotHeld;
            d.reasons
                = QStringLiteral("請求に係る記録は保存期間の満了により廃棄済みであり、保有していないため");
        }
        break;
    case RequestType::Correction:
        if (roll < 75) {
            d.kind = DecisionKind::Correct;
            d.corrections = { { QStringLiteral("住所"), QStringLiteral("旧住所（転居前）"),
                                QStringLiteral("届出のあった現住所") } };
        } else {
            d.kind = DecisionKind::NoCorrection;
            d.reasons = QStringLiteral("記録の内容が事実と一致していることを確認したため");
        }
        break;
    case RequestType::Suspension:
    case RequestType::StopProvision:
        if (roll < 60) {
            d.kind = DecisionKind::Suspend;
            d.measure = r.type == RequestType::StopProvision ? QStringLiteral("第三者提供の停止")
                                                             : QStringLiteral("利用停止");
            d.measureDate = draftedOn;
        } else {
            d.kind = DecisionKind::NoSuspension;
            d.reasons = QStringLiteral("法令に基づく給付事務の遂行に必要な情報であるため");
        }
        break;
    case RequestType::PurposeNotice:
        d.kind = DecisionKind::Notify;
        break;
    case RequestType::Complaint:
        d.kind = DecisionKind::Response;
        d.data.clear();
        d.reasons = QStringLiteral("ご指摘の取扱いを確認し、担当者への指導を行いました。");
        break;
    }
    return d;
}

LetterInput letterInputFor(LetterKind kind)
{
    LetterInput in;
    switch (kind) {
    case LetterKind::Disclosure:
    case LetterKind::PartialDisclosure:
        in.postageYen = 110;
        in.enclosures = { QStringLiteral("保有個人データの写し　一式") };
        break;
    case LetterKind::Correction:
        in.recipientsInformed = QStringLiteral("提供先なし");
        break;
    case LetterKind::PurposeNotice:
        in.purposes = { QStringLiteral("短期給付及び長期給付の支給に関する事務"),
                        QStringLiteral("組合員資格の管理に関する事務"),
                        QStringLiteral("福祉事業の実施に関する事務") };
        break;
    case LetterKind::AmendmentRequest:
        in.toSupply = QStringLiteral("鮮明な本人確認書類の写し");
        break;
    default:
        break;
    }
    return in;
}

const char16_t *const kDivisions[] = { u"給付課", u"資格課", u"年金課", u"福祉課", u"経理課", u"総務課" };

} // namespace

QList<QPair<Setting, QString>> DemoData::organisationSettings()
{
    // Synthetic values in the reference organisation's shape (DOMAIN.md §9): every setting a
    // letter prints, so that every letter of the demo issues.
    return {
        { Setting::OrganisationName, QStringLiteral("長崎県市町村職員共済組合") },
        { Setting::HeadTitle, QStringLiteral("理事長") },
        { Setting::HeadName, QStringLiteral("見本　太郎") },
        { Setting::Division, QStringLiteral("総務課") },
        { Setting::PostalCode, QStringLiteral("850-0000") },
        { Setting::Address, QStringLiteral("長崎県長崎市見本町1番1号") },
        { Setting::Phone, QStringLiteral("095-000-0000") },
        { Setting::DocumentSymbol, QStringLiteral("長共総") },
    };
}

Result<bool> DemoData::isDemo(Database &db)
{
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("system.demo_data");
    filter.limit = 1;
    auto found = AuditRepository(db).list(filter);
    if (!found)
        return found.error();
    return !found->isEmpty();
}

Result<DemoReport> DemoData::fill(Database &db, int memberCount, int requestCount, quint32 seed,
                                  const QDate &today, const DemoProgress &progress)
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
    QElapsedTimer clock;
    clock.start();

    // Users first (Argon2id is slow: each password is hashed once, outside the transaction, and
    // the services below are given the accounts as actors instead of logging in per action).
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
    // Each is hashed once, as many at a time as there are cores (Argon2id takes about a second).
    QList<QString> secrets;
    for (const DemoUser &u : users) {
        secrets << password(*QRandomGenerator::system());
        report.passwords.append({ u.login, secrets.constLast() });
        report.users.append({ u.login, Roles::ids(u.roles).join(QLatin1Char(',')) });
    }
    const int lanes = std::max(1, QThread::idealThreadCount());
    for (qsizetype first = 0; first < secrets.size(); first += lanes) {
        std::vector<std::future<Result<QByteArray>>> running;
        for (qsizetype i = first; i < std::min<qsizetype>(first + lanes, secrets.size()); ++i)
            running.push_back(
                std::async(std::launch::async, [pw = secrets[i]] { return PasswordHasher::hash(pw); }));
        for (auto &h : running) {
            auto hash = h.get();
            if (!hash)
                return hash.error();
            hashes << hash.value();
        }
    }

    // One transaction for all of it: a demo is there whole or not at all, and SQLite writes it
    // once instead of syncing after every action. The services' own transactions are savepoints
    // inside it.
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    UserRepository userRepo(db);
    QList<Actor> clerks;
    QHash<Role, Actor> approverOf;
    Actor admin;
    for (int i = 0; i < users.size(); ++i) {
        User u;
        u.login = users[i].login;
        u.displayName = users[i].name;
        u.roles = users[i].roles;
        auto id = userRepo.insert(u, hashes[i]);
        if (!id)
            return id.error();
        const Actor actor { id.value(), u.login, u.displayName, u.roles, false };
        if (u.roles.contains(Role::Clerk))
            clerks << actor;
        for (Role r : { Role::Chief, Role::Manager, Role::PrivacyOfficer })
            if (u.roles.contains(r) && !approverOf.contains(r))
                approverOf.insert(r, actor);
        if (u.roles.contains(Role::Administrator))
            admin = actor;
    }

    // The organisation, as its administrator sets it up.
    {
        SettingsService settingsService(db);
        auto basis = settingsService.load(admin);
        if (!basis)
            return basis.error();
        QHash<Setting, QString> changes;
        for (const auto &[key, value] : organisationSettings())
            changes.insert(key, value);
        if (Status s = settingsService.save(admin, basis.value(), changes); !s)
            return s.error();
    }

    MemberRepository memberRepo(db);
    QList<qint64> memberIds;
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
    }
    report.members = memberCount;

    auto settings = SettingsRepository(db).load();
    if (!settings)
        return settings.error();
    const LegalRegime regime = settings->regime();
    const QStringList categories = settings->value(Setting::RequestCategories).split(QLatin1Char(','));
    auto policy = CalendarService(db).policy();
    if (!policy)
        return policy.error();
    OpenDays open(policy->calendar());
    const bool amendmentLetters = LetterKinds::allowedIn(LetterKind::AmendmentRequest, regime);

    // The approval route of each request type × decision kind, as configured.
    WorkflowRepository routesRepo(db);
    QHash<QString, QList<Role>> routes;
    auto routeOf = [&](RequestType type, DecisionKind kind) -> Result<QList<Role>> {
        const QString key = RequestVocabulary::id(type) + QLatin1Char('/') + DecisionVocabulary::id(kind);
        if (!routes.contains(key)) {
            auto route = routesRepo.routeFor(RequestVocabulary::id(type), DecisionVocabulary::id(kind));
            if (!route)
                return route.error();
            for (Role r : route.value())
                if (!approverOf.contains(r))
                    return makeError(ErrorCode::Failure,
                                     QStringLiteral("demo: no account approves as %1").arg(Roles::id(r)));
            routes.insert(key, route.value());
        }
        return routes.value(key);
    };

    // ---- Plan every request's life. ----
    const QList<RequestType> types = RequestVocabulary::types();
    static const int typeWeights[]
        = { 70, 10, 6, 3, 4, 2, 5 }; // disclosure … complaint, as types() orders them
    static const QHash<RequestType, QString> typeNames {
        { RequestType::Disclosure, QStringLiteral("保有個人データの開示") },
        { RequestType::Correction, QStringLiteral("保有個人データの訂正") },
        { RequestType::Suspension, QStringLiteral("保有個人データの利用停止") },
        { RequestType::StopProvision, QStringLiteral("第三者提供の停止") },
        { RequestType::PurposeNotice, QStringLiteral("利用目的の通知") },
        { RequestType::ProvisionRecord, QStringLiteral("第三者提供記録の開示") },
        { RequestType::Complaint, QStringLiteral("取扱いに関する苦情") },
    };
    const QDate first = QDate(JapaneseEra::fiscalYearOf(today) - 3, 4, 1);
    const qint64 span = first.daysTo(today);
    QList<QDate> received;
    for (int i = 0; i < requestCount; ++i)
        received << open.onOrBefore(first.addDays(rng.bounded(span + 1)));
    std::sort(received.begin(), received.end());

    std::vector<Life> lives(static_cast<size_t>(requestCount));
    int holdTurn = 0;
    for (int i = 0; i < requestCount; ++i) {
        Life &life = lives[static_cast<size_t>(i)];
        Request &r = life.draft;
        int roll = static_cast<int>(rng.bounded(100u));
        int t = 0;
        while (roll >= typeWeights[t]) {
            roll -= typeWeights[t];
            ++t;
        }
        r.type = types[t];
        r.received = received[i];
        r.memberId = memberIds[static_cast<int>(rng.bounded(static_cast<quint32>(memberIds.size())))];
        r.channel = rng.bounded(3u) == 0 ? Channel::Mail : Channel::Counter;
        const QString category = categories[i % categories.size()].trimmed();
        r.summary = typeNames.value(r.type) + QStringLiteral("の請求（") + category + QStringLiteral("）");
        r.categories = { category };
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
        // At the counter the identity is checked on the spot; by mail when the copies are read.
        if (r.channel == Channel::Counter) {
            static const QString documents[]
                = { QStringLiteral("drivers_license"), QStringLiteral("my_number_card_front"),
                    QStringLiteral("health_insurance_card") };
            r.identity.documentType = documents[rng.bounded(3u)];
        }
        if (RequestVocabulary::hasDisclosureMethod(r.type))
            r.method = DisclosureMethod::Paper;
        if (RequestVocabulary::feeAllowed(r.type)) {
            r.feeYen = 300;
            r.feePaid = r.received;
        }
        life.clerk = i % clerks.size();
        r.assignedTo = clerks[life.clerk].userId;

        // Where a recent request is left: about half of those of the last six weeks stop in a
        // state chosen in turn (each state has work waiting, the approvers' inboxes included);
        // the rest run as time allows.
        Hold hold = Hold::None; // the state wanted in turn; it shapes the plan (an amendment, a return)
        if (r.received.daysTo(today) <= 60 && chance(rng, 70))
            hold = kHoldTurns[holdTurn % std::size(kHoldTurns)];

        QList<Step> &s = life.steps;
        QDate d = r.received;
        auto at = [&](Act act, int gap, int arg = 0) {
            d = open.after(d, gap);
            s << Step { d, act, arg };
        };
        QHash<Hold, int> holdAt; // where the request stands in each state: the steps before it are taken
        auto holdHere = [&](Hold h) {
            if (!holdAt.contains(h))
                holdAt.insert(h, static_cast<int>(s.size()));
        };
        s << Step { d, Act::Register };
        if (r.channel == Channel::Mail)
            at(Act::Verify, between(rng, 0, 2));
        const bool amendment = hold == Hold::AwaitingAmendment || chance(rng, 10);
        const bool withdrawn = hold == Hold::None && chance(rng, 4);
        if (amendment) {
            at(Act::Amend, between(rng, 1, 2));
            if (amendmentLetters)
                at(Act::AmendLetter, 1);
            // Most answer; the one who never does withdraws after a while.
            if (hold == Hold::AwaitingAmendment || chance(rng, 88)) {
                holdHere(Hold::AwaitingAmendment);
                at(Act::AmendReceived, between(rng, 4, 12));
            } else {
                at(Act::Withdraw, between(rng, 15, 25));
            }
        }
        holdHere(Hold::Received);
        at(Act::Investigate, between(rng, 1, 2));
        if (chance(rng, 35)) {
            at(Act::InquiryAdd, between(rng, 0, 1));
            at(Act::InquiryAnswer, between(rng, 2, 6));
        }
        holdHere(Hold::Investigating);
        // A few lie untouched for weeks: the overdue requests of the deadline list.
        const bool stalled = chance(rng, 7);
        at(Act::Draft, stalled ? between(rng, 18, 30) : between(rng, 2, 5));
        life.decision = decisionFor(rng, r, regime, d);
        const int draftStep = static_cast<int>(s.size()) - 1;
        auto route = routeOf(r.type, life.decision.kind);
        if (!route)
            return route.error();
        holdHere(Hold::Drafted);
        at(Act::Submit, between(rng, 0, 1));
        const bool returned = hold == Hold::Returned || chance(rng, 8);
        if (returned) {
            const int by = hold == Hold::Returned ? 0 : between(rng, 0, static_cast<int>(route->size()) - 1);
            for (int k = 0; k < by; ++k)
                at(Act::Approve, between(rng, 0, 2), k);
            at(Act::Return, between(rng, 0, 2), by);
            holdHere(Hold::Returned);
            at(Act::Draft, between(rng, 1, 3));
            at(Act::Submit, between(rng, 0, 1));
        }
        for (int k = 0; k < route->size(); ++k) {
            if (k == 0)
                holdHere(Hold::FirstApproval);
            if (k == 1)
                holdHere(Hold::SecondApproval);
            at(Act::Approve, between(rng, 0, 2), k);
        }
        if (r.type == RequestType::Complaint) {
            at(Act::NotifyInPerson, between(rng, 0, 2));
        } else {
            life.letterKind = LetterKinds::forDecision(life.decision.kind, r.type);
            if (!life.letterKind || !LetterKinds::allowedIn(*life.letterKind, regime))
                return makeError(
                    ErrorCode::Failure,
                    QStringLiteral("demo: no letter for %1").arg(DecisionVocabulary::id(life.decision.kind)));
            life.letterInput = letterInputFor(*life.letterKind);
            holdHere(Hold::DecidedUnissued);
            at(Act::IssueLetter, between(rng, 1, 2)); // the next open day or the one after
            holdHere(Hold::IssuedUnprinted);
            at(Act::Print, between(rng, 1, 2)); // a later day than the batch that issued it
            holdHere(Hold::PrintedUnmailed);
            at(Act::Mail, between(rng, 0, 1));
        }
        if (r.type != RequestType::Complaint && chance(rng, 3))
            at(Act::MailReturned, between(rng, 3, 8));
        else
            at(Act::Close, between(rng, 5, 20));
        if (withdrawn) {
            // Withdrawn somewhere between the receipt and the decision.
            const int from = 1 + static_cast<int>(rng.bounded(static_cast<quint32>(draftStep + 1)));
            const QDate on = open.after(s[from - 1].day, between(rng, 1, 5));
            s.resize(from);
            s << Step { on, Act::Withdraw };
        }
        if (hold != Hold::None) {
            // The first state in turn that this request reaches by today (the oldest of the recent
            // requests take the late states); the turn moves on past it.
            for (size_t tried = 0; tried < std::size(kHoldTurns); ++tried) {
                const Hold h = kHoldTurns[holdTurn % std::size(kHoldTurns)];
                ++holdTurn;
                const int at = holdAt.value(h, -1);
                if (at > 0 && s[at - 1].day <= today) {
                    s.resize(at);
                    break;
                }
            }
        }
        // Nothing follows a withdrawal.
        for (qsizetype k = 0; k < s.size(); ++k)
            if (s[k].act == Act::Withdraw) {
                s.resize(k + 1);
                break;
            }
    }

    // ---- Live through the days, in date order across all requests. ----
    RequestService requestService(db);
    WorkflowService workflow(db);
    LetterService letters(db);
    LetterBatchService batch(db);
    LetterLifecycleService lifecycle(db);
    std::map<QDate, QList<int>> agenda; // day → the lives whose next step falls on it
    for (int i = 0; i < requestCount; ++i)
        if (!lives[static_cast<size_t>(i)].steps.isEmpty()
            && lives[static_cast<size_t>(i)].steps[0].day <= today)
            agenda[lives[static_cast<size_t>(i)].steps[0].day] << i;
    auto schedule = [&](int i) {
        const Life &life = lives[static_cast<size_t>(i)];
        if (life.next < life.steps.size() && life.steps[life.next].day <= today)
            agenda[life.steps[life.next].day] << i;
    };
    auto failed = [&](const Life &life, const Step &step, const Error &e) {
        Error out = e;
        out.message = tr("Demo request %1 (step %2 on %3): %4")
                          .arg(life.draft.receiptNo.isEmpty() ? QStringLiteral("-") : life.draft.receiptNo)
                          .arg(static_cast<int>(step.act))
                          .arg(step.day.toString(Qt::ISODate), e.message);
        return out;
    };
    auto perform
        = [&](Life &life, const Actor &actor, WorkflowAction action, const WorkflowInput &in) -> Status {
        auto done = workflow.perform(actor, life.id, action, in);
        if (!done)
            return done.error();
        return {};
    };

    int registered = 0;
    int lastReported = -1;
    while (!agenda.empty()) {
        const QDate day = agenda.begin()->first;
        const QList<int> due = agenda.begin()->second;
        agenda.erase(agenda.begin());
        requestService.setToday(day);
        workflow.setToday(day);
        letters.setToday(day);
        batch.setToday(day);
        lifecycle.setToday(day);
        // Today's letters render on the other cores while this thread does the day's other work,
        // each with the number it will get: first the amendment letters (drafted on an earlier
        // day, approved and issued during the day), then the decision letters of the requests
        // decided before today (issued at the end of the day, before those decided today).
        int numbersBefore = 0;
        QList<QList<int>> early(clerks.size()); // per clerk, the lives whose letter renders ahead
        QHash<int, std::shared_ptr<const LetterService::RenderedDraft>> amendmentAhead;
        for (int i : due) {
            const Life &life = lives[static_cast<size_t>(i)];
            for (qsizetype k = life.next; k < life.steps.size() && life.steps[k].day == day; ++k) {
                if (life.steps[k].act == Act::AmendLetter) {
                    if (k == life.next)
                        amendmentAhead.insert(i,
                                              letters.renderDraftAhead(
                                                  clerks[life.clerk], life.amendmentLetterId, numbersBefore));
                    ++numbersBefore;
                }
                if (life.steps[k].act == Act::IssueLetter && k == life.next)
                    early[life.clerk] << i;
            }
        }
        auto ordersOf = [&](const QList<int> &owners) {
            QList<IssueOrder> orders;
            for (int i : owners) {
                const Life &life = lives[static_cast<size_t>(i)];
                orders << IssueOrder { life.id, *life.letterKind, life.letterInput, life.draft.receiptNo };
            }
            return orders;
        };
        QList<std::shared_ptr<const LetterBatchService::RenderedAhead>> rendering(clerks.size());
        for (int c = 0; c < clerks.size(); ++c) {
            if (early[c].isEmpty())
                continue;
            rendering[c] = batch.renderAhead(clerks[c], ordersOf(early[c]), numbersBefore);
            numbersBefore += static_cast<int>(early[c].size());
        }
        QList<int> toIssue;
        for (int i : due) {
            Life &life = lives[static_cast<size_t>(i)];
            bool issuing = false;
            while (life.next < life.steps.size() && life.steps[life.next].day == day) {
                const Step &step = life.steps[life.next];
                if (step.act == Act::IssueLetter) {
                    toIssue << i;
                    issuing = true;
                    break;
                }
                const Actor &clerk = clerks[life.clerk];
                Status status;
                WorkflowInput in;
                switch (step.act) {
                case Act::Register: {
                    auto r = requestService.registerRequest(clerk, life.draft);
                    if (!r)
                        return failed(life, step, r.error());
                    life.id = r->id;
                    life.draft.receiptNo = r->receiptNo;
                    ++registered;
                    break;
                }
                case Act::Verify:
                    in.documentType = QStringLiteral("copy_with_residence_certificate");
                    in.date = life.draft.received.addDays(-between(rng, 3, 20));
                    status = perform(life, clerk, WorkflowAction::VerifyIdentity, in);
                    break;
                case Act::Amend:
                    in.text = QStringLiteral("請求書に記載された請求の対象が特定できません。対象となる記録の"
                                             "種類と期間を記載してください。");
                    in.dueDate = open.after(day, 14);
                    status = perform(life, clerk, WorkflowAction::RequestAmendment, in);
                    if (status && amendmentLetters) {
                        auto letter = letters.submitDraft(clerk, life.id, LetterKind::AmendmentRequest,
                                                          letterInputFor(LetterKind::AmendmentRequest));
                        if (!letter)
                            return failed(life, step, letter.error());
                        life.amendmentLetterId = letter->id;
                    }
                    break;
                case Act::AmendLetter: {
                    if (auto a
                        = lifecycle.approveDraft(approverOf.value(Role::Chief), life.amendmentLetterId);
                        !a)
                        return failed(life, step, a.error());
                    auto issued
                        = letters.issueDraft(clerk, life.amendmentLetterId, 0, amendmentAhead.value(i));
                    if (!issued)
                        return failed(life, step, issued.error());
                    if (auto p = lifecycle.markPrinted(clerk, issued->id); !p)
                        return failed(life, step, p.error());
                    if (auto m
                        = lifecycle.markMailed(clerk, issued->id, MailMethod::Ordinary, QString(), day);
                        !m)
                        return failed(life, step, m.error());
                    break;
                }
                case Act::AmendReceived:
                    status = perform(life, clerk, WorkflowAction::AmendmentReceived, in);
                    break;
                case Act::Investigate:
                    status = perform(life, clerk, WorkflowAction::Investigate, in);
                    break;
                case Act::InquiryAdd: {
                    in.text = str(pick(rng, kDivisions));
                    in.dueDate = open.after(day, 5);
                    auto r = workflow.perform(clerk, life.id, WorkflowAction::InquiryAdd, in);
                    if (!r)
                        return failed(life, step, r.error());
                    auto details = WorkflowRepository(db).inquiries(life.id);
                    if (!details)
                        return failed(life, step, details.error());
                    life.inquiryId = details->isEmpty() ? 0 : details->constLast().id;
                    break;
                }
                case Act::InquiryAnswer:
                    in.itemId = life.inquiryId;
                    in.text = QStringLiteral("該当する記録を確認しました。写しを送付します。");
                    status = perform(life, clerk, WorkflowAction::InquiryAnswer, in);
                    break;
                case Act::Draft:
                    in.decision = life.decision;
                    status = perform(life, clerk, WorkflowAction::Draft, in);
                    break;
                case Act::Submit:
                    status = perform(life, clerk, WorkflowAction::Submit, in);
                    break;
                case Act::Approve:
                case Act::Return: {
                    auto route = routeOf(life.draft.type, life.decision.kind);
                    if (!route)
                        return failed(life, step, route.error());
                    const Actor &approver = approverOf.value(route->value(step.arg));
                    if (step.act == Act::Return)
                        in.text
                            = QStringLiteral("理由の記載が不十分です。根拠条項との対応を明記してください。");
                    status = perform(
                        life, approver,
                        step.act == Act::Approve ? WorkflowAction::Approve : WorkflowAction::Return, in);
                    break;
                }
                case Act::Withdraw:
                    in.text = QStringLiteral("請求者から取下書の提出があったため");
                    status = perform(life, clerk, WorkflowAction::Withdraw, in);
                    break;
                case Act::Print:
                    if (auto p = lifecycle.markPrinted(clerk, life.letterId); !p)
                        return failed(life, step, p.error());
                    break;
                case Act::Mail: {
                    // Refusals and partial disclosures go by simple registered mail.
                    const bool registeredMail = life.decision.kind != DecisionKind::Full && chance(rng, 70);
                    const QString tracking = registeredMail ? QStringLiteral("%1-%2-%3")
                                                                  .arg(between(rng, 1000, 9999))
                                                                  .arg(between(rng, 1000, 9999))
                                                                  .arg(between(rng, 1000, 9999))
                                                            : QString();
                    if (auto m = lifecycle.markMailed(clerk, life.letterId,
                                                      registeredMail ? MailMethod::SimpleRegistered
                                                                     : MailMethod::Ordinary,
                                                      tracking, day);
                        !m)
                        return failed(life, step, m.error());
                    break;
                }
                case Act::MailReturned:
                    if (auto m = lifecycle.markReturned(clerk, life.letterId, day); !m)
                        return failed(life, step, m.error());
                    break;
                case Act::NotifyInPerson:
                    in.text = QStringLiteral("窓口にて口頭で回答");
                    status = perform(life, clerk, WorkflowAction::Notified, in);
                    break;
                case Act::Close:
                    status = perform(life, clerk, WorkflowAction::Close, in);
                    break;
                case Act::IssueLetter:
                    break;
                }
                if (!status)
                    return failed(life, step, status.error());
                ++life.next;
            }
            if (!issuing)
                schedule(i);
        }
        // The day's decision letters, in batches: each clerk issues the letters of their own
        // requests — those rendered ahead first, then those decided today.
        auto issue = [&](int c, const QList<int> &owners,
                         const std::shared_ptr<const LetterBatchService::RenderedAhead> &ahead) -> Status {
            if (owners.isEmpty())
                return {};
            const QList<Result<Letter>> issued = batch.issueMany(clerks[c], ordersOf(owners), {}, ahead);
            for (qsizetype k = 0; k < issued.size(); ++k) {
                Life &life = lives[static_cast<size_t>(owners[k])];
                if (!issued[k])
                    return failed(life, life.steps[life.next], issued[k].error());
                life.letterId = issued[k]->id;
                ++life.next;
                schedule(owners[k]);
            }
            return {};
        };
        for (int c = 0; c < clerks.size(); ++c)
            if (Status s = issue(c, early[c], rendering[c]); !s)
                return s.error();
        for (int c = 0; c < clerks.size(); ++c) {
            QList<int> owners;
            for (int i : toIssue)
                if (lives[static_cast<size_t>(i)].clerk == c && !early[c].contains(i))
                    owners << i;
            if (Status s = issue(c, owners, {}); !s)
                return s.error();
        }
        if (progress && registered != lastReported) {
            lastReported = registered;
            progress(registered, requestCount);
        }
    }
    report.requests = requestCount;

    AuditEvent e;
    e.userId = admin.userId;
    e.userLogin = admin.login;
    e.action = QStringLiteral("system.demo_data");
    e.entityType = QStringLiteral("database");
    e.entityId = QStringLiteral("-");
    e.details = { { QStringLiteral("members"), memberCount }, { QStringLiteral("requests"), requestCount } };
    if (auto a = AuditRepository(db).append(e); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace dsr
