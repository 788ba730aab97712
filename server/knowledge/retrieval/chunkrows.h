// SPDX-License-Identifier: LicenseRef-Sportello
// Stored chunk rows read back for ranked hits, as the chunks a retriever returns.
#pragma once

#include "knowledge/retrievedchunk.h"
#include "storage/retrievablechunk.h"

namespace sportello::knowledge {

class ChunkRows
{
public:
    // The row with the retriever's score: what both the lexical and the dense side return.
    static RetrievedChunk toRetrieved(const storage::RetrievableChunk &row, double score);
};

} // namespace sportello::knowledge
