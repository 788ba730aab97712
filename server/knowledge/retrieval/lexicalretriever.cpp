// SPDX-License-Identifier: LicenseRef-Sportello
// Finds a business's knowledge-base chunks for a query by BM25 over analysed text.
#include "knowledge/retrieval/lexicalretriever.h"

#include "knowledge/retrieval/lexicaltext.h"
#include "knowledge/text/knowledgeanalyzer.h"
#include "storage/lexicalindexrepository.h"

namespace sportello::knowledge {

LexicalRetriever::LexicalRetriever(storage::SqlConnection &connection,
                                   storage::LexicalSearch::Weights weights)
    : m_connection(connection)
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
    const auto hits = storage::LexicalIndexRepository(m_connection).search(searchFor(request));
    result.reserve(hits.size());
    for (const auto &hit : hits) {
        RetrievedChunk chunk;
        chunk.chunkId = hit.chunkId;
        chunk.documentId = hit.documentId;
        chunk.score = hit.score;
        chunk.section = hit.section;
        chunk.question = hit.question;
        chunk.text = hit.text;
        chunk.sourceName = hit.sourceName;
        chunk.documentType = hit.documentType;
        chunk.language = hit.language;
        result.append(std::move(chunk));
    }
    return result;
}

} // namespace sportello::knowledge
