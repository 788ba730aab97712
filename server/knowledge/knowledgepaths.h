// SPDX-License-Identifier: LicenseRef-Sportello
// Where a business's knowledge files live beside the database: vector indexes, fastText model.
#pragma once

#include <QString>

namespace sportello::knowledge {

// <data_dir>/knowledge/<phone_number_id>/ holds one <model>.hnsw (+ .meta) per embedding model
// and, with the embedded embedder, the fastText model trained on the business's documents.
// Everything there can be rebuilt from the database.
class KnowledgePaths
{
public:
    static QString businessDir(const QString &dataDir, const QString &phoneNumberId);
    // A model id may hold characters a file name must not ("org/model:tag"): those become
    // '_' and a short hash of the id keeps two such ids apart.
    static QString vectorIndex(const QString &dataDir, const QString &phoneNumberId,
                               const QString &modelId);
    static QString fastTextModel(const QString &dataDir, const QString &phoneNumberId);
};

} // namespace sportello::knowledge
