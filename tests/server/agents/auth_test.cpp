// SPDX-License-Identifier: LicenseRef-Sportello
// PasswordHasher, SessionTokens and LoginThrottle: formats, verification, limits, lockouts.
#include <stdexcept>

#include <gtest/gtest.h>

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include "agents/auth/loginthrottle.h"
#include "agents/auth/passwordhasher.h"
#include "agents/auth/sessiontokens.h"

namespace sportello::agents {
namespace {

TEST(PasswordHasher, RefusesFewerThanTwoHundredThousandIterations)
{
    EXPECT_THROW(PasswordHasher(199999), std::invalid_argument);
    EXPECT_THROW(PasswordHasher(1000), std::invalid_argument);
    EXPECT_NO_THROW(PasswordHasher(200000));
    EXPECT_EQ(PasswordHasher().iterations(), 210000);
    EXPECT_EQ(PasswordHasher::insecureForTests(1000).iterations(), 1000);
}

TEST(PasswordHasher, StoresSchemeIterationsSaltAndHash)
{
    const auto hasher = PasswordHasher::insecureForTests(1234);
    const QString stored = hasher.hash(QStringLiteral("correct horse"));
    const QStringList parts = stored.split(u'$');
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    EXPECT_EQ(parts.at(1), QStringLiteral("1234"));
    EXPECT_EQ(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    EXPECT_EQ(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    EXPECT_EQ(PasswordHasher::iterationsOf(stored), 1234);
}

TEST(PasswordHasher, VerifiesTheRightPasswordOnly)
{
    const auto hasher = PasswordHasher::insecureForTests();
    const QString stored = hasher.hash(QStringLiteral("correct horse è 🐴"));
    EXPECT_TRUE(hasher.verify(QStringLiteral("correct horse è 🐴"), stored));
    EXPECT_FALSE(hasher.verify(QStringLiteral("correct horse è"), stored));
    EXPECT_FALSE(hasher.verify(QStringLiteral("Correct horse è 🐴"), stored));
    EXPECT_FALSE(hasher.verify(QString(), stored));
}

TEST(PasswordHasher, SaltsEveryHash)
{
    const auto hasher = PasswordHasher::insecureForTests();
    const QString a = hasher.hash(QStringLiteral("same password"));
    const QString b = hasher.hash(QStringLiteral("same password"));
    EXPECT_NE(a, b);
    EXPECT_NE(a.split(u'$').at(2), b.split(u'$').at(2));
    EXPECT_TRUE(hasher.verify(QStringLiteral("same password"), a));
    EXPECT_TRUE(hasher.verify(QStringLiteral("same password"), b));
}

TEST(PasswordHasher, VerifyReadsTheIterationCountFromTheStoredHash)
{
    const QString stored = PasswordHasher::insecureForTests(700).hash(QStringLiteral("password1"));
    // Another hasher (another default count) still verifies it with the stored count.
    EXPECT_TRUE(PasswordHasher::insecureForTests(5000).verify(QStringLiteral("password1"), stored));
    // Changing the stored count changes the hash: it no longer verifies.
    QString tampered = stored;
    tampered.replace(QStringLiteral("$700$"), QStringLiteral("$701$"));
    EXPECT_FALSE(
        PasswordHasher::insecureForTests(700).verify(QStringLiteral("password1"), tampered));
}

TEST(PasswordHasher, MatchesAKnownPbkdf2Vector)
{
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", c = 1, dkLen = 64); the first
    // 32 bytes are what this scheme keeps.
    const QString stored =
        QStringLiteral("pbkdf2-sha256$1$") + QString::fromLatin1(QByteArray("salt").toBase64()) +
        u'$' +
        QString::fromLatin1(QByteArray::fromHex("55ac046e56e3089fec1691c22544b605"
                                                "f94185216dde0465e68b9d57c20dacbc")
                                .toBase64());
    EXPECT_TRUE(PasswordHasher::insecureForTests().verify(QStringLiteral("passwd"), stored));
    EXPECT_FALSE(PasswordHasher::insecureForTests().verify(QStringLiteral("passwe"), stored));
}

TEST(PasswordHasher, MalformedStoredHashesNeverVerify)
{
    const auto hasher = PasswordHasher::insecureForTests();
    const QString good = hasher.hash(QStringLiteral("password1"));
    const QStringList parts = good.split(u'$');
    const QStringList bad{
        QString(),
        QStringLiteral("password1"),
        QStringLiteral("pbkdf2-sha1$1000$") + parts.at(2) + u'$' + parts.at(3),
        QStringLiteral("pbkdf2-sha256$abc$") + parts.at(2) + u'$' + parts.at(3),
        QStringLiteral("pbkdf2-sha256$0$") + parts.at(2) + u'$' + parts.at(3),
        QStringLiteral("pbkdf2-sha256$99999999$") + parts.at(2) + u'$' + parts.at(3),
        QStringLiteral("pbkdf2-sha256$1000$!!!$") + parts.at(3),
        QStringLiteral("pbkdf2-sha256$1000$") + parts.at(2) + QStringLiteral("$AAAA"),
        good + QStringLiteral("$extra"),
    };
    for (const QString &stored : bad) {
        EXPECT_FALSE(hasher.verify(QStringLiteral("password1"), stored)) << stored.toStdString();
        EXPECT_TRUE(hasher.needsRehash(stored)) << stored.toStdString();
    }
    EXPECT_FALSE(PasswordHasher::iterationsOf(QStringLiteral("nonsense")).has_value());
}

TEST(PasswordHasher, NeedsRehashBelowItsOwnCount)
{
    const QString weak = PasswordHasher::insecureForTests(1000).hash(QStringLiteral("password1"));
    EXPECT_TRUE(PasswordHasher::insecureForTests(2000).needsRehash(weak));
    EXPECT_FALSE(PasswordHasher::insecureForTests(1000).needsRehash(weak));
    EXPECT_FALSE(PasswordHasher::insecureForTests(500).needsRehash(weak));
}

TEST(PasswordHasher, ProductionCountHashesAndVerifies)
{
    // One real-strength round trip, so the default path is exercised (about 0.1 s).
    const PasswordHasher hasher;
    const QString stored = hasher.hash(QStringLiteral("correct horse"));
    EXPECT_EQ(PasswordHasher::iterationsOf(stored), 210000);
    EXPECT_TRUE(hasher.verify(QStringLiteral("correct horse"), stored));
}

TEST(SessionTokens, Are256RandomBitsInBase64Url)
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString token = SessionTokens::generate();
        EXPECT_EQ(token.size(), 43);
        EXPECT_TRUE(SessionTokens::looksValid(token)) << token.toStdString();
        EXPECT_FALSE(token.contains(u'=') || token.contains(u'+') || token.contains(u'/'));
        const auto bytes = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        EXPECT_EQ(bytes.size(), 32);
        seen.insert(token);
    }
    EXPECT_EQ(seen.size(), 200);
}

TEST(SessionTokens, HashIsSha256Hex)
{
    // SHA-256("abc") from FIPS 180-2.
    EXPECT_EQ(SessionTokens::hash(QStringLiteral("abc")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QString token = SessionTokens::generate();
    EXPECT_EQ(SessionTokens::hash(token), SessionTokens::hash(token));
    EXPECT_NE(SessionTokens::hash(token), token);
}

TEST(SessionTokens, LooksValidRefusesOtherShapes)
{
    EXPECT_FALSE(SessionTokens::looksValid(QString()));
    EXPECT_FALSE(SessionTokens::looksValid(QString(42, u'a')));
    EXPECT_FALSE(SessionTokens::looksValid(QString(44, u'a')));
    EXPECT_FALSE(SessionTokens::looksValid(QString(42, u'a') + u'+'));
    EXPECT_FALSE(SessionTokens::looksValid(QString(42, u'a') + u'='));
    EXPECT_TRUE(SessionTokens::looksValid(QString(42, u'a') + u'-'));
    EXPECT_EQ(SessionTokens::kLifetimeMs, 12 * 60 * 60 * 1000);
}

class LoginThrottleTest : public ::testing::Test
{
protected:
    qint64 now = 1000000;
    LoginThrottle throttle{[this] { return now; }};
    const QString luca = QStringLiteral("luca");
    const QString address = QStringLiteral("192.0.2.1");
};

TEST_F(LoginThrottleTest, LocksAUserNameAfterFiveFailuresForFiveMinutes)
{
    for (int i = 0; i < 4; ++i) {
        throttle.recordFailure(luca, QStringLiteral("198.51.100.%1").arg(i));
        EXPECT_EQ(throttle.secondsToWait(luca, {}), 0) << i;
        now += 1000;
    }
    throttle.recordFailure(luca, QStringLiteral("198.51.100.9"));
    EXPECT_EQ(throttle.secondsToWait(luca, {}), 300);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("LUCA"), {}), 300); // names are case-folded
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("anna"), {}), 0);
    now += 299 * 1000 + 1;
    EXPECT_EQ(throttle.secondsToWait(luca, {}), 1);
    now += 999;
    EXPECT_EQ(throttle.secondsToWait(luca, {}), 0);
}

