// SPDX-License-Identifier: LicenseRef-Sportello
// Rows of sparse feature vectors (compressed rows) that the intent trainer optimises over.
#pragma once

#include <cstdint>
#include <vector>

#include "nlu/intent/sparsevector.h"

namespace sportello::nlu {

struct SparseMatrix
{
    int columns = 0;
    std::vector<std::int64_t> rowStart{0}; // row r spans [rowStart[r], rowStart[r + 1])
    std::vector<std::int32_t> index;
    std::vector<float> value;

    int rows() const { return static_cast<int>(rowStart.size()) - 1; }

    void appendRow(const SparseVector &row)
    {
        index.insert(index.end(), row.index.begin(), row.index.end());
        value.insert(value.end(), row.value.begin(), row.value.end());
        rowStart.push_back(static_cast<std::int64_t>(index.size()));
    }
};

} // namespace sportello::nlu
