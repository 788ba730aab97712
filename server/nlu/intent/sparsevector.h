// SPDX-License-Identifier: LicenseRef-Sportello
// One message as sparse features: parallel arrays of feature indices and their values.
#pragma once

#include <cstdint>
#include <vector>

namespace sportello::nlu {

struct SparseVector
{
    std::vector<std::int32_t> index;
    std::vector<float> value;

    std::size_t size() const { return index.size(); }
};

} // namespace sportello::nlu
