// SPDX-License-Identifier: LicenseRef-Sportello
// A business's knowledge base as a service: import, list, remove and search its documents.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "config/serverconfig.h"
#include "knowledge/iknowledgesearch.h"
#include "knowledge/import/importoptions.h"
#include "knowledge/import/importprogress.h"
#include "knowledge/import/importreport.h"
#include "knowledge/parseddocument.h"
#include "storage/knowledgechunk.h"
#include "storage/knowledgedocument.h"

namespace sportello::nlu {
class LanguageDetector;
}

namespace sportello::storage {
class Database;
}

namespace sportello::knowledge {

class ChunkLanguageResolver;
class IEmbedder;
class KnowledgeEmbedders;
class KnowledgeIndexer;
class LexicalIndexStore;
class LexicalRetriever;
class VectorIndexStore;

// What the command line, the pipeline and the agent hub use. Documents are parsed
// (DocumentParser), each chunk gets a language (its own, else detected among the business's),
// and each document is stored with its lexical index rows in one transaction
// (KnowledgeIndexer); then the business's dense index, when an embedder is configured, takes
// the new chunks and drops the old (VectorIndexStore).
//
// Search follows knowledge.mode (bm25, dense, hybrid) with the business's top_k and
// min_score. Dense retrieval that cannot run (no embedder, no vector yet, provider down)
// falls back to BM25: a customer is never left without an answer because of it.
//
// Thread-safe: every method may run on any thread, each reading and writing the database on
// its own thread's connection; import() and remove() block (parsing, embedding) and belong
// on worker threads, never the main event loop. The Database must outlive this object.
class KnowledgeBase : public IKnowledgeSearch
{
public:
    // Embedders from the configuration (knowledge.embedder, embeddings.*).
    KnowledgeBase(storage::Database &database, config::ServerConfig config);
    // Every business embeds with `embedder` (behind the embedding cache), whatever
    // knowledge.embedder says: tests and tools. It must outlive this object.
    KnowledgeBase(storage::Database &database, config::ServerConfig config, IEmbedder &embedder);
    ~KnowledgeBase() override;
    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    const config::ServerConfig &config() const { return m_config; }
    bool hasBusiness(const QString &phoneNumberId) const;

    // Imports files: each is its own unit (all its chunks or none, replacing the stored
    // document of the same file name); a file that cannot be read or parsed is reported
    // (ImportedFile::error names it and the line) and leaves what was stored as it was, and
    // the others still go in. An unchanged file writes nothing. Never throws: a database
    // failure fails the file it happened on.
    ImportReport import(const QString &phoneNumberId, const QStringList &paths,
                        const ImportOptions &options = {},
                        const ImportProgressCallback &progress = {});
    // An upload (the console): `fileName` names the document and picks its format.
    ImportReport importContent(const QString &phoneNumberId, const QByteArray &content,
                               const QString &fileName, const ImportOptions &options = {},
                               const ImportProgressCallback &progress = {});

    // By source name. Throw storage::StorageError.
    QList<storage::KnowledgeDocument> documents(const QString &phoneNumberId);
    // In ordinal order; empty when the business has no such document.
    QList<storage::KnowledgeChunk> chunks(const QString &phoneNumberId, qint64 documentId);
    // `document`: an id, else a source name. The removed document, nullopt when the business
    // has none such. The dense index forgets its chunks. Throws storage::StorageError.
    std::optional<storage::KnowledgeDocument> remove(const QString &phoneNumberId,
                                                     const QString &document);

    // IKnowledgeSearch. request.topK <= 0: the business's top_k; an empty request.language is
    // detected from the query among the business's languages; an invalid request.date is
    // today in the business's time zone.
    QList<RetrievedChunk> search(const RetrievalRequest &request) const override;

    struct SearchOptions
    {
        std::optional<config::KnowledgeSection::Mode> mode; // unset: knowledge.mode
        std::optional<double> minScore;                     // unset: the business's
    };
    // As search(), with the mode and threshold overridden (kb search --mode); *note says when
    // dense retrieval could not run and BM25 answered instead.
    QList<RetrievedChunk> search(const RetrievalRequest &request, const SearchOptions &options,
                                 QString *note = nullptr) const;

    // Builds the business's in-memory lexical index from the database and loads (or rebuilds,
    // when its files are missing or damaged) its dense index, so the first customer's
    // question does not wait for them. True when there is nothing to do (no embedder, no
    // vector yet) or they are ready; false with *error otherwise (searches then build the
    // lexical index themselves, or fall back to BM25 as always). Blocks: a worker thread.
    bool warmUp(const QString &phoneNumberId, QString *error = nullptr);

    // The business's effective settings.
    int topK(const QString &phoneNumberId) const;
    double minScore(const QString &phoneNumberId) const;

private:
    using Parse = std::function<std::optional<ParsedDocument>(QString *error)>;
    void importFile(const QString &phoneNumberId, ImportedFile &file, const Parse &parse,
                    const ImportOptions &options, KnowledgeIndexer &indexer,
                    const ChunkLanguageResolver &languages);
    ImportReport importAll(const QString &phoneNumberId, QList<ImportedFile> files,
                           const QList<Parse> &parsers, const ImportOptions &options,
                           const ImportProgressCallback &progress);
    // After the business's knowledge changed; `train`: a fastText model may be trained first.
    void updateDenseIndex(const QString &phoneNumberId, bool train, QStringList *warnings,
                          const ImportProgressCallback &progress, int fileCount);
    void refreshLexicalIndex(const QString &phoneNumberId);
    const nlu::LanguageDetector &detector() const;
    LexicalRetriever &lexicalRetriever() const;
    QList<RetrievedChunk> searchUnchecked(const RetrievalRequest &request,
                                          const SearchOptions &options, QString *note) const;
    void noteFallback(const QString &phoneNumberId, const QString &text, QString *note) const;

    storage::Database &m_database;
    const config::ServerConfig m_config;
    const quint64 m_id; // keys this object's per-thread lexical retrievers
    std::unique_ptr<KnowledgeEmbedders> m_embedders;
    std::unique_ptr<VectorIndexStore> m_indexes;
    std::unique_ptr<LexicalIndexStore> m_lexicalIndexes;
    mutable std::once_flag m_detectorOnce;
    mutable std::unique_ptr<nlu::LanguageDetector> m_detector;
    mutable std::mutex m_notedMutex;
    mutable QSet<QString> m_noted; // fallbacks already logged, so a down provider logs once
};

} // namespace sportello::knowledge
