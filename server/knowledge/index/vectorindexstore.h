// SPDX-License-Identifier: LicenseRef-Sportello
// Each business's dense index per embedding model: loaded lazily, kept in step with the database.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include <QString>

namespace sportello::storage {
class Database;
}

namespace sportello::knowledge {

class IEmbedder;
class VectorIndex;

// The database is the source of truth; the index files (KnowledgePaths::vectorIndex) are a
// cache of it. An index is loaded on first use; when its files are missing, damaged or were
// saved for another model or vector length it is REBUILT from the stored chunks, their
// vectors coming from the embedder (behind the embedding cache, so a rebuild does not ask a
// remote provider again for texts it already embedded).
//
// Another process (the command line importing while the server runs) may change the
// knowledge: every use compares the index's knowledge version with the database's
// (storage::KnowledgeRepository::version()) and, when it is behind, diffs chunk ids: vectors of
// chunks that are gone are removed, chunks that are new are embedded and added. Chunks that
// cannot be embedded now (provider down) are left out, and tried again on the next use.
//
// Thread-safe: one thread at a time brings a business's index up to date, while others keep
// searching the index they hold. Each thread reads on its own database connection.
class VectorIndexStore
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Sync
    {
        bool loaded = false;  // read from its files
        bool rebuilt = false; // built anew from the database (see rebuildReason)
        QString rebuildReason;
        int added = 0;
        int removed = 0;
        bool complete = true; // every stored chunk has its vector
        bool saved = false;
    };

    VectorIndexStore(storage::Database &database, QString dataDir);
    ~VectorIndexStore();
    VectorIndexStore(const VectorIndexStore &) = delete;
    VectorIndexStore &operator=(const VectorIndexStore &) = delete;

    // For a search: the business's index for the embedder's model, up to date as far as the
    // embedder allows. The files are written only after a rebuild (searches stay fast; the
    // process that changes the knowledge saves). nullptr when the business has no vector yet
    // (no chunk, or none could be embedded: *error says why).
    std::shared_ptr<const VectorIndex> current(const QString &phoneNumberId, IEmbedder &embedder,
                                               QString *error = nullptr, Sync *sync = nullptr);

    // After this process changed the business's knowledge: brings the index up to date and
    // saves its files when they are behind. False with *error when some chunks could not be
    // embedded or the files not written; the index then catches up on a later use.
    bool update(const QString &phoneNumberId, IEmbedder &embedder, QString *error = nullptr,
                const Progress &progress = {}, Sync *sync = nullptr);

    // Forgets the indexes held in memory (the files stay): the next use loads them again.
    void clear();

private:
    struct Entry;

    std::shared_ptr<Entry> entry(const QString &phoneNumberId, const QString &modelId);
    std::shared_ptr<VectorIndex> bringUpToDate(Entry &entry, const QString &phoneNumberId,
                                               IEmbedder &embedder, bool save, Sync &sync,
                                               QString *error, const Progress &progress);

    storage::Database &m_database;
    QString m_dataDir;
    std::mutex m_mutex; // m_entries
    std::map<std::pair<QString, QString>, std::shared_ptr<Entry>> m_entries;
};

} // namespace sportello::knowledge
