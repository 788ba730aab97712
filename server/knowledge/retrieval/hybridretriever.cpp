// SPDX-License-Identifier: LicenseRef-Sportello
// Fuses lexical (BM25) and dense results into one ranking.
#include "knowledge/retrieval/hybridretriever.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "knowledge/knowledgelog.h"
#include "knowledge/retrieval/denseretriever.h"
#include "knowledge/retrieval/lexicalretriever.h"

namespace sportello::knowledge {

HybridRetriever::HybridRetriever(LexicalRetriever &lexical, DenseRetriever *dense, Options options)
    : m_lexical(lexical)
    , m_dense(dense)
    , m_options(options)
{
}

HybridRetriever::HybridRetriever(LexicalRetriever &lexical, DenseRetriever *dense)
    : HybridRetriever(lexical, dense, Options{})
{
}

RetrievalRequest HybridRetriever::widened(const RetrievalRequest &request) const
{
    RetrievalRequest wide = request;
    // Filling never reorders, so it needs no candidates beyond the places to fill.
    if (m_options.fusion != Fusion::Fill)
        wide.topK = std::max(request.topK, m_options.candidates);
    return wide;
}

QList<RetrievedChunk> HybridRetriever::retrieve(const RetrievalRequest &request, bool *denseFailed)
{
    if (denseFailed)
        *denseFailed = false;
    if (request.topK <= 0)
        return {};
    const RetrievalRequest wide = widened(request);
    QList<RetrievedChunk> lexical = m_lexical.retrieve(wide);
    if (!m_dense) {
        lexical.resize(std::min<qsizetype>(lexical.size(), request.topK));
        return lexical;
    }
    // Filling needs the dense side only when BM25 left places empty: most queries never pay
    // for embedding.
    if (m_options.fusion == Fusion::Fill && lexical.size() >= request.topK)
        return fill(lexical, {}, request.topK);
    QString error;
    const auto dense = m_dense->retrieve(wide, &error);
    if (!dense) {
        qCWarning(lcKnowledge).noquote()
            << "hybrid retrieval: dense side unavailable, lexical ranking only:" << error;
        if (denseFailed)
            *denseFailed = true;
        lexical.resize(std::min<qsizetype>(lexical.size(), request.topK));
        return lexical;
    }
    return fuse(lexical, *dense, m_options, request.topK);
}

QList<RetrievedChunk> HybridRetriever::retrieve(const RetrievalRequest &request,
                                                const QList<float> &queryVector)
{
    if (request.topK <= 0)
        return {};
    const RetrievalRequest wide = widened(request);
    const QList<RetrievedChunk> lexical = m_lexical.retrieve(wide);
    if (!m_dense) {
        QList<RetrievedChunk> result = lexical;
        result.resize(std::min<qsizetype>(result.size(), request.topK));
        return result;
    }
    return fuse(lexical, m_dense->retrieve(wide, queryVector), m_options, request.topK);
}

QList<RetrievedChunk> HybridRetriever::fuse(const QList<RetrievedChunk> &lexical,
                                            const QList<RetrievedChunk> &dense,
                                            const Options &options, int topK)
{
    if (options.fusion == Fusion::Fill)
        return fill(lexical, dense, topK);
    struct Entry
    {
        const RetrievedChunk *chunk = nullptr;
        double score = 0.0;
        int bestRank = 0; // ties go to the chunk one of the lists put higher
    };
    QHash<qint64, Entry> entries;
    const auto add = [&](const QList<RetrievedChunk> &list, double weight) {
        const qsizetype count = std::min<qsizetype>(list.size(), options.candidates);
        // BM25 is unbounded: relative to the list's best it lives in [0, 1] like a cosine.
        const double top = list.isEmpty() || list.first().score <= 0.0 ? 1.0 : list.first().score;
        for (qsizetype i = 0; i < count; ++i) {
            const RetrievedChunk &chunk = list.at(i);
            Entry &entry = entries[chunk.chunkId];
            if (!entry.chunk) {
                entry.chunk = &chunk;
                entry.bestRank = int(i);
            }
            entry.bestRank = std::min(entry.bestRank, int(i));
            if (options.fusion == Fusion::ReciprocalRank)
                entry.score += weight / double(options.rankConstant + i + 1);
            else
                entry.score += weight * (&list == &lexical ? chunk.score / top : chunk.score);
        }
    };
    add(lexical, options.lexicalWeight);
    add(dense, options.denseWeight);

    QList<Entry> ranked;
    ranked.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        ranked.append(entry);
    std::sort(ranked.begin(), ranked.end(), [](const Entry &a, const Entry &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.bestRank != b.bestRank)
            return a.bestRank < b.bestRank;
        return a.chunk->chunkId < b.chunk->chunkId;
    });
    QList<RetrievedChunk> result;
    result.reserve(std::min<qsizetype>(ranked.size(), topK));
    for (const Entry &entry : std::as_const(ranked)) {
        if (result.size() >= topK)
            break;
        RetrievedChunk chunk = *entry.chunk;
        chunk.score = entry.score;
        result.append(std::move(chunk));
    }
    return result;
}

QList<RetrievedChunk> HybridRetriever::fill(const QList<RetrievedChunk> &lexical,
                                            const QList<RetrievedChunk> &dense, int topK)
{
    // Scores stay ordered across the two parts: BM25's relative to its best in (1, 2], the
    // fillers' cosine halved into [-0.5, 0.5].
    QList<RetrievedChunk> result;
    QSet<qint64> taken;
    const double top =
        lexical.isEmpty() || lexical.first().score <= 0.0 ? 1.0 : lexical.first().score;
    for (const RetrievedChunk &chunk : lexical) {
        if (result.size() >= topK)
            return result;
        RetrievedChunk fused = chunk;
        fused.score = 1.0 + chunk.score / top;
        taken.insert(chunk.chunkId);
        result.append(std::move(fused));
    }
    for (const RetrievedChunk &chunk : dense) {
        if (result.size() >= topK)
            break;
        if (taken.contains(chunk.chunkId))
            continue;
        RetrievedChunk fused = chunk;
        fused.score = chunk.score / 2.0;
        taken.insert(chunk.chunkId);
        result.append(std::move(fused));
    }
    return result;
}

} // namespace sportello::knowledge
