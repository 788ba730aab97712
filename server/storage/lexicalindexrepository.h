// SPDX-License-Identifier: LicenseRef-Sportello
// Lexical search over the knowledge base's chunks (BM25 over SQLite FTS5).
#pragma once

#include <QList>
#include <QString>

#include "storage/lexicalhit.h"
#include "storage/lexicalrow.h"
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
    // The tokens that take part in a search: a token the FTS5 tokenizer would turn into
    // nothing ("*", "-") is left out rather than sent as an empty phrase, and repeats are left
    // out because each phrase adds its own BM25 share. The in-memory index uses the same.
    static QStringList usableTokens(const QStringList &tokens);

    // The business's index rows (all of them when `ids` is empty, else those of `ids` that
    // are the business's), by chunk id: what an in-memory index is built from. Throws
    // StorageError.
    QList<LexicalRow> businessRows(const QString &phoneNumberId, const QList<qint64> &ids = {});

private:
    // At most `candidates` of the best matches (< 0: all) are joined and filtered.
    QList<LexicalHit> run(const LexicalSearch &search, const QString &match, qint64 candidates);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
