// SPDX-License-Identifier: LicenseRef-Sportello
// InboundRepository, StatusRepository and WebhookEventRepository against a real database.
#include <algorithm>

#include <gtest/gtest.h>

#include "storage/inboundrepository.h"
#include "storage/statusrepository.h"
#include "storage/webhookeventrepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using testdata::kBusiness;
using testdata::kOtherBusiness;
using testdata::statusEvent;
using testdata::textMessage;

const QString kMaria = QStringLiteral("393331234567");
const QString kLuca = QStringLiteral("393339876543");

QStringList wamids(const QList<StoredInbound> &rows)
{
    QStringList out;
    for (const auto &row : rows)
        out.append(row.wamid);
    return out;
}

class InboundRepositoryTest : public ::testing::Test
{
protected:
    TestDatabase db;
    InboundRepository inbound{db.connection()};
};

TEST_F(InboundRepositoryTest, InsertStoresEveryFieldAndRefusesTheSameWamid)
{
    auto message = textMessage(QStringLiteral("wamid.1"), kMaria, 1700000000,
                               QStringLiteral("Buongiorno, è aperto?"));
    message.contextWamid = QStringLiteral("wamid.ours");
    EXPECT_TRUE(inbound.insert(message, 1700000000123));
    EXPECT_FALSE(inbound.insert(message, 1700000000999)); // redelivery
    auto changed = message;
    changed.text = QStringLiteral("something else");
    EXPECT_FALSE(inbound.insert(changed, 1700000001000)); // the wamid decides, not the content
    EXPECT_EQ(inbound.countStored(), 1);
    EXPECT_EQ(inbound.countPending(), 1);

    const auto rows = inbound.pendingFor({kBusiness, kMaria});
    ASSERT_EQ(rows.size(), 1);
    const StoredInbound &row = rows.first();
    EXPECT_GT(row.id, 0);
    EXPECT_EQ(row.phoneNumberId, kBusiness);
    EXPECT_EQ(row.wamid, QStringLiteral("wamid.1"));
    EXPECT_EQ(row.senderKey, kMaria);
    EXPECT_EQ(row.waId, kMaria);
    EXPECT_TRUE(row.userId.isEmpty());
    EXPECT_EQ(row.profileName, QStringLiteral("Maria Rossi"));
    EXPECT_EQ(row.type, QStringLiteral("text"));
    EXPECT_EQ(row.bodyText, QStringLiteral("Buongiorno, è aperto?"));
    EXPECT_EQ(row.contextWamid, QStringLiteral("wamid.ours"));
    EXPECT_EQ(row.waTimestamp, 1700000000);
    EXPECT_EQ(row.receivedAt, 1700000000123); // the first delivery's
    EXPECT_EQ(row.rawJson, message.rawJson);
}

TEST_F(InboundRepositoryTest, BsuidIsTheSenderKeyWhenPresent)
{
    auto message = textMessage(QStringLiteral("wamid.b"), kMaria, 100);
    message.fromUserId = QStringLiteral("IT.1234567890");
    ASSERT_TRUE(inbound.insert(message, 1));
    EXPECT_TRUE(inbound.pendingFor({kBusiness, kMaria}).isEmpty());
    const auto rows = inbound.pendingFor({kBusiness, QStringLiteral("IT.1234567890")});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().waId, kMaria);
    EXPECT_EQ(rows.first().userId, QStringLiteral("IT.1234567890"));

    // Username-only senders have no wa_id at all.
    auto anonymous = textMessage(QStringLiteral("wamid.c"), QString(), 100);
    anonymous.fromUserId = QStringLiteral("IT.999");
    ASSERT_TRUE(inbound.insert(anonymous, 1));
    const auto anonymousRows = inbound.pendingFor({kBusiness, QStringLiteral("IT.999")});
    ASSERT_EQ(anonymousRows.size(), 1);
    EXPECT_TRUE(anonymousRows.first().waId.isEmpty());
}

