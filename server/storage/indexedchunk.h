// SPDX-License-Identifier: LicenseRef-Sportello
// A chunk to store together with its analysed text for the lexical index.
#pragma once

#include "storage/knowledgechunk.h"
#include "storage/lexicalfields.h"

namespace sportello::storage {

struct IndexedChunk
{
    KnowledgeChunk chunk;
    LexicalFields lexical;
};

} // namespace sportello::storage
