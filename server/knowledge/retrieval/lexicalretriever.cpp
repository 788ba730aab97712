// SPDX-License-Identifier: LicenseRef-Sportello
// Finds a business's knowledge-base chunks for a query by BM25 over analysed text.
#include "knowledge/retrieval/lexicalretriever.h"

#include <QHash>

#include "knowledge/index/lexicalindexstore.h"
#include "knowledge/index/lexicalmemoryindex.h"
#include "knowledge/retrieval/chunkrows.h"
#include "knowledge/retrieval/lexicaltext.h"
#include "knowledge/text/knowledgeanalyzer.h"
#include "storage/knowledgerepository.h"
#include "storage/lexicalindexrepository.h"

namespace sportello::knowledge {

LexicalRetriever::LexicalRetriever(storage::SqlConnection &connection,
                                   storage::LexicalSearch::Weights weights)
    : m_connection(connection)
    , m_weights(weights)
{
}

LexicalRetriever::LexicalRetriever(storage::SqlConnection &connection, LexicalIndexStore &indexes,
                                   storage::LexicalSearch::Weights weights)
    : m_connection(connection)
    , m_indexes(&indexes)
    , m_weights(weights)
{
}

LexicalRetriever::~LexicalRetriever() = default;

const KnowledgeAnalyzer &LexicalRetriever::analyzer(const QString &language)
{
    auto &slot = m_analyzers[language];
    if (!slot)
        slot = std::make_unique<KnowledgeAnalyzer>(language);
    return *slot;
}

storage::LexicalSearch LexicalRetriever::searchFor(const RetrievalRequest &request)
{
    const AnalyzedText analyzed = analyzer(request.language).analyze(request.query);
    storage::LexicalSearch search;
    search.terms = analyzed.terms;
    search.terms.removeDuplicates();
    search.words = analyzed.words;
    search.words.removeDuplicates();
    // Pairs of the distinct terms: a question repeating a word does not make its pairs count
    // twice.
    search.pairs = LexicalText::pairs(search.terms);
    search.phoneNumberId = request.phoneNumberId;
    search.language = request.onlyLanguage;
    search.date = request.date;
    search.documentType = request.documentType;
    search.limit = request.topK;
    search.weights = m_weights;
    return search;
}

QList<RetrievedChunk> LexicalRetriever::retrieve(const RetrievalRequest &request)
{
    QList<RetrievedChunk> result;
    if (request.topK <= 0)
        return result;
    if (m_indexes)
        return retrieveInMemory(request);
    const auto hits = storage::LexicalIndexRepository(m_connection).search(searchFor(request));
    result.reserve(hits.size());
    for (const auto &hit : hits)
        result.append(ChunkRows::toRetrieved(hit.chunk, hit.score));
    return result;
}

QList<RetrievedChunk> LexicalRetriever::retrieveInMemory(const RetrievalRequest &request)
{
    QList<RetrievedChunk> result;
    const storage::LexicalSearch search = searchFor(request);
    const auto index = m_indexes->current(request.phoneNumberId);
    const auto hits = index->search(search);
    if (hits.isEmpty())
        return result;
    QList<qint64> ids;
    ids.reserve(hits.size());
    for (const auto &hit : hits)
        ids.append(hit.chunkId);
    // The index filtered already; the database filters again, so a chunk removed or changed
    // since the index was brought up to date is left out rather than shown stale.
    QHash<qint64, storage::RetrievableChunk> rows;
    for (auto &row : storage::KnowledgeRepository(m_connection)
                         .retrievable(request.phoneNumberId, ids, search.language, search.date,
                                      search.documentType)) {
        const qint64 id = row.chunkId;
        rows.insert(id, std::move(row));
    }
    result.reserve(hits.size());
    for (const auto &hit : hits) {
        const auto it = rows.constFind(hit.chunkId);
        if (it == rows.cend())
            continue;
        result.append(ChunkRows::toRetrieved(*it, hit.score));
    }
    return result;
}

} // namespace sportello::knowledge
