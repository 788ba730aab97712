// SPDX-License-Identifier: LicenseRef-Sportello
// The one gate every outgoing message passes before the durable outbox.
#pragma once

#include "outbox/gatecontext.h"
#include "outbox/gatedecision.h"
#include "outbox/outboundrequest.h"

namespace sportello::config {
struct BusinessConfig;
}

namespace sportello::outbox {

// Pure: decides from the request and the customer's state, so bot and human replies obey
// exactly the same rules. Refusing here is cheaper than learning from Meta (131047, 132000)
// and keeps the number's quality rating clean.
class OutboxGate
{
public:
    static constexpr qint64 kWindowSeconds = 24 * 60 * 60;

    static GateDecision check(const OutboundRequest &request,
                              const config::BusinessConfig &business, const GateContext &context);
};

} // namespace sportello::outbox
