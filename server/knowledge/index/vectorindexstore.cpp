// SPDX-License-Identifier: LicenseRef-Sportello
// Each business's dense index per embedding model: loaded lazily, kept in step with the database.
#include "knowledge/index/vectorindexstore.h"

#include <algorithm>
#include <iterator>

#include <QDir>
#include <QFileInfo>

#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/iembedder.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/knowledgelog.h"
#include "knowledge/knowledgepaths.h"
#include "storage/database.h"
#include "storage/knowledgerepository.h"
#include "storage/transaction.h"

namespace sportello::knowledge {

namespace {

// Texts per embed() call: bounds memory on a 100,000-chunk rebuild and paces the progress.
constexpr qsizetype kEmbedBatch = 256;

// hnswlib only marks a removed vector deleted; once they outnumber the live ones (and are
// many), building the index anew from the database gives the memory and the speed back.
bool tooManyDeleted(const VectorIndex &index)
{
    return index.deletedCount() > std::max<qsizetype>(1024, index.size());
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

struct VectorIndexStore::Entry
{
    std::mutex syncMutex; // one thread brings the index up to date at a time
    // What searches use; replaced (never changed under them) only when a rebuild finishes.
    std::mutex publishMutex;
    std::shared_ptr<VectorIndex> published;
    qint64 savedVersion = -1; // knowledge version of the files; -1: unknown or none
    bool incomplete = false;  // some stored chunks have no vector yet
};

VectorIndexStore::VectorIndexStore(storage::Database &database, QString dataDir)
    : m_database(database)
    , m_dataDir(std::move(dataDir))
{
}

VectorIndexStore::~VectorIndexStore() = default;

void VectorIndexStore::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

std::shared_ptr<VectorIndexStore::Entry> VectorIndexStore::entry(const QString &phoneNumberId,
                                                                 const QString &modelId)
{
    const std::lock_guard lock(m_mutex);
    auto &slot = m_entries[{phoneNumberId, modelId}];
    if (!slot)
        slot = std::make_shared<Entry>();
    return slot;
}

std::shared_ptr<const VectorIndex> VectorIndexStore::current(const QString &phoneNumberId,
                                                             IEmbedder &embedder, QString *error,
                                                             Sync *sync)
{
    const auto held = entry(phoneNumberId, embedder.modelId());
    std::unique_lock lock(held->syncMutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        // Another thread is updating (perhaps rebuilding) it: search what there is rather
        // than wait, unless there is nothing yet.
        {
            const std::lock_guard publish(held->publishMutex);
            if (held->published)
                return held->published;
        }
        lock.lock();
    }
    Sync local;
    return bringUpToDate(*held, phoneNumberId, embedder, false, sync ? *sync : local, error, {});
}

bool VectorIndexStore::update(const QString &phoneNumberId, IEmbedder &embedder, QString *error,
                              const Progress &progress, Sync *sync)
{
    const auto held = entry(phoneNumberId, embedder.modelId());
    const std::lock_guard lock(held->syncMutex);
    Sync local;
    Sync &result = sync ? *sync : local;
    QString why;
    bringUpToDate(*held, phoneNumberId, embedder, true, result, &why, progress);
    setError(error, why);
    return why.isEmpty() && result.complete;
}

std::shared_ptr<VectorIndex>
VectorIndexStore::bringUpToDate(Entry &entry, const QString &phoneNumberId, IEmbedder &embedder,
                                bool save, Sync &sync, QString *error, const Progress &progress)
{
    const QString modelId = embedder.modelId();
    std::shared_ptr<VectorIndex> index;
    {
        const std::lock_guard publish(entry.publishMutex);
        index = entry.published;
    }
    auto &connection = m_database.connection();
    storage::KnowledgeRepository repository(connection);
    if (index && !entry.incomplete &&
        index->knowledgeVersion() == repository.version(phoneNumberId) &&
        (!save || entry.savedVersion == index->knowledgeVersion()))
        return index;

    qint64 version = 0;
    QList<qint64> ids;
    {
        storage::Transaction read(connection, storage::Transaction::Mode::Read);
        version = repository.version(phoneNumberId);
        ids = repository.chunkIds(phoneNumberId);
        read.commit();
    }
    const QString path = KnowledgePaths::vectorIndex(m_dataDir, phoneNumberId, modelId);

    if (!index) {
        if (ids.isEmpty())
            return nullptr; // nothing to search; old files, if any, are diffed once there is
        int dimensions = embedder.dimensions();
        if (dimensions <= 0) {
            // A remote model tells its vectors' length in its first answer: ask for one stored
            // chunk's (the embedding cache answers when it has it).
            const auto probe = repository.businessChunks(phoneNumberId, {ids.first()});
            QString why = QStringLiteral("the chunk went away");
            const auto vectors =
                probe.isEmpty() ? std::nullopt
                                : embedder.embed({EmbeddingText::forChunk(probe.first().section,
                                                                          probe.first().question,
                                                                          probe.first().text)},
                                                 &why);
            if (!vectors || vectors->isEmpty() || vectors->first().isEmpty()) {
                sync.complete = false;
                setError(error, QStringLiteral("cannot embed with %1: %2").arg(modelId, why));
                return nullptr;
            }
            dimensions = int(vectors->first().size());
        }
        QString loadError;
        VectorIndex::LoadFailure failure = VectorIndex::LoadFailure::None;
        std::unique_ptr<VectorIndex> loaded =
            VectorIndex::load(path, dimensions, modelId, &loadError, &failure);
        if (loaded) {
            sync.loaded = true;
            entry.savedVersion = loaded->knowledgeVersion();
            index = std::move(loaded);
        } else {
            sync.rebuilt = true;
            if (failure == VectorIndex::LoadFailure::Missing) {
                sync.rebuildReason = QStringLiteral("no index files yet");
                qCInfo(lcKnowledge,
                       "business %s: no dense index for %s yet, building it from %lld "
                       "stored chunks",
                       qUtf8Printable(phoneNumberId), qUtf8Printable(modelId),
                       qlonglong(ids.size()));
            } else {
                sync.rebuildReason = loadError;
                qCWarning(lcKnowledge,
                          "business %s: %s; rebuilding the index from %lld stored "
                          "chunks",
                          qUtf8Printable(phoneNumberId), qUtf8Printable(loadError),
                          qlonglong(ids.size()));
            }
            entry.savedVersion = -1;
            index = std::make_shared<VectorIndex>(dimensions, modelId, ids.size() + 16);
        }
    } else if (tooManyDeleted(*index)) {
        sync.rebuilt = true;
        sync.rebuildReason =
            QStringLiteral("%1 removed vectors to reclaim").arg(index->deletedCount());
        qCInfo(lcKnowledge, "business %s: rebuilding the %s index to reclaim %lld removed vectors",
               qUtf8Printable(phoneNumberId), qUtf8Printable(modelId),
               qlonglong(index->deletedCount()));
        index = std::make_shared<VectorIndex>(index->dimensions(), modelId, ids.size() + 16);
    }
    // A rebuild fills an index nobody searches yet; a diff changes the published one in place
    // (VectorIndex locks), so searches meanwhile see the old vectors or the new.
    if (!sync.rebuilt) {
        const std::lock_guard publish(entry.publishMutex);
        entry.published = index;
    }

    const QList<qint64> held = index->ids();
    QList<qint64> stale;
    QList<qint64> missing;
    std::set_difference(held.cbegin(), held.cend(), ids.cbegin(), ids.cend(),
                        std::back_inserter(stale));
    std::set_difference(ids.cbegin(), ids.cend(), held.cbegin(), held.cend(),
                        std::back_inserter(missing));
    for (const qint64 id : std::as_const(stale))
        sync.removed += index->remove(id) ? 1 : 0;

    QString embedError;
    for (qsizetype start = 0; start < missing.size(); start += kEmbedBatch) {
        const auto chunks =
            repository.businessChunks(phoneNumberId, missing.mid(start, kEmbedBatch));
        QStringList texts;
        texts.reserve(chunks.size());
        for (const storage::KnowledgeChunk &chunk : chunks)
            texts.append(EmbeddingText::forChunk(chunk.section, chunk.question, chunk.text));
        QString why;
        const auto vectors = texts.isEmpty()
                                 ? std::optional<QList<QList<float>>>(QList<QList<float>>())
                                 : embedder.embed(texts, &why);
        if (!vectors) {
            embedError = QStringLiteral("%1 of %2 new chunks have no vector yet: %3")
                             .arg(missing.size() - start)
                             .arg(missing.size())
                             .arg(why);
            break;
        }
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            QString addError;
            if (index->add(chunks[i].id, vectors->value(i), &addError))
                ++sync.added;
            else if (embedError.isEmpty())
                embedError = addError;
        }
        if (progress)
            progress(std::min(start + kEmbedBatch, missing.size()), missing.size());
    }
    sync.complete = embedError.isEmpty();
    entry.incomplete = !sync.complete;
    if (sync.complete)
        index->setKnowledgeVersion(version);
    else
        qCWarning(lcKnowledge, "business %s: dense index incomplete: %s",
                  qUtf8Printable(phoneNumberId), qUtf8Printable(embedError));
    if (sync.rebuilt) {
        const std::lock_guard publish(entry.publishMutex);
        entry.published = index;
    }

    const bool changed = sync.rebuilt || sync.added > 0 || sync.removed > 0;
    QString saveError;
    if ((save || sync.rebuilt) && (changed || entry.savedVersion != index->knowledgeVersion())) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            saveError = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        } else if (index->save(path, &saveError)) {
            entry.savedVersion = index->knowledgeVersion();
            sync.saved = true;
        }
        if (!saveError.isEmpty())
            qCWarning(lcKnowledge, "business %s: dense index not saved: %s",
                      qUtf8Printable(phoneNumberId), qUtf8Printable(saveError));
    }
    if (sync.rebuilt || sync.added > 0 || sync.removed > 0)
        qCInfo(lcKnowledge, "business %s: dense index %s at version %lld: %d added, %d removed%s",
               qUtf8Printable(phoneNumberId), qUtf8Printable(modelId),
               qlonglong(index->knowledgeVersion()), sync.added, sync.removed,
               sync.rebuilt ? " (rebuilt)" : "");
    if (!embedError.isEmpty() || !saveError.isEmpty())
        setError(error, embedError.isEmpty() ? saveError : embedError);
    return index->size() > 0 ? index : nullptr;
}

} // namespace sportello::knowledge
