// SPDX-License-Identifier: LicenseRef-Sportello
// SessionRepository against a real database: validity, sliding expiry, revocation, purge.
#include <gtest/gtest.h>

#include "storage/sessionrepository.h"
#include "storage/userrepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;

class SessionRepositoryTest : public ::testing::Test
{
protected:
    TestDatabase db;
    UserRepository users{db.connection()};
    SessionRepository sessions{db.connection()};
    qint64 luca = *users.add(QStringLiteral("luca"), AgentRole::Manager, QStringLiteral("h"), 1);
    qint64 anna = *users.add(QStringLiteral("anna"), AgentRole::Agent, QStringLiteral("h"), 1);
};

TEST_F(SessionRepositoryTest, FindsAValidSessionWithItsUser)
{
    sessions.create(QStringLiteral("hash-1"), luca, 1000, 5000);
    const auto session = sessions.findValid(QStringLiteral("hash-1"), 2000);
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(session->tokenHash, QStringLiteral("hash-1"));
    EXPECT_EQ(session->createdAt, 1000);
    EXPECT_EQ(session->expiresAt, 5000);
    EXPECT_EQ(session->lastUsedAt, 1000);
    EXPECT_EQ(session->user.id, luca);
    EXPECT_EQ(session->user.username, QStringLiteral("luca"));
    EXPECT_EQ(session->user.role, AgentRole::Manager);
    EXPECT_FALSE(sessions.findValid(QStringLiteral("hash-2"), 2000).has_value());
}

TEST_F(SessionRepositoryTest, ExpiredSessionsAreNotValid)
{
    sessions.create(QStringLiteral("hash-1"), luca, 1000, 5000);
    EXPECT_TRUE(sessions.findValid(QStringLiteral("hash-1"), 4999).has_value());
    EXPECT_FALSE(sessions.findValid(QStringLiteral("hash-1"), 5000).has_value());
    EXPECT_FALSE(sessions.findValid(QStringLiteral("hash-1"), 9000).has_value());
}

TEST_F(SessionRepositoryTest, TouchSlidesTheExpiry)
{
    sessions.create(QStringLiteral("hash-1"), luca, 1000, 5000);
    EXPECT_TRUE(sessions.touch(QStringLiteral("hash-1"), 4000, 8000));
    const auto session = sessions.findValid(QStringLiteral("hash-1"), 7000);
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(session->lastUsedAt, 4000);
    EXPECT_EQ(session->expiresAt, 8000);
    EXPECT_FALSE(sessions.touch(QStringLiteral("missing"), 4000, 8000));
}

TEST_F(SessionRepositoryTest, ADisabledUsersSessionsAreNotValid)
{
    sessions.create(QStringLiteral("hash-1"), luca, 1000, 5000);
    users.setDisabled(QStringLiteral("luca"), true, 1500);
    EXPECT_FALSE(sessions.findValid(QStringLiteral("hash-1"), 2000).has_value());
    users.setDisabled(QStringLiteral("luca"), false, 1600);
    EXPECT_TRUE(sessions.findValid(QStringLiteral("hash-1"), 2000).has_value());
}

TEST_F(SessionRepositoryTest, RevokesOneOrAllOfAUser)
{
    sessions.create(QStringLiteral("l1"), luca, 1000, 5000);
    sessions.create(QStringLiteral("l2"), luca, 1000, 5000);
    sessions.create(QStringLiteral("a1"), anna, 1000, 5000);
    EXPECT_TRUE(sessions.revoke(QStringLiteral("l1")));
    EXPECT_FALSE(sessions.revoke(QStringLiteral("l1")));
    EXPECT_FALSE(sessions.findValid(QStringLiteral("l1"), 2000).has_value());
    EXPECT_TRUE(sessions.findValid(QStringLiteral("l2"), 2000).has_value());

    sessions.create(QStringLiteral("l3"), luca, 1000, 5000);
    EXPECT_EQ(sessions.revokeAllFor(luca), 2);
    EXPECT_EQ(sessions.countFor(luca), 0);
    EXPECT_TRUE(sessions.findValid(QStringLiteral("a1"), 2000).has_value());
}

TEST_F(SessionRepositoryTest, PurgesExpiredSessions)
{
    sessions.create(QStringLiteral("old"), luca, 1000, 2000);
    sessions.create(QStringLiteral("new"), anna, 1000, 9000);
    EXPECT_EQ(sessions.purgeExpired(2000), 1);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM sessions"), 1);
    EXPECT_EQ(db.text("SELECT token_hash FROM sessions"), QStringLiteral("new"));
}

} // namespace
} // namespace sportello::storage
