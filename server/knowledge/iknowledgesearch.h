// SPDX-License-Identifier: LicenseRef-Sportello
// What the pipeline and the agent hub ask the knowledge base: chunks for a query.
#pragma once

#include <QList>

#include "knowledge/retrievalrequest.h"
#include "knowledge/retrievedchunk.h"

namespace sportello::knowledge {

// Implemented by the server's knowledge base with the business's configured mode (BM25,
// dense or hybrid), top_k and min_score. Safe to call from any worker thread at once; each
// call reads the database on a connection of its own thread. Never throws: a failure is
// logged and yields an empty list, so a turn goes on to a human instead of failing.
class IKnowledgeSearch
{
public:
    virtual ~IKnowledgeSearch() = default;
    // request.topK <= 0: the business's configured top_k.
    virtual QList<RetrievedChunk> search(const RetrievalRequest &request) const = 0;
};

} // namespace sportello::knowledge
