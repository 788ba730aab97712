// SPDX-License-Identifier: LicenseRef-Sportello
// Ranking quality of a retriever over many queries: recall, hit rate, MRR and nDCG at k.
#include "knowledge/eval/retrievalmetrics.h"

#include <algorithm>
#include <cmath>

namespace sportello::knowledge {

int RetrievalMetrics::cutoffIndex(int k)
{
    for (int i = 0; i < 3; ++i) {
        if (kCutoffs[i] == k)
            return i;
    }
    return 2;
}

double RetrievalMetrics::recall(const QStringList &ranked, const QHash<QString, int> &relevant,
                                int k)
{
    if (relevant.isEmpty())
        return 0.0;
    int found = 0;
    for (qsizetype i = 0; i < ranked.size() && i < k; ++i) {
        if (relevant.contains(ranked.at(i)))
            ++found;
    }
    return double(found) / double(relevant.size());
}

double RetrievalMetrics::reciprocalRank(const QStringList &ranked,
                                        const QHash<QString, int> &relevant, int k)
{
    for (qsizetype i = 0; i < ranked.size() && i < k; ++i) {
        if (relevant.contains(ranked.at(i)))
            return 1.0 / double(i + 1);
    }
    return 0.0;
}

double RetrievalMetrics::ndcg(const QStringList &ranked, const QHash<QString, int> &relevant, int k)
{
    double dcg = 0.0;
    for (qsizetype i = 0; i < ranked.size() && i < k; ++i)
        dcg += double(relevant.value(ranked.at(i), 0)) / std::log2(double(i) + 2.0);
    QList<int> gains = relevant.values();
    std::sort(gains.begin(), gains.end(), std::greater<>());
    double ideal = 0.0;
    for (qsizetype i = 0; i < gains.size() && i < k; ++i)
        ideal += double(gains.at(i)) / std::log2(double(i) + 2.0);
    return ideal > 0.0 ? dcg / ideal : 0.0;
}

void RetrievalMetrics::add(const QStringList &ranked, const QHash<QString, int> &relevant)
{
    ++m_queries;
    for (int i = 0; i < 3; ++i) {
        const double r = recall(ranked, relevant, kCutoffs[i]);
        m_recall[i] += r;
        m_hit[i] += r > 0.0 ? 1.0 : 0.0;
    }
    m_reciprocalRank += reciprocalRank(ranked, relevant, 10);
    m_ndcg += ndcg(ranked, relevant, 10);
}

double RetrievalMetrics::recallAt(int k) const
{
    return m_queries ? m_recall[cutoffIndex(k)] / m_queries : 0.0;
}

double RetrievalMetrics::hitAt(int k) const
{
    return m_queries ? m_hit[cutoffIndex(k)] / m_queries : 0.0;
}

double RetrievalMetrics::mrrAt10() const
{
    return m_queries ? m_reciprocalRank / m_queries : 0.0;
}

double RetrievalMetrics::ndcgAt10() const
{
    return m_queries ? m_ndcg / m_queries : 0.0;
}

} // namespace sportello::knowledge
