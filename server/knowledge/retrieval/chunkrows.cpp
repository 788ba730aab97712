// SPDX-License-Identifier: LicenseRef-Sportello
// Stored chunk rows read back for ranked hits, as the chunks a retriever returns.
#include "knowledge/retrieval/chunkrows.h"

namespace sportello::knowledge {

RetrievedChunk ChunkRows::toRetrieved(const storage::RetrievableChunk &row, double score)
{
    RetrievedChunk chunk;
    chunk.chunkId = row.chunkId;
    chunk.documentId = row.documentId;
    chunk.score = score;
    chunk.section = row.section;
    chunk.question = row.question;
    chunk.text = row.text;
    chunk.sourceName = row.sourceName;
    chunk.documentType = row.documentType;
    chunk.language = row.language;
    return chunk;
}

} // namespace sportello::knowledge
