// SPDX-License-Identifier: LicenseRef-Sportello
// Turns, ownership, the 24h window and statuses, through the running server.
#include <gtest/gtest.h>

#include "../outbox/outboxtestdata.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"
#include "storage/turnrepository.h"
#include "support/waitfor.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {
namespace {

storage::Conversation conversationOf(TestServer &server, const QString &waId)
{
    auto &connection = server.app().database().connection();
    const auto contact = storage::ContactRepository(connection).find(kBusiness, waId);
    EXPECT_TRUE(contact.has_value());
    if (!contact)
        return {};
    return storage::ConversationRepository(connection)
        .forContact(contact->id)
        .value_or(storage::Conversation{});
}

TEST(Conversation, ABurstWithinTheQuietWindowIsOneTurn)
{
    TestServer server([](config::ServerConfig &c) { c.pipeline.quietWindowMs = 400; });
    const QString waId = QStringLiteral("393401110000");
    server.customerSays(waId, QStringLiteral("Buongiorno"));
    spinEventLoop(std::chrono::milliseconds(150));
    server.customerSays(waId, QStringLiteral("vorrei spostare l'appuntamento"));
    spinEventLoop(std::chrono::milliseconds(150));
    server.customerSays(waId, QStringLiteral("di giovedì"));
    ASSERT_TRUE(server.waitUntilSettled());

    auto &connection = server.app().database().connection();
    EXPECT_EQ(storage::TurnRepository(connection).count(), 1);
    auto &turn = connection.prepare("SELECT message_count, route FROM turns");
    ASSERT_TRUE(turn.step());
    EXPECT_EQ(turn.int64(0), 3);
    EXPECT_EQ(turn.text(1), QStringLiteral("human"));
    turn.reset();
    EXPECT_EQ(server.metric(QStringLiteral("sportello_turns_processed_total{route=\"human\"}")), 1);
}

TEST(Conversation, EveryTurnGoesToTheHumanQueueAndAHumanKeepsIt)
{
    TestServer server;
    const QString waId = QStringLiteral("393401110001");
    server.customerSays(waId, QStringLiteral("Quanto costa uno sbiancamento?"));
    ASSERT_TRUE(server.waitUntilSettled());
    auto conversation = conversationOf(server, waId);
    EXPECT_EQ(conversation.owner, ConversationOwner::PendingHuman);
    const auto events = storage::ConversationRepository(server.app().database().connection())
                            .events(conversation.id);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.last().kind, QStringLiteral("owner_changed"));

    // An agent takes over; the next message does not bring the bot back.
    storage::ConversationRepository(server.app().database().connection())
        .setOwner(conversation.id, ConversationOwner::Human, QStringLiteral("giulia"), 1);
    server.customerSays(waId, QStringLiteral("grazie"));
    ASSERT_TRUE(server.waitUntilSettled());
    conversation = conversationOf(server, waId);
    EXPECT_EQ(conversation.owner, ConversationOwner::Human);
    EXPECT_EQ(conversation.assignedAgent, QStringLiteral("giulia"));
    EXPECT_TRUE(server.app().emulator()->messagesTo(waId).isEmpty()) << "the bot spoke";
}

TEST(Conversation, AnAgentsReplyMakesTheAgentTheOwnerAndSilencesTheBot)
{
    TestServer server;
    const QString waId = QStringLiteral("393401110009");
    server.customerSays(waId, QStringLiteral("Posso parlare con qualcuno?"));
    ASSERT_TRUE(server.waitUntilSettled());
    auto conversation = conversationOf(server, waId);
    ASSERT_EQ(conversation.owner, ConversationOwner::PendingHuman);

    outbox::OutboundRequest reply;
    reply.customer = {kBusiness, waId};
    reply.conversationId = conversation.id;
    reply.message.to = waId;
    reply.message.content = whatsapp::TextContent{QStringLiteral("Certo, sono Giulia."), false};
    reply.author = QStringLiteral("agent:giulia");
    reply.idempotencyKey = QStringLiteral("giulia-1");
    {
        auto &connection = server.app().database().connection();
        storage::Transaction tx(connection);
        EXPECT_EQ(server.app()
                      .outbox()
                      .enqueue(connection, reply, QDateTime::currentMSecsSinceEpoch())
                      .status,
                  DeliveryStatus::Queued);
        tx.commit();
    }
    server.wakeOutbox();
    conversation = conversationOf(server, waId);
    EXPECT_EQ(conversation.owner, ConversationOwner::Human);
    EXPECT_EQ(conversation.assignedAgent, QStringLiteral("giulia"));
    ASSERT_TRUE(waitFor([&] { return server.app().emulator()->messagesTo(waId).size() == 1; }));

    // The customer writes again: the conversation stays with Giulia and the bot says nothing.
    server.customerSays(waId, QStringLiteral("Grazie!"));
    ASSERT_TRUE(server.waitUntilSettled());
    conversation = conversationOf(server, waId);
    EXPECT_EQ(conversation.owner, ConversationOwner::Human);
    EXPECT_EQ(conversation.assignedAgent, QStringLiteral("giulia"));
    spinEventLoop(std::chrono::milliseconds(100));
    EXPECT_EQ(server.app().emulator()->messagesTo(waId).size(), 1);
}

