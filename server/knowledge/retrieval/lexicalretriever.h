// SPDX-License-Identifier: LicenseRef-Sportello
// Finds a business's knowledge-base chunks for a query by BM25 over analysed text.
#pragma once

#include <map>
#include <memory>

#include <QList>
#include <QString>

#include "knowledge/retrievalrequest.h"
#include "knowledge/retrievedchunk.h"
#include "storage/lexicalsearch.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::knowledge {

class KnowledgeAnalyzer;
class LexicalIndexStore;

// The query goes through the KnowledgeAnalyzer of its language, as the chunks did at import,
// and matches on any of its terms (OR), weighted per field: a hit in an FAQ's question counts
// far more than one in its answer; an exact word form and two terms close together add a
// little. Belongs to the thread of its connection.
//
// With a LexicalIndexStore (what KnowledgeBase and kb eval use) the ranking comes from the
// business's in-memory index and only the best chunks are read back from the database; its
// BM25 statistics are the business's own. Without one, SQLite FTS5 ranks (the same scores,
// with statistics over every business's chunks): the reference the in-memory index is tested
// against, and what a backend without an in-memory index would do.
class LexicalRetriever
{
public:
    explicit LexicalRetriever(storage::SqlConnection &connection,
                              storage::LexicalSearch::Weights weights = {});
    // `indexes` must outlive this object.
    LexicalRetriever(storage::SqlConnection &connection, LexicalIndexStore &indexes,
                     storage::LexicalSearch::Weights weights = {});
    ~LexicalRetriever();
    LexicalRetriever(const LexicalRetriever &) = delete;
    LexicalRetriever &operator=(const LexicalRetriever &) = delete;

    // Best first, at most request.topK; empty when the query has no searchable word (only
    // stop words or punctuation). Throws storage::StorageError.
    QList<RetrievedChunk> retrieve(const RetrievalRequest &request);

    // The search retrieve() runs for the request: analysed query, filters, weights.
    storage::LexicalSearch searchFor(const RetrievalRequest &request);

private:
    const KnowledgeAnalyzer &analyzer(const QString &language);

    QList<RetrievedChunk> retrieveInMemory(const RetrievalRequest &request);

    storage::SqlConnection &m_connection;
    LexicalIndexStore *m_indexes = nullptr;
    storage::LexicalSearch::Weights m_weights;
    std::map<QString, std::unique_ptr<KnowledgeAnalyzer>> m_analyzers;
};

} // namespace sportello::knowledge
