// SPDX-License-Identifier: LicenseRef-Sportello
// Accuracy, macro-F1, per-class scores and percentiles on hand-computed cases.
#include <gtest/gtest.h>

#include "nlu/eval/classificationmetrics.h"

using sportello::nlu::ClassificationMetrics;

TEST(EvalMetrics, MatchesAHandComputedCase)
{
    // truth -> predicted: a->a, a->b, b->b, b->b, c->a
    ClassificationMetrics metrics;
    metrics.add(QStringLiteral("a"), QStringLiteral("a"));
    metrics.add(QStringLiteral("a"), QStringLiteral("b"));
    metrics.add(QStringLiteral("b"), QStringLiteral("b"));
    metrics.add(QStringLiteral("b"), QStringLiteral("b"));
    metrics.add(QStringLiteral("c"), QStringLiteral("a"));
    EXPECT_EQ(metrics.total(), 5);
    EXPECT_DOUBLE_EQ(metrics.accuracy(), 3.0 / 5.0);
    const auto classes = metrics.perClass();
    ASSERT_EQ(classes.size(), 3);
    // a: 2 true, 2 predicted, 1 right.
    EXPECT_EQ(classes.at(0).label, QStringLiteral("a"));
    EXPECT_DOUBLE_EQ(classes.at(0).precision, 0.5);
    EXPECT_DOUBLE_EQ(classes.at(0).recall, 0.5);
    EXPECT_DOUBLE_EQ(classes.at(0).f1, 0.5);
    // b: 2 true, 3 predicted, 2 right.
    EXPECT_DOUBLE_EQ(classes.at(1).precision, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(classes.at(1).recall, 1.0);
    EXPECT_DOUBLE_EQ(classes.at(1).f1, 0.8);
    EXPECT_EQ(classes.at(1).support, 2);
    EXPECT_EQ(classes.at(1).predicted, 3);
    // c: never predicted.
    EXPECT_DOUBLE_EQ(classes.at(2).precision, 0.0);
    EXPECT_DOUBLE_EQ(classes.at(2).f1, 0.0);
    EXPECT_DOUBLE_EQ(metrics.macroF1(), (0.5 + 0.8 + 0.0) / 3.0);
    const auto worst = metrics.worst(2);
    ASSERT_EQ(worst.size(), 2);
    EXPECT_EQ(worst.at(0).label, QStringLiteral("c"));
    EXPECT_EQ(worst.at(1).label, QStringLiteral("a"));
}

TEST(EvalMetrics, APredictedOnlyLabelCountsInMacroF1)
{
    ClassificationMetrics metrics;
    metrics.add(QStringLiteral("a"), QStringLiteral("a"));
    metrics.add(QStringLiteral("a"), QStringLiteral("z"));
    // a: P 1, R 0.5, F1 2/3; z: never true, F1 0.
    EXPECT_DOUBLE_EQ(metrics.macroF1(), (2.0 / 3.0) / 2.0);
}

TEST(EvalMetrics, NearestRankPercentiles)
{
    std::vector<double> values;
    for (int i = 100; i >= 1; --i)
        values.push_back(i);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile(values, 50.0), 50.0);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile(values, 99.0), 99.0);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile(values, 100.0), 100.0);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile(values, 0.0), 1.0);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile({7.0}, 99.0), 7.0);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile({}, 50.0), 0.0);
    EXPECT_DOUBLE_EQ(ClassificationMetrics::percentile({1.0, 2.0, 3.0}, 50.0), 2.0);
}