TEST(Conversation, FreeFormOutsideTheWindowIsRefusedLocallyAndKept)
{
    TestServer server;
    const QString waId = QStringLiteral("393401110002");
    customerWrote(server, waId, 25 * 3600, QStringLiteral("wamid.old"));
    ASSERT_TRUE(server.waitUntilSettled());

    const auto late =
        enqueue(server, waId, text(QStringLiteral("Ci scusi il ritardo")), QStringLiteral("late"));
    EXPECT_EQ(late.status, DeliveryStatus::NeedsTemplate);
    const auto stored = outboxRow(server, late.outboxId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->status, DeliveryStatus::NeedsTemplate);
    EXPECT_EQ(stored->errorTitle, QStringLiteral("window_closed"));

    // A template is the way back in, and it goes out.
    const auto templ =
        enqueue(server, waId, followUp(QStringLiteral("Marco")), QStringLiteral("templ"));
    ASSERT_EQ(templ.status, DeliveryStatus::Queued);
    ASSERT_TRUE(waitFor(
        [&] { return outboxRow(server, templ.outboxId)->status == DeliveryStatus::Delivered; }));
    ASSERT_EQ(server.app().emulator()->messagesTo(waId).size(), 1);
    EXPECT_EQ(server.app().emulator()->messagesTo(waId).first().type, QStringLiteral("template"));

    // The window is measured from the customer's timestamp, so a STOP delivered 25 hours late
    // is recorded but its confirmation is not sent free-form.
    const QString lateStop = QStringLiteral("393401110003");
    WebhookFactory meta(server.config().whatsapp.appSecret.reveal(), kBusiness);
    server.postWebhook(meta.textBody(QStringLiteral("wamid.late-stop"), lateStop,
                                     QStringLiteral("STOP"), WebhookFactory::now() - 25 * 3600));
    ASSERT_TRUE(server.waitUntilSettled());
    EXPECT_TRUE(server.app().emulator()->messagesTo(lateStop).isEmpty());
    EXPECT_TRUE(storage::ContactRepository(server.app().database().connection())
                    .find(kBusiness, lateStop)
                    ->optedOut);
}

TEST(Conversation, StatusesNeverMoveBackwards)
{
    TestServer server;
    const QString waId = QStringLiteral("393401110004");
    customerWrote(server, waId, 10, QStringLiteral("wamid.s-in"));
    const auto sent = enqueue(server, waId, text(QStringLiteral("ok")), QStringLiteral("s"));
    ASSERT_TRUE(waitFor(
        [&] { return outboxRow(server, sent.outboxId)->status == DeliveryStatus::Delivered; }));
    const QString wamid = outboxRow(server, sent.outboxId)->wamid;

    WebhookFactory meta(server.config().whatsapp.appSecret.reveal(), kBusiness);
    auto status = [&](const QString &name, std::optional<int> code = std::nullopt) {
        WebhookFactory::Status s;
        s.wamid = wamid;
        s.status = name;
        s.timestamp = WebhookFactory::now();
        s.recipientId = waId;
        s.errorCode = code;
        if (code)
            s.errorTitle = QStringLiteral("Message undeliverable");
        return server.postWebhook(meta.statusBody(s)).status;
    };
    EXPECT_EQ(status(QStringLiteral("read")), 200);
    EXPECT_EQ(outboxRow(server, sent.outboxId)->status, DeliveryStatus::Read);
    EXPECT_EQ(status(QStringLiteral("sent")), 200);      // late
    EXPECT_EQ(status(QStringLiteral("delivered")), 200); // late, and a redelivery
    EXPECT_EQ(status(QStringLiteral("failed"), 131026), 200);
    EXPECT_EQ(outboxRow(server, sent.outboxId)->status, DeliveryStatus::Read);
    EXPECT_EQ(status(QStringLiteral("read")), 200); // duplicate
    EXPECT_GE(server.metric(QStringLiteral("sportello_inbound_duplicates_total")), 2);

    // A failure that is news keeps its code and title.
    const auto other = enqueue(server, waId, text(QStringLiteral("due")), QStringLiteral("s2"));
    ASSERT_TRUE(waitFor(
        [&] { return outboxRow(server, other.outboxId)->status == DeliveryStatus::Delivered; }));
    auto row = outboxRow(server, other.outboxId);
    WebhookFactory::Status failed;
    failed.wamid = row->wamid;
    failed.status = QStringLiteral("failed");
    failed.timestamp = WebhookFactory::now();
    failed.recipientId = waId;
    failed.errorCode = 131026;
    failed.errorTitle = QStringLiteral("Message undeliverable");
    // Delivered outranks failed, so this one is recorded but does not change the row...
    server.postWebhook(meta.statusBody(failed));
    EXPECT_EQ(outboxRow(server, other.outboxId)->status, DeliveryStatus::Delivered);
}

TEST(Conversation, MetricsReadFromTheDatabase)
{
    TestServer server;
    server.customerSays(QStringLiteral("393401110005"), QStringLiteral("ciao"));
    server.customerSays(QStringLiteral("393401110006"), QStringLiteral("STOP"));
    ASSERT_TRUE(server.waitUntilSettled());
    EXPECT_EQ(server.metric(QStringLiteral("sportello_inbound_messages_stored")), 2);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_inbound_messages_pending")), 0);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_outbound_messages_stored")), 1);
    EXPECT_EQ(server.metric(QStringLiteral("sportello_conversations{owner=\"pending_human\"}")), 1);
    EXPECT_GE(server.metric(QStringLiteral("sportello_webhook_ack_seconds_count")), 2);
    EXPECT_GE(server.metric(QStringLiteral("sportello_queue_depth{queue=\"outbox\"}")), 0);
}

} // namespace
} // namespace sportello::test
