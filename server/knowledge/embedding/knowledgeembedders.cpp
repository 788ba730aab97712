// SPDX-License-Identifier: LicenseRef-Sportello
// The embedder of each business, as configured: none, its own fastText model, or a remote API.
#include "knowledge/embedding/knowledgeembedders.h"

#include <QDir>
#include <QFileInfo>

#include "config/serverconfig.h"
#include "knowledge/embedding/cachedembedder.h"
#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/fasttextembedder.h"
#include "knowledge/embedding/openaiembedder.h"
#include "knowledge/knowledgelog.h"
#include "knowledge/knowledgepaths.h"
#include "storage/database.h"
#include "storage/knowledgerepository.h"

namespace sportello::knowledge {

KnowledgeEmbedders::KnowledgeEmbedders(storage::Database &database,
                                       const config::ServerConfig &config)
    : m_database(database)
    , m_dataDir(config.server.dataDir)
{
    for (const config::BusinessConfig &business : config.businesses)
        m_defaultLanguages.insert(business.phoneNumberId, business.defaultLanguage);
    switch (config.knowledge.embedder) {
    case config::KnowledgeSection::Embedder::None:
        break;
    case config::KnowledgeSection::Embedder::FastText:
        m_kind = Kind::FastText;
        break;
    case config::KnowledgeSection::Embedder::OpenAi: {
        OpenAiEmbedderOptions options;
        options.baseUrl = QUrl(config.embeddings.baseUrl);
        options.model = config.embeddings.model;
        options.apiKey = config.embeddings.apiKey.reveal();
        options.timeoutMs = config.embeddings.timeoutMs;
        options.batchSize = config.embeddings.batchSize;
        m_remote = std::make_unique<OpenAiEmbedder>(std::move(options));
        m_shared = std::make_unique<CachedEmbedder>(*m_remote, database);
        m_kind = Kind::Shared;
        break;
    }
    }
}

KnowledgeEmbedders::KnowledgeEmbedders(storage::Database &database, IEmbedder &embedder)
    : m_database(database)
    , m_kind(Kind::Shared)
    , m_shared(std::make_unique<CachedEmbedder>(embedder, database))
    , m_custom(true)
{
}

KnowledgeEmbedders::~KnowledgeEmbedders() = default;

QString KnowledgeEmbedders::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::FastText:
        return QStringLiteral("fasttext");
    case Kind::Shared:
        break;
    }
    return m_custom ? QStringLiteral("custom") : QStringLiteral("openai");
}

IEmbedder *KnowledgeEmbedders::forBusiness(const QString &phoneNumberId)
{
    if (m_kind == Kind::Shared)
        return m_shared.get();
    if (m_kind != Kind::FastText)
        return nullptr;
    const std::lock_guard lock(m_mutex);
    auto &slot = m_fastText[phoneNumberId];
    if (!slot) {
        const QString path = KnowledgePaths::fastTextModel(m_dataDir, phoneNumberId);
        if (!QFileInfo::exists(path))
            return nullptr;
        QString error;
        slot = FastTextEmbedder::load(path, &error);
        if (!slot) {
            qCWarning(lcKnowledge, "business %s: fastText model unusable, dense search off: %s",
                      qUtf8Printable(phoneNumberId), qUtf8Printable(error));
            return nullptr;
        }
    }
    return slot.get();
}

bool KnowledgeEmbedders::prepare(const QString &phoneNumberId, QString *error,
                                 const TrainingProgress &progress)
{
    if (m_kind == Kind::None) {
        *error = QStringLiteral("no embedder is configured (knowledge.embedder is none)");
        return false;
    }
    if (forBusiness(phoneNumberId))
        return true;

    // Trained on the business's own text as it is stored, in the words its chunks are
    // embedded from; a later import's new words still get vectors from their subwords.
    QStringList corpus;
    for (const storage::KnowledgeChunk &chunk :
         storage::KnowledgeRepository(m_database.connection()).businessChunks(phoneNumberId))
        corpus.append(EmbeddingText::forChunk(chunk.section, chunk.question, chunk.text));
    if (corpus.isEmpty()) {
        *error = QStringLiteral("no documents to train the fastText model on");
        return false;
    }
    FastTextEmbedderOptions options;
    options.language = m_defaultLanguages.value(phoneNumberId);
    auto trained = FastTextEmbedder::train(corpus, options, error, progress);
    if (!trained)
        return false;
    const QString path = KnowledgePaths::fastTextModel(m_dataDir, phoneNumberId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    if (!trained->save(path, error))
        return false;
    qCInfo(lcKnowledge, "business %s: fastText model %s trained on %lld chunks",
           qUtf8Printable(phoneNumberId), qUtf8Printable(trained->modelId()),
           qlonglong(corpus.size()));
    const std::lock_guard lock(m_mutex);
    auto &slot = m_fastText[phoneNumberId];
    if (!slot) // else another thread trained one first, and its callers may hold it
        slot = std::move(trained);
    return true;
}

} // namespace sportello::knowledge
