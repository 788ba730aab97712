// SPDX-License-Identifier: LicenseRef-Sportello
// The console's actions on conversations and drafts (PROTOCOL.md, "Acting").
#pragma once

#include "agents/hub/workcontext.h"
#include "agents/hub/workresult.h"
#include "protocol/envelope.h"

namespace sportello::agents {

// Each handler runs on the hub's worker thread inside the write transaction of its request
// (the hub stores the reply in the same transaction, which makes the action idempotent by
// request id). Handlers validate the request's data, act through the storage repositories and
// the outbox gate, and return the reply with the events every console should see.
class ConversationActions
{
public:
    static WorkResult sendMessage(WorkContext &context, const protocol::Envelope &request);
    static WorkResult sendTemplate(WorkContext &context, const protocol::Envelope &request);
    static WorkResult approveDraft(WorkContext &context, const protocol::Envelope &request);
    static WorkResult editAndSendDraft(WorkContext &context, const protocol::Envelope &request);
    static WorkResult rejectDraft(WorkContext &context, const protocol::Envelope &request);
    static WorkResult takeOver(WorkContext &context, const protocol::Envelope &request);
    static WorkResult handBack(WorkContext &context, const protocol::Envelope &request);
    static WorkResult assign(WorkContext &context, const protocol::Envelope &request);
    static WorkResult addNote(WorkContext &context, const protocol::Envelope &request);
    static WorkResult label(WorkContext &context, const protocol::Envelope &request);
    static WorkResult close(WorkContext &context, const protocol::Envelope &request);
    static WorkResult reopen(WorkContext &context, const protocol::Envelope &request);

    // The outbox idempotency key of what a request sends: a replayed request (even after its
    // stored reply was purged) cannot send twice.
    static QString outboxKey(const WorkContext &context, const protocol::Envelope &request);
};

} // namespace sportello::agents
