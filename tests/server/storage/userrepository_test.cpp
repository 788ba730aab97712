// SPDX-License-Identifier: LicenseRef-Sportello
// UserRepository against a real database: accounts, roles, hashes, settings, admin counts.
#include <gtest/gtest.h>

#include "storage/sqlconnection.h"
#include "storage/userrepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;

class UserRepositoryTest : public ::testing::Test
{
protected:
    TestDatabase db;
    UserRepository users{db.connection()};
};

TEST_F(UserRepositoryTest, AddsAndFindsUsers)
{
    const auto id =
        users.add(QStringLiteral("luca"), AgentRole::Manager, QStringLiteral("h1"), 100);
    ASSERT_TRUE(id.has_value());
    EXPECT_GT(*id, 0);

    const auto byName = users.findByName(QStringLiteral("luca"));
    ASSERT_TRUE(byName.has_value());
    EXPECT_EQ(byName->id, *id);
    EXPECT_EQ(byName->username, QStringLiteral("luca"));
    EXPECT_EQ(byName->role, AgentRole::Manager);
    EXPECT_EQ(byName->passwordHash, QStringLiteral("h1"));
    EXPECT_FALSE(byName->disabled);
    EXPECT_TRUE(byName->settingsJson.isEmpty());
    EXPECT_EQ(byName->createdAt, 100);
    EXPECT_EQ(byName->updatedAt, 100);
    EXPECT_EQ(users.findById(*id)->username, QStringLiteral("luca"));

    EXPECT_FALSE(users.findByName(QStringLiteral("Luca")).has_value()); // names are exact
    EXPECT_FALSE(users.findById(*id + 1).has_value());
    EXPECT_EQ(db.text("SELECT role FROM users"), QStringLiteral("manager"));
}

TEST_F(UserRepositoryTest, ATakenNameIsRefused)
{
    ASSERT_TRUE(users.add(QStringLiteral("luca"), AgentRole::Agent, QStringLiteral("h1"), 100));
    EXPECT_FALSE(users.add(QStringLiteral("luca"), AgentRole::Admin, QStringLiteral("h2"), 200));
    EXPECT_EQ(users.count(), 1);
    EXPECT_EQ(users.findByName(QStringLiteral("luca"))->role, AgentRole::Agent);
}

TEST_F(UserRepositoryTest, ListsByName)
{
    users.add(QStringLiteral("zoe"), AgentRole::Agent, QStringLiteral("h"), 1);
    users.add(QStringLiteral("anna"), AgentRole::Admin, QStringLiteral("h"), 2);
    users.add(QStringLiteral("marco"), AgentRole::Manager, QStringLiteral("h"), 3);
    const auto list = users.list();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).username, QStringLiteral("anna"));
    EXPECT_EQ(list.at(1).username, QStringLiteral("marco"));
    EXPECT_EQ(list.at(2).username, QStringLiteral("zoe"));
}

TEST_F(UserRepositoryTest, ChangesRoleDisabledAndHash)
{
    users.add(QStringLiteral("luca"), AgentRole::Agent, QStringLiteral("h1"), 100);
    EXPECT_TRUE(users.setRole(QStringLiteral("luca"), AgentRole::Admin, 200));
    EXPECT_TRUE(users.setDisabled(QStringLiteral("luca"), true, 300));
    EXPECT_TRUE(users.setPasswordHash(QStringLiteral("luca"), QStringLiteral("h2"), 400));
    const auto user = users.findByName(QStringLiteral("luca"));
    EXPECT_EQ(user->role, AgentRole::Admin);
    EXPECT_TRUE(user->disabled);
    EXPECT_EQ(user->passwordHash, QStringLiteral("h2"));
    EXPECT_EQ(user->updatedAt, 400);
    EXPECT_TRUE(users.setDisabled(QStringLiteral("luca"), false, 500));
    EXPECT_FALSE(users.findByName(QStringLiteral("luca"))->disabled);

    EXPECT_FALSE(users.setRole(QStringLiteral("nobody"), AgentRole::Admin, 1));
    EXPECT_FALSE(users.setDisabled(QStringLiteral("nobody"), true, 1));
    EXPECT_FALSE(users.setPasswordHash(QStringLiteral("nobody"), QStringLiteral("h"), 1));
}

TEST_F(UserRepositoryTest, KeepsSettingsJson)
{
    const qint64 id = *users.add(QStringLiteral("luca"), AgentRole::Agent, QStringLiteral("h"), 1);
    EXPECT_TRUE(users.settingsJson(id).isEmpty());
    EXPECT_TRUE(users.setSettingsJson(id, QStringLiteral(R"({"language":"de"})"), 2));
    EXPECT_EQ(users.settingsJson(id), QStringLiteral(R"({"language":"de"})"));
    EXPECT_FALSE(users.setSettingsJson(id + 10, QStringLiteral("{}"), 3));
    EXPECT_TRUE(users.settingsJson(id + 10).isEmpty());
}

TEST_F(UserRepositoryTest, CountsOnlyEnabledAdmins)
{
    EXPECT_EQ(users.countEnabledAdmins(), 0);
    users.add(QStringLiteral("a1"), AgentRole::Admin, QStringLiteral("h"), 1);
    users.add(QStringLiteral("a2"), AgentRole::Admin, QStringLiteral("h"), 1);
    users.add(QStringLiteral("m"), AgentRole::Manager, QStringLiteral("h"), 1);
    EXPECT_EQ(users.countEnabledAdmins(), 2);
    users.setDisabled(QStringLiteral("a2"), true, 2);
    EXPECT_EQ(users.countEnabledAdmins(), 1);
    users.setRole(QStringLiteral("m"), AgentRole::Admin, 3);
    EXPECT_EQ(users.countEnabledAdmins(), 2);
}

TEST_F(UserRepositoryTest, AnUnknownStoredRoleReadsAsAgent)
{
    users.add(QStringLiteral("luca"), AgentRole::Admin, QStringLiteral("h"), 1);
    db.connection().execute("UPDATE users SET role = 'superuser'");
    EXPECT_EQ(users.findByName(QStringLiteral("luca"))->role, AgentRole::Agent);
}

} // namespace
} // namespace sportello::storage
