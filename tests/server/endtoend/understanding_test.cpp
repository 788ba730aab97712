// SPDX-License-Identifier: LicenseRef-Sportello
// Understanding end to end: a customer writes through the sandbox, the real pipeline reads
// language, intent, sentiment and entities, stores them with the turn and routes on them.
#include <gtest/gtest.h>

#include "../outbox/outboxtestdata.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/conversationviewrepository.h"
#include "storage/turnrepository.h"
#include "support/waitfor.h"
#include "whatsapp/sandbox/graphemulator.h"

namespace sportello::test {
namespace {

// The first test server of a suite may have to train the default model (a few seconds); the
// others load it from the shared cache.
bool waitForModel(TestServer &server)
{
    return waitFor(
        [&] {
            return server.app().intentModels()->status(kBusiness).state ==
                   nlu::IntentModelStatus::State::Ready;
        },
        std::chrono::seconds(120));
}

std::optional<protocol::TurnUnderstanding> lastUnderstanding(TestServer &server,
                                                             const QString &waId)
{
    auto &connection = server.app().database().connection();
    const auto contact = storage::ContactRepository(connection).find(kBusiness, waId);
    if (!contact)
        return std::nullopt;
    const auto conversation = storage::ConversationRepository(connection).forContact(contact->id);
    if (!conversation)
        return std::nullopt;
    const auto entries =
        storage::ConversationViewRepository(connection).entries(conversation->id, std::nullopt, 50);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->understanding)
            return it->understanding;
    }
    return std::nullopt;
}

TEST(Understanding, AnItalianComplaintGoesToAHumanWithNegativeSentiment)
{
    TestServer server;
    ASSERT_TRUE(waitForModel(server));
    const QString waId = QStringLiteral("393405550001");
    ASSERT_EQ(server
                  .customerSays(waId, QStringLiteral("È la terza volta che mi spostate "
                                                     "l'appuntamento, è una vergogna! Sono "
                                                     "molto deluso dal vostro servizio."))
                  .status,
              200);
    ASSERT_TRUE(server.waitUntilSettled());
    const auto understanding = lastUnderstanding(server, waId);
    ASSERT_TRUE(understanding.has_value());
    EXPECT_EQ(understanding->language, QStringLiteral("it"));
    EXPECT_EQ(understanding->sentiment, QStringLiteral("negative"));
    EXPECT_EQ(understanding->intent, QStringLiteral("complaint"));

    auto &connection = server.app().database().connection();
    const auto contact = storage::ContactRepository(connection).find(kBusiness, waId);
    const auto conversation = storage::ConversationRepository(connection).forContact(contact->id);
    ASSERT_TRUE(conversation.has_value());
    EXPECT_EQ(conversation->owner, ConversationOwner::PendingHuman);
    const auto summary =
        storage::ConversationViewRepository(connection).summary(conversation->id, 0);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->lastSentiment, QStringLiteral("negative"));
    EXPECT_TRUE(summary->escalationReason == u"complaint" ||
                summary->escalationReason == u"angry customer")
        << qPrintable(summary->escalationReason);
    EXPECT_EQ(contact->language, QStringLiteral("it"));
}

TEST(Understanding, ABookingRequestCarriesItsDateAndTheBusinesssService)
{
    TestServer server;
    ASSERT_TRUE(waitForModel(server));
    const QString waId = QStringLiteral("447700900555");
    ASSERT_EQ(server
                  .customerSays(waId, QStringLiteral("Hi, could I book a dental cleaning "
                                                     "tomorrow at 10am?"))
                  .status,
              200);
    ASSERT_TRUE(server.waitUntilSettled());
    const auto understanding = lastUnderstanding(server, waId);
    ASSERT_TRUE(understanding.has_value());
    EXPECT_EQ(understanding->language, QStringLiteral("en"));
    EXPECT_EQ(understanding->intent, QStringLiteral("booking_request"));
    bool sawDate = false;
    bool sawService = false;
    for (const auto &entity : understanding->entities) {
        sawDate = sawDate || entity.type == u"datetime";
        sawService =
            sawService || (entity.type == u"service" && entity.canonical == u"Igiene dentale");
    }
    EXPECT_TRUE(sawDate);
    EXPECT_TRUE(sawService);
}

TEST(Understanding, AnOptOutInWordsIsConfirmedBeforeItCounts)
{
    TestServer server;
    ASSERT_TRUE(waitForModel(server));
    const QString waId = QStringLiteral("393405550002");
    ASSERT_EQ(server
                  .customerSays(waId, QStringLiteral("non voglio più ricevere messaggi da "
                                                     "voi, toglietemi dalla lista"))
                  .status,
              200);
    ASSERT_TRUE(server.waitUntilSettled());
    auto &connection = server.app().database().connection();
    auto contact = storage::ContactRepository(connection).find(kBusiness, waId);
    ASSERT_TRUE(contact.has_value());
    EXPECT_FALSE(contact->optedOut);
    ASSERT_TRUE(contact->optOutAskedAt.has_value());
    ASSERT_TRUE(waitFor([&] { return server.app().emulator()->messagesTo(waId).size() == 1; }));

    ASSERT_EQ(server.customerSays(waId, QStringLiteral("sì")).status, 200);
    ASSERT_TRUE(server.waitUntilSettled());
    contact = storage::ContactRepository(connection).find(kBusiness, waId);
    EXPECT_TRUE(contact->optedOut);
    EXPECT_FALSE(contact->optOutAskedAt.has_value());
    EXPECT_TRUE(contact->optOutLastAskedAt.has_value()); // kept: no asking again soon
    ASSERT_TRUE(waitFor([&] { return server.app().emulator()->messagesTo(waId).size() == 2; }));
}

} // namespace
} // namespace sportello::test
