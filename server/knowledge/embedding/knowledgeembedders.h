// SPDX-License-Identifier: LicenseRef-Sportello
// The embedder of each business, as configured: none, its own fastText model, or a remote API.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include <QHash>
#include <QString>

#include "knowledge/embedding/iembedder.h"

namespace sportello::config {
struct ServerConfig;
}

namespace sportello::storage {
class Database;
}

namespace sportello::knowledge {

class CachedEmbedder;
class FastTextEmbedder;

// knowledge.embedder "openai": one OpenAiEmbedder behind the embedding cache, shared by every
// business (its vectors do not depend on whose text it is). "fasttext": a model per business,
// trained on that business's stored chunks the first time it imports documents and kept in
// its knowledge folder (KnowledgePaths::fastTextModel); it runs locally, so its vectors are not
// cached in the database. Thread-safe; the embedders returned live as long as this object.
class KnowledgeEmbedders
{
public:
    using TrainingProgress = std::function<void(double)>;

    KnowledgeEmbedders(storage::Database &database, const config::ServerConfig &config);
    // Every business embeds with `embedder` (behind the embedding cache), whatever the
    // configuration says: tests, tools. It must outlive this object.
    KnowledgeEmbedders(storage::Database &database, IEmbedder &embedder);
    ~KnowledgeEmbedders();
    KnowledgeEmbedders(const KnowledgeEmbedders &) = delete;
    KnowledgeEmbedders &operator=(const KnowledgeEmbedders &) = delete;

    bool isConfigured() const { return m_kind != Kind::None; }
    // "none", "fasttext", "openai" or "custom".
    QString kindName() const;

    // nullptr when no embedder is configured or, for fastText, the business has no trained
    // model yet (it has never imported anything) or its model file cannot be read.
    IEmbedder *forBusiness(const QString &phoneNumberId);

    // fastText: trains and saves the business's model from its stored chunks when it has
    // none. True when the business has an embedder afterwards; false with *error otherwise
    // (nothing to train on, fastText failed, the file cannot be written).
    bool prepare(const QString &phoneNumberId, QString *error,
                 const TrainingProgress &progress = {});

private:
    enum class Kind
    {
        None,
        FastText,
        Shared, // the remote API, or the embedder a test hands in
    };

    storage::Database &m_database;
    Kind m_kind = Kind::None;
    QString m_dataDir;
    QHash<QString, QString> m_defaultLanguages; // by phone_number_id: what fastText analyses as
    std::unique_ptr<IEmbedder> m_remote;
    std::unique_ptr<CachedEmbedder> m_shared;
    bool m_custom = false;

    std::mutex m_mutex; // m_fastText
    std::map<QString, std::unique_ptr<FastTextEmbedder>> m_fastText;
};

} // namespace sportello::knowledge