TEST_F(InboundRepositoryTest, PendingIsOrderedByCustomerTimestampThenArrival)
{
    // Arrival order (id) differs from the order the customer wrote in (wa_timestamp).
    inbound.insert(textMessage(QStringLiteral("wamid.a"), kMaria, 200), 1);
    inbound.insert(textMessage(QStringLiteral("wamid.b"), kMaria, 100), 2);
    inbound.insert(textMessage(QStringLiteral("wamid.c"), kMaria, 200), 3);
    inbound.insert(textMessage(QStringLiteral("wamid.d"), kMaria, 150), 4);
    inbound.insert(textMessage(QStringLiteral("wamid.e"), kMaria, 50), 5);
    EXPECT_EQ(wamids(inbound.pendingFor({kBusiness, kMaria})),
              (QStringList{QStringLiteral("wamid.e"), QStringLiteral("wamid.b"),
                           QStringLiteral("wamid.d"), QStringLiteral("wamid.a"),
                           QStringLiteral("wamid.c")}));
    EXPECT_EQ(wamids(inbound.pendingFor({kBusiness, kMaria}, 2)),
              (QStringList{QStringLiteral("wamid.e"), QStringLiteral("wamid.b")}));
}

TEST_F(InboundRepositoryTest, PendingIsPerBusinessAndCustomer)
{
    inbound.insert(textMessage(QStringLiteral("wamid.m1"), kMaria, 100), 1000);
    inbound.insert(textMessage(QStringLiteral("wamid.m2"), kMaria, 101), 3000);
    inbound.insert(textMessage(QStringLiteral("wamid.l1"), kLuca, 100), 2000);
    inbound.insert(textMessage(QStringLiteral("wamid.o1"), kMaria, 100, {}, kOtherBusiness), 500);

    EXPECT_EQ(inbound.pendingFor({kBusiness, kMaria}).size(), 2);
    EXPECT_EQ(inbound.pendingFor({kBusiness, kLuca}).size(), 1);
    EXPECT_EQ(wamids(inbound.pendingFor({kOtherBusiness, kMaria})),
              QStringList{QStringLiteral("wamid.o1")});
    EXPECT_TRUE(inbound.pendingFor({kOtherBusiness, kLuca}).isEmpty());

    auto conversations = inbound.pendingConversations();
    ASSERT_EQ(conversations.size(), 3);
    std::sort(conversations.begin(), conversations.end(),
              [](const auto &a, const auto &b) { return a.lastReceivedAt < b.lastReceivedAt; });
    EXPECT_EQ(conversations[0].key, (ConversationKey{kOtherBusiness, kMaria}));
    EXPECT_EQ(conversations[0].count, 1);
    EXPECT_EQ(conversations[1].key, (ConversationKey{kBusiness, kLuca}));
    EXPECT_EQ(conversations[1].lastReceivedAt, 2000);
    EXPECT_EQ(conversations[2].key, (ConversationKey{kBusiness, kMaria}));
    EXPECT_EQ(conversations[2].count, 2);
    EXPECT_EQ(conversations[2].lastReceivedAt, 3000); // the newest arrival
}

TEST_F(InboundRepositoryTest, MarkProcessedOnlyOnce)
{
    inbound.insert(textMessage(QStringLiteral("wamid.1"), kMaria, 100), 1);
    inbound.insert(textMessage(QStringLiteral("wamid.2"), kMaria, 101), 2);
    const auto rows = inbound.pendingFor({kBusiness, kMaria});
    ASSERT_EQ(rows.size(), 2);

    EXPECT_TRUE(inbound.markProcessed(rows[0].id, 77));
    EXPECT_FALSE(inbound.markProcessed(rows[0].id, 78)); // no longer pending
    EXPECT_FALSE(inbound.markProcessed(999999, 78));     // no such row
    EXPECT_TRUE(inbound.isProcessed(QStringLiteral("wamid.1")));
    EXPECT_FALSE(inbound.isProcessed(QStringLiteral("wamid.2")));
    EXPECT_FALSE(inbound.isProcessed(QStringLiteral("wamid.unknown")));
    EXPECT_EQ(inbound.countPending(), 1);
    EXPECT_EQ(inbound.countStored(), 2);
    EXPECT_EQ(wamids(inbound.pendingFor({kBusiness, kMaria})),
              QStringList{QStringLiteral("wamid.2")});
    EXPECT_EQ(db.scalar("SELECT turn_id FROM inbound_messages WHERE wamid = 'wamid.1'"), 77);

    EXPECT_TRUE(inbound.markProcessed(rows[1].id, 78));
    EXPECT_TRUE(inbound.pendingConversations().isEmpty());
}

