// SPDX-License-Identifier: LicenseRef-Sportello
// Each business's in-memory lexical index: built lazily from the database, kept in step with it.
#pragma once

#include <map>
#include <memory>
#include <mutex>

#include <QString>

namespace sportello::storage {
class Database;
}

namespace sportello::knowledge {

class LexicalMemoryIndex;

// The database's lexical rows (knowledge_fts) are the source of truth and nothing is written
// to files: a business's index is built from them on first use (or by KnowledgeBase::warmUp),
// about a second for 100,000 chunks. Another process or KnowledgeBase may change the
// knowledge: every use compares the index's knowledge version with the database's
// (storage::KnowledgeRepository::version()) and, when it is behind, diffs chunk ids and reads
// only the new chunks' rows into a new index, which replaces the old one for later searches.
//
// Thread-safe: one thread at a time brings a business's index up to date while the others
// keep searching the one they hold. Each thread reads on its own database connection.
class LexicalIndexStore
{
public:
    struct Sync
    {
        bool built = false; // from every row of the business
        int added = 0;
        int removed = 0;
        double seconds = 0;
    };

    explicit LexicalIndexStore(storage::Database &database);
    ~LexicalIndexStore();
    LexicalIndexStore(const LexicalIndexStore &) = delete;
    LexicalIndexStore &operator=(const LexicalIndexStore &) = delete;

    // The business's index, up to date with the database (empty when it has no chunk).
    // Throws storage::StorageError.
    std::shared_ptr<const LexicalMemoryIndex> current(const QString &phoneNumberId,
                                                      Sync *sync = nullptr);

    // After this process changed the business's knowledge: brings its index up to date when
    // one is held (so the next search does not pay the diff); builds none.
    void refresh(const QString &phoneNumberId, Sync *sync = nullptr);

    // Forgets the indexes held: the next use builds them again.
    void clear();

private:
    struct Entry;

    std::shared_ptr<Entry> entry(const QString &phoneNumberId);
    std::shared_ptr<const LexicalMemoryIndex>
    bringUpToDate(Entry &entry, const QString &phoneNumberId, Sync &sync);

    storage::Database &m_database;
    std::mutex m_mutex; // m_entries
    std::map<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace sportello::knowledge
