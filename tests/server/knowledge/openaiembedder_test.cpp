// SPDX-License-Identifier: LicenseRef-Sportello
// OpenAiEmbedder against the fake server: batching, retries, timeouts, the key kept secret.
#include <chrono>
#include <cmath>

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QThread>

#include "knowledge/embedding/openaiembedder.h"
#include "knowledge/embedding/vectormath.h"
#include "support/fakeembeddingserver.h"
#include "support/qtapp.h"

using namespace Qt::StringLiterals;
using sportello::test::FakeEmbeddingServer;

namespace sportello::knowledge {
namespace {

constexpr int kDimensions = 8;
const QByteArray kKey = "sk-test-SECRET-0123456789";

QStringList texts(int n)
{
    QStringList result;
    for (int i = 0; i < n; ++i)
        result.append(u"chunk %1: orari di apertura"_s.arg(i));
    return result;
}

class OpenAiEmbedderTest : public ::testing::Test
{
protected:
    OpenAiEmbedderOptions options()
    {
        OpenAiEmbedderOptions o;
        o.baseUrl = server.baseUrl();
        o.model = u"text-embedding-fake"_s;
        o.apiKey = kKey;
        o.batchSize = 4;
        o.timeoutMs = 300;
        o.maxAttempts = 3;
        o.retryBaseDelayMs = 20;
        return o;
    }

