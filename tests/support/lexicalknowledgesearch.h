// SPDX-License-Identifier: LicenseRef-Sportello
// LexicalKnowledgeSearch: IKnowledgeSearch over the real LexicalRetriever, for pipeline tests.
#pragma once

#include <atomic>

#include "knowledge/iknowledgesearch.h"

namespace sportello::storage {
class Database;
}

namespace sportello::test {

// What the server's knowledge base does in BM25 mode, without its configuration: each call
// retrieves on the calling thread's connection; a request with topK <= 0 gets `defaultTopK`.
// Counts its calls so a test can tell whether a stage searched.
class LexicalKnowledgeSearch final : public knowledge::IKnowledgeSearch
{
public:
    explicit LexicalKnowledgeSearch(storage::Database &database, int defaultTopK = 5);

    QList<knowledge::RetrievedChunk>
    search(const knowledge::RetrievalRequest &request) const override;
    int calls() const { return m_calls.load(); }

private:
    storage::Database &m_database;
    int m_defaultTopK;
    mutable std::atomic<int> m_calls{0};
};

} // namespace sportello::test
