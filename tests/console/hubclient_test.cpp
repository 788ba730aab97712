// SPDX-License-Identifier: LicenseRef-Sportello
// HubClient, ConsoleActions and ConsoleStore against the real server's agent hub on loopback:
// login, refusals, resume, reconnect with sync, offline actions replayed exactly once.
#include "net/hubclient.h"

#include <chrono>
#include <memory>

#include <gtest/gtest.h>

#include "agents/hub/agentconnection.h"
#include "agents/hub/agenthub.h"
#include "clienttestsupport.h"
#include "models/consolestore.h"
#include "models/conversationlistmodel.h"
#include "models/threadmodel.h"
#include "net/consoleactions.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "support/hubtestclient.h"
#include "support/testserver.h"
#include "support/testusers.h"
#include "support/waitfor.h"
#include "whatsapp/sandbox/graphemulator.h"

using namespace sportello;
using namespace sportello::console;
using namespace std::chrono_literals;
using console::test::str;
using net::ConnectionState;
using net::HubClient;
using net::ReconnectPolicy;
using sportello::test::waitFor;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

class HubClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { console::test::ensureGuiApplication(); }

    void SetUp() override
    {
        server = std::make_unique<sportello::test::TestServer>();
        auto &database = server->app().database();
        sportello::test::TestUsers::add(database, QStringLiteral("giulia"), kPassword,
                                        AgentRole::Agent);
        sportello::test::TestUsers::add(database, QStringLiteral("marco"), kPassword,
                                        AgentRole::Manager);
        sportello::test::TestUsers::add(database, QStringLiteral("anna"), kPassword,
                                        AgentRole::Admin);

        client = std::make_unique<HubClient>();
        client->setReconnectPolicy(ReconnectPolicy(50ms, 200ms));
        actions = std::make_unique<net::ConsoleActions>(client.get(), &store);
        QObject::connect(client.get(), &HubClient::stateChanged, &context,
                         [this](ConnectionState state) { states.append(state); });
        QObject::connect(client.get(), &HubClient::sessionStarted, &context,
                         [this](const protocol::Session &session) { sessions.append(session); });
        QObject::connect(client.get(), &HubClient::loginFailed, &context,
                         [this](const protocol::ProtocolError &error) { failures.append(error); });
        QObject::connect(client.get(), &HubClient::snapshotReceived, &context,
                         [this]() { ++snapshots; });
        QObject::connect(client.get(), &HubClient::eventReceived, &context,
                         [this](const protocol::Envelope &event) { events.append(event); });
        QObject::connect(client.get(), &HubClient::pendingActionsChanged, &context,
                         [this](int count) { pendingCounts.append(count); });
    }

    void TearDown() override
    {
        actions.reset();
        client.reset();
    }

    QUrl serverUrl() const { return server->url(QString()); }

    bool signIn(const QString &user = QStringLiteral("giulia"))
    {
        client->connectToServer(serverUrl());
        client->login(user, kPassword);
        return waitFor([this]() { return !sessions.isEmpty() && snapshots > 0; });
    }

    // The customer writes; returns the conversation once the store has it escalated.
    qint64 customerEscalates(const QString &waId, const QString &text)
    {
        const auto posted = server->customerSays(waId, text);
        EXPECT_EQ(posted.status, 200) << posted.body.constData();
        qint64 id = 0;
        waitFor([&]() {
            auto *list = store.conversations();
            for (int row = 0; row < list->rowCount(); ++row) {
                const auto &summary = list->at(row);
                if (summary.waId == waId && summary.owner == ConversationOwner::PendingHuman) {
                    id = summary.id;
                    return true;
                }
            }
            return false;
        });
        if (id == 0) {
            for (int row = 0; row < store.conversations()->rowCount(); ++row) {
                const auto &summary = store.conversations()->at(row);
                ADD_FAILURE() << "not escalated: " << str(summary.waId) << " owner "
                              << str(toString(summary.owner));
            }
        }
        return id;
    }

    // The server closes every console's socket, as when it restarts its listener or a proxy
    // in between drops idle connections.
    void serverDropsConnections()
    {
        const auto connections =
            server->app().agentHub()->findChildren<agents::AgentConnection *>();
        ASSERT_FALSE(connections.isEmpty());
        for (auto *connection : connections)
            connection->close(1011, QStringLiteral("dropped by the test"));
    }

    bool waitForState(ConnectionState state, std::chrono::milliseconds timeout = 5000ms)
    {
        return waitFor([&]() { return client->state() == state; }, timeout);
    }

    int outboxRowsWithText(qint64 conversationId, const QString &text)
    {
        int rows = 0;
        const auto entries = storage::OutboxRepository(server->app().database().connection())
                                 .forConversation(conversationId);
        for (const auto &entry : entries) {
            if (entry.payload.contains(text.toUtf8()))
                ++rows;
        }
        return rows;
    }

    std::unique_ptr<sportello::test::TestServer> server;
    models::ConsoleStore store;
    std::unique_ptr<HubClient> client;
    std::unique_ptr<net::ConsoleActions> actions;
    QObject context;
    QList<ConnectionState> states;
    QList<protocol::Session> sessions;
    QList<protocol::ProtocolError> failures;
    QList<protocol::Envelope> events;
    QList<int> pendingCounts;
    int snapshots = 0;
};

} // namespace

