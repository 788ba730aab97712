// SPDX-License-Identifier: LicenseRef-Sportello
// L2-regularised multinomial logistic regression trained with L-BFGS.
#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include "nlu/intent/halfweights.h"
#include "nlu/intent/softmaxweights.h"
#include "nlu/intent/sparsematrix.h"
#include "nlu/intent/sparsevector.h"

namespace sportello::nlu {

// Minimises sum_i cross-entropy(x_i, y_i) + |W|^2 / (2c): the objective scikit-learn's
// LogisticRegression(C=c) minimises, so figures measured there carry over. Full-batch
// L-BFGS is deterministic, so the same data and options give the same model.
class SoftmaxRegression
{
public:
    struct Options
    {
        double c = 10.0;
        int maxIterations = 300;
        // Stop when no gradient component exceeds tolerance * rows / c, a per-row scale that
        // means the same for ten examples and for ten thousand...
        double tolerance = 1e-4;
        // ...or when an iteration lowers the objective by less than this share of it.
        double relativeTolerance = 1e-6;
        int history = 5;
        // Rows are split into this many slices, each summed on its own thread; the model
        // depends on the number (float sums are order-dependent), never on the machine.
        int threads = 2;
        const std::atomic<bool> *cancel = nullptr;
        // Called after each iteration with its number; may be empty.
        std::function<void(int iteration)> iterationDone;
    };

    // labels[i] in [0, classes). nullopt when cancelled.
    static std::optional<SoftmaxWeights> train(const SparseMatrix &x,
                                               const std::vector<int> &labels, int classes,
                                               const Options &options);

    // Raw class scores (logits) of one sparse row into out (model.stride floats).
    static void scores(const SoftmaxWeights &model, const SparseVector &row, float *out);
    static void scores(const HalfWeights &model, const SparseVector &row, float *out);

    // Weights rounded to half floats (exactly what the model file stores).
    static HalfWeights toHalf(const SoftmaxWeights &model);

    // The padded row length for this many classes.
    static int strideFor(int classes);
};

} // namespace sportello::nlu
