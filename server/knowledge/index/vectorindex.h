// SPDX-License-Identifier: LicenseRef-Sportello
// One business's dense index: chunk ids to unit vectors, top-k by cosine (hnswlib HNSW).
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QList>
#include <QSet>
#include <QString>

namespace sportello::knowledge {

// Labels are chunk ids (>= 0); vectors must be L2-normalised (IEmbedder's are), so the inner
// product hnswlib computes is the cosine. The database stays the source of truth: a missing,
// corrupt or mismatched file is reported by load() and the caller rebuilds from stored vectors.
//
// Threading: search() and save() may run on many threads at once (hnswlib supports concurrent
// queries); add(), remove() and capacity growth take an exclusive lock and wait for them.
//
// Removal only marks the vector deleted (hnswlib 0.6 cannot reuse the slot); deletedCount()
// tells the caller when a rebuild would reclaim space.
class VectorIndex
{
public:
    struct Hit
    {
        qint64 id = 0;
        float score = 0; // cosine similarity, higher is closer
    };

    enum class LoadFailure
    {
        None,
        Missing,           // no index file yet
        Corrupt,           // unreadable, truncated, checksum or layout wrong
        DimensionMismatch, // saved with vectors of another length
        ModelMismatch,     // saved for another embedding model
    };

    // `modelId` is only recorded in the saved file so load() can refuse a foreign index.
    explicit VectorIndex(int dimensions, const QString &modelId = {}, qsizetype capacity = 256);
    ~VectorIndex();
    VectorIndex(const VectorIndex &) = delete;
    VectorIndex &operator=(const VectorIndex &) = delete;

    int dimensions() const { return m_dimensions; }
    QString modelId() const { return m_modelId; }
    qsizetype size() const;         // live vectors
    qsizetype deletedCount() const; // removed but still taking a slot
    qsizetype capacity() const;     // slots before the next growth
    bool contains(qint64 id) const;
    // The live vectors' ids, ascending: what a caller diffs against the database.
    QList<qint64> ids() const;

    // The business's knowledge version (storage::KnowledgeRepository::version()) the vectors
    // match; saved in the .meta file so a loaded index knows whether it is behind. 0: unknown.
    qint64 knowledgeVersion() const { return m_knowledgeVersion.load(); }
    void setKnowledgeVersion(qint64 version) { m_knowledgeVersion = version; }

    // Inserts or replaces the vector of `id`; grows the capacity when full. False with *error
    // for a negative id, a vector of the wrong length or memory exhaustion.
    bool add(qint64 id, const QList<float> &vector, QString *error = nullptr);
    // True when `id` was present.
    bool remove(qint64 id);

    // The k nearest live vectors, closest first. With `allowed`, only those ids are returned
    // (the caller's business/language/validity filter): small sets are scanned exactly,
    // large ones searched in the graph with a growing candidate list until k are found.
    QList<Hit> search(const QList<float> &query, int k,
                      const QSet<qint64> *allowed = nullptr) const;

    // Writes `path` (hnswlib's format) and `path`.meta (dimensions, model, checksum), each to
    // a temporary name first and then renamed over the old one.
    bool save(const QString &path, QString *error = nullptr) const;
    // nullptr with *error and *failure when the files are missing, damaged or were saved for
    // other dimensions / another model (`expectedModelId` empty: not checked). Never throws.
    static std::unique_ptr<VectorIndex> load(const QString &path, int expectedDimensions,
                                             const QString &expectedModelId, QString *error,
                                             LoadFailure *failure = nullptr);

private:
    struct Impl;
    VectorIndex(int dimensions, const QString &modelId, std::unique_ptr<Impl> impl);

    int m_dimensions;
    QString m_modelId;
    std::unique_ptr<Impl> m_impl;
    std::atomic<qint64> m_knowledgeVersion{0};
};

} // namespace sportello::knowledge
