// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the knowledge base: documents, their chunks and the chunks' lexical index rows.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "storage/indexedchunk.h"
#include "storage/knowledgechunk.h"
#include "storage/knowledgedocument.h"
#include "storage/retrievablechunk.h"

namespace sportello::storage {

class SqlConnection;

class KnowledgeRepository
{
public:
    explicit KnowledgeRepository(SqlConnection &connection);

    // Stores the document with exactly these chunks, replacing the business's document of the
    // same source name and all its chunks and index rows, in one transaction (the caller's,
    // when one is open): a search never sees half a document. Returns the document's id,
    // which a replaced document keeps, like its createdAt. chunkCount, the chunks' ids, their
    // documentId and phoneNumberId are set here. Throws StorageError.
    qint64 replaceDocument(const KnowledgeDocument &document, const QList<IndexedChunk> &chunks);

    // The business's documents by source name.
    QList<KnowledgeDocument> documents(const QString &phoneNumberId);
    std::optional<KnowledgeDocument> document(const QString &phoneNumberId, qint64 documentId);
    std::optional<KnowledgeDocument> documentBySource(const QString &phoneNumberId,
                                                      const QString &sourceName);
    // The document, its chunks and their index rows; false when the business has no such
    // document.
    bool removeDocument(const QString &phoneNumberId, qint64 documentId);

    // In ordinal order.
    QList<KnowledgeChunk> chunks(qint64 documentId);
    std::optional<KnowledgeChunk> chunk(qint64 chunkId);

    // --- Versions and whole-business reads, for the dense index kept beside the database ---

    // Bumped by replaceDocument() and removeDocument() in their transaction; 0 for a business
    // that never had a document. A saved index records it to know whether it is behind.
    qint64 version(const QString &phoneNumberId);
    // The ids of all the business's chunks, ascending.
    QList<qint64> chunkIds(const QString &phoneNumberId);
    // The business's chunks (all of them when `ids` is empty), by id.
    QList<KnowledgeChunk> businessChunks(const QString &phoneNumberId,
                                         const QList<qint64> &ids = {});

    // --- Dense retrieval's read-back ---

    // Which of `chunkIds` (an index's nearest candidates) belong to the business and pass the
    // filters, in no particular order. `language` and `documentType` empty: any; `date`
    // invalid: today; a chunk outside its validity window never passes.
    QList<RetrievableChunk> retrievable(const QString &phoneNumberId,
                                        const QList<qint64> &chunkIds, const QString &language,
                                        const QDate &date, const QString &documentType);

private:
    void deleteChunks(qint64 documentId);
    void bumpVersion(const QString &phoneNumberId);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
