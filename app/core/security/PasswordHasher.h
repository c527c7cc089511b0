#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str, "moderate" limits: 3 passes,
// 256 MiB) and the password policy (12–128 characters). Every hash string carries the limits it
// was made with, and verify() uses those. Test builds only (CMake option DSR_TEST_HASH_SWITCH,
// never in Release or the package) make new hashes at the minimum cost when the environment has
// DSR_TEST_HASH_COST=minimum; ctest sets it for the suite.

#include "../Result.h"

#include <QCoreApplication>
#include <QString>

namespace dsr {

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static constexpr int MinimumLength = 12;
    static constexpr int MaximumLength = 128;

    // Encoded Argon2id string ($argon2id$v=19$m=262144,t=3,p=1$…) with the current limits.
    static Result<QByteArray> hash(const QString &password);
    static bool verify(const QByteArray &encoded, const QString &password);
    // True when the stored hash was made with other limits than hash() uses now (in a production
    // build: a hash a test build made at the minimum cost, or one older and weaker).
    static bool needsRehash(const QByteArray &encoded);
    // True when the stored hash is cheaper than hash() makes now (fewer passes or less memory, or
    // not a hash this program can read): the login then stores a new one. Never true for a hash
    // made at the current cost or above, so a test build cannot weaken a production hash.
    static bool weakerThanCurrent(const QByteArray &encoded);
    // The same work as verify() against an account's hash, against a fixed hash of a random
    // secret made with the current limits (at the test cost, one made once per process): a login
    // that is not checked (unknown, locked, disabled) costs what a checked one does. Always false.
    static bool verifyDummy(const QString &password);
    static QByteArray dummyHash();
    // How many verify() and verifyDummy() calls this process made: lets tests see that a
    // password was (or was not) checked without timing anything.
    static quint64 verifyCount();
    static quint64 dummyVerifyCount();
    // Length counted in characters (code points), not bytes.
    static Status checkPolicy(const QString &password);
};

} // namespace dsr
