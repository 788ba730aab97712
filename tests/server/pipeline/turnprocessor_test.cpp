// SPDX-License-Identifier: LicenseRef-Sportello
// TurnProcessor with a real database: opt-out, replays, routing and ownership effects.
#include <functional>
#include <memory>

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "outbox/outbox.h"
#include "pipeline/optout/optoutstage.h"
#include "pipeline/pipeline.h"
#include "pipeline/routing/routingstage.h"
#include "pipeline/turnprocessor.h"
#include "pipelinetestdata.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/inboundrepository.h"
#include "storage/outboxrepository.h"
#include "support/testconfig.h"
#include "support/testdatabase.h"
#include "support/webhookfactory.h"

namespace sportello::pipeline {
namespace {

using namespace testdata;
using test::TestConfig;
using test::TestDatabase;
using test::WebhookFactory;

const QString kBusiness = TestConfig::kSampleBusiness;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A stage that runs a callback: lets a test act "while the pipeline runs".
class CallbackStage final : public IStage
{
public:
    explicit CallbackStage(std::function<void(Turn &)> callback)
        : m_callback(std::move(callback))
    {
    }
    QString name() const override { return QStringLiteral("callback"); }
    void run(Turn &turn) override { m_callback(turn); }

private:
    std::function<void(Turn &)> m_callback;
};

class TurnProcessorTest : public ::testing::Test
{
protected:
    TurnProcessorTest()
        : config(TestConfig::sandbox())
        , outbox(config)
        , pipeline(Pipeline::standard())
        , processor(db.database(), config, outbox, pipeline)
    {
    }

    // Stores a customer text message as ingest would (parsed by the real parser).
    QString receive(const QString &text, const QString &waId = kItalian,
                    qint64 timestamp = WebhookFactory::now())
    {
        const QString wamid = QStringLiteral("wamid.in%1").arg(++m_messages);
        auto message = meta.parsedText(WebhookFactory::makeText(wamid, waId, text, timestamp));
        EXPECT_TRUE(storage::InboundRepository(db.connection()).insert(message, nowMs()));
        return wamid;
    }

    storage::Contact contact(const QString &waId = kItalian)
    {
        auto found = storage::ContactRepository(db.connection()).find(kBusiness, waId);
        EXPECT_TRUE(found.has_value()) << waId.toStdString();
        return found.value_or(storage::Contact{});
    }
    storage::Conversation conversation(const QString &waId = kItalian)
    {
        auto found = storage::ConversationRepository(db.connection()).forContact(contact(waId).id);
        EXPECT_TRUE(found.has_value());
        return found.value_or(storage::Conversation{});
    }
    QList<storage::OutboxEntry> messagesTo(const QString &waId = kItalian)
    {
        QList<storage::OutboxEntry> out;
        for (const auto &e :
             storage::OutboxRepository(db.connection()).forConversation(conversation(waId).id)) {
            if (e.isMessage())
                out.append(e);
        }
        return out;
    }
    static QString bodyOf(const storage::OutboxEntry &entry)
    {
        return QJsonDocument::fromJson(entry.payload)
            .object()
            .value(QStringLiteral("text"))
            .toObject()
            .value(QStringLiteral("body"))
            .toString();
    }
    qint64 count(std::string_view sql) { return db.scalar(sql); }

