// SPDX-License-Identifier: LicenseRef-Sportello
// LexicalKnowledgeSearch: IKnowledgeSearch over the real LexicalRetriever, for pipeline tests.
#include "support/lexicalknowledgesearch.h"

#include "knowledge/retrieval/lexicalretriever.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace sportello::test {

LexicalKnowledgeSearch::LexicalKnowledgeSearch(storage::Database &database, int defaultTopK)
    : m_database(database)
    , m_defaultTopK(defaultTopK)
{
}

QList<knowledge::RetrievedChunk>
LexicalKnowledgeSearch::search(const knowledge::RetrievalRequest &request) const
{
    ++m_calls;
    knowledge::RetrievalRequest effective = request;
    if (effective.topK <= 0)
        effective.topK = m_defaultTopK;
    try {
        return knowledge::LexicalRetriever(m_database.connection()).retrieve(effective);
    } catch (const storage::StorageError &) {
        return {}; // as the interface promises: a failure yields nothing, never throws
    }
}

} // namespace sportello::test
