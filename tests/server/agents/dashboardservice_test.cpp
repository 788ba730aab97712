// SPDX-License-Identifier: LicenseRef-Sportello
// DashboardService against a real database: local days and hours, percentiles, breakdowns.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QTimeZone>

#include "agents/services/dashboardservice.h"
#include "storage/sqlconnection.h"
#include "support/testdatabase.h"

namespace sportello::agents {
namespace {

constexpr qint64 kMinute = 60 * 1000;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

class DashboardServiceTest : public ::testing::Test
{
protected:
    qint64 conversation(const QString &owner, const QString &agent, qint64 createdAt,
                        std::optional<qint64> closedAt = std::nullopt)
    {
        const QString key = QString::number(++m_rows);
        db.connection()
            .prepare("INSERT INTO contacts (phone_number_id, contact_key, created_at, updated_at) "
                     "VALUES ('p', ?, 0, 0)")
            .bind(1, key)
            .exec();
        db.connection()
            .prepare("INSERT INTO conversations (phone_number_id, contact_id, owner, "
                     "assigned_agent, created_at, updated_at, closed_at) "
                     "VALUES ('p', ?, ?, ?, ?, ?, ?)")
            .bind(1, db.connection().lastInsertId())
            .bind(2, owner)
            .bindOptional(3, agent)
            .bind(4, createdAt)
            .bind(5, createdAt)
            .bindOptional(6, closedAt)
            .exec();
        return db.connection().lastInsertId();
    }

    qint64 inbound(qint64 receivedAt)
    {
        db.connection()
            .prepare("INSERT INTO inbound_messages (phone_number_id, wamid, sender_key, type, "
                     "wa_timestamp, received_at, raw_json) VALUES ('p', ?, 'k', 'text', 0, ?, "
                     "'{}')")
            .bind(1, QStringLiteral("w%1").arg(++m_rows))
            .bind(2, receivedAt)
            .exec();
        return db.connection().lastInsertId();
    }

    void turn(qint64 conversationId, qint64 firstInbound, const QString &route, qint64 at)
    {
        db.connection()
            .prepare("INSERT INTO turns (conversation_id, first_inbound_id, message_count, route, "
                     "created_at) VALUES (?, ?, 1, ?, ?)")
            .bind(1, conversationId)
            .bind(2, firstInbound)
            .bind(3, route)
            .bind(4, at)
            .exec();
    }

    void outbox(qint64 conversationId, const QString &author, qint64 at)
    {
        db.connection()
            .prepare("INSERT INTO outbox (phone_number_id, conversation_id, recipient, kind, "
                     "purpose, author, idempotency_key, payload, status, next_attempt_at, "
                     "created_at, updated_at) VALUES ('p', ?, 'r', 'text', 'reply', ?, ?, '{}', "
                     "'sent', 0, ?, ?)")
            .bind(1, conversationId)
            .bind(2, author)
            .bind(3, QStringLiteral("k%1").arg(++m_rows))
            .bind(4, at)
            .bind(5, at)
            .exec();
    }

    void escalation(qint64 conversationId, const QString &reason, qint64 at)
    {
        db.connection()
            .prepare("INSERT INTO conversation_events (conversation_id, kind, detail, actor, "
                     "created_at) VALUES (?, 'owner_changed', ?, 'bot', ?)")
            .bind(1, conversationId)
            .bind(2, QStringLiteral("bot -> pending_human: ") + reason)
            .bind(3, at)
            .exec();
    }

