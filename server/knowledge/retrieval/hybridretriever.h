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
        // BM25's ranking untouched; dense hits only fill the places BM25 left empty (a query
        // whose words no chunk has: a misspelling, another inflection fastText's subwords
        // still relate). For an embedder too weak to be trusted with the order.
        Fill,
    };

    // The defaults are the usual reciprocal-rank fusion for an embedding model as good as
    // BM25 or better (a remote one). For the embedded fastText default, which measured far
    // below BM25 and pulled every weighted fusion tried below BM25 alone, use
    // forEmbeddedEmbedder(): it can only add results, never reorder BM25's.
    struct Options
    {
        Fusion fusion = Fusion::ReciprocalRank;
        double lexicalWeight = 1.0;
        double denseWeight = 1.0;
        int rankConstant = 60; // reciprocal-rank fusion's k
        int candidates = 50;   // taken from each list before fusing

        static Options forEmbeddedEmbedder()
        {
            Options options;
            options.fusion = Fusion::Fill;
            return options;
        }
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
    static QList<RetrievedChunk> fill(const QList<RetrievedChunk> &lexical,
                                      const QList<RetrievedChunk> &dense, int topK);
    RetrievalRequest widened(const RetrievalRequest &request) const;

    LexicalRetriever &m_lexical;
    DenseRetriever *m_dense;
    Options m_options;
};

} // namespace sportello::knowledge
