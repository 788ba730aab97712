// SPDX-License-Identifier: LicenseRef-Sportello
// The hub client's parts that need no hub: backoff, offline queue, URLs, ids, sandbox HTTP.
#include <chrono>
#include <set>

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

#include "clienttestsupport.h"
#include "net/hubclient.h"
#include "net/offlinequeue.h"
#include "net/reconnectpolicy.h"
#include "net/sandboxclient.h"
#include "net/tokenstore.h"
#include "support/testserver.h"
#include "support/waitfor.h"

using namespace sportello;
using namespace sportello::console;
using namespace std::chrono_literals;
using console::test::str;
using net::OfflineQueue;
using net::ReconnectPolicy;
using sportello::test::waitFor;

namespace {

class ClientPartsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }
};

OfflineQueue::Request queued(const QString &id, const QString &type,
                             OfflineQueue::Callback done = {})
{
    return {id, type, QJsonObject{{QStringLiteral("n"), id}}, std::move(done)};
}

QStringList idsOf(const OfflineQueue &queue)
{
    QStringList ids;
    for (const auto &request : queue.requests())
        ids.append(request.id);
    return ids;
}

} // namespace

TEST_F(ClientPartsTest, BackoffDoublesFromHalfASecondToThirtyWithJitter)
{
    ReconnectPolicy policy;
    policy.seed(1);
    EXPECT_EQ(policy.initial(), 500ms);
    EXPECT_EQ(policy.maximum(), 30000ms);
    QList<qint64> delays;
    for (int i = 0; i < 12; ++i)
        delays.append(policy.nextDelay().count());
    EXPECT_EQ(policy.attempts(), 12);
    for (int i = 0; i < delays.size(); ++i) {
        const double nominal = std::min(500.0 * (1 << i), 30000.0);
        EXPECT_GE(delays.at(i), std::max(500.0, nominal * 0.75) - 1) << "attempt " << i;
        EXPECT_LE(delays.at(i), std::min(30000.0, nominal * 1.25) + 1) << "attempt " << i;
    }
    EXPECT_GE(delays.last(), 22500);

    // Jitter spreads consoles apart: different seeds, different waits.
    std::set<qint64> spread;
    for (quint32 seed = 0; seed < 20; ++seed) {
        ReconnectPolicy other;
        other.seed(seed);
        other.nextDelay();
        other.nextDelay();
        spread.insert(other.nextDelay().count());
    }
    EXPECT_GT(spread.size(), 10u);

    policy.reset();
    EXPECT_EQ(policy.attempts(), 0);
    EXPECT_LE(policy.nextDelay(), 625ms);
}

TEST_F(ClientPartsTest, OfflineQueueKeepsOrderAndOnlyTheLatestPresence)
{
    OfflineQueue queue;
    QStringList answered;
    queue.enqueue(queued(QStringLiteral("a"), QStringLiteral("message.send")));
    queue.enqueue(queued(QStringLiteral("p1"), QStringLiteral("presence.set"),
                         [&](const QJsonObject &, const protocol::ProtocolError &) {
                             answered.append(QStringLiteral("p1"));
                         }));
    queue.enqueue(queued(QStringLiteral("b"), QStringLiteral("conversation.note")));
    queue.enqueue(queued(QStringLiteral("p2"), QStringLiteral("presence.set"),
                         [&](const QJsonObject &, const protocol::ProtocolError &) {
                             answered.append(QStringLiteral("p2"));
                         }));
    EXPECT_EQ(idsOf(queue), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("p2")}));
    // Both callers learn the outcome of the one presence.set that is sent.
    queue.requests().last().done({}, {});
    EXPECT_EQ(answered, (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));

    queue.requeueFront({queued(QStringLiteral("x"), QStringLiteral("message.send")),
                        queued(QStringLiteral("y"), QStringLiteral("message.send"))});
    EXPECT_EQ(idsOf(queue), (QStringList{QStringLiteral("x"), QStringLiteral("y"),
                                         QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("p2")}));
    EXPECT_TRUE(queue.contains(QStringLiteral("y")));
    const auto all = queue.takeAll();
    EXPECT_EQ(all.size(), 5);
    EXPECT_TRUE(queue.isEmpty());
}

TEST_F(ClientPartsTest, HubUrlFollowsTheServerAddress)
{
    EXPECT_EQ(str(net::HubClient::hubUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).toString()),
              "ws://127.0.0.1:8080/agents");
    EXPECT_EQ(str(net::HubClient::hubUrl(QUrl(QStringLiteral("https://example.com/sportello/")))
                      .toString()),
              "wss://example.com/sportello/agents");
    EXPECT_EQ(str(net::HubClient::hubUrl(QUrl(QStringLiteral("wss://example.com/agents"))).toString()),
              "wss://example.com/agents");
}

TEST_F(ClientPartsTest, RequestIdsCarryTheInstallIdAndNeverRepeat)
{
    net::HubClient first;
    net::HubClient second;
    first.setInstallId(QStringLiteral("inst42"));
    second.setInstallId(QStringLiteral("inst42"));
    first.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nobody listens there
    second.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
    std::set<QString> ids;
    for (int i = 0; i < 50; ++i) {
        ids.insert(first.request(QStringLiteral("canned.list"), {}));
        ids.insert(second.request(QStringLiteral("canned.list"), {}));
    }
    EXPECT_EQ(ids.size(), 100u); // two runs of the same installation never collide
    for (const QString &id : ids)
        EXPECT_TRUE(id.startsWith(u"inst42-")) << str(id);
    EXPECT_EQ(first.pendingActions(), 50); // queued, since offline
    first.disconnectFromServer();
    second.disconnectFromServer();
}