    test::TestDatabase db;
    DashboardService dashboard{db.connection()};
    int m_rows = 0;
};

TEST(DashboardServicePercentile, InterpolatesBetweenRanks)
{
    EXPECT_EQ(DashboardService::percentile({}, 0.5), 0);
    EXPECT_EQ(DashboardService::percentile({42}, 0.5), 42);
    EXPECT_EQ(DashboardService::percentile({42}, 0.95), 42);
    EXPECT_EQ(DashboardService::percentile({10, 20, 30}, 0.5), 20);
    EXPECT_EQ(DashboardService::percentile({10, 20, 30, 40}, 0.5), 25);
    QList<qint64> hundred;
    for (qint64 i = 1; i <= 100; ++i)
        hundred.append(i * 1000);
    EXPECT_EQ(DashboardService::percentile(hundred, 0.5), 50500);
    EXPECT_EQ(DashboardService::percentile(hundred, 0.95), 95050);
    EXPECT_EQ(DashboardService::percentile(hundred, 0.0), 1000);
    EXPECT_EQ(DashboardService::percentile(hundred, 1.0), 100000);
}

TEST_F(DashboardServiceTest, CountsByLocalDayAndHour)
{
    // New York is UTC-4 in June. Three local days: 1, 2 and 3 June up to 08:00 local.
    const qint64 now = utc("2024-06-03T12:00:00Z");
    inbound(utc("2024-06-01T03:00:00Z")); // 31 May, 23:00 local: before the period
    inbound(utc("2024-06-01T04:00:00Z")); // 1 June, 00:00 local
    inbound(utc("2024-06-02T03:30:00Z")); // 1 June, 23:30 local
    inbound(utc("2024-06-03T11:00:00Z")); // 3 June, 07:00 local
    inbound(utc("2024-06-03T11:14:00Z")); // 3 June, 07:14 local
    inbound(utc("2024-06-03T12:30:00Z")); // after now
    const qint64 c = conversation(QStringLiteral("human"), QStringLiteral("luca"), 0);
    outbox(c, QStringLiteral("agent:luca"), utc("2024-06-02T15:00:00Z"));

    const auto data = dashboard.compute(3, QStringLiteral("America/New_York"), now);
    EXPECT_EQ(data.days, 3);
    ASSERT_EQ(data.volumePerDay.size(), 3);
    EXPECT_EQ(data.volumePerDay.at(0).date, QStringLiteral("2024-06-01"));
    EXPECT_EQ(data.volumePerDay.at(0).inbound, 2);
    EXPECT_EQ(data.volumePerDay.at(1).date, QStringLiteral("2024-06-02"));
    EXPECT_EQ(data.volumePerDay.at(1).inbound, 0);
    EXPECT_EQ(data.volumePerDay.at(1).outbound, 1);
    EXPECT_EQ(data.volumePerDay.at(2).date, QStringLiteral("2024-06-03"));
    EXPECT_EQ(data.volumePerDay.at(2).inbound, 2);
    ASSERT_EQ(data.volumePerHour.size(), 24);
    EXPECT_EQ(data.volumePerHour.at(0), 1);
    EXPECT_EQ(data.volumePerHour.at(23), 1);
    EXPECT_EQ(data.volumePerHour.at(7), 2);
    int total = 0;
    for (int count : data.volumePerHour)
        total += count;
    EXPECT_EQ(total, 4);
    EXPECT_FALSE(data.llmCost.has_value());
}

TEST_F(DashboardServiceTest, QuarterHourOffsetsLandInTheRightHour)
{
    // Kathmandu is UTC+05:45: 00:10Z is 05:55 local, 00:20Z is 06:05 local.
    inbound(utc("2024-06-03T00:10:00Z"));
    inbound(utc("2024-06-03T00:20:00Z"));
    const auto data =
        dashboard.compute(1, QStringLiteral("Asia/Kathmandu"), utc("2024-06-03T10:00:00Z"));
    EXPECT_EQ(data.volumePerHour.at(5), 1);
    EXPECT_EQ(data.volumePerHour.at(6), 1);
    ASSERT_EQ(data.volumePerDay.size(), 1);
    EXPECT_EQ(data.volumePerDay.at(0).date, QStringLiteral("2024-06-03"));
    EXPECT_EQ(data.volumePerDay.at(0).inbound, 2);
}

TEST_F(DashboardServiceTest, AnUnknownTimeZoneCountsInUtc)
{
    inbound(utc("2024-06-03T23:30:00Z"));
    const auto data =
        dashboard.compute(1, QStringLiteral("Nowhere/Special"), utc("2024-06-03T23:59:00Z"));
    EXPECT_EQ(data.volumePerHour.at(23), 1);
    EXPECT_EQ(data.volumePerDay.at(0).date, QStringLiteral("2024-06-03"));
}

TEST_F(DashboardServiceTest, SummarisesTurnsTimesEscalationsAndAgents)
{
    const qint64 now = utc("2024-06-10T12:00:00Z");
    const qint64 t0 = utc("2024-06-10T08:00:00Z");
    const qint64 a = conversation(QStringLiteral("human"), QStringLiteral("luca"), t0);
    const qint64 b = conversation(QStringLiteral("human"), QStringLiteral("anna"), t0);
    const qint64 c = conversation(QStringLiteral("human"), QStringLiteral("luca"), t0);
    conversation(QStringLiteral("closed"), {}, t0 - 60 * kMinute, t0);
    conversation(QStringLiteral("closed"), {}, t0 - 180 * kMinute, t0 + kMinute);

    turn(a, inbound(t0), QStringLiteral("human"), t0 + 1);
    outbox(a, QStringLiteral("agent:luca"), t0 + 2 * kMinute);
    turn(b, inbound(t0), QStringLiteral("human"), t0 + 1);
    outbox(b, QStringLiteral("agent:anna"), t0 + 4 * kMinute);
    turn(c, inbound(t0), QStringLiteral("human"), t0 + 1);
    outbox(c, QStringLiteral("agent:luca"), t0 + 30 * kMinute);
    turn(c, inbound(t0), QStringLiteral("opt_out"), t0 + 2);

    escalation(a, QStringLiteral("no automated answer available"), t0);
    escalation(b, QStringLiteral("no automated answer available"), t0);
    escalation(c, QStringLiteral("complaint"), t0);

    const auto data = dashboard.compute(14, QStringLiteral("Europe/Rome"), now);
    EXPECT_EQ(data.turnsHuman, 3);
    EXPECT_EQ(data.turnsAuto, 1);
    EXPECT_EQ(data.turnsReviewed, 0);
    EXPECT_EQ(data.firstResponseMedianMs, 4 * kMinute);
    EXPECT_EQ(data.firstResponseP95Ms,
              DashboardService::percentile({2 * kMinute, 4 * kMinute, 30 * kMinute}, 0.95));
    EXPECT_EQ(data.resolutionMedianMs,
              DashboardService::percentile({60 * kMinute, 181 * kMinute}, 0.5));
    ASSERT_EQ(data.escalationsByReason.size(), 2);
    EXPECT_EQ(data.escalationsByReason.at(0).name, QStringLiteral("no automated answer available"));
    EXPECT_EQ(data.escalationsByReason.at(0).count, 2);
    ASSERT_EQ(data.openPerAgent.size(), 2);
    EXPECT_EQ(data.openPerAgent.at(0).name, QStringLiteral("luca"));
    EXPECT_EQ(data.openPerAgent.at(0).count, 2);
    EXPECT_EQ(data.volumePerDay.size(), 14);
    EXPECT_EQ(data.volumePerDay.last().date, QStringLiteral("2024-06-10"));
    EXPECT_EQ(data.volumePerDay.last().inbound, 4);
    EXPECT_EQ(data.volumePerDay.last().outbound, 3);
}

} // namespace
} // namespace sportello::agents
