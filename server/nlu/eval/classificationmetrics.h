// SPDX-License-Identifier: LicenseRef-Sportello
// Accuracy, macro-F1, per-class scores and latency percentiles of an evaluation.
#pragma once

#include <map>
#include <vector>

#include <QList>
#include <QString>

#include "nlu/eval/classscore.h"

namespace sportello::nlu {

class ClassificationMetrics
{
public:
    void add(const QString &truth, const QString &predicted);

    int total() const { return m_total; }
    double accuracy() const;
    // Unweighted mean F1 over every label that is a true or a predicted label (scikit-learn's
    // f1_score(average="macro")); a class never predicted has precision 0.
    double macroF1() const;
    QList<ClassScore> perClass() const; // sorted by label
    // Lowest F1 first (ties: more support first, then label); at most `count`.
    QList<ClassScore> worst(int count) const;

    // Nearest-rank percentile (p in 0..100) of the values; 0 when there are none.
    static double percentile(std::vector<double> values, double p);

private:
    struct Counts
    {
        int support = 0;
        int predicted = 0;
        int correct = 0;
    };
    std::map<QString, Counts> m_counts;
    int m_total = 0;
    int m_correct = 0;
};

} // namespace sportello::nlu
