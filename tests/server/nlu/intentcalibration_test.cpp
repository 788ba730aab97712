// SPDX-License-Identifier: LicenseRef-Sportello
// Temperature scaling and the out-of-scope threshold rule on cases with known answers.
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "nlu/intent/confidencecalibrator.h"

using sportello::nlu::ConfidenceCalibrator;

TEST(IntentCalibration, RecoversTheTemperatureThatGeneratedTheLabels)
{
    // Labels drawn from softmax(z); the model reports 2.5 * z, overconfident by 2.5.
    constexpr int kClasses = 5;
    constexpr int kRows = 4000;
    std::mt19937 rng(1);
    std::vector<float> logits;
    std::vector<int> gold;
    for (int r = 0; r < kRows; ++r) {
        double z[kClasses];
        double p[kClasses];
        double sum = 0.0;
        for (int c = 0; c < kClasses; ++c) {
            z[c] = (rng() % 4000) / 1000.0;
            p[c] = std::exp(z[c]);
            sum += p[c];
        }
        double draw = (rng() % 1000000) / 1e6 * sum;
        int label = kClasses - 1;
        for (int c = 0; c < kClasses; ++c) {
            if (draw < p[c]) {
                label = c;
                break;
            }
            draw -= p[c];
        }
        for (const double v : z)
            logits.push_back(static_cast<float>(2.5 * v));
        gold.push_back(label);
    }
    const double temperature = ConfidenceCalibrator::fitTemperature(logits, gold, kClasses);
    EXPECT_NEAR(temperature, 2.5, 0.25);

    double out[kClasses];
    ConfidenceCalibrator::softmax(logits.data(), kClasses, temperature, out);
    double sum = 0.0;
    for (const double v : out)
        sum += v;
    EXPECT_NEAR(sum, 1.0, 1e-12);
}

TEST(IntentCalibration, ThresholdSeparatesRightFromWrongAnswers)
{
    // Sorted: 0.3 w, 0.5 w, 0.6 w | 0.7 r, 0.8 r, 0.9 r: a clean cut between 0.6 and 0.7.
    const std::vector<double> confidence = {0.9, 0.8, 0.6, 0.7, 0.3, 0.5};
    const std::vector<bool> right = {true, true, false, true, false, false};
    EXPECT_DOUBLE_EQ(ConfidenceCalibrator::chooseThreshold(confidence, right, 0.5), 0.65);

    // Overlap: 0.2 w, 0.4 r, 0.5 w, 0.6 r, 0.8 r. Refusing below 0.55 keeps 2 of 3 right
    // answers and refuses both wrong ones (J = 2/3), better than any other cut.
    EXPECT_DOUBLE_EQ(ConfidenceCalibrator::chooseThreshold({0.4, 0.5, 0.6, 0.8, 0.2},
                                                           {true, false, true, true, false}, 0.5),
                     0.55);
}

TEST(IntentCalibration, FallsBackWithoutBothKindsOfAnswer)
{
    EXPECT_DOUBLE_EQ(ConfidenceCalibrator::chooseThreshold({0.9, 0.8}, {true, true}, 0.42), 0.42);
    EXPECT_DOUBLE_EQ(ConfidenceCalibrator::chooseThreshold({}, {}, 0.42), 0.42);
    EXPECT_DOUBLE_EQ(ConfidenceCalibrator::fitTemperature({}, {}, 3), 1.0);
}