    struct App
    {
        App() { test::QtApp::ensure(); }
    } app;
    FakeEmbeddingServer server{kDimensions};
};

void expectVectorsFor(const QList<QList<float>> &vectors, const QStringList &input)
{
    ASSERT_EQ(vectors.size(), input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QList<float> expected = FakeEmbeddingServer::expectedVector(input[i], kDimensions);
        ASSERT_EQ(vectors[i].size(), kDimensions);
        EXPECT_NEAR(VectorMath::dot(vectors[i], vectors[i]), 1.0f, 1e-5f); // normalised
        EXPECT_NEAR(VectorMath::dot(vectors[i], expected), 1.0f, 1e-5f) << "text " << i;
    }
}

TEST_F(OpenAiEmbedderTest, BatchesInOrderWithBearerKey)
{
    OpenAiEmbedder embedder(options());
    EXPECT_EQ(embedder.dimensions(), 0);
    EXPECT_EQ(embedder.endpoint().path(), u"/v1/embeddings"_s);
    const QStringList input = texts(10);
    QString error;
    const auto vectors = embedder.embed(input, &error);
    ASSERT_TRUE(vectors) << error.toStdString();
    expectVectorsFor(*vectors, input);
    EXPECT_EQ(embedder.dimensions(), kDimensions);

    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 3); // ceil(10 / 4)
    EXPECT_EQ(requests[0].input.size(), 4);
    EXPECT_EQ(requests[2].input.size(), 2);
    EXPECT_EQ(requests[2].input.last(), input.last());
    EXPECT_EQ(requests[0].model, u"text-embedding-fake"_s);
    EXPECT_EQ(requests[0].authorization, "Bearer " + kKey);
}

TEST_F(OpenAiEmbedderTest, WorksFromAWorkerThreadAndWithoutKey)
{
    OpenAiEmbedderOptions o = options();
    o.apiKey.clear(); // Ollama
    OpenAiEmbedder embedder(o);
    std::optional<QList<QList<float>>> vectors;
    QString error;
    QThread *worker = QThread::create([&] { vectors = embedder.embed(texts(5), &error); });
    worker->start();
    ASSERT_TRUE(worker->wait(5000));
    delete worker;
    ASSERT_TRUE(vectors) << error.toStdString();
    expectVectorsFor(*vectors, texts(5));
    EXPECT_TRUE(server.requests().first().authorization.isEmpty());
}

TEST_F(OpenAiEmbedderTest, EmptyInputSendsNothingAndEmptyTextIsRefused)
{
    OpenAiEmbedder embedder(options());
    QString error;
    const auto none = embedder.embed({}, &error);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
    EXPECT_FALSE(embedder.embed({u"a"_s, u"  "_s}, &error));
    EXPECT_TRUE(error.contains(u"text 1 of 2 is empty"_s)) << error.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(OpenAiEmbedderTest, RetriesServerErrorsThenSucceeds)
{
    server.misbehave(FakeEmbeddingServer::Mode::ServerError, 2);
    OpenAiEmbedder embedder(options());
    QString error;
    const auto vectors = embedder.embed(texts(3), &error);
    ASSERT_TRUE(vectors) << error.toStdString();
    expectVectorsFor(*vectors, texts(3));
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(OpenAiEmbedderTest, GivesUpAfterMaxAttempts)
{
    server.misbehave(FakeEmbeddingServer::Mode::ServerError);
    OpenAiEmbedder embedder(options());
    QString error;
    EXPECT_FALSE(embedder.embed(texts(6), &error));
    EXPECT_EQ(server.requestCount(), 3); // first batch only: all or nothing
    EXPECT_TRUE(error.contains(u"HTTP 500: The server had an error"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"gave up after 3 attempts"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"batch 1 of 2"_s)) << error.toStdString();
}

TEST_F(OpenAiEmbedderTest, HonoursRetryAfter)
{
    server.misbehave(FakeEmbeddingServer::Mode::RateLimited, 1, {}, "250");
    OpenAiEmbedder embedder(options());
    QElapsedTimer clock;
    clock.start();
    QString error;
    ASSERT_TRUE(embedder.embed(texts(2), &error)) << error.toStdString();
    EXPECT_GE(clock.elapsed(), 250);
    EXPECT_EQ(server.requestCount(), 2);

    server.misbehave(FakeEmbeddingServer::Mode::RateLimited, 1, "1");
    clock.restart();
    ASSERT_TRUE(embedder.embed(texts(2), &error)) << error.toStdString();
    EXPECT_GE(clock.elapsed(), 1000);
}

TEST_F(OpenAiEmbedderTest, RetryAfterBeyondTheLimitFailsAtOnce)
{
    server.misbehave(FakeEmbeddingServer::Mode::RateLimited, -1, "120");
    OpenAiEmbedder embedder(options());
    QString error;
    EXPECT_FALSE(embedder.embed(texts(2), &error));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(error.contains(u"HTTP 429: Rate limit reached"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"wait 120000 ms"_s)) << error.toStdString();
}

TEST_F(OpenAiEmbedderTest, TimesOutAndRetriesAHangingServer)
{
    server.misbehave(FakeEmbeddingServer::Mode::Hang, 1);
    OpenAiEmbedder embedder(options());
    QElapsedTimer clock;
    clock.start();
    QString error;
    ASSERT_TRUE(embedder.embed(texts(2), &error)) << error.toStdString();
    EXPECT_GE(clock.elapsed(), 300);
    EXPECT_EQ(server.requestCount(), 2);

    server.misbehave(FakeEmbeddingServer::Mode::Hang);
    OpenAiEmbedderOptions o = options();
    o.maxAttempts = 2;
    OpenAiEmbedder impatient(o);
    EXPECT_FALSE(impatient.embed(texts(2), &error));
    EXPECT_TRUE(error.contains(u"no answer within 300 ms"_s)) << error.toStdString();
}

TEST_F(OpenAiEmbedderTest, ConnectionRefusedIsRetriedAndReported)
{
    OpenAiEmbedderOptions o = options();
    o.baseUrl = QUrl(u"http://127.0.0.1:1/v1"_s);
    o.maxAttempts = 2;
    OpenAiEmbedder embedder(o);
    QString error;
    EXPECT_FALSE(embedder.embed(texts(1), &error));
    EXPECT_EQ(embedder.requestCount(), 2);
    EXPECT_TRUE(error.contains(u"connection failed"_s)) << error.toStdString();
}

TEST_F(OpenAiEmbedderTest, BadAnswersAreNotRetried)
{
    OpenAiEmbedder embedder(options());
    QString error;
    server.misbehave(FakeEmbeddingServer::Mode::BadJson, 1);
    EXPECT_FALSE(embedder.embed(texts(2), &error));
    EXPECT_TRUE(error.contains(u"unreadable answer: not a JSON object"_s)) << error.toStdString();
    EXPECT_EQ(server.requestCount(), 1);

    server.misbehave(FakeEmbeddingServer::Mode::WrongCount, 1);
    EXPECT_FALSE(embedder.embed(texts(3), &error));
    EXPECT_TRUE(error.contains(u"data: 2 embeddings for 3 inputs"_s)) << error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(OpenAiEmbedderTest, KeyNeverInErrorsEvenWhenEchoed)
{
    server.misbehave(FakeEmbeddingServer::Mode::Unauthorized);
    OpenAiEmbedder embedder(options());
    QString error;
    EXPECT_FALSE(embedder.embed(texts(1), &error));
    EXPECT_EQ(server.requestCount(), 1); // 401 is not retried
    EXPECT_TRUE(error.contains(u"HTTP 401: Incorrect API key provided: ***"_s))
        << error.toStdString();
    EXPECT_FALSE(error.contains(QString::fromLatin1(kKey)));
}

TEST_F(OpenAiEmbedderTest, ModelIdCarriesRequestedDimensions)
{
    OpenAiEmbedderOptions o = options();
    EXPECT_EQ(OpenAiEmbedder(o).modelId(), u"text-embedding-fake"_s);
    o.dimensions = kDimensions;
    OpenAiEmbedder shortened(o);
    EXPECT_EQ(shortened.modelId(), u"text-embedding-fake@8"_s);
    EXPECT_EQ(shortened.dimensions(), kDimensions);
    QString error;
    ASSERT_TRUE(shortened.embed(texts(1), &error)) << error.toStdString();
    EXPECT_TRUE(server.requests().first().body.contains("\"dimensions\":8"));
}

} // namespace
} // namespace sportello::knowledge