    TestDatabase db;
    config::ServerConfig config;
    outbox::Outbox outbox;
    Pipeline pipeline;
    TurnProcessor processor;
    WebhookFactory meta{QByteArrayLiteral("unused"), kBusiness};

private:
    int m_messages = 0;
};

TEST_F(TurnProcessorTest, NothingPendingIsAnEmptyResult)
{
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.messageCount, 0);
    EXPECT_FALSE(result.failed);
    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM contacts"), 0);
}

TEST_F(TurnProcessorTest, StopOptsOutWithExactlyOneItalianConfirmation)
{
    const QString wamid = receive(QStringLiteral("STOP"));
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_FALSE(result.failed) << result.error.toStdString();
    EXPECT_EQ(result.messageCount, 1);
    EXPECT_EQ(result.route, QStringLiteral("opt_out"));
    EXPECT_GT(result.turnId, 0);
    EXPECT_FALSE(result.ownerChanged);
    EXPECT_EQ(result.outboxStatuses, QList<DeliveryStatus>{DeliveryStatus::Queued});
    EXPECT_EQ(result.outboxIds.size(), 2); // the read receipt and the confirmation

    const storage::Contact c = contact();
    EXPECT_TRUE(c.optedOut);
    EXPECT_TRUE(c.optedOutAt.has_value());
    EXPECT_EQ(c.waId, kItalian);
    EXPECT_EQ(c.profileName, QStringLiteral("Cliente di prova"));

    const auto messages = messagesTo();
    ASSERT_EQ(messages.size(), 1);
    const storage::OutboxEntry &confirmation = messages.first();
    EXPECT_EQ(confirmation.purpose, QStringLiteral("optout_confirmation"));
    EXPECT_EQ(confirmation.author, QStringLiteral("system"));
    EXPECT_EQ(confirmation.kind, QStringLiteral("text"));
    EXPECT_EQ(confirmation.recipient, kItalian);
    EXPECT_EQ(confirmation.status, DeliveryStatus::Queued);
    EXPECT_EQ(confirmation.idempotencyKey,
              QStringLiteral("turn:") + wamid + QStringLiteral(":optout"));
    EXPECT_EQ(bodyOf(confirmation),
              config.businesses.first().optOutConfirmation.value(QStringLiteral("it")));
    EXPECT_TRUE(bodyOf(confirmation).startsWith(QStringLiteral("Fatto")));
    EXPECT_EQ(QJsonDocument::fromJson(confirmation.payload).object().value(QStringLiteral("to")),
              kItalian);
    // Blue ticks for the STOP itself.
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE kind = 'mark_read'"), 1);
    EXPECT_EQ(db.text("SELECT idempotency_key FROM outbox WHERE kind = 'mark_read'"),
              QStringLiteral("read:") + wamid);

    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 1);
    EXPECT_EQ(db.text("SELECT route FROM turns"), QStringLiteral("opt_out"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_messages WHERE state = 1"), 1);
    EXPECT_EQ(count("SELECT turn_id FROM inbound_messages"), result.turnId);

    const auto events = storage::ConversationRepository(db.connection()).events(conversation().id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("opted_out"));
    EXPECT_EQ(events[0].actor, QStringLiteral("customer"));
    // A lone STOP is not a question: the conversation stays with the bot, nobody is paged.
    EXPECT_EQ(conversation().owner, ConversationOwner::Bot);
}

TEST_F(TurnProcessorTest, ReplayingSendsNothingNew)
{
    const QString wamid = receive(QStringLiteral("STOP"));
    ASSERT_EQ(processor.process({kBusiness, kItalian}).messageCount, 1);
    const qint64 outboxRows = count("SELECT COUNT(*) FROM outbox");

    // The same key again (a retried or duplicated scheduling): nothing pending, nothing sent.
    const TurnResult again = processor.process({kBusiness, kItalian});
    EXPECT_EQ(again.messageCount, 0);
    EXPECT_TRUE(again.outboxIds.isEmpty());

    // Meta redelivering the same STOP is refused at the door (same wamid).
    auto redelivered = meta.parsedText(
        WebhookFactory::makeText(wamid, kItalian, QStringLiteral("STOP"), WebhookFactory::now()));
    EXPECT_FALSE(storage::InboundRepository(db.connection()).insert(redelivered, nowMs()));
    EXPECT_EQ(processor.process({kBusiness, kItalian}).messageCount, 0);

    // The customer typing STOP again: recorded, acknowledged silently.
    receive(QStringLiteral("stop"));
    const TurnResult repeated = processor.process({kBusiness, kItalian});
    EXPECT_EQ(repeated.messageCount, 1);
    EXPECT_EQ(repeated.route, QStringLiteral("opt_out"));
    EXPECT_TRUE(repeated.outboxIds.isEmpty());

    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), outboxRows);
    EXPECT_EQ(messagesTo().size(), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_messages WHERE state = 0"), 0);
    EXPECT_TRUE(contact().optedOut);
}

TEST_F(TurnProcessorTest, StartAfterStopResubscribesWithItsOwnConfirmation)
{
    receive(QStringLiteral("STOP"));
    processor.process({kBusiness, kItalian});
    receive(QStringLiteral("START"));
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.route, QStringLiteral("opt_in"));
    EXPECT_EQ(result.outboxStatuses, QList<DeliveryStatus>{DeliveryStatus::Queued});
    EXPECT_FALSE(contact().optedOut);
    EXPECT_FALSE(contact().optedOutAt.has_value());
    const auto messages = messagesTo();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[1].purpose, QStringLiteral("optin_confirmation"));
    EXPECT_TRUE(bodyOf(messages[1]).startsWith(QStringLiteral("Bentornato")));
    const auto events = storage::ConversationRepository(db.connection()).events(conversation().id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].kind, QStringLiteral("opted_in"));
}

