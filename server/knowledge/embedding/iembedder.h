// SPDX-License-Identifier: LicenseRef-Sportello
// Turns texts into vectors of one embedding model: the interface retrieval and import use.
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::knowledge {

// Threading: embed() blocks (network, database) and is meant for worker threads (import jobs,
// the pipeline's workers), never the server's main event loop. Implementations are safe to
// call from several threads at once.
class IEmbedder
{
public:
    virtual ~IEmbedder() = default;

    // Names the vector space: vectors with the same id are comparable, and the embedding cache
    // and saved vector indexes are keyed by it ("text-embedding-3-small", "nomic-embed-text").
    virtual QString modelId() const = 0;
    // Length of the vectors; 0 until known (a remote model says on its first answer).
    virtual int dimensions() const = 0;
    // One L2-normalised vector per text, in order (inner product = cosine). All or nothing:
    // nullopt with *error (when given) saying what failed; never a partial list.
    virtual std::optional<QList<QList<float>>> embed(const QStringList &texts, QString *error) = 0;
};

} // namespace sportello::knowledge
