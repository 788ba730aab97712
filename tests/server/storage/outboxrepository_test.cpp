// SPDX-License-Identifier: LicenseRef-Sportello
// OutboxRepository: idempotent insert, per-recipient work, guarded transitions, status ranks.
#include <gtest/gtest.h>

#include "storage/outboxrepository.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using testdata::kBusiness;
using testdata::kOtherBusiness;
using testdata::outboxEntry;

const QString kMaria = QStringLiteral("393331234567");
const QString kLuca = QStringLiteral("393339876543");

QList<qint64> ids(const QList<OutboxEntry> &entries)
{
    QList<qint64> out;
    for (const auto &e : entries)
        out.append(e.id);
    return out;
}

class OutboxRepositoryTest : public ::testing::Test
{
protected:
    // A row already answered by the Graph API with `wamid`.
    qint64 accepted(const QString &key, const QString &wamid)
    {
        const qint64 id = outbox.insert(outboxEntry(key)).first;
        EXPECT_TRUE(outbox.markSending(id, 2000));
        EXPECT_TRUE(outbox.markAccepted(id, wamid, 3000));
        return id;
    }

    DeliveryStatus statusOf(qint64 id)
    {
        const auto entry = outbox.byId(id);
        EXPECT_TRUE(entry.has_value());
        return entry ? entry->status : DeliveryStatus::Queued;
    }

    TestDatabase db;
    OutboxRepository outbox{db.connection()};
};

TEST_F(OutboxRepositoryTest, InsertIsIdempotentByKeyAndRoundTrips)
{
    auto entry = outboxEntry(QStringLiteral("turn:wamid.1:optout"));
    entry.conversationId = 12;
    entry.purpose = QStringLiteral("optout_confirmation");
    entry.author = QStringLiteral("system");
    const auto [id, created] = outbox.insert(entry);
    EXPECT_GT(id, 0);
    EXPECT_TRUE(created);

    auto again = entry;
    again.payload = QByteArrayLiteral("{\"different\":true}");
    const auto [sameId, createdAgain] = outbox.insert(again);
    EXPECT_EQ(sameId, id);
    EXPECT_FALSE(createdAgain);
    EXPECT_EQ(outbox.countMessages(), 1);

    const auto stored = outbox.byId(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->phoneNumberId, kBusiness);
    EXPECT_EQ(stored->conversationId, 12);
    EXPECT_EQ(stored->recipient, kMaria);
    EXPECT_EQ(stored->kind, QStringLiteral("text"));
    EXPECT_EQ(stored->purpose, QStringLiteral("optout_confirmation"));
    EXPECT_EQ(stored->author, QStringLiteral("system"));
    EXPECT_EQ(stored->idempotencyKey, QStringLiteral("turn:wamid.1:optout"));
    EXPECT_EQ(stored->payload, entry.payload); // the first one's
    EXPECT_EQ(stored->status, DeliveryStatus::Queued);
    EXPECT_EQ(stored->statusRank, 0);
    EXPECT_TRUE(stored->wamid.isEmpty());
    EXPECT_EQ(stored->attempts, 0);
    EXPECT_EQ(stored->nextAttemptAt, 1000);
    EXPECT_FALSE(stored->errorCode.has_value());
    EXPECT_FALSE(outbox.byId(id + 1000).has_value());
}

TEST_F(OutboxRepositoryTest, RefusedRowsAreStoredWithTheirReason)
{
    auto refused = outboxEntry(QStringLiteral("refused"));
    refused.status = DeliveryStatus::Refused;
    refused.errorTitle = QStringLiteral("opted_out");
    refused.errorDetails = QStringLiteral("the customer opted out");
    const qint64 id = outbox.insert(refused).first;
    const auto stored = outbox.byId(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->status, DeliveryStatus::Refused);
    EXPECT_EQ(stored->errorTitle, QStringLiteral("opted_out"));
    EXPECT_EQ(stored->errorDetails, QStringLiteral("the customer opted out"));
    EXPECT_TRUE(outbox.work(10).isEmpty());
    EXPECT_EQ(outbox.countWork(), 0);
    EXPECT_FALSE(outbox.markSending(id, 2)); // nothing moves a refused row
    EXPECT_FALSE(outbox.markFinal(id, DeliveryStatus::Failed, 1, {}, {}, 2));
}

