// SPDX-License-Identifier: LicenseRef-Sportello
// A shuffle that gives the same order for the same seed on every platform and library.
#pragma once

#include <random>
#include <utility>
#include <vector>

namespace sportello::nlu {

// std::shuffle and std::uniform_int_distribution are implementation-defined; std::mt19937's
// output is not. Fisher-Yates over its raw output keeps "--shots 10 --seed 42" and the
// calibration folds identical across compilers (the modulo bias is irrelevant here).
template <typename T>
void seededShuffle(std::vector<T> *items, std::mt19937 *rng)
{
    for (std::size_t i = items->size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>((*rng)()) % i;
        std::swap((*items)[i - 1], (*items)[j]);
    }
}

} // namespace sportello::nlu