TEST_F(HubClientTest, LogsInSyncsASnapshotAndFollowsEvents)
{
    ASSERT_TRUE(signIn());
    EXPECT_EQ(client->state(), ConnectionState::Connected);
    ASSERT_TRUE(client->session().has_value());
    EXPECT_EQ(str(client->session()->user.username), "giulia");
    EXPECT_EQ(client->session()->user.role, AgentRole::Agent);
    EXPECT_FALSE(client->session()->token.isEmpty());
    EXPECT_TRUE(client->session()->sandbox);
    EXPECT_EQ(states.first(), ConnectionState::Connecting);
    EXPECT_EQ(str(store.currentUser()), "giulia");
    EXPECT_TRUE(client->lastError().isEmpty());

    QList<qint64> escalations;
    QObject::connect(&store, &models::ConsoleStore::escalationArrived, &context,
                     [&](const protocol::ConversationSummary &s) { escalations.append(s.id); });
    const qint64 id = customerEscalates(QStringLiteral("393401110001"), QStringLiteral("Buongiorno"));
    ASSERT_GT(id, 0);
    EXPECT_EQ(escalations, (QList<qint64>{id}));
    EXPECT_TRUE(waitFor([&]() { return store.counts().escalated == 1; }));
    EXPECT_EQ(client->epoch(), server->app().agentHub()->eventLog().epoch());
    EXPECT_TRUE(waitFor(
        [&]() { return client->lastSeq() == server->app().agentHub()->eventLog().seq(); }));

    // Opening it fills the thread; replying goes out through the outbox.
    bool opened = false;
    actions->openConversation(id, [&](const protocol::ProtocolError &error) {
        EXPECT_TRUE(error.isNull()) << str(error.code);
        opened = true;
    });
    ASSERT_TRUE(waitFor([&]() { return opened; }));
    EXPECT_EQ(store.openConversationId(), id);
    ASSERT_GE(store.thread()->rowCount(), 1);
    EXPECT_EQ(str(store.thread()->at(0).text), "Buongiorno");

    std::optional<protocol::ProtocolError> sent;
    actions->sendMessage(id, QStringLiteral("Buongiorno, sono Giulia."), {},
                         [&](const protocol::ProtocolError &error) { sent = error; });
    ASSERT_TRUE(waitFor([&]() { return sent.has_value(); }));
    EXPECT_TRUE(sent->isNull()) << str(sent->code) << " " << str(sent->message);
    EXPECT_EQ(str(store.conversation(id)->assignedAgent), "giulia");
    // The reply appears in the thread through message.new, then climbs to delivered.
    EXPECT_TRUE(waitFor([&]() {
        for (int row = 0; row < store.thread()->rowCount(); ++row) {
            const auto &entry = store.thread()->at(row);
            if (entry.text == u"Buongiorno, sono Giulia." && entry.status == DeliveryStatus::Delivered)
                return true;
        }
        return false;
    }));
}

