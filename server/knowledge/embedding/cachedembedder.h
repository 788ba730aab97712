// SPDX-License-Identifier: LicenseRef-Sportello
// IEmbedder decorator: vectors already in the embedding cache are not asked for again.
#pragma once

#include <atomic>

#include <QByteArray>

#include "knowledge/embedding/iembedder.h"

namespace sportello::storage {
class Database;
}

namespace sportello::knowledge {

// Looks each text up by SHA-256 of (model id, text) in the database, sends only the misses
// (each distinct text once) to the inner embedder, and stores what came back. Re-importing a
// document therefore only pays for its changed chunks. The cache is an optimisation: if the
// database cannot be read or written the texts are embedded anyway (logged), never lost.
// Threading: as IEmbedder; each thread uses its own database connection.
class CachedEmbedder : public IEmbedder
{
public:
    // Both must outlive this object.
    CachedEmbedder(IEmbedder &inner, storage::Database &database);

    QString modelId() const override;
    int dimensions() const override;
    std::optional<QList<QList<float>>> embed(const QStringList &texts, QString *error) override;

    // Lower-case hex SHA-256 of the model id's and the text's UTF-8, with a NUL between them.
    static QByteArray contentHash(const QString &modelId, const QString &text);

    // Texts answered without / by the inner embedder since construction (a text repeated
    // within one call is sent once: the repeats count as hits).
    qint64 hits() const { return m_hits.load(); }
    qint64 misses() const { return m_misses.load(); }

private:
    IEmbedder &m_inner;
    storage::Database &m_database;
    std::atomic<int> m_cachedDimensions{0};
    std::atomic<qint64> m_hits{0};
    std::atomic<qint64> m_misses{0};
};

} // namespace sportello::knowledge
