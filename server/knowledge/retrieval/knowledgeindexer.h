// SPDX-License-Identifier: LicenseRef-Sportello
// Stores a parsed document in a business's knowledge base, analysed for lexical retrieval.
#pragma once

#include <map>
#include <memory>

#include <QString>

#include "knowledge/parseddocument.h"

namespace sportello::storage {
class SqlConnection;
}

namespace sportello::knowledge {

class KnowledgeAnalyzer;

// Each chunk is analysed with its own language (ChunkDraft::language), else the one given
// for the document, and the whole document is stored in one transaction, replacing the
// business's document of the same source name. Belongs to the thread of its connection.
class KnowledgeIndexer
{
public:
    explicit KnowledgeIndexer(storage::SqlConnection &connection);
    ~KnowledgeIndexer();
    KnowledgeIndexer(const KnowledgeIndexer &) = delete;
    KnowledgeIndexer &operator=(const KnowledgeIndexer &) = delete;

    // Returns the document's id. `language`: for chunks that do not say theirs (empty:
    // unknown, folded but not stemmed), and the document's own; empty: its chunks' most
    // common. Throws storage::StorageError.
    qint64 index(const QString &phoneNumberId, const QString &sourceName,
                 const ParsedDocument &document, const QString &language,
                 const QString &createdBy = {});

    // Lower-case hex SHA-256 of a chunk's section, question, text and validity: what decides
    // whether it changed.
    static QString chunkHash(const ChunkDraft &chunk);
    // Lower-case hex SHA-256 of the document's type, title and chunk hashes: what index()
    // stores as the document's content hash, so an importer can tell an unchanged file.
    static QString documentHash(const ParsedDocument &document);

private:
    const KnowledgeAnalyzer &analyzer(const QString &language);

    storage::SqlConnection &m_connection;
    std::map<QString, std::unique_ptr<KnowledgeAnalyzer>> m_analyzers;
};

} // namespace sportello::knowledge
