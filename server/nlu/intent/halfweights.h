// SPDX-License-Identifier: LicenseRef-Sportello
// A trained softmax regression as the model keeps it for scoring: weights in half floats.
#pragma once

#include <cstdint>
#include <vector>

namespace sportello::nlu {

// Half floats halve the memory a message's scoring reads at random (a row per n-gram), which
// is what bounds latency on a large model; the precision lost is far below what changes a
// decision. Same layout as SoftmaxWeights: feature-major rows of `stride` values.
struct HalfWeights
{
    int features = 0;
    int classes = 0;
    int stride = 0;
    std::vector<std::uint16_t> weights; // IEEE 754 binary16 bit patterns, native byte order
    std::vector<float> bias;            // `stride` values
};

} // namespace sportello::nlu