TEST_F(InboundRepositoryTest, LastCustomerTimestampIsTheNewestEvenWhenProcessedOrLate)
{
    const ConversationKey maria{kBusiness, kMaria};
    EXPECT_FALSE(inbound.lastCustomerTimestamp(maria).has_value());
    inbound.insert(textMessage(QStringLiteral("wamid.1"), kMaria, 1700000100), 1);
    EXPECT_EQ(inbound.lastCustomerTimestamp(maria), 1700000100);
    // A late webhook of an older message does not move the window back.
    inbound.insert(textMessage(QStringLiteral("wamid.0"), kMaria, 1700000000), 2);
    EXPECT_EQ(inbound.lastCustomerTimestamp(maria), 1700000100);
    // Processed messages still count.
    const auto rows = inbound.pendingFor(maria);
    for (const auto &row : rows)
        inbound.markProcessed(row.id, 1);
    EXPECT_EQ(inbound.lastCustomerTimestamp(maria), 1700000100);
    inbound.insert(textMessage(QStringLiteral("wamid.2"), kMaria, 1700000200), 3);
    EXPECT_EQ(inbound.lastCustomerTimestamp(maria), 1700000200);
    // Another customer, another business: their own windows.
    EXPECT_FALSE(inbound.lastCustomerTimestamp({kBusiness, kLuca}).has_value());
    EXPECT_FALSE(inbound.lastCustomerTimestamp({kOtherBusiness, kMaria}).has_value());
}

// ---------------------------------------------------------------------------------------------

TEST(StatusRepository, InsertIsIdempotentPerWamidAndStatus)
{
    TestDatabase db;
    StatusRepository statuses(db.connection());
    EXPECT_TRUE(
        statuses.insert(statusEvent(QStringLiteral("wamid.out"), QStringLiteral("sent")), 1));
    EXPECT_FALSE(
        statuses.insert(statusEvent(QStringLiteral("wamid.out"), QStringLiteral("sent")), 2));
    EXPECT_TRUE(
        statuses.insert(statusEvent(QStringLiteral("wamid.out"), QStringLiteral("delivered")), 3));
    auto failed = statusEvent(QStringLiteral("wamid.out"), QStringLiteral("failed"), 1700000050);
    failed.errors.append({131026, QStringLiteral("Message undeliverable"), QStringLiteral("m"),
                          QStringLiteral("details here")});
    failed.bizOpaqueCallbackData = QStringLiteral("42");
    failed.pricingCategory = QStringLiteral("service");
    failed.billable = false;
    EXPECT_TRUE(statuses.insert(failed, 4));
    EXPECT_TRUE(
        statuses.insert(statusEvent(QStringLiteral("wamid.other"), QStringLiteral("sent")), 5));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM status_events"), 4);

    const auto events = statuses.forWamid(QStringLiteral("wamid.out"));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].statusName, QStringLiteral("sent"));
    EXPECT_EQ(events[0].status, DeliveryStatus::Sent);
    EXPECT_TRUE(events[0].errors.isEmpty());
    EXPECT_EQ(events[1].status, DeliveryStatus::Delivered);
    EXPECT_EQ(events[2].status, DeliveryStatus::Failed);
    EXPECT_EQ(events[2].timestamp, 1700000050);
    ASSERT_EQ(events[2].errors.size(), 1);
    EXPECT_EQ(events[2].errors[0].code, 131026);
    EXPECT_EQ(events[2].errors[0].title, QStringLiteral("Message undeliverable"));
    EXPECT_EQ(events[2].errors[0].details, QStringLiteral("details here"));
    EXPECT_EQ(db.text("SELECT biz_opaque FROM status_events WHERE status = 'failed'"),
              QStringLiteral("42"));
    EXPECT_EQ(db.scalar("SELECT billable FROM status_events WHERE status = 'failed'"), 0);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM status_events WHERE billable IS NULL"), 3);
    EXPECT_TRUE(statuses.forWamid(QStringLiteral("wamid.none")).isEmpty());
}

