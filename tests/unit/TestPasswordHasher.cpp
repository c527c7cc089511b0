// The password hashing cost: production limits by default, the test suite's cheap cost only in a
// test build and only through DSR_TEST_HASH_COST=minimum, and every hash verified with the limits
// written into it.

#include "security/PasswordHasher.h"

#include <QtTest>

#include <optional>

using namespace dsr;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QByteArray kVariable = QByteArrayLiteral("DSR_TEST_HASH_COST");
const QByteArray kProduction = QByteArrayLiteral("$argon2id$v=19$m=262144,t=3,p=1$");
const QByteArray kMinimum = QByteArrayLiteral("$argon2id$v=19$m=8,t=1,p=1$");

#ifdef DSR_TEST_HASH_SWITCH
constexpr bool kSwitchBuilt = true;
#else
constexpr bool kSwitchBuilt = false;
#endif

// Sets (or, with nullopt, removes) the variable for one test and puts the old value back.
class ScopedCost
{
public:
    explicit ScopedCost(const std::optional<QByteArray> &value)
        : m_had(qEnvironmentVariableIsSet(kVariable.constData()))
        , m_old(qgetenv(kVariable.constData()))
    {
        set(value);
    }
    ~ScopedCost() { set(m_had ? std::optional<QByteArray>(m_old) : std::nullopt); }
    static void set(const std::optional<QByteArray> &value)
    {
        if (value)
            qputenv(kVariable.constData(), *value);
        else
            qunsetenv(kVariable.constData());
    }

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newHashesHaveTheCostTheSwitchAllows_data()
    {
        QTest::addColumn<bool>("set");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("cheap"); // in a build with the switch
        QTest::newRow("unset: production") << false << QByteArray() << false;
        QTest::newRow("empty: production") << true << QByteArray() << false;
        QTest::newRow("minimum") << true << QByteArray("minimum") << true;
        QTest::newRow("other word: production") << true << QByteArray("fast") << false;
        QTest::newRow("upper case: production") << true << QByteArray("MINIMUM") << false;
        QTest::newRow("number: production") << true << QByteArray("1") << false;
        QTest::newRow("trailing space: production") << true << QByteArray("minimum ") << false;
    }

    void newHashesHaveTheCostTheSwitchAllows()
    {
        QFETCH(bool, set);
        QFETCH(QByteArray, value);
        QFETCH(bool, cheap);
        ScopedCost cost(set ? std::optional<QByteArray>(value) : std::nullopt);
        const bool expectCheap = cheap && kSwitchBuilt;
        auto h = PasswordHasher::hash(kPassword);
        QVERIFY(h.ok());
        QVERIFY2(h->startsWith(expectCheap ? kMinimum : kProduction), h->constData());
        QVERIFY(!PasswordHasher::needsRehash(h.value()));
        // The dummy a login without an account is checked against costs the same.
        QVERIFY2(PasswordHasher::dummyHash().startsWith(expectCheap ? kMinimum : kProduction),
                 PasswordHasher::dummyHash().constData());
        if (expectCheap) { // verifying at the production cost is TestAccounts' (and slow)
            QVERIFY(PasswordHasher::verify(h.value(), kPassword));
            QVERIFY(!PasswordHasher::verify(h.value(), kPassword + QLatin1Char('x')));
            QVERIFY(!PasswordHasher::verifyDummy(kPassword));
        }
    }

    // A database made by the tests still opens in a production build: the limits are read from
    // the stored hash, and the production cost asks for a rehash.
    void aCheapHashVerifiesWithItsOwnLimits()
    {
        if (!kSwitchBuilt)
            QSKIP("this build has no test hashing switch (Release or without tests)");
        QByteArray cheap;
        {
            ScopedCost cost(QByteArray("minimum"));
            cheap = PasswordHasher::hash(kPassword).value();
        }
        QVERIFY2(cheap.startsWith(kMinimum), cheap.constData());
        ScopedCost production(std::nullopt);
        QVERIFY(PasswordHasher::verify(cheap, kPassword));
        QVERIFY(!PasswordHasher::verify(cheap, QStringLiteral("correct horse battery!")));
        QVERIFY(PasswordHasher::needsRehash(cheap));
    }

    // The other way round: a production hash verifies while the test cost is in force.
    void aProductionHashVerifiesUnderTheTestCost()
    {
        QByteArray strong;
        {
            ScopedCost production(std::nullopt);
            strong = PasswordHasher::hash(kPassword).value();
        }
        ScopedCost cost(QByteArray("minimum"));
        QVERIFY(strong.startsWith(kProduction));
        QVERIFY(PasswordHasher::verify(strong, kPassword));
        QVERIFY(!PasswordHasher::verify(strong, QStringLiteral("correct horse battery!")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
