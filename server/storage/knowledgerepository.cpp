// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the knowledge base: documents, their chunks and the chunks' lexical index rows.
#include "storage/knowledgerepository.h"

#include "storage/sectionpath.h"
#include "storage/sqlconnection.h"
#include "storage/transaction.h"

namespace sportello::storage {

namespace {

QString dateToText(const std::optional<QDate> &date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

std::optional<QDate> dateFromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString tokens(const QStringList &list)
{
    return list.join(u' ');
}

KnowledgeDocument readDocument(const SqlStatement &query)
{
    KnowledgeDocument document;
    document.id = query.int64(0);
    document.phoneNumberId = query.text(1);
    document.sourceName = query.text(2);
    document.type = query.text(3);
    document.title = query.text(4);
    document.contentHash = query.text(5);
    document.language = query.text(6);
    document.chunkCount = int(query.int64(7));
    document.createdBy = query.text(8);
    document.createdAt = query.int64(9);
    document.updatedAt = query.int64(10);
    return document;
}

KnowledgeChunk readChunk(const SqlStatement &query)
{
    KnowledgeChunk chunk;
    chunk.id = query.int64(0);
    chunk.documentId = query.int64(1);
    chunk.phoneNumberId = query.text(2);
    chunk.ordinal = int(query.int64(3));
    chunk.section = SectionPath::fromText(query.text(4));
    chunk.question = query.text(5);
    chunk.text = query.text(6);
    chunk.language = query.text(7);
    chunk.validFrom = dateFromText(query.text(8));
    chunk.validUntil = dateFromText(query.text(9));
    chunk.contentHash = query.text(10);
    chunk.updatedAt = query.int64(11);
    return chunk;
}

} // namespace

KnowledgeRepository::KnowledgeRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

qint64 KnowledgeRepository::replaceDocument(const KnowledgeDocument &document,
                                            const QList<IndexedChunk> &chunks)
{
    std::optional<Transaction> tx;
    if (!m_connection.inTransaction())
        tx.emplace(m_connection);

    qint64 documentId = 0;
    {
        auto &find = m_connection.prepare(
            "SELECT id FROM knowledge_documents WHERE phone_number_id = ? AND source_name = ?");
        find.bind(1, document.phoneNumberId).bind(2, document.sourceName);
        documentId = find.firstInt64(0);
    }
    if (documentId != 0) {
        deleteChunks(documentId);
        m_connection
            .prepare("UPDATE knowledge_documents SET type = ?, title = ?, content_hash = ?, "
                     "language = ?, chunk_count = ?, created_by = ?, updated_at = ? WHERE id = ?")
            .bind(1, document.type)
            .bindOptional(2, document.title)
            .bind(3, document.contentHash)
            .bindOptional(4, document.language)
            .bind(5, int(chunks.size()))
            .bindOptional(6, document.createdBy)
            .bind(7, document.updatedAt)
            .bind(8, documentId)
            .exec();
    } else {
        m_connection
            .prepare("INSERT INTO knowledge_documents (phone_number_id, source_name, type, title, "
                     "content_hash, language, chunk_count, created_by, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, document.phoneNumberId)
            .bind(2, document.sourceName)
            .bind(3, document.type)
            .bindOptional(4, document.title)
            .bind(5, document.contentHash)
            .bindOptional(6, document.language)
            .bind(7, int(chunks.size()))
            .bindOptional(8, document.createdBy)
            .bind(9, document.createdAt)
            .bind(10, document.updatedAt)
            .exec();
        documentId = m_connection.lastInsertId();
    }

    for (const IndexedChunk &indexed : chunks) {
        const KnowledgeChunk &chunk = indexed.chunk;
        m_connection
            .prepare("INSERT INTO knowledge_chunks (document_id, phone_number_id, ordinal, "
                     "section, question, text, language, valid_from, valid_until, content_hash, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, documentId)
            .bind(2, document.phoneNumberId)
            .bind(3, chunk.ordinal)
            .bindOptional(4, SectionPath::toText(chunk.section))
            .bindOptional(5, chunk.question)
            .bind(6, chunk.text)
            .bindOptional(7, chunk.language)
            .bindOptional(8, dateToText(chunk.validFrom))
            .bindOptional(9, dateToText(chunk.validUntil))
            .bind(10, chunk.contentHash)
            .bind(11, chunk.updatedAt ? chunk.updatedAt : document.updatedAt)
            .exec();
        const qint64 chunkId = m_connection.lastInsertId();
        const LexicalFields &lexical = indexed.lexical;
        m_connection
            .prepare("INSERT INTO knowledge_fts (rowid, question, section, body, exact, pairs) "
                     "VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, chunkId)
            .bind(2, tokens(lexical.question))
            .bind(3, tokens(lexical.section))
            .bind(4, tokens(lexical.body))
            .bind(5, tokens(lexical.exact))
            .bind(6, tokens(lexical.pairs))
            .exec();
    }
    bumpVersion(document.phoneNumberId);

    if (tx)
        tx->commit();
    return documentId;
}

void KnowledgeRepository::deleteChunks(qint64 documentId)
{
    m_connection
        .prepare("DELETE FROM knowledge_fts WHERE rowid IN "
                 "(SELECT id FROM knowledge_chunks WHERE document_id = ?)")
        .bind(1, documentId)
        .exec();
    m_connection.prepare("DELETE FROM knowledge_chunks WHERE document_id = ?")
        .bind(1, documentId)
        .exec();
}

QList<KnowledgeDocument> KnowledgeRepository::documents(const QString &phoneNumberId)
{
    auto &query = m_connection.prepare(
        "SELECT id, phone_number_id, source_name, type, title, content_hash, language, "
        "chunk_count, created_by, created_at, updated_at FROM knowledge_documents "
        "WHERE phone_number_id = ? ORDER BY source_name, id");
    query.bind(1, phoneNumberId);
    QList<KnowledgeDocument> result;
    while (query.step())
        result.append(readDocument(query));
    query.reset();
    return result;
}

std::optional<KnowledgeDocument> KnowledgeRepository::document(const QString &phoneNumberId,
                                                               qint64 documentId)
{
    auto &query = m_connection.prepare(
        "SELECT id, phone_number_id, source_name, type, title, content_hash, language, "
        "chunk_count, created_by, created_at, updated_at FROM knowledge_documents "
        "WHERE phone_number_id = ? AND id = ?");
    query.bind(1, phoneNumberId).bind(2, documentId);
    std::optional<KnowledgeDocument> result;
    if (query.step())
        result = readDocument(query);
    query.reset();
    return result;
}

std::optional<KnowledgeDocument> KnowledgeRepository::documentBySource(const QString &phoneNumberId,
                                                                       const QString &sourceName)
{
    auto &query = m_connection.prepare(
        "SELECT id, phone_number_id, source_name, type, title, content_hash, language, "
        "chunk_count, created_by, created_at, updated_at FROM knowledge_documents "
        "WHERE phone_number_id = ? AND source_name = ?");
    query.bind(1, phoneNumberId).bind(2, sourceName);
    std::optional<KnowledgeDocument> result;
    if (query.step())
        result = readDocument(query);
    query.reset();
    return result;
}

bool KnowledgeRepository::removeDocument(const QString &phoneNumberId, qint64 documentId)
{
    std::optional<Transaction> tx;
    if (!m_connection.inTransaction())
        tx.emplace(m_connection);
    if (!document(phoneNumberId, documentId))
        return false;
    deleteChunks(documentId);
    m_connection.prepare("DELETE FROM knowledge_documents WHERE id = ?").bind(1, documentId).exec();
    bumpVersion(phoneNumberId);
    if (tx)
        tx->commit();
    return true;
}

QList<KnowledgeChunk> KnowledgeRepository::chunks(qint64 documentId)
{
    auto &query = m_connection.prepare(
        "SELECT id, document_id, phone_number_id, ordinal, section, question, text, language, "
        "valid_from, valid_until, content_hash, updated_at FROM knowledge_chunks "
        "WHERE document_id = ? ORDER BY ordinal");
    query.bind(1, documentId);
    QList<KnowledgeChunk> result;
    while (query.step())
        result.append(readChunk(query));
    query.reset();
    return result;
}

std::optional<KnowledgeChunk> KnowledgeRepository::chunk(qint64 chunkId)
{
    auto &query = m_connection.prepare(
        "SELECT id, document_id, phone_number_id, ordinal, section, question, text, language, "
        "valid_from, valid_until, content_hash, updated_at FROM knowledge_chunks WHERE id = ?");
    query.bind(1, chunkId);
    std::optional<KnowledgeChunk> result;
    if (query.step())
        result = readChunk(query);
    query.reset();
    return result;
}

// --- Versions and whole-business reads ---

void KnowledgeRepository::bumpVersion(const QString &phoneNumberId)
{
    m_connection
        .prepare("INSERT INTO knowledge_versions (phone_number_id, version) VALUES (?, 1) "
                 "ON CONFLICT (phone_number_id) DO UPDATE SET "
                 "version = knowledge_versions.version + 1")
        .bind(1, phoneNumberId)
        .exec();
}

qint64 KnowledgeRepository::version(const QString &phoneNumberId)
{
    auto &query =
        m_connection.prepare("SELECT version FROM knowledge_versions WHERE phone_number_id = ?");
    query.bind(1, phoneNumberId);
    return query.firstInt64(0);
}

QList<qint64> KnowledgeRepository::chunkIds(const QString &phoneNumberId)
{
    auto &query = m_connection.prepare(
        "SELECT id FROM knowledge_chunks WHERE phone_number_id = ? ORDER BY id");
    query.bind(1, phoneNumberId);
    QList<qint64> result;
    while (query.step())
        result.append(query.int64(0));
    query.reset();
    return result;
}

QList<KnowledgeChunk> KnowledgeRepository::businessChunks(const QString &phoneNumberId,
                                                          const QList<qint64> &ids)
{
    QList<KnowledgeChunk> result;
    if (ids.isEmpty()) {
        auto &query = m_connection.prepare(
            "SELECT id, document_id, phone_number_id, ordinal, section, question, text, "
            "language, valid_from, valid_until, content_hash, updated_at FROM knowledge_chunks "
            "WHERE phone_number_id = ? ORDER BY id");
        query.bind(1, phoneNumberId);
        while (query.step())
            result.append(readChunk(query));
        query.reset();
        return result;
    }
    auto &query = m_connection.prepare(
        "SELECT id, document_id, phone_number_id, ordinal, section, question, text, language, "
        "valid_from, valid_until, content_hash, updated_at FROM knowledge_chunks "
        "WHERE id = ? AND phone_number_id = ?");
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        query.bind(1, id).bind(2, phoneNumberId);
        if (query.step())
            result.append(readChunk(query));
        query.reset();
    }
    return result;
}

// Dense retrieval's read-back: candidates from the vector index, filtered as lexical search is.

QList<RetrievableChunk> KnowledgeRepository::retrievable(const QString &phoneNumberId,
                                                         const QList<qint64> &chunkIds,
                                                         const QString &language, const QDate &date,
                                                         const QString &documentType)
{
    QList<RetrievableChunk> result;
    if (chunkIds.isEmpty())
        return result;
    // The ids travel as one JSON array, so one prepared statement serves any number of them.
    QString ids;
    ids.reserve(chunkIds.size() * 8 + 2);
    ids.append(u'[');
    for (qsizetype i = 0; i < chunkIds.size(); ++i) {
        if (i > 0)
            ids.append(u',');
        ids.append(QString::number(chunkIds.at(i)));
    }
    ids.append(u']');
    const QDate day = date.isValid() ? date : QDate::currentDate();
    // The unary + keeps SQLite from choosing knowledge_chunks_by_business, which reads every
    // chunk of the business (35 ms at 100,000 chunks) instead of looking up the ids (1 ms).
    auto &query = m_connection.prepare(
        "SELECT c.id, c.document_id, c.section, c.question, c.text, c.language, d.source_name, "
        "d.type FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id "
        "WHERE c.id IN (SELECT value FROM json_each(?1)) AND +c.phone_number_id = ?2 "
        "AND (?3 = '' OR c.language = ?3) "
        "AND (c.valid_from IS NULL OR c.valid_from <= ?4) "
        "AND (c.valid_until IS NULL OR c.valid_until >= ?4) "
        "AND (?5 = '' OR d.type = ?5)");
    query.bind(1, ids)
        .bind(2, phoneNumberId)
        .bind(3, language)
        .bind(4, day.toString(Qt::ISODate))
        .bind(5, documentType);
    while (query.step()) {
        RetrievableChunk chunk;
        chunk.chunkId = query.int64(0);
        chunk.documentId = query.int64(1);
        chunk.section = SectionPath::fromText(query.text(2));
        chunk.question = query.text(3);
        chunk.text = query.text(4);
        chunk.language = query.text(5);
        chunk.sourceName = query.text(6);
        chunk.documentType = query.text(7);
        result.append(std::move(chunk));
    }
    query.reset();
    return result;
}

} // namespace sportello::storage
