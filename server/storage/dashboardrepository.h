// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the manager dashboard: raw counts and durations over a time range.
#pragma once

#include <QList>

#include "storage/keycount.h"
#include "storage/timecount.h"

namespace sportello::storage {

class SqlConnection;

// Ranges are [from, to) in ms since the epoch. Time buckets are 15 minutes of UTC, the
// granularity of every time zone's offset, so the caller can place each bucket in the
// business's local day and hour exactly without SQL knowing about time zones. Medians and
// percentiles are the caller's too (SQLite has no percentile function).
class DashboardRepository
{
public:
    static constexpr qint64 kBucketMs = 15 * 60 * 1000;

    explicit DashboardRepository(SqlConnection &connection);

    // Customer messages by when they were received.
    QList<TimeCount> inboundBuckets(qint64 from, qint64 to);
    // Messages sent to customers (not read receipts, not those the gate refused).
    QList<TimeCount> outboundBuckets(qint64 from, qint64 to);
    // Turns by who answered them: "auto" (the assistant), "reviewed" (a draft an agent
    // approved or edited), "human" (routed to an agent).
    QList<KeyCount> turnsByHandling(qint64 from, qint64 to);
    // For each turn routed to a human: from its first customer message to the first message
    // an agent sent in that conversation afterwards. Unanswered turns are left out.
    QList<qint64> firstResponseTimes(qint64 from, qint64 to);
    // For each conversation closed in the range: from its creation to its closing.
    QList<qint64> resolutionTimes(qint64 from, qint64 to);
    // Handovers to the human queue in the range, by the reason the router gave.
    QList<KeyCount> escalationsByReason(qint64 from, qint64 to);
    // Conversations not closed, per assigned agent (now, not over a range).
    QList<KeyCount> openPerAgent();

private:
    QList<TimeCount> buckets(std::string_view sql, qint64 from, qint64 to);
    QList<KeyCount> keyCounts(std::string_view sql, qint64 from, qint64 to);
    QList<qint64> durations(std::string_view sql, qint64 from, qint64 to);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
