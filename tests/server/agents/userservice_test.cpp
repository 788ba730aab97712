// SPDX-License-Identifier: LicenseRef-Sportello
// UserService against a real database: validation, the last-admin rule, session revocation.
#include <gtest/gtest.h>

#include "agents/auth/passwordhasher.h"
#include "agents/services/serviceerror.h"
#include "agents/services/userservice.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"
#include "support/testdatabase.h"

namespace sportello::agents {
namespace {

using protocol::AddUserRequest;
using protocol::UpdateUserRequest;

class UserServiceTest : public ::testing::Test
{
protected:
    protocol::ProtocolError refusal(const std::function<void()> &call)
    {
        try {
            call();
        } catch (const ServiceError &e) {
            return e.error();
        }
        ADD_FAILURE() << "no ServiceError";
        return {};
    }

    test::TestDatabase db;
    PasswordHasher hasher = PasswordHasher::insecureForTests();
    UserService users{db.connection(), hasher};
    storage::UserRepository repository{db.connection()};
    storage::SessionRepository sessions{db.connection()};
};

TEST_F(UserServiceTest, AddsAndListsUsers)
{
    const auto added =
        users.add({QStringLiteral("luca"), QStringLiteral("password1"), AgentRole::Manager}, 100);
    EXPECT_EQ(added.username, QStringLiteral("luca"));
    EXPECT_EQ(added.role, AgentRole::Manager);
    EXPECT_FALSE(added.disabled);
    users.add({QStringLiteral("anna"), QStringLiteral("password2"), AgentRole::Agent}, 100);

    const auto list = users.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).username, QStringLiteral("anna"));
    EXPECT_EQ(list.at(1).role, AgentRole::Manager);
    EXPECT_FALSE(list.at(1).online);