TEST_F(ClientPartsTest, WithoutAServerRequestsFailInsteadOfWaiting)
{
    net::HubClient client;
    std::optional<protocol::ProtocolError> outcome;
    client.request(QStringLiteral("canned.list"), {},
                   [&](const QJsonObject &, const protocol::ProtocolError &error) { outcome = error; });
    EXPECT_FALSE(outcome.has_value()); // asynchronously, like a real answer
    ASSERT_TRUE(waitFor([&]() { return outcome.has_value(); }));
    EXPECT_EQ(str(outcome->code), "unauthenticated");
    EXPECT_EQ(client.state(), net::ConnectionState::Disconnected);
    EXPECT_EQ(client.pendingActions(), 0);
}

TEST_F(ClientPartsTest, AnUnreachableServerIsRetriedWithBackoff)
{
    net::HubClient client;
    client.setReconnectPolicy(ReconnectPolicy(30ms, 60ms));
    QList<int> delays;
    QObject context;
    QObject::connect(&client, &net::HubClient::reconnectScheduled, &context,
                     [&](int ms) { delays.append(ms); });
    client.connectToServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
    client.login(QStringLiteral("giulia"), QStringLiteral("secret-password"));
    ASSERT_TRUE(waitFor([&]() { return delays.size() >= 3; }));
    EXPECT_EQ(client.state(), net::ConnectionState::Reconnecting);
    EXPECT_FALSE(client.lastError().isEmpty());
    client.disconnectFromServer();
    EXPECT_EQ(client.state(), net::ConnectionState::Disconnected);
    const auto attempts = delays.size();
    sportello::test::spinEventLoop(150ms);
    EXPECT_EQ(delays.size(), attempts); // stopped for good
}

TEST_F(ClientPartsTest, TokenKeysSeparateServersAndUsers)
{
    EXPECT_NE(net::TokenStore::keyFor(QStringLiteral("https://a.example"), QStringLiteral("giulia")),
              net::TokenStore::keyFor(QStringLiteral("https://b.example"), QStringLiteral("giulia")));
    EXPECT_NE(net::TokenStore::keyFor(QStringLiteral("https://a.example"), QStringLiteral("giulia")),
              net::TokenStore::keyFor(QStringLiteral("https://a.example"), QStringLiteral("marco")));
}

TEST_F(ClientPartsTest, SandboxClientPlaysTheCustomer)
{
    sportello::test::TestServer server;
    net::SandboxClient sandbox;
    // The hub's ws:// address works too: it is turned back into the HTTP base.
    QUrl base = server.url(QString());
    base.setScheme(QStringLiteral("ws"));
    sandbox.setServer(base);
    EXPECT_EQ(sandbox.server().scheme(), QStringLiteral("http"));

    QObject context;
    std::optional<bool> sentOk;
    QObject::connect(&sandbox, &net::SandboxClient::sent, &context,
                     [&](const QString &waId, bool ok, const QString &error) {
                         EXPECT_EQ(str(waId), "393401119999");
                         EXPECT_TRUE(ok) << str(error);
                         sentOk = ok;
                     });
    sandbox.send(QStringLiteral("393401119999"), QStringLiteral("Maria"), QStringLiteral("Salve!"));
    ASSERT_TRUE(waitFor([&]() { return sentOk.has_value(); }, 10000ms));

    std::optional<QJsonArray> messages;
    QObject::connect(&sandbox, &net::SandboxClient::messagesLoaded, &context,
                     [&](const QString &, const QJsonArray &loaded) { messages = loaded; });
    sandbox.fetch(QStringLiteral("393401119999"));
    ASSERT_TRUE(waitFor([&]() { return messages.has_value(); }));
    ASSERT_GE(messages->size(), 1);
    const QJsonObject first = messages->at(0).toObject();
    EXPECT_EQ(str(first.value(QLatin1StringView("direction")).toString()), "sent");
    EXPECT_EQ(str(first.value(QLatin1StringView("message"))
                      .toObject()
                      .value(QLatin1StringView("text"))
                      .toObject()
                      .value(QLatin1StringView("body"))
                      .toString()),
              "Salve!");

    std::optional<bool> readOk;
    QObject::connect(&sandbox, &net::SandboxClient::readDone, &context,
                     [&](const QString &, bool ok) { readOk = ok; });
    sandbox.markRead(QStringLiteral("393401119999"));
    ASSERT_TRUE(waitFor([&]() { return readOk.has_value(); }));
    EXPECT_TRUE(*readOk);

    // A bad number is refused with the sandbox's reason.
    std::optional<QString> failure;
    QObject::connect(&sandbox, &net::SandboxClient::fetchFailed, &context,
                     [&](const QString &, const QString &error) { failure = error; });
    sandbox.fetch(QStringLiteral("not-a-number"));
    ASSERT_TRUE(waitFor([&]() { return failure.has_value(); }));
    EXPECT_TRUE(failure->contains(u"digits")) << str(*failure);
}