TEST_F(HubClientTest, AWrongPasswordIsRefusedAndTheRightOneThenWorks)
{
    client->connectToServer(serverUrl());
    client->login(QStringLiteral("giulia"), QStringLiteral("not the password"));
    ASSERT_TRUE(waitFor([&]() { return !failures.isEmpty(); }));
    EXPECT_EQ(str(failures.first().code), "unauthenticated");
    EXPECT_EQ(client->state(), ConnectionState::Error);
    EXPECT_FALSE(client->session().has_value());
    EXPECT_FALSE(client->lastError().isEmpty());
    EXPECT_TRUE(sessions.isEmpty());

    // Same connection, second try.
    client->login(QStringLiteral("giulia"), kPassword);
    ASSERT_TRUE(waitFor([&]() { return !sessions.isEmpty(); }));
    EXPECT_EQ(client->state(), ConnectionState::Connected);
    EXPECT_EQ(failures.size(), 1);
}

TEST_F(HubClientTest, ATokenResumesWithoutThePasswordAndABadOneIsRefused)
{
    ASSERT_TRUE(signIn());
    const QString token = client->session()->token;

    HubClient second;
    std::optional<protocol::Session> resumed;
    QObject::connect(&second, &HubClient::sessionStarted, &context,
                     [&](const protocol::Session &session) { resumed = session; });
    second.connectToServer(serverUrl());
    second.resume(token);
    ASSERT_TRUE(waitFor([&]() { return resumed.has_value(); }));
    EXPECT_EQ(str(resumed->user.username), "giulia");

    HubClient third;
    std::optional<protocol::ProtocolError> refused;
    QObject::connect(&third, &HubClient::loginFailed, &context,
                     [&](const protocol::ProtocolError &error) { refused = error; });
    third.connectToServer(serverUrl());
    third.resume(QStringLiteral("0123456789abcdef0123456789abcdef"));
    ASSERT_TRUE(waitFor([&]() { return refused.has_value(); }));
    EXPECT_EQ(str(refused->code), "unauthenticated");
    EXPECT_EQ(third.state(), ConnectionState::Error);
}

TEST_F(HubClientTest, ReconnectsAfterTheServerDropsTheSocketAndSyncsMissedEvents)
{
    // A long first wait, so that what happens meanwhile is surely missed while offline.
    client->setReconnectPolicy(ReconnectPolicy(1500ms, 3000ms, 0.1));
    ASSERT_TRUE(signIn());
    const qint64 id = customerEscalates(QStringLiteral("393401110002"), QStringLiteral("Salve"));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(waitFor(
        [&]() { return client->lastSeq() == server->app().agentHub()->eventLog().seq(); }));
    const qint64 seenSeq = client->lastSeq();

    serverDropsConnections();
    ASSERT_TRUE(waitForState(ConnectionState::Reconnecting));
    EXPECT_FALSE(client->lastError().isEmpty());

    // Marco writes a note while Giulia's console is away.
    sportello::test::HubTestClient marco(sportello::test::HubTestClient::urlOf(server->app()));
    ASSERT_TRUE(marco.open());
    ASSERT_TRUE(marco.login(QStringLiteral("marco"), kPassword));
    const auto note = marco.request(QStringLiteral("conversation.note"),
                                    {{QStringLiteral("conversation_id"), id},
                                     {QStringLiteral("text"), QStringLiteral("richiamare domani")}});
    ASSERT_TRUE(note && note->kind == protocol::EnvelopeKind::Reply);
    ASSERT_EQ(client->state(), ConnectionState::Reconnecting) << "reconnected too early";
    const qint64 missedUpTo = server->app().agentHub()->eventLog().seq();
    ASSERT_GT(missedUpTo, seenSeq);
    const int eventsBefore = int(events.size());

    ASSERT_TRUE(waitForState(ConnectionState::Connected, 10000ms));
    ASSERT_TRUE(waitFor([&]() { return client->lastSeq() >= missedUpTo; }));
    EXPECT_EQ(snapshots, 1) << "a short absence must be caught up with events, not a snapshot";
    EXPECT_EQ(sessions.size(), 2); // resumed with the token
    EXPECT_EQ(sessions.at(1).token, sessions.at(0).token);

    // Every missed event arrived once, in order, and the note among them.
    qint64 expected = seenSeq + 1;
    bool sawNote = false;
    for (qsizetype i = eventsBefore; i < events.size(); ++i) {
        const auto &event = events.at(i);
        if (event.type == u"presence" || event.type == u"counts")
            continue;
        EXPECT_EQ(event.seq, expected++) << str(event.type);
        sawNote = sawNote || (event.type == u"message.new" &&
                              event.data.value(QLatin1StringView("entry"))
                                      .toObject()
                                      .value(QLatin1StringView("text"))
                                      .toString() == u"richiamare domani");
    }
    EXPECT_TRUE(sawNote);
    EXPECT_TRUE(client->lastError().isEmpty());
}

