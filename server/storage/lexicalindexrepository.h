// SPDX-License-Identifier: LicenseRef-Sportello
// Lexical search over the knowledge base's chunks (BM25 over SQLite FTS5).
#pragma once

#include <QList>
#include <QString>

#include "storage/lexicalhit.h"
#include "storage/lexicalsearch.h"

namespace sportello::storage {

class SqlConnection;

// The only place that knows the index is FTS5: callers pass analysed tokens, never query
// syntax, and each token is quoted here, so no user text can change the query's meaning or
// make it fail. A PostgreSQL backend would implement search() with tsvector columns,
// ts_rank-style weights and the same filters. KnowledgeRepository writes the rows.
class LexicalIndexRepository
{
public:
    explicit LexicalIndexRepository(SqlConnection &connection);

    // Best first, at most search.limit; empty when the search has no tokens. Only chunks of
    // search.phoneNumberId that are valid on search.date (and of its language and document
    // type, when given). Throws StorageError.
    QList<LexicalHit> search(const LexicalSearch &search);

    // The FTS5 query for these tokens: every token quoted ("" inside doubled), OR between
    // them, each group limited to its columns. Empty when there are no tokens.
    static QString matchExpression(const LexicalSearch &search);

private:
    // At most `candidates` of the best matches (< 0: all) are joined and filtered.
    QList<LexicalHit> run(const LexicalSearch &search, const QString &match, qint64 candidates);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
