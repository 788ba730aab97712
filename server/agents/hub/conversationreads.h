// SPDX-License-Identifier: LicenseRef-Sportello
// The console's reads (PROTOCOL.md, "Reading"): lists, threads, templates.
#pragma once

#include "agents/hub/workcontext.h"
#include "agents/hub/workresult.h"
#include "protocol/envelope.h"

namespace sportello::agents {

// Run on the hub's worker thread. conversation.open also marks the conversation read, so it
// runs in a write transaction like the actions (without their idempotency: opening twice is
// harmless).
class ConversationReads
{
public:
    static constexpr int kOpenEntries = 100;

    static WorkResult list(WorkContext &context, const protocol::Envelope &request);
    static WorkResult open(WorkContext &context, const protocol::Envelope &request);
    static WorkResult history(WorkContext &context, const protocol::Envelope &request);
    static WorkResult templates(WorkContext &context, const protocol::Envelope &request);
};

} // namespace sportello::agents