TEST_F(TurnProcessorTest, ConfirmationLanguageFollowsTheCustomer)
{
    receive(QStringLiteral("Stop"), kBritish);
    processor.process({kBusiness, kBritish});
    ASSERT_EQ(messagesTo(kBritish).size(), 1);
    EXPECT_TRUE(bodyOf(messagesTo(kBritish).first()).startsWith(QStringLiteral("Done")));

    // A French keyword from an Italian number: French, and remembered for next time.
    receive(QStringLiteral("Arrêt"), kItalian);
    processor.process({kBusiness, kItalian});
    ASSERT_EQ(messagesTo(kItalian).size(), 1);
    EXPECT_TRUE(bodyOf(messagesTo(kItalian).first()).startsWith(QStringLiteral("C'est fait")));
    EXPECT_EQ(contact(kItalian).language, QStringLiteral("fr"));
    EXPECT_EQ(db.text("SELECT language FROM turns ORDER BY id DESC LIMIT 1"), QStringLiteral("fr"));

    // Back in and out again: the stored language now wins over the +39 prefix.
    receive(QStringLiteral("START"), kItalian);
    processor.process({kBusiness, kItalian});
    receive(QStringLiteral("STOP"), kItalian);
    processor.process({kBusiness, kItalian});
    const auto messages = messagesTo(kItalian);
    ASSERT_EQ(messages.size(), 3);
    EXPECT_TRUE(bodyOf(messages[1]).startsWith(QStringLiteral("Bon retour")));
    EXPECT_TRUE(bodyOf(messages[2]).startsWith(QStringLiteral("C'est fait")));
}

TEST_F(TurnProcessorTest, StopOutsideTheWindowNeedsATemplate)
{
    // A STOP that reaches us more than 24 h after the customer sent it: the free-form
    // confirmation cannot go out, and says so instead of vanishing.
    receive(QStringLiteral("STOP"), kItalian, WebhookFactory::now() - 25 * 3600);
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.outboxStatuses, QList<DeliveryStatus>{DeliveryStatus::NeedsTemplate});
    EXPECT_TRUE(contact().optedOut); // the opt-out itself is honoured regardless
    const auto messages = messagesTo();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].status, DeliveryStatus::NeedsTemplate);
    EXPECT_EQ(messages[0].errorTitle, QStringLiteral("window_closed"));
}