TEST_F(LoginThrottleTest, LocksAnAddressAfterFiveFailuresWhateverTheNames)
{
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(QStringLiteral("user%1").arg(i), address);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("someone"), address), 300);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("someone"), QStringLiteral("192.0.2.2")), 0);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("user0"), {}), 0);
}

TEST_F(LoginThrottleTest, FailuresOlderThanFiveMinutesDoNotCount)
{
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(luca, address);
    now += 5 * 60 * 1000; // the four fall out of the window
    throttle.recordFailure(luca, address);
    EXPECT_EQ(throttle.secondsToWait(luca, address), 0);
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(luca, address);
    EXPECT_EQ(throttle.secondsToWait(luca, address), 0);
    throttle.recordFailure(luca, address);
    EXPECT_EQ(throttle.secondsToWait(luca, address), 300);
}

TEST_F(LoginThrottleTest, AttemptsDuringALockDoNotExtendIt)
{
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(luca, address);
    now += 60 * 1000;
    throttle.recordFailure(luca, address);
    EXPECT_EQ(throttle.secondsToWait(luca, address), 240);
    now += 240 * 1000;
    EXPECT_EQ(throttle.secondsToWait(luca, address), 0);
    // After the lock, counting starts again from zero.
    throttle.recordFailure(luca, address);
    EXPECT_EQ(throttle.secondsToWait(luca, address), 0);
}

TEST_F(LoginThrottleTest, SuccessClearsTheUserNameButNotTheAddress)
{
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(luca, address);
    throttle.recordSuccess(luca);
    throttle.recordFailure(luca, QStringLiteral("203.0.113.5"));
    EXPECT_EQ(throttle.secondsToWait(luca, {}), 0);
    // The address still has four failures: one more locks it.
    throttle.recordFailure(QStringLiteral("anna"), address);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("marco"), address), 300);
}

TEST_F(LoginThrottleTest, StaysCorrectWithManyEntries)
{
    for (int i = 0; i < 5000; ++i)
        throttle.recordFailure(QStringLiteral("u%1").arg(i), QStringLiteral("a%1").arg(i));
    now += 10 * 60 * 1000;
    throttle.recordFailure(luca, address);
    // Sweeping thousands of stale entries must not lose the live ones.
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("u1"), QStringLiteral("a1")), 0);
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(luca, address);
    EXPECT_EQ(throttle.secondsToWait(luca, {}), 300);
}

} // namespace
} // namespace sportello::agents
