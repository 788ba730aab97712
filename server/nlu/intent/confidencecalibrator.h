// SPDX-License-Identifier: LicenseRef-Sportello
// Turns raw intent scores into trustworthy confidences and picks the out-of-scope threshold.
#pragma once

#include <vector>

namespace sportello::nlu {

// Both decisions are made on out-of-fold predictions (each training example scored by a
// model that never saw it), the only honest sample of how the model behaves on new messages.
class ConfidenceCalibrator
{
public:
    // Temperature T minimising the negative log-likelihood of softmax(logits / T) (temperature
    // scaling, Guo et al. 2017): one parameter, so it cannot change which intent wins, only how
    // sure the model claims to be. logits: rows x classes, row-major; gold[i] in [0, classes).
    static double fitTemperature(const std::vector<float> &logits, const std::vector<int> &gold,
                                 int classes);

    // softmax(logits / temperature) into out (classes values).
    static void softmax(const float *logits, int classes, double temperature, double *out);

    // The confidence under which a prediction is better refused than acted on. Every
    // out-of-fold prediction is either one to accept (right label, in scope) or one to refuse
    // (wrong label, which is what an out-of-scope message gets unless it is labelled as such);
    // the threshold maximises Youden's J = P(accepted | right) - P(accepted | wrong), weighing
    // the two kinds of error equally because a confident wrong answer costs the business more
    // than a hand-over. Falls back to fallback when either kind is missing.
    static double chooseThreshold(const std::vector<double> &confidence,
                                  const std::vector<bool> &right, double fallback);
};

} // namespace sportello::nlu