TEST_F(TurnProcessorTest, OrdinaryMessageGoesToTheHumanQueue)
{
    const qint64 sent = WebhookFactory::now();
    receive(QStringLiteral("Buongiorno, vorrei prenotare una pulizia"), kItalian, sent);
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.messageCount, 1);
    EXPECT_EQ(result.route, QStringLiteral("human"));
    EXPECT_TRUE(result.ownerChanged);
    EXPECT_TRUE(result.outboxIds.isEmpty()); // no reply, no read receipt

    const storage::Conversation c = conversation();
    EXPECT_EQ(c.owner, ConversationOwner::PendingHuman);
    EXPECT_EQ(c.lastInboundAt, sent);
    EXPECT_EQ(result.conversationId, c.id);
    const auto events = storage::ConversationRepository(db.connection()).events(c.id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("owner_changed"));
    EXPECT_EQ(events[0].actor, QStringLiteral("bot"));
    EXPECT_EQ(events[0].detail,
              QStringLiteral("bot -> pending_human: no automated answer available"));
    EXPECT_FALSE(contact().optedOut);
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_messages WHERE state = 0"), 0);

    // The next message finds it already waiting: no second ownership change.
    receive(QStringLiteral("Grazie"));
    const TurnResult next = processor.process({kBusiness, kItalian});
    EXPECT_FALSE(next.ownerChanged);
    EXPECT_EQ(storage::ConversationRepository(db.connection()).events(c.id).size(), 1);
}

TEST_F(TurnProcessorTest, HumanOwnedConversationStaysHuman)
{
    receive(QStringLiteral("Salve"));
    processor.process({kBusiness, kItalian});
    const storage::Conversation c = conversation();
    storage::ConversationRepository(db.connection())
        .setOwner(c.id, ConversationOwner::Human, QStringLiteral("giulia"), nowMs());

    receive(QStringLiteral("Allora, ci vediamo giovedì?"));
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.route, QStringLiteral("human"));
    EXPECT_FALSE(result.ownerChanged);
    EXPECT_TRUE(result.outboxIds.isEmpty());
    const storage::Conversation after = conversation();
    EXPECT_EQ(after.owner, ConversationOwner::Human);
    EXPECT_EQ(after.assignedAgent, QStringLiteral("giulia"));
    EXPECT_EQ(storage::ConversationRepository(db.connection()).events(c.id).size(), 1);
}

TEST_F(TurnProcessorTest, PendingMessagesFormOneTurnInTheCustomersOrder)
{
    const qint64 t = WebhookFactory::now();
    receive(QStringLiteral("secondo"), kItalian, t + 1);
    receive(QStringLiteral("primo"), kItalian, t);
    receive(QStringLiteral("terzo"), kItalian, t + 2);
    receive(QStringLiteral("di un altro"), kBritish, t);
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.messageCount, 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 1);
    EXPECT_EQ(count("SELECT message_count FROM turns"), 3);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT turn_id) FROM inbound_messages WHERE state = 1"), 1);
    // The turn is keyed by the first message the customer wrote ("primo", stored second).
    EXPECT_EQ(count("SELECT first_inbound_id FROM turns"),
              count("SELECT id FROM inbound_messages WHERE body_text = 'primo'"));
    EXPECT_EQ(conversation().lastInboundAt, t + 2);
    // The other customer is untouched.
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_messages WHERE state = 0"), 1);
}

TEST_F(TurnProcessorTest, QuestionAndStopInOneTurn)
{
    receive(QStringLiteral("Quanto costa la visita?"));
    receive(QStringLiteral("STOP"));
    const TurnResult result = processor.process({kBusiness, kItalian});
    EXPECT_EQ(result.messageCount, 2);
    EXPECT_EQ(result.route, QStringLiteral("opt_out+human"));
    EXPECT_TRUE(result.ownerChanged);
    EXPECT_TRUE(contact().optedOut);
    EXPECT_EQ(conversation().owner, ConversationOwner::PendingHuman);
    ASSERT_EQ(messagesTo().size(), 1);
    EXPECT_EQ(messagesTo().first().purpose, QStringLiteral("optout_confirmation"));
    const auto events = storage::ConversationRepository(db.connection()).events(conversation().id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, QStringLiteral("opted_out"));
    EXPECT_EQ(events[1].kind, QStringLiteral("owner_changed"));
}

