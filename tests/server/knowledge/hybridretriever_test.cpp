// SPDX-License-Identifier: LicenseRef-Sportello
// HybridRetriever: reciprocal-rank and score fusion by hand, and BM25 answering alone when the
// embeddings provider rate-limits, hangs or sends broken JSON.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/openaiembedder.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/retrieval/denseretriever.h"
#include "knowledge/retrieval/hybridretriever.h"
#include "knowledge/retrieval/knowledgeindexer.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "storage/knowledgerepository.h"
#include "support/fakeembeddingserver.h"
#include "support/qtapp.h"
#include "support/testdatabase.h"

namespace sportello::knowledge {
namespace {

using test::FakeEmbeddingServer;

const QString kBusiness = QStringLiteral("100000000000001");
const QString kDir = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/retrieval/");
constexpr int kDimensions = 8;

RetrievedChunk chunk(qint64 id, double score)
{
    RetrievedChunk c;
    c.chunkId = id;
    c.score = score;
    c.text = QStringLiteral("chunk %1").arg(id);
    return c;
}

QList<qint64> idsOf(const QList<RetrievedChunk> &chunks)
{
    QList<qint64> ids;
    for (const auto &c : chunks)
        ids.append(c.chunkId);
    return ids;
}

TEST(HybridFusion, ReciprocalRanksAddUpAndWeightsTipTheBalance)
{
    const QList<RetrievedChunk> lexical{chunk(1, 9.0), chunk(2, 7.0), chunk(3, 1.0)};
    const QList<RetrievedChunk> dense{chunk(3, 0.9), chunk(1, 0.8), chunk(4, 0.7)};
    HybridRetriever::Options equal;
    equal.lexicalWeight = 1.0;
    equal.denseWeight = 1.0;
    equal.rankConstant = 60;
    // 1: 1/61 + 1/62, 3: 1/63 + 1/61, 2: 1/62, 4: 1/63.
    const auto fused = HybridRetriever::fuse(lexical, dense, equal, 10);
    EXPECT_EQ(idsOf(fused), (QList<qint64>{1, 3, 2, 4}));
    EXPECT_DOUBLE_EQ(fused.at(0).score, 1.0 / 61 + 1.0 / 62);
    EXPECT_EQ(fused.at(0).text, QStringLiteral("chunk 1"));
    EXPECT_EQ(idsOf(HybridRetriever::fuse(lexical, dense, equal, 2)), (QList<qint64>{1, 3}));

    // 3: 1/63 + 3/61 beats 1: 1/61 + 3/62.
    HybridRetriever::Options denseHeavy = equal;
    denseHeavy.denseWeight = 3.0;
    EXPECT_EQ(idsOf(HybridRetriever::fuse(lexical, dense, denseHeavy, 10)),
              (QList<qint64>{3, 1, 4, 2}));

    // Only the first `candidates` of each list take part.
    HybridRetriever::Options few = equal;
    few.candidates = 1;
    EXPECT_EQ(idsOf(HybridRetriever::fuse(lexical, dense, few, 10)), (QList<qint64>{1, 3}));
}

TEST(HybridFusion, ScoresFusionNormalisesBm25ByTheBest)
{
    const QList<RetrievedChunk> lexical{chunk(1, 10.0), chunk(2, 8.0)};
    const QList<RetrievedChunk> dense{chunk(2, 0.9), chunk(3, 0.95)};
    HybridRetriever::Options options;
    options.fusion = HybridRetriever::Fusion::Scores;
    options.denseWeight = 1.0;
    // 1: 1.0, 2: 0.8 + 0.9, 3: 0.95.
    const auto fused = HybridRetriever::fuse(lexical, dense, options, 10);
    EXPECT_EQ(idsOf(fused), (QList<qint64>{2, 1, 3}));
    EXPECT_NEAR(fused.at(0).score, 1.7, 1e-9);
}

TEST(HybridFusion, FillKeepsBm25sOrderAndOnlyAddsWhereItHasNothing)
{
    const QList<RetrievedChunk> lexical{chunk(1, 10.0), chunk(2, 8.0)};
    const QList<RetrievedChunk> dense{chunk(3, 0.95), chunk(2, 0.9), chunk(4, 0.5)};
    const auto options = HybridRetriever::Options::forEmbeddedEmbedder();
    ASSERT_EQ(options.fusion, HybridRetriever::Fusion::Fill);
    const auto fused = HybridRetriever::fuse(lexical, dense, options, 4);
    EXPECT_EQ(idsOf(fused), (QList<qint64>{1, 2, 3, 4}));
    // Scores stay in order across the two parts.
    EXPECT_DOUBLE_EQ(fused.at(0).score, 2.0);
    EXPECT_DOUBLE_EQ(fused.at(1).score, 1.8);
    EXPECT_DOUBLE_EQ(fused.at(2).score, 0.475);
    EXPECT_EQ(idsOf(HybridRetriever::fuse(lexical, dense, options, 2)), (QList<qint64>{1, 2}));
    // Nothing lexical (a misspelt query): the dense results as they come.
    EXPECT_EQ(idsOf(HybridRetriever::fuse({}, dense, options, 10)), (QList<qint64>{3, 2, 4}));
}

class HybridRetrieverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::QtApp::ensure();
        QFile file(kDir + u"faq-multilingual.jsonl");
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ParsedDocument document;
        document.type = QStringLiteral("faq");
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(u"language").toString() != u"it" || entry.contains(u"valid_from"))
                continue;
            ChunkDraft c;
            c.ordinal = int(document.chunks.size());
            c.question = entry.value(u"question").toString();
            c.text = entry.value(u"answer").toString();
            c.language = QStringLiteral("it");
            document.chunks.append(c);
        }
        KnowledgeIndexer(m_db.connection())
            .index(kBusiness, QStringLiteral("faq-it.jsonl"), document, QStringLiteral("it"));

        storage::KnowledgeRepository repository(m_db.connection());
        QList<qint64> ids;
        QStringList texts;
        for (const auto &stored : repository.documents(kBusiness)) {
            for (const auto &c : repository.chunks(stored.id)) {
                ids.append(c.id);
                texts.append(EmbeddingText::forChunk(c.section, c.question, c.text));
            }
        }
        QString error;
        const auto vectors = m_embedder.embed(texts, &error);
        ASSERT_TRUE(vectors) << qPrintable(error);
        for (qsizetype i = 0; i < ids.size(); ++i)
            ASSERT_TRUE(m_index.add(ids.at(i), vectors->at(i)));
    }

    static OpenAiEmbedderOptions embedderOptions(const QUrl &url)
    {
        OpenAiEmbedderOptions o;
        o.baseUrl = url;
        o.model = QStringLiteral("fake-embedding");
        o.timeoutMs = 300;
        o.maxAttempts = 1;
        o.retryBaseDelayMs = 10;
        return o;
    }

    RetrievalRequest request() const
    {
        RetrievalRequest r;
        r.phoneNumberId = kBusiness;
        r.query = QStringLiteral("quanto costa l'igiene dentale?");
        r.language = QStringLiteral("it");
        r.date = QDate(2025, 6, 15);
        r.topK = 3;
        return r;
    }

    test::TestDatabase m_db;
    FakeEmbeddingServer m_server{kDimensions};
    OpenAiEmbedder m_embedder{embedderOptions(m_server.baseUrl())};
    VectorIndex m_index{kDimensions, QStringLiteral("fake-embedding")};
};

