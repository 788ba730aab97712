// SPDX-License-Identifier: MIT
// Sportello: the life of an outgoing message.
#pragma once

#include <optional>

#include <QString>

namespace sportello {

// Local states (Queued, Sending, NeedsTemplate, Refused) are ours; the rest mirror Meta's
// status webhooks. Remote states carry a rank so that late or repeated webhooks never move a
// message backwards (a "sent" that arrives after "read" leaves it read).
enum class DeliveryStatus
{
    Queued,        // waiting in the outbox
    Sending,       // handed to the Graph API, no answer yet
    Accepted,      // the Graph API answered 200 with a wamid
    Sent,          // status webhook: sent
    Failed,        // refused by Meta (4xx without retry) or a failed status webhook
    Delivered,     // status webhook: delivered
    Read,          // status webhook: read
    Played,        // status webhook: played (voice messages)
    NeedsTemplate, // free-form outside the 24h window, or Meta answered 131047
    Refused,       // stopped by the local gate (opt-out, bad template parameters)
};

QString toString(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromString(const QString &text);

// Order in which remote updates may advance a message; local states rank 0.
int deliveryRank(DeliveryStatus status);

// True for states no update can leave (besides rank-raising remote statuses).
bool isFinalLocalState(DeliveryStatus status);

} // namespace sportello
