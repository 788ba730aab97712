// SPDX-License-Identifier: LicenseRef-Sportello
// The server's metrics, by name, and their rendering for GET /metrics.
#pragma once

#include "metrics/counter.h"
#include "metrics/gauge.h"
#include "metrics/histogram.h"

namespace sportello::metrics {

// Values read from the database at scrape time.
struct DatabaseGauges
{
    qint64 inboundStored = 0;
    qint64 inboundPending = 0;
    qint64 outboundStored = 0;
    qint64 outboundQueued = 0;
    qint64 deadLetters = 0;
    qint64 contactsOptedOut = 0;
    qint64 conversationsBot = 0;
    qint64 conversationsPendingHuman = 0;
    qint64 conversationsHuman = 0;
    qint64 conversationsClosed = 0;
};

// Thread-safe; one instance per server, handed to each component that reports.
class ServerMetrics
{
public:
    ServerMetrics();

    Counter webhookRequests;   // {result}
    Counter inboundMessages;   // stored for the first time
    Counter inboundDuplicates; // redeliveries acknowledged without storing
    Counter statusEvents;      // {status}
    Counter outboundMessages;  // {status}: transitions into each status
    Counter graphRequests;     // {result}
    Counter turnsProcessed;    // {route}
    Histogram webhookAckSeconds;
    Gauge queueDepth;       // {queue}
    Gauge agentConnections; // open console WebSockets
    Counter agentEvents;    // {type}: events the agent hub numbered and pushed

    QByteArray render(const DatabaseGauges &database) const;
};

} // namespace sportello::metrics