TEST_F(OutboxRepositoryTest, WorkReturnsOnlyTheHeadOfEachRecipientsLine)
{
    const qint64 maria1 = outbox.insert(outboxEntry(QStringLiteral("m1"), kMaria)).first;
    const qint64 maria2 = outbox.insert(outboxEntry(QStringLiteral("m2"), kMaria)).first;
    const qint64 luca1 = outbox.insert(outboxEntry(QStringLiteral("l1"), kLuca)).first;
    // The same customer number at another business is another line.
    const qint64 other1 =
        outbox.insert(outboxEntry(QStringLiteral("o1"), kMaria, kOtherBusiness)).first;
    const qint64 maria3 = outbox.insert(outboxEntry(QStringLiteral("m3"), kMaria)).first;
    auto done = outboxEntry(QStringLiteral("n1"), QStringLiteral("393330000000"));
    done.status = DeliveryStatus::NeedsTemplate;
    outbox.insert(done);

    EXPECT_EQ(ids(outbox.work(10)), (QList<qint64>{maria1, luca1, other1}));
    EXPECT_EQ(ids(outbox.work(2)), (QList<qint64>{maria1, luca1}));
    EXPECT_EQ(outbox.countWork(), 5);

    // In flight is still the head: the next message to Maria waits for it.
    ASSERT_TRUE(outbox.markSending(maria1, 2000));
    EXPECT_EQ(ids(outbox.work(10)), (QList<qint64>{maria1, luca1, other1}));
    ASSERT_TRUE(outbox.markAccepted(maria1, QStringLiteral("wamid.m1"), 3000));
    EXPECT_EQ(ids(outbox.work(10)), (QList<qint64>{maria2, luca1, other1}));
    ASSERT_TRUE(outbox.markFinal(maria2, DeliveryStatus::Failed, 131026, QStringLiteral("x"),
                                 QStringLiteral("y"), 3000));
    EXPECT_EQ(ids(outbox.work(10)), (QList<qint64>{luca1, other1, maria3}));
    EXPECT_EQ(outbox.countWork(), 3);
}

TEST_F(OutboxRepositoryTest, TransitionsOnlyApplyFromTheExpectedState)
{
    const qint64 id = outbox.insert(outboxEntry(QStringLiteral("k"))).first;
    // Only a queued row can be claimed, and only once.
    EXPECT_FALSE(outbox.scheduleRetry(id, 5000, 500, QStringLiteral("t"), QStringLiteral("d"), 1));
    EXPECT_TRUE(outbox.markSending(id, 2000));
    EXPECT_FALSE(outbox.markSending(id, 2001));
    auto e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Sending);
    EXPECT_EQ(e->attempts, 1);
    EXPECT_EQ(e->updatedAt, 2000);

    // A transient failure puts it back in the queue for later, with the error kept.
    EXPECT_TRUE(outbox.scheduleRetry(id, 9000, 130429, QStringLiteral("Rate limit hit"),
                                     QStringLiteral("slow down"), 2500));
    EXPECT_FALSE(outbox.scheduleRetry(id, 9999, 130429, {}, {}, 2600)); // not sending any more
    e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Queued);
    EXPECT_EQ(e->nextAttemptAt, 9000);
    EXPECT_EQ(e->errorCode, 130429);
    EXPECT_EQ(e->errorTitle, QStringLiteral("Rate limit hit"));

    EXPECT_TRUE(outbox.markSending(id, 9000));
    EXPECT_EQ(outbox.byId(id)->attempts, 2);
    EXPECT_TRUE(outbox.markAccepted(id, QStringLiteral("wamid.k"), 9100));
    e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Accepted);
    EXPECT_EQ(e->statusRank, 1);
    EXPECT_EQ(e->wamid, QStringLiteral("wamid.k"));
    EXPECT_FALSE(e->errorCode.has_value()); // the old error is cleared
    EXPECT_TRUE(e->errorTitle.isEmpty());

    // Accepted is out of the local state machine.
    EXPECT_FALSE(outbox.markSending(id, 9200));
    EXPECT_FALSE(outbox.scheduleRetry(id, 1, 1, {}, {}, 9200));
    EXPECT_FALSE(outbox.markFinal(id, DeliveryStatus::Failed, 1, {}, {}, 9200));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Accepted);
}

TEST_F(OutboxRepositoryTest, MarkFinalFromQueuedOrSending)
{
    const qint64 queued = outbox.insert(outboxEntry(QStringLiteral("q"))).first;
    EXPECT_TRUE(outbox.markFinal(queued, DeliveryStatus::NeedsTemplate, 131047,
                                 QStringLiteral("Re-engagement message"), QStringLiteral("24h"),
                                 5));
    auto e = outbox.byId(queued);
    EXPECT_EQ(e->status, DeliveryStatus::NeedsTemplate);
    EXPECT_EQ(e->errorCode, 131047);
    EXPECT_EQ(e->errorDetails, QStringLiteral("24h"));
    EXPECT_FALSE(outbox.markFinal(queued, DeliveryStatus::Failed, 1, {}, {}, 6));

    const qint64 sending = outbox.insert(outboxEntry(QStringLiteral("s"))).first;
    ASSERT_TRUE(outbox.markSending(sending, 5));
    EXPECT_TRUE(outbox.markFinal(sending, DeliveryStatus::Failed, 131026, {}, {}, 6));
    EXPECT_EQ(statusOf(sending), DeliveryStatus::Failed);
    EXPECT_EQ(outbox.countWork(), 0);
}