    const auto stored = repository.findByName(QStringLiteral("luca"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(hasher.verify(QStringLiteral("password1"), stored->passwordHash));
    EXPECT_FALSE(stored->passwordHash.contains(QStringLiteral("password1")));
    EXPECT_EQ(users.find(QStringLiteral("anna"))->role, AgentRole::Agent);
    EXPECT_FALSE(users.find(QStringLiteral("nobody")).has_value());
}

TEST_F(UserServiceTest, UsesAPrecomputedHash)
{
    const QString hash = hasher.hash(QStringLiteral("password1"));
    users.add({QStringLiteral("luca"), QStringLiteral("password1"), AgentRole::Agent}, 1, hash);
    EXPECT_EQ(repository.findByName(QStringLiteral("luca"))->passwordHash, hash);
}

TEST_F(UserServiceTest, RefusesBadAdds)
{
    users.add({QStringLiteral("luca"), QStringLiteral("password1"), AgentRole::Agent}, 1);
    const auto exists = refusal([&] {
        users.add({QStringLiteral("luca"), QStringLiteral("password2"), AgentRole::Admin}, 2);
    });
    EXPECT_EQ(exists.code, QStringLiteral("conflict"));
    EXPECT_EQ(exists.field, QStringLiteral("data.username"));
    EXPECT_TRUE(exists.message.contains(QStringLiteral("exists")));

    const auto shortPassword = refusal([&] {
        users.add({QStringLiteral("anna"), QStringLiteral("1234567"), AgentRole::Agent}, 2);
    });
    EXPECT_EQ(shortPassword.code, QStringLiteral("bad_request"));
    EXPECT_EQ(shortPassword.field, QStringLiteral("data.password"));

    const auto badName = refusal([&] {
        users.add({QStringLiteral("agent:x"), QStringLiteral("password1"), AgentRole::Agent}, 2);
    });
    EXPECT_EQ(badName.code, QStringLiteral("bad_request"));
    EXPECT_EQ(badName.field, QStringLiteral("data.username"));
    EXPECT_EQ(repository.count(), 1);
}

TEST_F(UserServiceTest, UpdatesRoleAndDisabled)
{
    users.add({QStringLiteral("luca"), QStringLiteral("password1"), AgentRole::Agent}, 1);
    UpdateUserRequest promote;
    promote.username = QStringLiteral("luca");
    promote.role = AgentRole::Manager;
    const auto promoted = users.update(promote, 2);
    EXPECT_EQ(promoted.role, AgentRole::Manager);
    EXPECT_FALSE(users.revokedSessions());
    EXPECT_EQ(repository.findByName(QStringLiteral("luca"))->role, AgentRole::Manager);

    const auto missing = refusal([&] {
        UpdateUserRequest request;
        request.username = QStringLiteral("nobody");
        request.role = AgentRole::Admin;
        users.update(request, 3);
    });
    EXPECT_EQ(missing.code, QStringLiteral("not_found"));
    EXPECT_EQ(missing.field, QStringLiteral("data.username"));
}

TEST_F(UserServiceTest, DisablingOrANewPasswordEndsSessions)
{
    users.add({QStringLiteral("luca"), QStringLiteral("password1"), AgentRole::Agent}, 1);
    const qint64 id = repository.findByName(QStringLiteral("luca"))->id;
    sessions.create(QStringLiteral("s1"), id, 1, 100000);
    sessions.create(QStringLiteral("s2"), id, 1, 100000);

    UpdateUserRequest password;
    password.username = QStringLiteral("luca");
    password.password = QStringLiteral("new password");
    users.update(password, 2);
    EXPECT_TRUE(users.revokedSessions());
    EXPECT_EQ(sessions.countFor(id), 0);
    const auto stored = repository.findByName(QStringLiteral("luca"));
    EXPECT_TRUE(hasher.verify(QStringLiteral("new password"), stored->passwordHash));
    EXPECT_FALSE(hasher.verify(QStringLiteral("password1"), stored->passwordHash));

    sessions.create(QStringLiteral("s3"), id, 3, 100000);
    UpdateUserRequest disable;
    disable.username = QStringLiteral("luca");
    disable.disabled = true;
    EXPECT_TRUE(users.update(disable, 4).disabled);
    EXPECT_TRUE(users.revokedSessions());
    EXPECT_EQ(sessions.countFor(id), 0);

    // Enabling again revokes nothing (there is nothing to revoke, and it must not claim so).
    UpdateUserRequest enable;
    enable.username = QStringLiteral("luca");
    enable.disabled = false;
    EXPECT_FALSE(users.update(enable, 5).disabled);
    EXPECT_FALSE(users.revokedSessions());

    const auto shortPassword = refusal([&] {
        UpdateUserRequest request;
        request.username = QStringLiteral("luca");
        request.password = QStringLiteral("short");
        users.update(request, 6);
    });
    EXPECT_EQ(shortPassword.field, QStringLiteral("data.password"));
}

TEST_F(UserServiceTest, TheLastEnabledAdminStays)
{
    users.add({QStringLiteral("boss"), QStringLiteral("password1"), AgentRole::Admin}, 1);
    UpdateUserRequest demote;
    demote.username = QStringLiteral("boss");
    demote.role = AgentRole::Manager;
    const auto demoted = refusal([&] { users.update(demote, 2); });
    EXPECT_EQ(demoted.code, QStringLiteral("conflict"));
    EXPECT_EQ(demoted.field, QStringLiteral("data.role"));
    EXPECT_TRUE(demoted.message.contains(QStringLiteral("last enabled admin")));

    UpdateUserRequest disable;
    disable.username = QStringLiteral("boss");
    disable.disabled = true;
    const auto disabled = refusal([&] { users.update(disable, 2); });
    EXPECT_EQ(disabled.code, QStringLiteral("conflict"));
    EXPECT_EQ(disabled.field, QStringLiteral("data.disabled"));
    EXPECT_EQ(repository.findByName(QStringLiteral("boss"))->role, AgentRole::Admin);
    EXPECT_FALSE(repository.findByName(QStringLiteral("boss"))->disabled);

    // A disabled admin does not count; with a second enabled admin the first may go.
    users.add({QStringLiteral("old"), QStringLiteral("password1"), AgentRole::Admin}, 3);
    users.update(disable, 4); // boss disabled: old remains
    UpdateUserRequest disableOld;
    disableOld.username = QStringLiteral("old");
    disableOld.disabled = true;
    EXPECT_EQ(refusal([&] { users.update(disableOld, 5); }).code, QStringLiteral("conflict"));
    UpdateUserRequest demoteOld;
    demoteOld.username = QStringLiteral("old");
    demoteOld.role = AgentRole::Agent;
    EXPECT_EQ(refusal([&] { users.update(demoteOld, 5); }).code, QStringLiteral("conflict"));

    // Keeping the role admin or changing the password is always allowed.
    UpdateUserRequest keep;
    keep.username = QStringLiteral("old");
    keep.role = AgentRole::Admin;
    keep.password = QStringLiteral("another one");
    EXPECT_EQ(users.update(keep, 6).role, AgentRole::Admin);
}

} // namespace
} // namespace sportello::agents
