// SPDX-License-Identifier: LicenseRef-Sportello
// The knowledge and embeddings sections and the per-business knowledge settings.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "config/configloader.h"

using namespace Qt::StringLiterals;

namespace sportello::config {
namespace {

class KnowledgeConfigTest : public ::testing::Test
{
protected:
    std::variant<ServerConfig, ConfigError> load(const QByteArray &json,
                                                 const QProcessEnvironment &environment = {})
    {
        const QString path = m_dir.filePath(u"config.json"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        return ConfigLoader(environment).load(path);
    }
    QString errorKey(const std::variant<ServerConfig, ConfigError> &result)
    {
        const auto *error = std::get_if<ConfigError>(&result);
        return error ? error->key : QString();
    }

    QTemporaryDir m_dir;
};

TEST_F(KnowledgeConfigTest, DefaultsAreBm25WithoutEmbeddings)
{
    const auto result = load("{}");
    ASSERT_TRUE(std::holds_alternative<ServerConfig>(result)) << errorKey(result).toStdString();
    const ServerConfig &config = std::get<ServerConfig>(result);
    EXPECT_EQ(config.knowledge.mode, KnowledgeSection::kDefaultMode);
    EXPECT_EQ(config.knowledge.mode, KnowledgeSection::Mode::Bm25);
    EXPECT_EQ(config.knowledge.embedder, KnowledgeSection::Embedder::None);
    EXPECT_EQ(config.knowledge.topK, 5);
    EXPECT_EQ(config.knowledge.minScore, 0.0);
    EXPECT_EQ(config.embeddings.batchSize, 64);
    EXPECT_FALSE(config.businesses.value(0).knowledgeTopK.has_value());
}

TEST_F(KnowledgeConfigTest, ReadsTheSectionsTheEnvironmentAndBusinessOverrides)
{
    QProcessEnvironment environment;
    environment.insert(u"SPORTELLO_EMBEDDINGS_API_KEY"_s, u"sk-secret"_s);
    environment.insert(u"SPORTELLO_KNOWLEDGE_TOP_K"_s, u"7"_s);
    const auto result = load(R"({
        "knowledge": {"mode": "hybrid", "embedder": "openai", "min_score": 0.25},
        "embeddings": {"base_url": "http://127.0.0.1:11434/v1", "model": "nomic-embed-text",
                       "timeout_ms": 3000, "batch_size": 16},
        "businesses": [{"phone_number_id": "100000000000009", "knowledge_top_k": 3,
                        "knowledge_min_score": 1.5}]
    })",
                             environment);
    ASSERT_TRUE(std::holds_alternative<ServerConfig>(result)) << errorKey(result).toStdString();
    const ServerConfig &config = std::get<ServerConfig>(result);
    EXPECT_EQ(config.knowledge.mode, KnowledgeSection::Mode::Hybrid);
    EXPECT_EQ(config.knowledge.embedder, KnowledgeSection::Embedder::OpenAi);
    EXPECT_EQ(config.knowledge.topK, 7);
    EXPECT_DOUBLE_EQ(config.knowledge.minScore, 0.25);
    EXPECT_EQ(config.embeddings.baseUrl, u"http://127.0.0.1:11434/v1"_s);
    EXPECT_EQ(config.embeddings.model, u"nomic-embed-text"_s);
    EXPECT_EQ(config.embeddings.apiKey.reveal(), "sk-secret");
    EXPECT_EQ(config.embeddings.timeoutMs, 3000);
    EXPECT_EQ(config.embeddings.batchSize, 16);
    ASSERT_EQ(config.businesses.size(), 1);
    EXPECT_EQ(config.businesses[0].knowledgeTopK, 3);
    EXPECT_EQ(config.businesses[0].knowledgeMinScore, 1.5);
}

TEST_F(KnowledgeConfigTest, RefusalsNameTheKey)
{
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"mode": "dense"}})")), u"knowledge.mode"_s);
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"mode": "hybrid", "embedder": "none"}})")),
              u"knowledge.mode"_s);
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"mode": "fast"}})")), u"knowledge.mode"_s);
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"embedder": "openai"}})")), u"embeddings.base_url"_s);
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"embedder": "openai"},
                                "embeddings": {"base_url": "ftp://x"}})")),
              u"embeddings.base_url"_s);
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"embedder": "openai"},
                                "embeddings": {"base_url": "https://api.openai.com/v1"}})")),
              u"embeddings.model"_s);
    EXPECT_EQ(errorKey(load(R"({"embeddings": {"api_key": "sk-in-the-file"}})")),
              u"embeddings.api_key"_s);
    EXPECT_EQ(errorKey(load(R"({"knowledge": {"top_k": 0}})")), u"knowledge.top_k"_s);
    EXPECT_EQ(errorKey(load(R"({"businesses": [{"phone_number_id": "100000000000009",
                                                 "knowledge_top_k": "five"}]})")),
              u"businesses[0].knowledge_top_k"_s);
    EXPECT_EQ(errorKey(load(R"({"businesses": [{"phone_number_id": "100000000000009",
                                                 "knowledge_min_score": -1}]})")),
              u"businesses[0].knowledge_min_score"_s);
    // The fastText embedder needs nothing else.
    EXPECT_TRUE(
        errorKey(load(R"({"knowledge": {"mode": "hybrid", "embedder": "fasttext"}})")).isEmpty());
}

TEST_F(KnowledgeConfigTest, KeysAreDescribed)
{
    const QString keys = ConfigLoader::describeKeys();
    for (const QString &name :
         {u"SPORTELLO_KNOWLEDGE_MODE"_s, u"SPORTELLO_KNOWLEDGE_EMBEDDER"_s,
          u"SPORTELLO_KNOWLEDGE_TOP_K"_s, u"SPORTELLO_KNOWLEDGE_MIN_SCORE"_s,
          u"SPORTELLO_EMBEDDINGS_BASE_URL"_s, u"SPORTELLO_EMBEDDINGS_MODEL"_s,
          u"SPORTELLO_EMBEDDINGS_API_KEY"_s, u"SPORTELLO_EMBEDDINGS_TIMEOUT_MS"_s,
          u"SPORTELLO_EMBEDDINGS_BATCH_SIZE"_s, u"knowledge_top_k"_s, u"knowledge_min_score"_s})
        EXPECT_TRUE(keys.contains(name)) << name.toStdString();
}

} // namespace
} // namespace sportello::config
