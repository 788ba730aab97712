// SPDX-License-Identifier: LicenseRef-Sportello
// Logging in to the agent hub: passwords, tokens, the throttle, the login timeout, logout.
#include "hubtestsupport.h"

namespace sportello::test {
namespace {

using protocol::EnvelopeKind;

TEST(HubSession, LoginWithTheRightPasswordStartsASession)
{
    TestServer server;
    addStaff(server);
    HubTestClient client(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(client.open());
    const auto reply = client.request(QStringLiteral("auth.login"),
                                      {{QStringLiteral("username"), QStringLiteral("giulia")},
                                       {QStringLiteral("password"), kPassword}});
    ASSERT_TRUE(isReply(reply)) << errorCode(reply).toStdString();
    const QJsonObject &session = reply->data;
    EXPECT_EQ(session.value(QLatin1StringView("token")).toString().size(), 43);
    EXPECT_GT(session.value(QLatin1StringView("expires_at")).toDouble(),
              double(QDateTime::currentMSecsSinceEpoch() + 11 * 3600 * 1000));
    const QJsonObject user = session.value(QLatin1StringView("user")).toObject();
    EXPECT_EQ(user.value(QLatin1StringView("username")).toString(), QStringLiteral("giulia"));
    EXPECT_EQ(user.value(QLatin1StringView("role")).toString(), QStringLiteral("agent"));
    EXPECT_EQ(session.value(QLatin1StringView("epoch")).toString(),
              server.app().agentHub()->eventLog().epoch());
    EXPECT_TRUE(session.value(QLatin1StringView("sandbox")).toBool());
    EXPECT_EQ(session.value(QLatin1StringView("server_version")).toString(),
              QStringLiteral(SPORTELLO_VERSION));

    // A logged-in console gets who is online and its queue counts without asking.
    const auto presence = client.waitForEvent(QStringLiteral("presence"));
    ASSERT_TRUE(presence.has_value());
    const QJsonArray users = presence->data.value(QLatin1StringView("users")).toArray();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.at(0).toObject().value(QLatin1StringView("username")).toString(),
              QStringLiteral("giulia"));
    EXPECT_TRUE(client.waitForEvent(QStringLiteral("counts")).has_value());
    EXPECT_EQ(server.metric(QStringLiteral("sportello_agent_connections")), 1);
}

TEST(HubSession, AWrongPasswordOrAnUnknownUserIsRefusedTheSameWay)
{
    TestServer server;
    addStaff(server);
    HubTestClient client(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(client.open());
    const auto wrong = client.request(QStringLiteral("auth.login"),
                                      {{QStringLiteral("username"), QStringLiteral("giulia")},
                                       {QStringLiteral("password"), QStringLiteral("guess")}});
    const auto unknown = client.request(QStringLiteral("auth.login"),
                                        {{QStringLiteral("username"), QStringLiteral("nobody")},
                                         {QStringLiteral("password"), kPassword}});
    EXPECT_EQ(errorCode(wrong), QStringLiteral("unauthenticated"));
    EXPECT_EQ(errorCode(unknown), QStringLiteral("unauthenticated"));
    EXPECT_EQ(wrong->error.message, unknown->error.message);
    // Still not logged in: everything but auth.* is refused, and the socket stays open.
    const auto list = client.request(QStringLiteral("conversations.list"));
    EXPECT_EQ(errorCode(list), QStringLiteral("unauthenticated"));
    EXPECT_TRUE(client.isOpen());
}

TEST(HubSession, RepeatedFailedLoginsAreRateLimited)
{
    TestServer server;
    addStaff(server);
    HubTestClient client(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(client.open());
    for (int i = 0; i < 5; ++i) {
        const auto answer = client.request(QStringLiteral("auth.login"),
                                           {{QStringLiteral("username"), QStringLiteral("giulia")},
                                            {QStringLiteral("password"), QStringLiteral("nope")}});
        ASSERT_EQ(errorCode(answer), QStringLiteral("unauthenticated")) << "attempt " << i;
    }
    // Locked now, even with the right password.
    const auto locked = client.request(QStringLiteral("auth.login"),
                                       {{QStringLiteral("username"), QStringLiteral("giulia")},
                                        {QStringLiteral("password"), kPassword}});
    EXPECT_EQ(errorCode(locked), QStringLiteral("rate_limited"));
    EXPECT_TRUE(locked->error.message.contains(QStringLiteral("try again in")));
    // The address is locked too: another user from the same place waits as well.
    const auto other = client.request(QStringLiteral("auth.login"),
                                      {{QStringLiteral("username"), QStringLiteral("marco")},
                                       {QStringLiteral("password"), kPassword}});
    EXPECT_EQ(errorCode(other), QStringLiteral("rate_limited"));
}

TEST(HubSession, ATokenResumesTheSessionOnANewConnection)
{
    TestServer server;
    addStaff(server);
    QString token;
    {
        auto first = loggedIn(server, QStringLiteral("giulia"));
        token = first->token();
        first->close();
    }
    HubTestClient second(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(second.open());
    const auto resumed =
        second.request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}});
    ASSERT_TRUE(isReply(resumed)) << errorCode(resumed).toStdString();
    EXPECT_EQ(resumed->data.value(QLatin1StringView("user"))
                  .toObject()
                  .value(QLatin1StringView("username"))
                  .toString(),
              QStringLiteral("giulia"));
    EXPECT_TRUE(isReply(second.request(QStringLiteral("conversations.list"),
                                       {{QStringLiteral("queue"), QStringLiteral("open")}})));
}

TEST(HubSession, AWrongOrMalformedTokenIsRefused)
{
    TestServer server;
    addStaff(server);
    HubTestClient client(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(client.open());
    // Well formed (43 base64url characters) but never issued.
    const auto wrong = client.request(QStringLiteral("auth.resume"),
                                      {{QStringLiteral("token"), QString(43, u'A')}});
    EXPECT_EQ(errorCode(wrong), QStringLiteral("unauthenticated"));
    const auto malformed = client.request(QStringLiteral("auth.resume"),
                                          {{QStringLiteral("token"), QStringLiteral("x y")}});
    EXPECT_EQ(errorCode(malformed), QStringLiteral("unauthenticated"));
    EXPECT_EQ(errorCode(client.request(QStringLiteral("sync"))), QStringLiteral("unauthenticated"));
}

TEST(HubSession, LogoutEndsTheTokenAndTheConnectionMustLogInAgain)
{
    TestServer server;
    addStaff(server);
    auto client = loggedIn(server, QStringLiteral("giulia"));
    const QString token = client->token();
    ASSERT_TRUE(isReply(client->request(QStringLiteral("auth.logout"))));
    EXPECT_EQ(errorCode(client->request(QStringLiteral("conversations.list"))),
              QStringLiteral("unauthenticated"));
    EXPECT_EQ(errorCode(client->request(QStringLiteral("auth.resume"),
                                        {{QStringLiteral("token"), token}})),
              QStringLiteral("unauthenticated"));
    EXPECT_TRUE(client->login(QStringLiteral("giulia"), kPassword));
}

TEST(HubSession, AConnectionThatNeverLogsInIsClosedWith4001)
{
    TestServer server;
    server.app().agentHub()->setAuthTimeout(200);
    HubTestClient client(HubTestClient::urlOf(server.app()));
    ASSERT_TRUE(client.open());
    ASSERT_TRUE(client.waitForClosed(5000));
    EXPECT_EQ(client.closeCode(), 4001);
}

TEST(HubSession, OnlyAgentsIsAWebSocketEndpoint)
{
    TestServer server;
    for (const char *path : {"/metrics", "/nothing-here"}) {
        QUrl url = HubTestClient::urlOf(server.app());
        url.setPath(QString::fromUtf8(path));
        HubTestClient client(url);
        client.open(2000);
        EXPECT_TRUE(waitFor([&] { return !client.isOpen(); })) << path;
    }
    EXPECT_TRUE(waitFor([&] { return server.app().agentHub()->connectionCount() == 0; }));
    // Plain HTTP to /agents is told to upgrade.
    const auto plain = server.http().get(server.url(QStringLiteral("/agents")));
    EXPECT_EQ(plain.status, 426);
}

} // namespace
} // namespace sportello::test
