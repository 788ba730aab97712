// SPDX-License-Identifier: LicenseRef-Sportello
// Roles are enforced by the server for every request, whatever the console offers.
#include "hubtestsupport.h"
#include "storage/userrepository.h"

namespace sportello::test {
namespace {

QJsonObject newUser()
{
    return {{QStringLiteral("username"), QStringLiteral("luca")},
            {QStringLiteral("password"), QStringLiteral("a long enough secret")},
            {QStringLiteral("role"), QStringLiteral("agent")}};
}

QJsonObject businessSettings()
{
    return {{QStringLiteral("auto_reply_threshold"), 0.9},
            {QStringLiteral("review_threshold"), 0.4},
            {QStringLiteral("always_human_intents"), QJsonArray{QStringLiteral("complaint")}},
            {QStringLiteral("time_zone"), QStringLiteral("Europe/Rome")},
            {QStringLiteral("business_hours"), QJsonArray{}}};
}

TEST(Role, AnAgentCannotManageUsersOrBusinessSettings)
{
    TestServer server;
    addStaff(server);
    auto agent = loggedIn(server, QStringLiteral("giulia"));
    const auto add = agent->request(QStringLiteral("users.add"), newUser());
    EXPECT_EQ(errorCode(add), QStringLiteral("forbidden"));
    EXPECT_TRUE(add->error.message.contains(QStringLiteral("only admins")));
    EXPECT_EQ(errorCode(agent->request(QStringLiteral("users.list"))), QStringLiteral("forbidden"));
    const auto settings =
        agent->request(QStringLiteral("settings.business.set"), businessSettings());
    EXPECT_EQ(errorCode(settings), QStringLiteral("forbidden"));
    EXPECT_TRUE(settings->error.message.contains(QStringLiteral("managers")));
    EXPECT_EQ(errorCode(agent->request(QStringLiteral("dashboard.get"))),
              QStringLiteral("forbidden"));
    EXPECT_EQ(errorCode(agent->request(QStringLiteral("canned.save"),
                                       {{QStringLiteral("title"), QStringLiteral("Hi")},
                                        {QStringLiteral("text"), QStringLiteral("Hello!")}})),
              QStringLiteral("forbidden"));
    // What an agent may do still works.
    EXPECT_TRUE(isReply(agent->request(QStringLiteral("settings.get"))));
    EXPECT_TRUE(isReply(agent->request(QStringLiteral("canned.list"))));
    // Nothing was changed behind the refusals.
    EXPECT_FALSE(storage::UserRepository(server.app().database().connection())
                     .findByName(QStringLiteral("luca"))
                     .has_value());
}

TEST(Role, AManagerChangesSettingsButNotUsers)
{
    TestServer server;
    addStaff(server);
    auto manager = loggedIn(server, QStringLiteral("marco"));
    auto agent = loggedIn(server, QStringLiteral("giulia"));
    const auto saved =
        manager->request(QStringLiteral("settings.business.set"), businessSettings());
    ASSERT_TRUE(isReply(saved)) << errorCode(saved).toStdString();
    EXPECT_DOUBLE_EQ(saved->data.value(QLatin1StringView("business"))
                         .toObject()
                         .value(QLatin1StringView("auto_reply_threshold"))
                         .toDouble(),
                     0.9);
    // Every console hears about it.
    EXPECT_TRUE(agent->waitForEvent(QStringLiteral("settings.changed")).has_value());
    EXPECT_TRUE(
        isReply(manager->request(QStringLiteral("dashboard.get"), {{QStringLiteral("days"), 7}})));
    EXPECT_EQ(errorCode(manager->request(QStringLiteral("users.add"), newUser())),
              QStringLiteral("forbidden"));
}

TEST(Role, AnAdminAddsUsersWhoCanThenLogIn)
{
    TestServer server;
    addStaff(server);
    auto admin = loggedIn(server, QStringLiteral("anna"));
    const auto added = admin->request(QStringLiteral("users.add"), newUser());
    ASSERT_TRUE(isReply(added)) << errorCode(added).toStdString();
    const QJsonArray users = added->data.value(QLatin1StringView("users")).toArray();
    EXPECT_EQ(users.size(), 4);
    HubTestClient luca(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(luca.open());
    EXPECT_TRUE(luca.login(QStringLiteral("luca"), QStringLiteral("a long enough secret")));
}

TEST(Role, ADemotionAppliesToTheOpenConnectionAndDisablingClosesIt)
{
    TestServer server;
    addStaff(server);
    auto admin = loggedIn(server, QStringLiteral("anna"));
    auto manager = loggedIn(server, QStringLiteral("marco"));
    ASSERT_TRUE(isReply(manager->request(QStringLiteral("dashboard.get"))));

    const auto demoted = admin->request(QStringLiteral("users.update"),
                                        {{QStringLiteral("username"), QStringLiteral("marco")},
                                         {QStringLiteral("role"), QStringLiteral("agent")}});
    ASSERT_TRUE(isReply(demoted)) << errorCode(demoted).toStdString();
    EXPECT_EQ(errorCode(manager->request(QStringLiteral("dashboard.get"))),
              QStringLiteral("forbidden"));

    const auto disabled = admin->request(QStringLiteral("users.update"),
                                         {{QStringLiteral("username"), QStringLiteral("marco")},
                                          {QStringLiteral("disabled"), true}});
    ASSERT_TRUE(isReply(disabled)) << errorCode(disabled).toStdString();
    ASSERT_TRUE(manager->waitForClosed());
    EXPECT_EQ(manager->closeCode(), 4003);
}

} // namespace
} // namespace sportello::test