TEST_F(OutboxRepositoryTest, RemoteStatusesNeverMoveARowBack)
{
    const qint64 id = accepted(QStringLiteral("k"), QStringLiteral("wamid.k"));
    const QString wamid = QStringLiteral("wamid.k");

    // read arrives first, then the late sent and delivered: read stays.
    auto read = outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Read, std::nullopt,
                                         {}, {}, 4000);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->id, id);
    EXPECT_EQ(read->status, DeliveryStatus::Read);
    EXPECT_FALSE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Sent, std::nullopt,
                                          {}, {}, 4001));
    EXPECT_FALSE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Delivered,
                                          std::nullopt, {}, {}, 4002));
    EXPECT_FALSE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Read, std::nullopt,
                                          {}, {}, 4003)); // a repeat is no change either
    auto e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Read);
    EXPECT_EQ(e->statusRank, deliveryRank(DeliveryStatus::Read));
    EXPECT_EQ(e->updatedAt, 4000);

    // played (voice) ranks above read.
    EXPECT_TRUE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Played, std::nullopt,
                                         {}, {}, 4004));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Played);
}

TEST_F(OutboxRepositoryTest, FailedAfterSentAndDeliveredAfterFailed)
{
    const qint64 id = accepted(QStringLiteral("k"), QStringLiteral("wamid.k"));
    const QString wamid = QStringLiteral("wamid.k");
    ASSERT_TRUE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Sent, std::nullopt,
                                         {}, {}, 4000));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Sent);

    const auto failed = outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Failed,
                                                 131026, QStringLiteral("Message undeliverable"),
                                                 QStringLiteral("no WhatsApp"), 4100);
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->status, DeliveryStatus::Failed);
    auto e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Failed);
    EXPECT_EQ(e->errorCode, 131026);
    EXPECT_EQ(e->errorTitle, QStringLiteral("Message undeliverable"));
    EXPECT_EQ(e->errorDetails, QStringLiteral("no WhatsApp"));

    // The phone got it after all: delivered outranks the stray failure.
    ASSERT_TRUE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Delivered,
                                         std::nullopt, {}, {}, 4200));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Delivered);
    // And a failure after delivered changes nothing.
    EXPECT_FALSE(outbox.applyRemoteStatus(wamid, std::nullopt, DeliveryStatus::Failed, 131000, {},
                                          {}, 4300));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Delivered);
}

TEST_F(OutboxRepositoryTest, FoundByOurIdWhenTheWamidIsNotKnownYet)
{
    auto entry = outboxEntry(QStringLiteral("k"));
    entry.conversationId = 5;
    const qint64 id = outbox.insert(entry).first;
    ASSERT_TRUE(outbox.markSending(id, 2000));
    // The HTTP answer never reached us, but the status webhook carries biz_opaque_callback_data.
    const auto change = outbox.applyRemoteStatus(QStringLiteral("wamid.late"), id,
                                                 DeliveryStatus::Sent, std::nullopt, {}, {}, 2100);
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->id, id);
    EXPECT_EQ(change->conversationId, 5);
    auto e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Sent);
    EXPECT_EQ(e->wamid, QStringLiteral("wamid.late"));
    // The row left the work queue: no second send.
    EXPECT_TRUE(outbox.work(10).isEmpty());

    // The HTTP answer arriving late only confirms the wamid; the status stays ahead.
    EXPECT_TRUE(outbox.markAccepted(id, QStringLiteral("wamid.late"), 2200));
    e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Sent);
    EXPECT_EQ(e->statusRank, deliveryRank(DeliveryStatus::Sent));
    EXPECT_EQ(e->wamid, QStringLiteral("wamid.late"));

    // From now on the wamid identifies it; later statuses by wamid alone apply.
    EXPECT_TRUE(outbox.applyRemoteStatus(QStringLiteral("wamid.late"), std::nullopt,
                                         DeliveryStatus::Delivered, std::nullopt, {}, {}, 2300));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Delivered);
}

TEST_F(OutboxRepositoryTest, OurIdDoesNotOverrideAKnownDifferentWamid)
{
    const qint64 id = accepted(QStringLiteral("k"), QStringLiteral("wamid.real"));
    EXPECT_FALSE(outbox.applyRemoteStatus(QStringLiteral("wamid.other"), id, DeliveryStatus::Read,
                                          std::nullopt, {}, {}, 5000));
    EXPECT_FALSE(outbox.applyRemoteStatus(QStringLiteral("wamid.unknown"), std::nullopt,
                                          DeliveryStatus::Read, std::nullopt, {}, {}, 5000));
    EXPECT_FALSE(outbox.applyRemoteStatus(QStringLiteral("wamid.unknown"), id + 100,
                                          DeliveryStatus::Read, std::nullopt, {}, {}, 5000));
    auto e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::Accepted);
    EXPECT_EQ(e->wamid, QStringLiteral("wamid.real"));
}

