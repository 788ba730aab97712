// SPDX-License-Identifier: LicenseRef-Sportello
// Fuses lexical (BM25) and dense results into one ranking.
#pragma once

#include <QList>
#include <QString>

#include "knowledge/retrievalrequest.h"
#include "knowledge/retrievedchunk.h"

namespace sportello::knowledge {

class DenseRetriever;
class LexicalRetriever;

class HybridRetriever
{
public:
    enum class Fusion
    {
        // weight / (rankConstant + rank), summed over the lists a chunk is in.
        ReciprocalRank,
        // weight x score, BM25 divided by the list's best and cosine as it is, summed.
        Scores,
    };

    struct Options
    {
        Fusion fusion = Fusion::ReciprocalRank;
        // Tuned on kb eval's dev split with the embedded fastText embedder, far weaker than
        // BM25: dense only breaks near-ties (a strong remote embedder wants 1.0 and k 60).
        double lexicalWeight = 1.0;
        double denseWeight = 0.3;
        int rankConstant = 5; // reciprocal-rank fusion's k
        int candidates = 50;  // taken from each list before fusing
    };

    // `dense` may be null (no embedder configured): results are then lexical only.
    HybridRetriever(LexicalRetriever &lexical, DenseRetriever *dense, Options options);
    HybridRetriever(LexicalRetriever &lexical, DenseRetriever *dense);

    // Best first, at most request.topK. When the dense side fails (the embedder cannot be
    // reached) the lexical ranking is returned, the failure logged and *denseFailed set:
    // a customer is never left without an answer because a provider is down.
    QList<RetrievedChunk> retrieve(const RetrievalRequest &request, bool *denseFailed = nullptr);
    // With the query already embedded (the evaluation times embedding apart); `dense` must be
    // set.
    QList<RetrievedChunk> retrieve(const RetrievalRequest &request,
                                   const QList<float> &queryVector);

    const Options &options() const { return m_options; }
    // The two rankings fused into one, best first, at most topK.
    static QList<RetrievedChunk> fuse(const QList<RetrievedChunk> &lexical,
                                      const QList<RetrievedChunk> &dense, const Options &options,
                                      int topK);

private:
    RetrievalRequest widened(const RetrievalRequest &request) const;

    LexicalRetriever &m_lexical;
    DenseRetriever *m_dense;
    Options m_options;
};

} // namespace sportello::knowledge
