// SPDX-License-Identifier: LicenseRef-Sportello
// Turns raw intent scores into trustworthy confidences and picks the out-of-scope threshold.
#include "nlu/intent/confidencecalibrator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sportello::nlu {

namespace {

double negativeLogLikelihood(const std::vector<float> &logits, const std::vector<int> &gold,
                             int classes, double temperature)
{
    double total = 0.0;
    for (std::size_t r = 0; r < gold.size(); ++r) {
        const float *row = logits.data() + r * static_cast<std::size_t>(classes);
        const double top = *std::max_element(row, row + classes) / temperature;
        double sum = 0.0;
        for (int c = 0; c < classes; ++c)
            sum += std::exp(row[c] / temperature - top);
        total += std::log(sum) + top - row[gold[r]] / temperature;
    }
    return total;
}

} // namespace

double ConfidenceCalibrator::fitTemperature(const std::vector<float> &logits,
                                            const std::vector<int> &gold, int classes)
{
    if (gold.empty() || classes < 2)
        return 1.0;
    // Golden-section search on log T over [1/20, 20]; the likelihood is unimodal in T.
    double lo = std::log(0.05);
    double hi = std::log(20.0);
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = hi - ratio * (hi - lo);
    double b = lo + ratio * (hi - lo);
    double fa = negativeLogLikelihood(logits, gold, classes, std::exp(a));
    double fb = negativeLogLikelihood(logits, gold, classes, std::exp(b));
    for (int i = 0; i < 60 && hi - lo > 1e-4; ++i) {
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - ratio * (hi - lo);
            fa = negativeLogLikelihood(logits, gold, classes, std::exp(a));
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + ratio * (hi - lo);
            fb = negativeLogLikelihood(logits, gold, classes, std::exp(b));
        }
    }
    return std::exp((lo + hi) / 2.0);
}

void ConfidenceCalibrator::softmax(const float *logits, int classes, double temperature,
                                   double *out)
{
    const double top = *std::max_element(logits, logits + classes) / temperature;
    double sum = 0.0;
    for (int c = 0; c < classes; ++c) {
        out[c] = std::exp(logits[c] / temperature - top);
        sum += out[c];
    }
    for (int c = 0; c < classes; ++c)
        out[c] /= sum;
}

double ConfidenceCalibrator::chooseThreshold(const std::vector<double> &confidence,
                                             const std::vector<bool> &right, double fallback)
{
    const auto rights = static_cast<double>(std::count(right.begin(), right.end(), true));
    const auto wrongs = static_cast<double>(right.size()) - rights;
    if (rights == 0.0 || wrongs == 0.0)
        return fallback;
    std::vector<std::size_t> order(confidence.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return confidence[a] < confidence[b]; });
    // Sweep the threshold upwards through the sorted confidences: at group i, everything
    // below it is refused. Equal confidences move together.
    double bestJ = -1.0;
    double best = fallback;
    double refusedRight = 0.0;
    double refusedWrong = 0.0;
    std::size_t i = 0;
    while (i < order.size()) {
        const double here = confidence[order[i]];
        const double j = (rights - refusedRight) / rights - (wrongs - refusedWrong) / wrongs;
        if (j > bestJ + 1e-12) {
            bestJ = j;
            // Midway between the last refused and the first accepted confidence.
            best = i == 0 ? 0.0 : (confidence[order[i - 1]] + here) / 2.0;
        }
        while (i < order.size() && confidence[order[i]] == here) {
            if (right[order[i]])
                ++refusedRight;
            else
                ++refusedWrong;
            ++i;
        }
    }
    return best;
}

} // namespace sportello::nlu
