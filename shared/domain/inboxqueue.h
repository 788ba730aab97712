// SPDX-License-Identifier: MIT
// Sportello: the queues the console's inbox shows.
#pragma once

#include <optional>

#include <QString>

namespace sportello {

// See shared/protocol/PROTOCOL.md ("QueueName") for what puts a conversation in each queue.
enum class InboxQueue
{
    NeedsReview,
    Escalated,
    Mine,
    Open,
    Closed,
};

QString toString(InboxQueue queue);
std::optional<InboxQueue> inboxQueueFromString(const QString &text);

} // namespace sportello
