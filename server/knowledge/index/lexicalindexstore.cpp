// SPDX-License-Identifier: LicenseRef-Sportello
// Each business's in-memory lexical index: built lazily from the database, kept in step with it.
#include "knowledge/index/lexicalindexstore.h"

#include <algorithm>
#include <iterator>

#include <QElapsedTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "knowledge/index/lexicalmemoryindex.h"
#include "knowledge/knowledgelog.h"
#include "storage/database.h"
#include "storage/knowledgerepository.h"
#include "storage/lexicalindexrepository.h"
#include "storage/transaction.h"

namespace sportello::knowledge {

struct LexicalIndexStore::Entry
{
    std::mutex syncMutex; // one thread brings the index up to date at a time
    std::mutex publishMutex;
    std::shared_ptr<const LexicalMemoryIndex> published;
};

LexicalIndexStore::LexicalIndexStore(storage::Database &database)
    : m_database(database)
{
}

LexicalIndexStore::~LexicalIndexStore() = default;

void LexicalIndexStore::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

std::shared_ptr<LexicalIndexStore::Entry> LexicalIndexStore::entry(const QString &phoneNumberId)
{
    const std::lock_guard lock(m_mutex);
    auto &slot = m_entries[phoneNumberId];
    if (!slot)
        slot = std::make_shared<Entry>();
    return slot;
}

std::shared_ptr<const LexicalMemoryIndex> LexicalIndexStore::current(const QString &phoneNumberId,
                                                                     Sync *sync)
{
    const auto held = entry(phoneNumberId);
    std::unique_lock lock(held->syncMutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        // Another thread is bringing it up to date: search what there is rather than wait,
        // unless there is nothing yet.
        {
            const std::lock_guard publish(held->publishMutex);
            if (held->published)
                return held->published;
        }
        lock.lock();
    }
    Sync local;
    return bringUpToDate(*held, phoneNumberId, sync ? *sync : local);
}

void LexicalIndexStore::refresh(const QString &phoneNumberId, Sync *sync)
{
    const auto held = entry(phoneNumberId);
    const std::lock_guard lock(held->syncMutex);
    {
        const std::lock_guard publish(held->publishMutex);
        if (!held->published)
            return;
    }
    Sync local;
    bringUpToDate(*held, phoneNumberId, sync ? *sync : local);
}

std::shared_ptr<const LexicalMemoryIndex>
LexicalIndexStore::bringUpToDate(Entry &entry, const QString &phoneNumberId, Sync &sync)
{
    std::shared_ptr<const LexicalMemoryIndex> index;
    {
        const std::lock_guard publish(entry.publishMutex);
        index = entry.published;
    }
    auto &connection = m_database.connection();
    storage::KnowledgeRepository repository(connection);
    if (index && index->knowledgeVersion() == repository.version(phoneNumberId))
        return index;

    QElapsedTimer timer;
    timer.start();
    {
        // One read transaction: the version, the ids and the rows are of the same moment.
        storage::Transaction read(connection, storage::Transaction::Mode::Read);
        const qint64 version = repository.version(phoneNumberId);
        storage::LexicalIndexRepository rows(connection);
        if (!index) {
            const auto all = rows.businessRows(phoneNumberId);
            sync.built = true;
            sync.added = int(all.size());
            index = LexicalMemoryIndex::build(all, version);
        } else {
            const QList<qint64> ids = repository.chunkIds(phoneNumberId);
            const QList<qint64> held = index->chunkIds();
            QList<qint64> stale;
            QList<qint64> missing;
            std::set_difference(held.cbegin(), held.cend(), ids.cbegin(), ids.cend(),
                                std::back_inserter(stale));
            std::set_difference(ids.cbegin(), ids.cend(), held.cbegin(), held.cend(),
                                std::back_inserter(missing));
            const auto added = missing.isEmpty() ? QList<storage::LexicalRow>()
                                                 : rows.businessRows(phoneNumberId, missing);
            sync.added = int(added.size());
            sync.removed = int(stale.size());
            index = index->withChanges(stale, added, version);
        }
        read.commit();
    }
#if defined(__GLIBC__)
    // A build's scratch (every row's text, the postings before they are laid out) is about
    // twice the index; glibc would keep it for this process otherwise.
    if (sync.built)
        malloc_trim(0);
#endif
    sync.seconds = double(timer.nsecsElapsed()) / 1e9;
    {
        const std::lock_guard publish(entry.publishMutex);
        entry.published = index;
    }
    qCInfo(lcKnowledge,
           "business %s: lexical index at version %lld: %lld chunks, %d added, %d removed%s "
           "in %.0f ms (%.1f MB)",
           qUtf8Printable(phoneNumberId), qlonglong(index->knowledgeVersion()),
           qlonglong(index->size()), sync.added, sync.removed, sync.built ? " (built)" : "",
           sync.seconds * 1000.0, double(index->memoryBytes()) / 1e6);
    return index;
}

} // namespace sportello::knowledge
