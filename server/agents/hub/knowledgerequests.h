// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' knowledge base: documents, chunks, uploads, removal and trial searches.
#pragma once

#include "agents/hub/workcontext.h"
#include "agents/hub/workresult.h"
#include "protocol/envelope.h"

namespace sportello::agents {

// Thin: the knowledge base (WorkContext::knowledge) holds the rules. These run on the hub's
// knowledge pool, outside any transaction of the hub's, because the knowledge base commits
// its own (one per document) and an import parses and embeds for seconds, which must hold
// neither the hub's worker nor a write transaction. upload and remove reply with the document
// and add knowledge.changed (the business's documents after the change) to the result.
class KnowledgeRequests
{
public:
    static WorkResult list(WorkContext &context, const protocol::Envelope &request);
    static WorkResult chunks(WorkContext &context, const protocol::Envelope &request);
    static WorkResult upload(WorkContext &context, const protocol::Envelope &request);
    static WorkResult remove(WorkContext &context, const protocol::Envelope &request);
    static WorkResult search(WorkContext &context, const protocol::Envelope &request);
};

} // namespace sportello::agents