TEST_F(HybridRetrieverTest, FusesBothSidesWhenTheProviderAnswers)
{
    LexicalRetriever lexical(m_db.connection());
    DenseRetriever dense(m_db.connection(), m_embedder, m_index);
    HybridRetriever hybrid(lexical, &dense);
    bool denseFailed = true;
    const auto found = hybrid.retrieve(request(), &denseFailed);
    EXPECT_FALSE(denseFailed);
    ASSERT_EQ(found.size(), 3);
    // The fake's vectors are hashes, so the dense side is noise; BM25's clear winner stays on
    // top and its fused score is the reciprocal-rank sum.
    EXPECT_EQ(found.at(0).question, QStringLiteral("Quanto costa l'igiene dentale?"));
    const HybridRetriever::Options defaults;
    EXPECT_GT(found.at(0).score, 1.0 / (defaults.rankConstant + 1));
    EXPECT_LE(found.at(0).score, (1.0 + defaults.denseWeight) / (defaults.rankConstant + 1));
    EXPECT_EQ(found.at(0).sourceName, QStringLiteral("faq-it.jsonl"));
}

TEST_F(HybridRetrieverTest, Bm25StillAnswersWhenTheProviderFails)
{
    LexicalRetriever lexical(m_db.connection());
    const QList<qint64> bm25 = idsOf(lexical.retrieve(request()));
    ASSERT_FALSE(bm25.isEmpty());
    DenseRetriever dense(m_db.connection(), m_embedder, m_index);
    HybridRetriever hybrid(lexical, &dense);
    for (const auto mode :
         {FakeEmbeddingServer::Mode::RateLimited, FakeEmbeddingServer::Mode::Hang,
          FakeEmbeddingServer::Mode::BadJson, FakeEmbeddingServer::Mode::ServerError}) {
        m_server.misbehave(mode, 1);
        bool denseFailed = false;
        const auto found = hybrid.retrieve(request(), &denseFailed);
        EXPECT_TRUE(denseFailed) << int(mode);
        EXPECT_EQ(idsOf(found), bm25) << int(mode);
        EXPECT_GT(found.value(0).score, 0.0); // BM25's own score
    }
    // And the dense retriever alone says why.
    m_server.misbehave(FakeEmbeddingServer::Mode::BadJson, 1);
    QString error;
    EXPECT_FALSE(dense.retrieve(request(), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(HybridRetrieverTest, WithoutAnEmbedderItIsBm25)
{
    LexicalRetriever lexical(m_db.connection());
    HybridRetriever hybrid(lexical, nullptr);
    bool denseFailed = true;
    const auto found = hybrid.retrieve(request(), &denseFailed);
    EXPECT_FALSE(denseFailed);
    EXPECT_EQ(idsOf(found), idsOf(lexical.retrieve(request())));
    EXPECT_EQ(m_server.requestCount(), 1); // the corpus, at set-up
}

} // namespace
} // namespace sportello::knowledge