TEST_F(HubClientTest, AnActionTakenOfflineIsReplayedExactlyOnce)
{
    client->setReconnectPolicy(ReconnectPolicy(800ms, 1600ms, 0.1));
    ASSERT_TRUE(signIn());
    const QString waId = QStringLiteral("393401110003");
    const qint64 id = customerEscalates(waId, QStringLiteral("C'è qualcuno?"));
    ASSERT_GT(id, 0);
    std::optional<protocol::ProtocolError> took;
    actions->takeOver(id, [&](const protocol::ProtocolError &error) { took = error; });
    ASSERT_TRUE(waitFor([&]() { return took.has_value(); }));
    ASSERT_TRUE(took->isNull()) << str(took->code);

    serverDropsConnections();
    ASSERT_TRUE(waitForState(ConnectionState::Reconnecting));
    int done = 0;
    protocol::ProtocolError outcome;
    const QString text = QStringLiteral("Eccomi: come posso aiutarla?");
    actions->sendMessage(id, text, {}, [&](const protocol::ProtocolError &error) {
        ++done;
        outcome = error;
    });
    EXPECT_EQ(client->pendingActions(), 1);
    EXPECT_EQ(pendingCounts.last(), 1);

    ASSERT_TRUE(waitForState(ConnectionState::Connected, 10000ms));
    ASSERT_TRUE(waitFor([&]() { return done > 0; }));
    EXPECT_TRUE(outcome.isNull()) << str(outcome.code) << " " << str(outcome.message);
    EXPECT_EQ(client->pendingActions(), 0);
    EXPECT_EQ(pendingCounts.last(), 0);
    ASSERT_TRUE(server->waitUntilSettled());
    sportello::test::spinEventLoop(300ms);
    EXPECT_EQ(done, 1);
    EXPECT_EQ(outboxRowsWithText(id, text), 1);
    EXPECT_EQ(server->app().emulator()->messagesTo(waId).size(), 1);
}

TEST_F(HubClientTest, ARequestCutOffInFlightIsSentAgainWithItsIdAndActsOnce)
{
    ASSERT_TRUE(signIn());
    const QString waId = QStringLiteral("393401110004");
    const qint64 id = customerEscalates(waId, QStringLiteral("Pronto?"));
    ASSERT_GT(id, 0);

    int done = 0;
    protocol::ProtocolError outcome;
    const QString text = QStringLiteral("Sono qui.");
    actions->sendMessage(id, text, {}, [&](const protocol::ProtocolError &error) {
        ++done;
        outcome = error;
    });
    // Dropped before the hub could answer (the frame may or may not have reached it).
    serverDropsConnections();

    ASSERT_TRUE(waitFor([&]() { return done > 0; }, 10000ms));
    EXPECT_TRUE(outcome.isNull()) << str(outcome.code) << " " << str(outcome.message);
    ASSERT_TRUE(server->waitUntilSettled());
    sportello::test::spinEventLoop(300ms);
    EXPECT_EQ(done, 1);
    EXPECT_EQ(outboxRowsWithText(id, text), 1);
    EXPECT_EQ(server->app().emulator()->messagesTo(waId).size(), 1);
}

TEST_F(HubClientTest, ARevokedSessionStopsReconnectingAndSaysSo)
{
    ASSERT_TRUE(signIn());
    sportello::test::HubTestClient anna(sportello::test::HubTestClient::urlOf(server->app()));
    ASSERT_TRUE(anna.open());
    ASSERT_TRUE(anna.login(QStringLiteral("anna"), kPassword));
    const auto disabled = anna.request(QStringLiteral("users.update"),
                                       {{QStringLiteral("username"), QStringLiteral("giulia")},
                                        {QStringLiteral("disabled"), true}});
    ASSERT_TRUE(disabled && disabled->kind == protocol::EnvelopeKind::Reply);

    ASSERT_TRUE(waitFor([&]() { return !failures.isEmpty(); }));
    EXPECT_EQ(str(failures.first().code), "unauthenticated");
    EXPECT_EQ(client->state(), ConnectionState::Error);
    sportello::test::spinEventLoop(400ms);
    EXPECT_EQ(client->state(), ConnectionState::Error); // no reconnect attempts
    EXPECT_EQ(sessions.size(), 1);
}

