// SPDX-License-Identifier: LicenseRef-Sportello
// One chunk found by a lexical search, with its score.
#pragma once

#include "storage/retrievablechunk.h"

namespace sportello::storage {

struct LexicalHit
{
    RetrievableChunk chunk;
    double score = 0.0; // BM25, higher is better; comparable within one search only
};

} // namespace sportello::storage
