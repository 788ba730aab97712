// SPDX-License-Identifier: MIT
// Sportello: the life of an outgoing message.
#include "domain/deliverystatus.h"

#include <array>

namespace sportello {

namespace {
constexpr std::array kAll{DeliveryStatus::Queued,        DeliveryStatus::Sending,
                          DeliveryStatus::Accepted,      DeliveryStatus::Sent,
                          DeliveryStatus::Failed,        DeliveryStatus::Delivered,
                          DeliveryStatus::Read,          DeliveryStatus::Played,
                          DeliveryStatus::NeedsTemplate, DeliveryStatus::Refused};
}

QString toString(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Queued:
        return QStringLiteral("queued");
    case DeliveryStatus::Sending:
        return QStringLiteral("sending");
    case DeliveryStatus::Accepted:
        return QStringLiteral("accepted");
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Read:
        return QStringLiteral("read");
    case DeliveryStatus::Played:
        return QStringLiteral("played");
    case DeliveryStatus::NeedsTemplate:
        return QStringLiteral("needs_template");
    case DeliveryStatus::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("queued");
}

std::optional<DeliveryStatus> deliveryStatusFromString(const QString &text)
{
    for (auto status : kAll) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

int deliveryRank(DeliveryStatus status)
{
    // "failed" ranks above "sent" (a message can fail after Meta sent it) but below
    // "delivered": once the customer's phone has it, a stray failure does not undo that.
    switch (status) {
    case DeliveryStatus::Accepted:
        return 1;
    case DeliveryStatus::Sent:
        return 2;
    case DeliveryStatus::Failed:
        return 3;
    case DeliveryStatus::Delivered:
        return 4;
    case DeliveryStatus::Read:
        return 5;
    case DeliveryStatus::Played:
        return 6;
    default:
        return 0;
    }
}

bool isFinalLocalState(DeliveryStatus status)
{
    return status == DeliveryStatus::NeedsTemplate || status == DeliveryStatus::Refused;
}

} // namespace sportello
