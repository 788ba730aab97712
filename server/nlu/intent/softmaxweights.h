// SPDX-License-Identifier: LicenseRef-Sportello
// The parameters of a multinomial logistic regression over sparse features.
#pragma once

#include <vector>

namespace sportello::nlu {

struct SoftmaxWeights
{
    int features = 0;
    int classes = 0;
    // Classes rounded up to whole vector registers; lanes past `classes` are zero.
    int stride = 0;
    // Feature-major: the weights of feature f start at f * stride, so scoring a sparse
    // message reads one contiguous row per feature.
    std::vector<float> weights;
    std::vector<float> bias; // `stride` values, one per class, not regularised
    int iterations = 0;      // optimiser iterations used
    bool converged = false;
};

} // namespace sportello::nlu
