// SPDX-License-Identifier: LicenseRef-Sportello
// Finds a business's knowledge-base chunks for a query by cosine similarity of embeddings.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "knowledge/retrievalrequest.h"
#include "knowledge/retrievedchunk.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::knowledge {

class IEmbedder;
class VectorIndex;

// The index holds one business's chunk vectors (request.phoneNumberId's) from the embedder's
// model; the other filters (language, validity date, document type) are applied to the
// nearest candidates read back from the database, widening the search until topK pass or the
// index is exhausted. Belongs to the thread of its connection; the index may be shared.
class DenseRetriever
{
public:
    DenseRetriever(storage::SqlConnection &connection, IEmbedder &embedder,
                   const VectorIndex &index);

    // Best first (score = cosine), at most request.topK. nullopt with *error when the query
    // cannot be embedded (provider down, timeout): callers fall back to lexical retrieval.
    std::optional<QList<RetrievedChunk>> retrieve(const RetrievalRequest &request,
                                                  QString *error);
    // With the query already embedded (hybrid embeds once; eval times the two apart).
    QList<RetrievedChunk> retrieve(const RetrievalRequest &request,
                                   const QList<float> &queryVector);

private:
    storage::SqlConnection &m_connection;
    IEmbedder &m_embedder;
    const VectorIndex &m_index;
};

} // namespace sportello::knowledge