TEST_F(HubClientTest, LogoutEndsTheSessionAndFailsWhatWaits)
{
    ASSERT_TRUE(signIn());
    client->logout();
    EXPECT_EQ(client->state(), ConnectionState::Disconnected);
    EXPECT_FALSE(client->session().has_value());
    std::optional<protocol::ProtocolError> refused;
    actions->takeOver(1, [&](const protocol::ProtocolError &error) { refused = error; });
    ASSERT_TRUE(waitFor([&]() { return refused.has_value(); }));
    EXPECT_EQ(str(refused->code), "unauthenticated");
}

TEST_F(HubClientTest, EveryActionAndReadRoundTripsWithTheHub)
{
    ASSERT_TRUE(signIn(QStringLiteral("anna"))); // admin: may do everything
    const qint64 id = customerEscalates(QStringLiteral("393401110005"), QStringLiteral("Salve"));
    ASSERT_GT(id, 0);

    // Runs one action and waits for its outcome.
    auto run = [&](const char *what, const std::function<void(net::ConsoleActions::Done)> &call) {
        std::optional<protocol::ProtocolError> outcome;
        call([&](const protocol::ProtocolError &error) { outcome = error; });
        EXPECT_TRUE(waitFor([&]() { return outcome.has_value(); })) << what;
        EXPECT_TRUE(outcome && outcome->isNull())
            << what << ": " << (outcome ? str(outcome->code) + " " + str(outcome->message) : "");
    };
    run("open", [&](auto done) { actions->openConversation(id, done); });
    run("take over", [&](auto done) { actions->takeOver(id, done); });
    EXPECT_EQ(store.conversation(id)->owner, ConversationOwner::Human);
    run("note", [&](auto done) { actions->addNote(id, QStringLiteral("cliente storico"), done); });
    run("labels", [&](auto done) {
        actions->setLabels(id, {QStringLiteral("vip")}, {}, done);
    });
    EXPECT_EQ(store.conversation(id)->labels, (QStringList{QStringLiteral("vip")}));
    run("assign", [&](auto done) { actions->assign(id, QStringLiteral("giulia"), done); });
    EXPECT_EQ(str(store.conversation(id)->assignedAgent), "giulia");
    run("hand back", [&](auto done) { actions->handBack(id, done); });
    EXPECT_EQ(store.conversation(id)->owner, ConversationOwner::Bot);
    run("close", [&](auto done) { actions->close(id, done); });
    EXPECT_EQ(store.conversation(id)->owner, ConversationOwner::Closed);
    run("reopen", [&](auto done) { actions->reopen(id, done); });
    EXPECT_EQ(store.conversation(id)->owner, ConversationOwner::Human);
    run("presence", [&](auto done) { actions->setPresence(id, true, done); });
    bool exhausted = false;
    QObject::connect(actions.get(), &net::ConsoleActions::historyExhausted, &context,
                     [&](qint64 conversation) { exhausted = conversation == id; });
    run("history", [&](auto done) { actions->loadHistory(id, done); });
    EXPECT_TRUE(exhausted);
    // The note reached the open thread as an event.
    EXPECT_TRUE(waitFor([&]() {
        for (int row = 0; row < store.thread()->rowCount(); ++row) {
            if (store.thread()->at(row).text == u"cliente storico")
                return true;
        }
        return false;
    }));

    std::optional<QList<protocol::TemplateInfo>> templates;
    QObject::connect(actions.get(), &net::ConsoleActions::templatesLoaded, &context,
                     [&](qint64, const QList<protocol::TemplateInfo> &list) { templates = list; });
    actions->listTemplates(id);
    ASSERT_TRUE(waitFor([&]() { return templates.has_value(); }));

    std::optional<QList<protocol::CannedResponse>> canned;
    QObject::connect(actions.get(), &net::ConsoleActions::cannedLoaded, &context,
                     [&](const QList<protocol::CannedResponse> &list) { canned = list; });
    run("save canned", [&](auto done) {
        actions->saveCanned({0, QStringLiteral("Saluto"), QStringLiteral("Buongiorno!"),
                             QStringLiteral("it")},
                            done);
    });
    ASSERT_TRUE(canned && canned->size() == 1);
    EXPECT_EQ(store.cannedResponses().size(), 1);
    run("remove canned", [&](auto done) { actions->removeCanned(canned->first().id, done); });
    EXPECT_TRUE(canned->isEmpty());
    canned.reset();
    actions->listCanned();
    ASSERT_TRUE(waitFor([&]() { return canned.has_value(); }));

    std::optional<protocol::BusinessSettings> business;
    QObject::connect(actions.get(), &net::ConsoleActions::settingsLoaded, &context,
                     [&](const protocol::UserSettings &, const protocol::BusinessSettings &b) {
                         business = b;
                     });
    actions->loadSettings();
    ASSERT_TRUE(waitFor([&]() { return business.has_value(); }));
    protocol::UserSettings mine;
    mine.language = QStringLiteral("it");
    run("user settings", [&](auto done) { actions->saveUserSettings(mine, done); });
    business->reviewThreshold = 0.4;
    run("business settings", [&](auto done) { actions->saveBusinessSettings(*business, done); });
    ASSERT_TRUE(store.businessSettings().has_value());
    EXPECT_DOUBLE_EQ(store.businessSettings()->reviewThreshold, 0.4);

    std::optional<QList<protocol::UserInfo>> users;
    QObject::connect(actions.get(), &net::ConsoleActions::usersLoaded, &context,
                     [&](const QList<protocol::UserInfo> &list) { users = list; });
    actions->listUsers();
    ASSERT_TRUE(waitFor([&]() { return users.has_value(); }));
    EXPECT_EQ(users->size(), 3);
    run("add user", [&](auto done) {
        actions->addUser(QStringLiteral("luca"), QStringLiteral("password-luca"), AgentRole::Agent,
                         done);
    });
    EXPECT_EQ(users->size(), 4);
    run("update user", [&](auto done) {
        actions->updateUser(QStringLiteral("luca"), AgentRole::Manager, std::nullopt, {}, done);
    });

    std::optional<protocol::DashboardData> dashboard;
    QObject::connect(actions.get(), &net::ConsoleActions::dashboardLoaded, &context,
                     [&](const protocol::DashboardData &data) { dashboard = data; });
    actions->loadDashboard(7);
    ASSERT_TRUE(waitFor([&]() { return dashboard.has_value(); }));
    EXPECT_EQ(dashboard->days, 7);
}