TEST(StatusRepository, UnknownStatusNamesAreKeptVerbatim)
{
    TestDatabase db;
    StatusRepository statuses(db.connection());
    auto deleted = statusEvent(QStringLiteral("wamid.x"), QStringLiteral("deleted"));
    EXPECT_FALSE(deleted.status.has_value());
    EXPECT_TRUE(statuses.insert(deleted, 1));
    const auto events = statuses.forWamid(QStringLiteral("wamid.x"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].statusName, QStringLiteral("deleted"));
    EXPECT_FALSE(events[0].status.has_value());
}

// ---------------------------------------------------------------------------------------------

TEST(WebhookEventRepository, DeadLettersKeepTheBodyByteForByte)
{
    TestDatabase db;
    WebhookEventRepository events(db.connection());
    EXPECT_EQ(events.countDeadLetters(), 0);
    const QByteArray binary("{\"broken\": \x00\xff\xfe", 14);
    events.insertDeadLetter(QStringLiteral("unparseable payload: x"), QString(), binary, 100);
    events.insertDeadLetter(QStringLiteral("unknown phone_number_id 999"), QStringLiteral("999"),
                            QByteArrayLiteral("{\"a\":1}"), 200);
    EXPECT_EQ(events.countDeadLetters(), 2);
    const auto letters = events.deadLetters();
    ASSERT_EQ(letters.size(), 2);
    // Newest first.
    EXPECT_EQ(letters[0].reason, QStringLiteral("unknown phone_number_id 999"));
    EXPECT_EQ(letters[0].phoneNumberId, QStringLiteral("999"));
    EXPECT_EQ(letters[0].receivedAt, 200);
    EXPECT_EQ(letters[0].body, QByteArrayLiteral("{\"a\":1}"));
    EXPECT_EQ(letters[1].body, binary);
    EXPECT_EQ(letters[1].body.size(), 14);
    EXPECT_TRUE(letters[1].phoneNumberId.isEmpty());
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM dead_letters WHERE phone_number_id IS NULL"), 1);
    EXPECT_EQ(events.deadLetters(1).size(), 1);
}

TEST(WebhookEventRepository, OtherEventsAreStoredOncePerContent)
{
    TestDatabase db;
    WebhookEventRepository events(db.connection());
    whatsapp::OtherEvent quality{kBusiness, QStringLiteral("phone_number_quality_update"),
                                 QByteArrayLiteral(R"({"event":"FLAGGED"})")};
    EXPECT_TRUE(events.insertOther(quality, 1));
    EXPECT_FALSE(events.insertOther(quality, 2));
    whatsapp::OtherEvent sameBodyOtherField = quality;
    sameBodyOtherField.field = QStringLiteral("account_update");
    EXPECT_TRUE(events.insertOther(sameBodyOtherField, 3));
    whatsapp::OtherEvent noBusiness{QString(), QStringLiteral("message_template_status_update"),
                                    QByteArrayLiteral(R"({"event":"APPROVED"})")};
    EXPECT_TRUE(events.insertOther(noBusiness, 4));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM webhook_events"), 3);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM webhook_events WHERE phone_number_id IS NULL"), 1);
}

} // namespace
} // namespace sportello::storage