TEST_F(OutboxRepositoryTest, LateWindowClosedFailureBecomesNeedsTemplate)
{
    const qint64 id = accepted(QStringLiteral("k"), QStringLiteral("wamid.k"));
    const auto change = outbox.applyRemoteStatus(
        QStringLiteral("wamid.k"), std::nullopt, DeliveryStatus::Failed, 131047,
        QStringLiteral("Re-engagement message"), QStringLiteral("more than 24 hours"), 6000);
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->status, DeliveryStatus::NeedsTemplate);
    auto e = outbox.byId(id);
    EXPECT_EQ(e->status, DeliveryStatus::NeedsTemplate);
    EXPECT_EQ(e->errorCode, 131047);
    EXPECT_EQ(e->statusRank, deliveryRank(DeliveryStatus::Failed));
    // Other failure codes stay plain failures.
    const qint64 other = accepted(QStringLiteral("k2"), QStringLiteral("wamid.k2"));
    ASSERT_TRUE(outbox.applyRemoteStatus(QStringLiteral("wamid.k2"), std::nullopt,
                                         DeliveryStatus::Failed, 131049, {}, {}, 6000));
    EXPECT_EQ(statusOf(other), DeliveryStatus::Failed);
}

TEST_F(OutboxRepositoryTest, RefusedRowsIgnoreRemoteStatuses)
{
    auto refused = outboxEntry(QStringLiteral("r"));
    refused.status = DeliveryStatus::Refused;
    const qint64 id = outbox.insert(refused).first;
    EXPECT_FALSE(outbox.applyRemoteStatus(QStringLiteral("wamid.r"), id, DeliveryStatus::Sent,
                                          std::nullopt, {}, {}, 1));
    EXPECT_EQ(statusOf(id), DeliveryStatus::Refused);
    EXPECT_TRUE(outbox.byId(id)->wamid.isEmpty());
}

TEST_F(OutboxRepositoryTest, RequeueStaleSendingOnlyTouchesOldSends)
{
    const qint64 stale = outbox.insert(outboxEntry(QStringLiteral("stale"), kMaria)).first;
    const qint64 fresh = outbox.insert(outboxEntry(QStringLiteral("fresh"), kLuca)).first;
    const qint64 queued =
        outbox.insert(outboxEntry(QStringLiteral("queued"), QStringLiteral("393330000001"))).first;
    const qint64 done = accepted(QStringLiteral("done"), QStringLiteral("wamid.done"));
    ASSERT_TRUE(outbox.markSending(stale, 1000));
    ASSERT_TRUE(outbox.markSending(fresh, 5000));

    EXPECT_EQ(outbox.requeueStaleSending(3000, 6000), 1);
    auto e = outbox.byId(stale);
    EXPECT_EQ(e->status, DeliveryStatus::Queued);
    EXPECT_EQ(e->nextAttemptAt, 6000);
    EXPECT_EQ(e->updatedAt, 6000);
    EXPECT_EQ(e->attempts, 1); // the attempt is not forgotten
    EXPECT_EQ(statusOf(fresh), DeliveryStatus::Sending);
    EXPECT_EQ(statusOf(queued), DeliveryStatus::Queued);
    EXPECT_EQ(statusOf(done), DeliveryStatus::Accepted);
    EXPECT_EQ(outbox.requeueStaleSending(3000, 6000), 0);
}

TEST_F(OutboxRepositoryTest, CountsAndConversationListing)
{
    auto receipt = outboxEntry(QStringLiteral("read:wamid.1"));
    receipt.kind = QStringLiteral("mark_read");
    receipt.conversationId = 9;
    outbox.insert(receipt);
    auto reply = outboxEntry(QStringLiteral("turn:wamid.1:reply"));
    reply.conversationId = 9;
    outbox.insert(reply);
    auto elsewhere = outboxEntry(QStringLiteral("turn:wamid.2:reply"));
    elsewhere.conversationId = 10;
    outbox.insert(elsewhere);

    EXPECT_EQ(outbox.countMessages(), 2); // read receipts are not messages
    EXPECT_EQ(outbox.countWork(), 3);
    const auto nine = outbox.forConversation(9);
    ASSERT_EQ(nine.size(), 2);
    EXPECT_FALSE(nine[0].isMessage());
    EXPECT_TRUE(nine[1].isMessage());
    EXPECT_TRUE(outbox.forConversation(11).isEmpty());
}

} // namespace
} // namespace sportello::storage
