// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' intents: catalog, add and remove examples (PROTOCOL.md, "Administering").
#pragma once

#include "agents/hub/workcontext.h"
#include "agents/hub/workresult.h"
#include "protocol/envelope.h"

namespace sportello::agents {

// Thin like AdminRequests: IntentService holds the rules. A change is only marked
// (WorkResult::intentsChanged): retraining reads the examples on another thread, so it must
// wait until this request's transaction has committed, which is the hub's to know.
// Runs on the hub's worker thread, in the request's transaction.
class IntentRequests
{
public:
    static WorkResult catalog(WorkContext &context, const protocol::Envelope &request);
    static WorkResult add(WorkContext &context, const protocol::Envelope &request);
    static WorkResult remove(WorkContext &context, const protocol::Envelope &request);
};

} // namespace sportello::agents