TEST_F(HubClientTest, BadInputFailsAtOnceAndRefusalsComeBackAsErrors)
{
    ASSERT_TRUE(signIn());
    QList<QString> failedTypes;
    QObject::connect(actions.get(), &net::ConsoleActions::actionFailed, &context,
                     [&](const QString &type, const protocol::ProtocolError &) {
                         failedTypes.append(type);
                     });

    // Checked locally with the protocol's own rules: no round trip needed.
    std::optional<protocol::ProtocolError> blank;
    actions->sendMessage(1, QStringLiteral("   "), {},
                         [&](const protocol::ProtocolError &error) { blank = error; });
    ASSERT_TRUE(waitFor([&]() { return blank.has_value(); }));
    EXPECT_EQ(str(blank->code), "bad_request");
    EXPECT_EQ(str(blank->field), "data.text");

    // Refused by the hub: an agent may not change business settings; no such conversation.
    std::optional<protocol::ProtocolError> forbidden;
    actions->saveBusinessSettings({}, [&](const protocol::ProtocolError &error) { forbidden = error; });
    ASSERT_TRUE(waitFor([&]() { return forbidden.has_value(); }));
    EXPECT_EQ(str(forbidden->code), "forbidden");
    std::optional<protocol::ProtocolError> missing;
    actions->takeOver(424242, [&](const protocol::ProtocolError &error) { missing = error; });
    ASSERT_TRUE(waitFor([&]() { return missing.has_value(); }));
    EXPECT_EQ(str(missing->code), "not_found");
    EXPECT_EQ(failedTypes, (QList<QString>{QStringLiteral("message.send"),
                                           QStringLiteral("settings.business.set"),
                                           QStringLiteral("conversation.take_over")}));
}
