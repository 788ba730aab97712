// SPDX-License-Identifier: LicenseRef-Sportello
// Ranking quality of a retriever over many queries: recall, hit rate, MRR and nDCG at k.
#pragma once

#include <QHash>
#include <QStringList>

namespace sportello::knowledge {

// Per query, with R its relevant documents and the ranking cut at k:
//   recall@k  = relevant documents in the top k / R (BEIR's recall)
//   hit@k     = 1 when any relevant document is in the top k (success@k)
//   mrr@10    = 1 / rank of the first relevant document in the top 10, else 0
//   ndcg@10   = sum of gain / log2(rank + 1) over the top 10, divided by the same for the
//               ideal ranking; the gain is the qrels score
// and each figure is the mean over the queries added.
class RetrievalMetrics
{
public:
    static constexpr int kCutoffs[] = {1, 5, 10};

    // `ranked`: document ids, best first; `relevant`: id → score > 0 (never empty).
    void add(const QStringList &ranked, const QHash<QString, int> &relevant);

    int queries() const { return m_queries; }
    // k is one of kCutoffs.
    double recallAt(int k) const;
    double hitAt(int k) const;
    double mrrAt10() const;
    double ndcgAt10() const;

    // One query's figures, for tests and the sums above.
    static double recall(const QStringList &ranked, const QHash<QString, int> &relevant, int k);
    static double reciprocalRank(const QStringList &ranked, const QHash<QString, int> &relevant,
                                 int k);
    static double ndcg(const QStringList &ranked, const QHash<QString, int> &relevant, int k);

private:
    static int cutoffIndex(int k);

    int m_queries = 0;
    double m_recall[3] = {};
    double m_hit[3] = {};
    double m_reciprocalRank = 0.0;
    double m_ndcg = 0.0;
};

} // namespace sportello::knowledge
