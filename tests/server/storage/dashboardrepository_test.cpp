// SPDX-License-Identifier: LicenseRef-Sportello
// DashboardRepository against a real database: buckets, turn handling, response and
// resolution times, escalation reasons, open conversations per agent.
#include <gtest/gtest.h>

#include "storage/dashboardrepository.h"
#include "storage/sqlconnection.h"
#include "storagetestdata.h"
#include "support/testdatabase.h"

namespace sportello::storage {
namespace {

using test::TestDatabase;
using testdata::kBusiness;

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kBucket = DashboardRepository::kBucketMs;
constexpr qint64 kT0 = 1717200000000; // 2024-06-01T00:00:00Z, a multiple of 15 minutes

// Rows written directly, with the exact times each test needs.
class DashboardRepositoryTest : public ::testing::Test
{
protected:
    qint64 conversation(const QString &owner = QStringLiteral("pending_human"),
                        const QString &agent = {}, qint64 createdAt = kT0,
                        std::optional<qint64> closedAt = std::nullopt)
    {
        const QString key = QString::number(++m_contacts);
        db.connection()
            .prepare("INSERT INTO contacts (phone_number_id, contact_key, wa_id, created_at, "
                     "updated_at) VALUES (?, ?, ?, 0, 0)")
            .bind(1, kBusiness)
            .bind(2, key)
            .bind(3, key)
            .exec();
        const qint64 contact = db.connection().lastInsertId();
        db.connection()
            .prepare("INSERT INTO conversations (phone_number_id, contact_id, owner, "
                     "assigned_agent, created_at, updated_at, closed_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, kBusiness)
            .bind(2, contact)
            .bind(3, owner)
            .bindOptional(4, agent)
            .bind(5, createdAt)
            .bind(6, createdAt)
            .bindOptional(7, closedAt)
            .exec();
        return db.connection().lastInsertId();
    }

    qint64 inbound(qint64 receivedAt)
    {
        const QString wamid = QStringLiteral("wamid.%1").arg(++m_messages);
        db.connection()
            .prepare("INSERT INTO inbound_messages (phone_number_id, wamid, sender_key, type, "
                     "wa_timestamp, received_at, raw_json) VALUES (?, ?, 'k', 'text', ?, ?, '{}')")
            .bind(1, kBusiness)
            .bind(2, wamid)
            .bind(3, receivedAt / 1000)
            .bind(4, receivedAt)
            .exec();
        return db.connection().lastInsertId();
    }

    qint64 turn(qint64 conversationId, qint64 firstInbound, const QString &route, qint64 at)
    {
        db.connection()
            .prepare("INSERT INTO turns (conversation_id, first_inbound_id, message_count, route, "
                     "created_at) VALUES (?, ?, 1, ?, ?)")
            .bind(1, conversationId)
            .bind(2, firstInbound)
            .bind(3, route)
            .bind(4, at)
            .exec();
        return db.connection().lastInsertId();
    }

    void outbox(qint64 conversationId, const QString &author, qint64 at,
                const QString &kind = QStringLiteral("text"),
                const QString &status = QStringLiteral("sent"))
    {
        db.connection()
            .prepare(
                "INSERT INTO outbox (phone_number_id, conversation_id, recipient, kind, "
                "purpose, author, idempotency_key, payload, status, next_attempt_at, "
                "created_at, updated_at) VALUES (?, ?, 'r', ?, 'reply', ?, ?, '{}', ?, 0, ?, ?)")
            .bind(1, kBusiness)
            .bind(2, conversationId)
            .bind(3, kind)
            .bind(4, author)
            .bind(5, QStringLiteral("key-%1").arg(++m_outbox))
            .bind(6, status)
            .bind(7, at)
            .bind(8, at)
            .exec();
    }

    void draft(qint64 conversationId, qint64 turnId, const QString &state)
    {
        db.connection()
            .prepare("INSERT INTO drafts (conversation_id, turn_id, text, state, created_at) "
                     "VALUES (?, ?, 'x', ?, 0)")
            .bind(1, conversationId)
            .bind(2, turnId)
            .bind(3, state)
            .exec();
    }

    void event(qint64 conversationId, const QString &detail, qint64 at,
               const QString &kind = QStringLiteral("owner_changed"))
    {
        db.connection()
            .prepare("INSERT INTO conversation_events (conversation_id, kind, detail, actor, "
                     "created_at) VALUES (?, ?, ?, 'bot', ?)")
            .bind(1, conversationId)
            .bind(2, kind)
            .bind(3, detail)
            .bind(4, at)
            .exec();
    }

    TestDatabase db;
    DashboardRepository dashboard{db.connection()};
    int m_contacts = 0;
    int m_messages = 0;
    int m_outbox = 0;
};

TEST_F(DashboardRepositoryTest, BucketsInboundByFifteenMinutes)
{
    inbound(kT0 + 1 * kMinute);
    inbound(kT0 + 14 * kMinute);
    inbound(kT0 + 15 * kMinute);
    inbound(kT0 + 100 * kMinute);
    inbound(kT0 - 1);             // before the range
    inbound(kT0 + 200 * kMinute); // at the range's end: excluded
    const auto buckets = dashboard.inboundBuckets(kT0, kT0 + 200 * kMinute);
    ASSERT_EQ(buckets.size(), 3);
    EXPECT_EQ(buckets.at(0).at, kT0);
    EXPECT_EQ(buckets.at(0).count, 2);
    EXPECT_EQ(buckets.at(1).at, kT0 + kBucket);
    EXPECT_EQ(buckets.at(1).count, 1);
    EXPECT_EQ(buckets.at(2).at, kT0 + 6 * kBucket);
    EXPECT_EQ(buckets.at(2).count, 1);
}

TEST_F(DashboardRepositoryTest, OutboundLeavesOutReceiptsAndRefusals)
{
    const qint64 c = conversation();
    outbox(c, QStringLiteral("bot"), kT0 + kMinute);
    outbox(c, QStringLiteral("agent:luca"), kT0 + 2 * kMinute, QStringLiteral("template"),
           QStringLiteral("delivered"));
    outbox(c, QStringLiteral("bot"), kT0 + 3 * kMinute, QStringLiteral("mark_read"));
    outbox(c, QStringLiteral("bot"), kT0 + 4 * kMinute, QStringLiteral("text"),
           QStringLiteral("refused"));
    outbox(c, QStringLiteral("bot"), kT0 + 5 * kMinute, QStringLiteral("text"),
           QStringLiteral("needs_template"));
    const auto buckets = dashboard.outboundBuckets(kT0, kT0 + kBucket);
    ASSERT_EQ(buckets.size(), 1);
    EXPECT_EQ(buckets.at(0).count, 2);
}

TEST_F(DashboardRepositoryTest, ClassifiesTurnsByWhoHandledThem)
{
    const qint64 c = conversation();
    turn(c, inbound(kT0), QStringLiteral("human"), kT0 + 1);
    turn(c, inbound(kT0), QStringLiteral("opt_in+human"), kT0 + 2);
    turn(c, inbound(kT0), QStringLiteral("opt_out"), kT0 + 3);
    turn(c, inbound(kT0), QStringLiteral("bot"), kT0 + 4);
    const qint64 reviewed = turn(c, inbound(kT0), QStringLiteral("human"), kT0 + 5);
    draft(c, reviewed, QStringLiteral("edited"));
    const qint64 rejected = turn(c, inbound(kT0), QStringLiteral("human"), kT0 + 6);
    draft(c, rejected, QStringLiteral("rejected"));
    turn(c, inbound(kT0), QStringLiteral("human"), kT0 + kBucket * 100); // outside

    QHash<QString, qint64> counts;
    for (const auto &row : dashboard.turnsByHandling(kT0, kT0 + kBucket))
        counts.insert(row.key, row.count);
    EXPECT_EQ(counts.value(QStringLiteral("human")), 3);
    EXPECT_EQ(counts.value(QStringLiteral("auto")), 2);
    EXPECT_EQ(counts.value(QStringLiteral("reviewed")), 1);
    EXPECT_EQ(counts.size(), 3);
}

TEST_F(DashboardRepositoryTest, FirstResponseIsTheFirstAgentMessageAfterTheTurn)
{
    const qint64 a = conversation();
    const qint64 b = conversation();
    const qint64 c = conversation();
    // a: the bot answers first, an agent 5 minutes later, another agent message after that.
    turn(a, inbound(kT0), QStringLiteral("human"), kT0 + 100);
    outbox(a, QStringLiteral("bot"), kT0 + kMinute);
    outbox(a, QStringLiteral("agent:luca"), kT0 + 5 * kMinute, QStringLiteral("mark_read"));
    outbox(a, QStringLiteral("agent:luca"), kT0 + 6 * kMinute);
    outbox(a, QStringLiteral("agent:anna"), kT0 + 9 * kMinute);
    // b: an agent message from before the turn does not answer it.
    outbox(b, QStringLiteral("agent:luca"), kT0 + 10 * kMinute);
    turn(b, inbound(kT0 + 20 * kMinute), QStringLiteral("human"), kT0 + 20 * kMinute + 100);
    outbox(b, QStringLiteral("agent:luca"), kT0 + 22 * kMinute);
    // c: never answered; an opt-out turn is not a human turn.
    turn(c, inbound(kT0 + kMinute), QStringLiteral("human"), kT0 + kMinute + 100);
    turn(a, inbound(kT0 + 2 * kMinute), QStringLiteral("opt_out"), kT0 + 2 * kMinute + 100);

    const auto times = dashboard.firstResponseTimes(kT0, kT0 + kBucket * 4);
    ASSERT_EQ(times.size(), 2);
    EXPECT_EQ(times.at(0), 2 * kMinute);
    EXPECT_EQ(times.at(1), 6 * kMinute);
}

TEST_F(DashboardRepositoryTest, ResolutionIsFromCreationToClosing)
{
    conversation(QStringLiteral("closed"), {}, kT0, kT0 + 30 * kMinute);
    conversation(QStringLiteral("closed"), {}, kT0 - 10 * kMinute, kT0 + 50 * kMinute);
    conversation(QStringLiteral("closed"), {}, kT0 - 100 * kMinute, kT0 - 1); // closed before
    conversation(QStringLiteral("human"), QStringLiteral("luca"));            // still open
    const auto times = dashboard.resolutionTimes(kT0, kT0 + kBucket * 8);
    ASSERT_EQ(times.size(), 2);
    EXPECT_EQ(times.at(0), 30 * kMinute);
    EXPECT_EQ(times.at(1), 60 * kMinute);
}

TEST_F(DashboardRepositoryTest, CountsEscalationsByReason)
{
    const qint64 c = conversation();
    event(c, QStringLiteral("bot -> pending_human: no automated answer available"), kT0 + 1);
    event(c, QStringLiteral("closed -> pending_human: no automated answer available"), kT0 + 2);
    event(c, QStringLiteral("bot -> pending_human: complaint"), kT0 + 3);
    event(c, QStringLiteral("pending_human -> human: taken over by luca"), kT0 + 4);
    event(c, QStringLiteral("bot -> pending_human"), kT0 + 5);
    event(c, QStringLiteral("bot -> pending_human: complaint"), kT0 + kBucket * 10); // outside
    event(c, QStringLiteral("bot -> pending_human: x"), kT0 + 6, QStringLiteral("note"));
    const auto reasons = dashboard.escalationsByReason(kT0, kT0 + kBucket);
    ASSERT_EQ(reasons.size(), 3);
    EXPECT_EQ(reasons.at(0).key, QStringLiteral("no automated answer available"));
    EXPECT_EQ(reasons.at(0).count, 2);
    EXPECT_EQ(reasons.at(1).key, QString());
    EXPECT_EQ(reasons.at(1).count, 1);
    EXPECT_EQ(reasons.at(2).key, QStringLiteral("complaint"));
    EXPECT_EQ(reasons.at(2).count, 1);
}

TEST_F(DashboardRepositoryTest, CountsOpenConversationsPerAgent)
{
    conversation(QStringLiteral("human"), QStringLiteral("luca"));
    conversation(QStringLiteral("human"), QStringLiteral("luca"));
    conversation(QStringLiteral("pending_human"), QStringLiteral("anna"));
    conversation(QStringLiteral("closed"), QStringLiteral("anna"), kT0, kT0 + 1);
    conversation(QStringLiteral("pending_human"));
    const auto perAgent = dashboard.openPerAgent();
    ASSERT_EQ(perAgent.size(), 2);
    EXPECT_EQ(perAgent.at(0).key, QStringLiteral("luca"));
    EXPECT_EQ(perAgent.at(0).count, 2);
    EXPECT_EQ(perAgent.at(1).key, QStringLiteral("anna"));
    EXPECT_EQ(perAgent.at(1).count, 1);
}

} // namespace
} // namespace sportello::storage
