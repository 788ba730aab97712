// SPDX-License-Identifier: LicenseRef-Sportello
// Few-shot sampling: N per class, the same N for the same seed, classes independent.
#include <gtest/gtest.h>

#include <QMap>

#include "nlu/eval/shotsampler.h"

using sportello::nlu::LabelledRow;
using sportello::nlu::ShotSampler;

namespace {

QList<LabelledRow> rows(const QMap<QString, int> &perLabel)
{
    QList<LabelledRow> result;
    int line = 2;
    // Interleaved, as real files rarely group classes.
    for (int i = 0;; ++i) {
        bool any = false;
        for (auto it = perLabel.begin(); it != perLabel.end(); ++it) {
            if (i < it.value()) {
                result.append(
                    {QStringLiteral("%1 message %2").arg(it.key()).arg(i), it.key(), line++});
                any = true;
            }
        }
        if (!any)
            return result;
    }
}

QStringList texts(const QList<LabelledRow> &sample, const QString &label)
{
    QStringList result;
    for (const LabelledRow &row : sample) {
        if (row.label == label)
            result.append(row.text);
    }
    return result;
}

} // namespace

TEST(EvalShotSampler, KeepsNPerClassAndAllOfSmallClassesInFileOrder)
{
    const auto data =
        rows({{QStringLiteral("a"), 30}, {QStringLiteral("b"), 12}, {QStringLiteral("c"), 3}});
    const auto sample = ShotSampler::sample(data, 10, 42);
    EXPECT_EQ(texts(sample, QStringLiteral("a")).size(), 10);
    EXPECT_EQ(texts(sample, QStringLiteral("b")).size(), 10);
    EXPECT_EQ(texts(sample, QStringLiteral("c")).size(), 3);
    for (qsizetype i = 1; i < sample.size(); ++i)
        EXPECT_LT(sample.at(i - 1).line, sample.at(i).line);
}

TEST(EvalShotSampler, SameSeedSameSampleOtherSeedOtherSample)
{
    const auto data = rows({{QStringLiteral("a"), 50}, {QStringLiteral("b"), 50}});
    const auto first = ShotSampler::sample(data, 5, 42);
    const auto again = ShotSampler::sample(data, 5, 42);
    const auto other = ShotSampler::sample(data, 5, 7);
    EXPECT_EQ(texts(first, QStringLiteral("a")), texts(again, QStringLiteral("a")));
    EXPECT_EQ(texts(first, QStringLiteral("b")), texts(again, QStringLiteral("b")));
    EXPECT_NE(texts(first, QStringLiteral("a")), texts(other, QStringLiteral("a")));
    // Not simply the first rows of each class.
    EXPECT_NE(texts(first, QStringLiteral("a")),
              texts(rows({{QStringLiteral("a"), 5}}), QStringLiteral("a")));
}

TEST(EvalShotSampler, AClassSampleDoesNotDependOnOtherClasses)
{
    const auto small = rows({{QStringLiteral("a"), 40}});
    const auto large =
        rows({{QStringLiteral("a"), 40}, {QStringLiteral("b"), 40}, {QStringLiteral("c"), 40}});
    EXPECT_EQ(texts(ShotSampler::sample(small, 10, 42), QStringLiteral("a")),
              texts(ShotSampler::sample(large, 10, 42), QStringLiteral("a")));
}
