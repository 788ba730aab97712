// SPDX-License-Identifier: LicenseRef-Sportello
// RetrievalMetrics and the dev/test query split, against numbers worked out by hand.
#include <cmath>

#include <gtest/gtest.h>

#include "knowledge/eval/retrievalevaluation.h"
#include "knowledge/eval/retrievalmetrics.h"

using sportello::knowledge::RetrievalEvaluation;
using sportello::knowledge::RetrievalMetrics;

namespace {

QStringList ranking(std::initializer_list<const char *> ids)
{
    QStringList result;
    for (const char *id : ids)
        result.append(QString::fromLatin1(id));
    return result;
}

QHash<QString, int> relevant(std::initializer_list<std::pair<const char *, int>> pairs)
{
    QHash<QString, int> result;
    for (const auto &[id, score] : pairs)
        result.insert(QString::fromLatin1(id), score);
    return result;
}

} // namespace

TEST(RetrievalMetrics, OneQueryByHand)
{
    const auto ranked = ranking({"x", "a", "y", "b"});
    const auto rel = relevant({{"a", 1}, {"b", 1}, {"c", 1}});
    EXPECT_DOUBLE_EQ(RetrievalMetrics::recall(ranked, rel, 1), 0.0);
    EXPECT_DOUBLE_EQ(RetrievalMetrics::recall(ranked, rel, 2), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(RetrievalMetrics::recall(ranked, rel, 10), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(RetrievalMetrics::reciprocalRank(ranked, rel, 10), 0.5);
    EXPECT_DOUBLE_EQ(RetrievalMetrics::reciprocalRank(ranked, rel, 1), 0.0);
    // DCG = 1/log2(3) + 1/log2(5); ideal = 1 + 1/log2(3) + 1/log2(4).
    const double dcg = 1.0 / std::log2(3.0) + 1.0 / std::log2(5.0);
    const double ideal = 1.0 + 1.0 / std::log2(3.0) + 0.5;
    EXPECT_NEAR(RetrievalMetrics::ndcg(ranked, rel, 10), dcg / ideal, 1e-12);
    // Graded: the gain is the score.
    EXPECT_NEAR(RetrievalMetrics::ndcg(ranking({"b", "a"}), relevant({{"a", 2}, {"b", 1}}), 10),
                (1.0 + 2.0 / std::log2(3.0)) / (2.0 + 1.0 / std::log2(3.0)), 1e-12);
    EXPECT_DOUBLE_EQ(RetrievalMetrics::ndcg({}, rel, 10), 0.0);
}

TEST(RetrievalMetrics, MeansOverQueries)
{
    RetrievalMetrics metrics;
    metrics.add(ranking({"a"}), relevant({{"a", 1}}));                     // first
    metrics.add(ranking({"x", "y", "a"}), relevant({{"a", 1}}));           // third
    metrics.add(ranking({"x"}), relevant({{"a", 1}}));                     // missed
    metrics.add(ranking({"a", "x", "b"}), relevant({{"a", 1}, {"b", 1}})); // half at 1
    EXPECT_EQ(metrics.queries(), 4);
    EXPECT_DOUBLE_EQ(metrics.recallAt(1), (1.0 + 0.0 + 0.0 + 0.5) / 4.0);
    EXPECT_DOUBLE_EQ(metrics.recallAt(5), (1.0 + 1.0 + 0.0 + 1.0) / 4.0);
    EXPECT_DOUBLE_EQ(metrics.hitAt(1), 2.0 / 4.0);
    EXPECT_DOUBLE_EQ(metrics.hitAt(10), 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(metrics.mrrAt10(), (1.0 + 1.0 / 3.0 + 0.0 + 1.0) / 4.0);
    EXPECT_DOUBLE_EQ(RetrievalMetrics().mrrAt10(), 0.0);
}

TEST(RetrievalEvaluation, QuerySplitIsStableAndAboutThirtyPercentDev)
{
    // Pinned, so a report on "test" means the same queries in every version: FNV-1a 64 of
    // "q4" is 0x08d20e07b572cc18 (mod 10 = 2, dev), of "q5" 0x08d20f07b572cdcb (3, test).
    EXPECT_TRUE(RetrievalEvaluation::isDevQuery(QStringLiteral("q4")));
    EXPECT_FALSE(RetrievalEvaluation::isDevQuery(QStringLiteral("q5")));
    EXPECT_FALSE(RetrievalEvaluation::isDevQuery(QStringLiteral("q1")));
    EXPECT_TRUE(RetrievalEvaluation::isDevQuery(QStringLiteral("t0_q0")));
    EXPECT_TRUE(RetrievalEvaluation::isDevQuery(QStringLiteral("5725b33f6a3fe71400b8952d")));
    int dev = 0;
    for (int i = 0; i < 10000; ++i)
        dev += RetrievalEvaluation::isDevQuery(QStringLiteral("query-%1").arg(i)) ? 1 : 0;
    EXPECT_NEAR(dev, 3000, 200);
}
