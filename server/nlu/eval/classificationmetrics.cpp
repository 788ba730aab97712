// SPDX-License-Identifier: LicenseRef-Sportello
// Accuracy, macro-F1, per-class scores and latency percentiles of an evaluation.
#include "nlu/eval/classificationmetrics.h"

#include <algorithm>
#include <cmath>

namespace sportello::nlu {

void ClassificationMetrics::add(const QString &truth, const QString &predicted)
{
    ++m_total;
    ++m_counts[truth].support;
    ++m_counts[predicted].predicted;
    if (truth == predicted) {
        ++m_correct;
        ++m_counts[truth].correct;
    }
}

double ClassificationMetrics::accuracy() const
{
    return m_total > 0 ? static_cast<double>(m_correct) / m_total : 0.0;
}

QList<ClassScore> ClassificationMetrics::perClass() const
{
    QList<ClassScore> scores;
    for (const auto &[label, counts] : m_counts) {
        ClassScore score;
        score.label = label;
        score.support = counts.support;
        score.predicted = counts.predicted;
        score.correct = counts.correct;
        score.precision = counts.predicted > 0 ? double(counts.correct) / counts.predicted : 0.0;
        score.recall = counts.support > 0 ? double(counts.correct) / counts.support : 0.0;
        const double sum = score.precision + score.recall;
        score.f1 = sum > 0.0 ? 2.0 * score.precision * score.recall / sum : 0.0;
        scores.append(score);
    }
    return scores;
}

double ClassificationMetrics::macroF1() const
{
    const QList<ClassScore> scores = perClass();
    if (scores.isEmpty())
        return 0.0;
    double sum = 0.0;
    for (const ClassScore &score : scores)
        sum += score.f1;
    return sum / static_cast<double>(scores.size());
}

QList<ClassScore> ClassificationMetrics::worst(int count) const
{
    QList<ClassScore> scores = perClass();
    std::stable_sort(scores.begin(), scores.end(), [](const ClassScore &a, const ClassScore &b) {
        if (a.f1 != b.f1)
            return a.f1 < b.f1;
        if (a.support != b.support)
            return a.support > b.support;
        return a.label < b.label;
    });
    if (scores.size() > count)
        scores.resize(std::max(0, count));
    return scores;
}

double ClassificationMetrics::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(
        std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(values.size())));
    return values[rank == 0 ? 0 : rank - 1];
}

} // namespace sportello::nlu
