// SPDX-License-Identifier: LicenseRef-Sportello
// Finds a business's knowledge-base chunks for a query by cosine similarity of embeddings.
#include "knowledge/retrieval/denseretriever.h"

#include <algorithm>

#include <QHash>

#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/iembedder.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/knowledgelog.h"
#include "knowledge/retrieval/chunkrows.h"
#include "storage/knowledgerepository.h"

namespace sportello::knowledge {

namespace {

// Candidates asked of the index at first, as a multiple of top_k: most requests filter little
// (one language, everything valid), so one round usually suffices.
constexpr int kFirstFactor = 4;
constexpr int kFirstMinimum = 32;
constexpr int kGrowth = 4;

} // namespace

DenseRetriever::DenseRetriever(storage::SqlConnection &connection, IEmbedder &embedder,
                               const VectorIndex &index)
    : m_connection(connection)
    , m_embedder(embedder)
    , m_index(index)
{
}

std::optional<QList<RetrievedChunk>> DenseRetriever::retrieve(const RetrievalRequest &request,
                                                              QString *error)
{
    if (request.topK <= 0)
        return QList<RetrievedChunk>{};
    QString why;
    const auto vectors = m_embedder.embed({EmbeddingText::forQuery(request.query)}, &why);
    if (!vectors || vectors->size() != 1) {
        if (why.isEmpty())
            why = QStringLiteral("the embedder returned no vector");
        qCWarning(lcKnowledge).noquote() << "dense retrieval: cannot embed the query:" << why;
        if (error)
            *error = why;
        return std::nullopt;
    }
    return retrieve(request, vectors->constFirst());
}

QList<RetrievedChunk> DenseRetriever::retrieve(const RetrievalRequest &request,
                                               const QList<float> &queryVector)
{
    QList<RetrievedChunk> result;
    const qsizetype size = m_index.size();
    if (request.topK <= 0 || size == 0 || queryVector.size() != m_index.dimensions())
        return result;
    // A query with no word the model knows has no direction: every chunk is equally far.
    if (std::all_of(queryVector.cbegin(), queryVector.cend(), [](float v) { return v == 0.0f; }))
        return result;

    storage::KnowledgeRepository repository(m_connection);
    qsizetype k = std::min<qsizetype>(size, std::max(request.topK * kFirstFactor, kFirstMinimum));
    while (true) {
        const QList<VectorIndex::Hit> hits = m_index.search(queryVector, int(k));
        QList<qint64> ids;
        ids.reserve(hits.size());
        for (const auto &hit : hits)
            ids.append(hit.id);
        QHash<qint64, storage::RetrievableChunk> passing;
        for (auto &row : repository.retrievable(request.phoneNumberId, ids, request.onlyLanguage,
                                                request.date, request.documentType)) {
            const qint64 id = row.chunkId;
            passing.insert(id, std::move(row));
        }
        // Widen until top_k pass the filters or the index has nothing more to give.
        if (passing.size() < request.topK && hits.size() >= k && k < size) {
            k = std::min(size, k * kGrowth);
            continue;
        }
        for (const auto &hit : hits) {
            const auto it = passing.constFind(hit.id);
            if (it == passing.cend())
                continue;
            result.append(ChunkRows::toRetrieved(*it, hit.score));
            if (result.size() >= request.topK)
                break;
        }
        return result;
    }
}

} // namespace sportello::knowledge