TEST_F(TurnProcessorTest, BsuidCustomerIsOneContactAcrossNumberAndBsuid)
{
    // First seen by phone number only...
    receive(QStringLiteral("Ciao"));
    processor.process({kBusiness, kItalian});
    const qint64 contactId = contact().id;
    // ...then Meta starts sending the BSUID too: same contact, same conversation.
    auto text = WebhookFactory::makeText(QStringLiteral("wamid.bsuid"), kItalian,
                                         QStringLiteral("STOP"), WebhookFactory::now());
    text.userId = QStringLiteral("IT.0a1b2c3d");
    ASSERT_TRUE(storage::InboundRepository(db.connection()).insert(meta.parsedText(text), nowMs()));
    const TurnResult result = processor.process({kBusiness, QStringLiteral("IT.0a1b2c3d")});
    EXPECT_EQ(result.messageCount, 1);
    const auto rekeyed =
        storage::ContactRepository(db.connection()).find(kBusiness, QStringLiteral("IT.0a1b2c3d"));
    ASSERT_TRUE(rekeyed.has_value());
    EXPECT_EQ(rekeyed->id, contactId);
    EXPECT_TRUE(rekeyed->optedOut);
    EXPECT_EQ(count("SELECT COUNT(*) FROM contacts"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM conversations"), 1);
    // Replies still go to the phone number when Meta gave us one.
    EXPECT_EQ(db.text("SELECT recipient FROM outbox WHERE kind = 'text'"), kItalian);
}

TEST_F(TurnProcessorTest, UnknownBusinessKeepsMessagesPending)
{
    auto message = meta.parsedText(WebhookFactory::makeText(
        QStringLiteral("wamid.gone"), kItalian, QStringLiteral("hi"), WebhookFactory::now()));
    message.phoneNumberId = QStringLiteral("300000000000003");
    ASSERT_TRUE(storage::InboundRepository(db.connection()).insert(message, nowMs()));
    const TurnResult result = processor.process({QStringLiteral("300000000000003"), kItalian});
    EXPECT_TRUE(result.failed);
    EXPECT_TRUE(result.error.contains(QStringLiteral("300000000000003")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM inbound_messages WHERE state = 0"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 0);
}

TEST_F(TurnProcessorTest, StateChangedWhileThePipelineRanIsDecidedAgain)
{
    receive(QStringLiteral("Salve"));
    processor.process({kBusiness, kItalian});
    const qint64 conversationId = conversation().id;
    ASSERT_EQ(conversation().owner, ConversationOwner::PendingHuman);

    // An agent takes the conversation exactly while the next turn is being decided.
    int runs = 0;
    Pipeline racing;
    racing.add(std::make_unique<CallbackStage>([&](Turn &turn) {
        if (++runs == 1) {
            EXPECT_EQ(turn.conversation.owner, ConversationOwner::PendingHuman);
            storage::ConversationRepository(db.connection())
                .setOwner(conversationId, ConversationOwner::Human, QStringLiteral("marco"),
                          nowMs());
        }
    }));
    racing.add(std::make_unique<OptOutStage>());
    racing.add(std::make_unique<RoutingStage>());
    TurnProcessor racingProcessor(db.database(), config, outbox, racing);

    receive(QStringLiteral("C'è qualcuno?"));
    const TurnResult result = racingProcessor.process({kBusiness, kItalian});
    EXPECT_EQ(runs, 2); // decided again on fresh data
    EXPECT_EQ(result.messageCount, 1);
    EXPECT_FALSE(result.ownerChanged);
    EXPECT_EQ(conversation().owner, ConversationOwner::Human);
    EXPECT_EQ(conversation().assignedAgent, QStringLiteral("marco"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM turns"), 2);
}

} // namespace
} // namespace sportello::pipeline
