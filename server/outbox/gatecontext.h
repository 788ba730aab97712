// SPDX-License-Identifier: LicenseRef-Sportello
// What the outbox gate needs to know about the customer at the moment of sending.
#pragma once

#include <optional>

#include <QtGlobal>

namespace sportello::outbox {

struct GateContext
{
    qint64 now = 0;                              // ms since epoch
    std::optional<qint64> lastCustomerTimestamp; // seconds: newest messages[].timestamp
    bool optedOut = false;
    std::optional<qint64> optedOutAt; // ms
};

} // namespace sportello::outbox
