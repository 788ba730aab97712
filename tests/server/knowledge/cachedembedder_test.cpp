// SPDX-License-Identifier: LicenseRef-Sportello
// CachedEmbedder over a real database and the fake server: hits send nothing, misses once.
#include <gtest/gtest.h>

#include "knowledge/embedding/cachedembedder.h"
#include "knowledge/embedding/openaiembedder.h"
#include "knowledge/embedding/vectormath.h"
#include "storage/embeddingcacherepository.h"
#include "storage/sqlconnection.h"
#include "support/fakeembeddingserver.h"
#include "support/testdatabase.h"

using namespace Qt::StringLiterals;
using sportello::test::FakeEmbeddingServer;

namespace sportello::knowledge {
namespace {

class CachedEmbedderTest : public ::testing::Test
{
protected:
    CachedEmbedderTest()
    {
        OpenAiEmbedderOptions options;
        options.baseUrl = server.baseUrl();
        options.model = u"fake-model"_s;
        options.batchSize = 2;
        options.timeoutMs = 300;
        options.retryBaseDelayMs = 10;
        remote = std::make_unique<OpenAiEmbedder>(options);
        cached = std::make_unique<CachedEmbedder>(*remote, db.database());
    }

    FakeEmbeddingServer server{6};
    test::TestDatabase db;
    std::unique_ptr<OpenAiEmbedder> remote;
    std::unique_ptr<CachedEmbedder> cached;
};

TEST_F(CachedEmbedderTest, SecondCallIsServedFromTheCache)
{
    const QStringList input{u"prezzi"_s, u"orari"_s, u"prezzi"_s};
    QString error;
    const auto first = cached->embed(input, &error);
    ASSERT_TRUE(first) << error.toStdString();
    EXPECT_EQ(server.requestCount(), 1); // two distinct texts, one batch
    EXPECT_EQ(server.requests().first().input, (QStringList{u"prezzi"_s, u"orari"_s}));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM embedding_cache"), 2);
    EXPECT_EQ((*first)[0], (*first)[2]);

    const auto second = cached->embed(input, &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_EQ(server.requestCount(), 1); // zero new requests
    EXPECT_EQ(*second, *first);
    EXPECT_EQ(cached->hits(), 4); // the repeated "prezzi" of the first call was not sent either
    EXPECT_EQ(cached->misses(), 2);
}

TEST_F(CachedEmbedderTest, OnlyMissesAreSentAndSurviveARestart)
{
    QString error;
    ASSERT_TRUE(cached->embed({u"a"_s, u"b"_s}, &error)) << error.toStdString();
    db.reopen();
    CachedEmbedder again(*remote, db.database());
    const auto vectors = again.embed({u"b"_s, u"c"_s, u"a"_s}, &error);
    ASSERT_TRUE(vectors) << error.toStdString();
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().last().input, QStringList{u"c"_s});
    EXPECT_NEAR(VectorMath::dot((*vectors)[2], FakeEmbeddingServer::expectedVector(u"a"_s, 6)), 1.0,
                1e-5);
}

TEST_F(CachedEmbedderTest, FailureStoresNothingAndModelsDoNotMix)
{
    server.misbehave(FakeEmbeddingServer::Mode::BadJson, 1);
    QString error;
    EXPECT_FALSE(cached->embed({u"a"_s}, &error));
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM embedding_cache"), 0);

    ASSERT_TRUE(cached->embed({u"a"_s}, &error)) << error.toStdString();
    EXPECT_NE(CachedEmbedder::contentHash(u"fake-model"_s, u"a"_s),
              CachedEmbedder::contentHash(u"other-model"_s, u"a"_s));
    storage::EmbeddingCacheRepository repository(db.connection());
    EXPECT_EQ(repository.count(u"fake-model"_s), 1);
    EXPECT_EQ(repository.count(u"other-model"_s), 0);
    EXPECT_EQ(repository.removeModel(u"fake-model"_s), 1);
}

TEST(EmbeddingCacheRepository, RoundTripsAndIgnoresTornVectors)
{
    test::TestDatabase db;
    storage::EmbeddingCacheRepository repository(db.connection());
    const QList<float> vector{0.6f, -0.8f, 0.0f};
    repository.store(u"m"_s, "aa", vector, 1);
    repository.store(u"m"_s, "bb", vector, 1);
    db.connection().execute("UPDATE embedding_cache SET dimensions = 4 WHERE content_hash = 'bb'");
    const auto found = repository.find(u"m"_s, {"aa", "bb", "cc"});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.value("aa"), vector);
    repository.store(u"m"_s, "bb", vector, 2); // overwrites the torn row
    EXPECT_EQ(repository.find(u"m"_s, {"bb"}).value("bb"), vector);
}

} // namespace
} // namespace sportello::knowledge
