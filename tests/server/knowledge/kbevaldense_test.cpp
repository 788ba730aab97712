// SPDX-License-Identifier: LicenseRef-Sportello
// `kb eval --mode dense|hybrid`: the real command on the six-document BEIR fixture, with the
// embedded fastText embedder and with an OpenAI-compatible endpoint (the fake).
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "support/fakeembeddingserver.h"
#include "support/qtapp.h"

namespace {

using sportello::test::FakeEmbeddingServer;

const QString kDir = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/beir/");

struct ServerRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ServerRun runServer(const QStringList &extra, const QByteArray &apiKey = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SPORTELLO_EMBEDDINGS_API_KEY"));
    if (!apiKey.isEmpty())
        environment.insert(QStringLiteral("SPORTELLO_EMBEDDINGS_API_KEY"),
                           QString::fromLatin1(apiKey));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPORTELLO_SERVER_BINARY),
                  QStringList{QStringLiteral("kb"), QStringLiteral("eval"),
                              QStringLiteral("--corpus"), kDir + u"corpus.jsonl",
                              QStringLiteral("--queries"), kDir + u"queries.jsonl",
                              QStringLiteral("--qrels"), kDir + u"qrels.tsv",
                              QStringLiteral("--language"), QStringLiteral("en")} +
                      extra);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject runJson(const QStringList &extra, const QByteArray &apiKey = {})
{
    const ServerRun run = runServer(extra + QStringList{QStringLiteral("--json")}, apiKey);
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    return json;
}

void expectAcceptanceKeys(const QJsonObject &json)
{
    for (const char *key : {"recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10",
                            "latency_ms_p50", "latency_ms_p99", "queries"}) {
        ASSERT_TRUE(json.contains(QLatin1String(key))) << key;
        EXPECT_GE(json.value(QLatin1String(key)).toDouble(), 0.0) << key;
    }
    for (const char *key : {"recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10"})
        EXPECT_LE(json.value(QLatin1String(key)).toDouble(), 1.0) << key;
    EXPECT_EQ(json.value(u"queries").toInt(), 5);
}

TEST(KbEvalDense, DenseWithTheEmbeddedFastTextEmbedder)
{
    const QJsonObject json = runJson({QStringLiteral("--mode"), QStringLiteral("dense")});
    expectAcceptanceKeys(json);
    EXPECT_EQ(json.value(u"mode").toString(), QStringLiteral("dense"));
    EXPECT_EQ(json.value(u"embedder").toString(), QStringLiteral("fasttext-trained"));
    EXPECT_TRUE(json.value(u"embedding_model").toString().startsWith(u"fasttext-sub-"));
    EXPECT_GT(json.value(u"dimensions").toInt(), 0);
    EXPECT_TRUE(json.value(u"latency_includes_embedding").toBool());
    EXPECT_GT(json.value(u"train_seconds").toDouble(), 0.0);
}

TEST(KbEvalDense, HybridWithTheEmbeddedEmbedderIsNeverWorseThanBm25)
{
    // With fastText the default fusion only fills places BM25 left empty: every figure is at
    // least BM25's.
    const QJsonObject bm25 = runJson({QStringLiteral("--mode"), QStringLiteral("bm25")});
    const QJsonObject json = runJson({QStringLiteral("--mode"), QStringLiteral("hybrid")});
    expectAcceptanceKeys(json);
    EXPECT_EQ(json.value(u"mode").toString(), QStringLiteral("hybrid"));
    EXPECT_EQ(json.value(u"fusion").toString(), QStringLiteral("fill"));
    for (const char *key : {"recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10"}) {
        const QString name = QString::fromLatin1(key);
        EXPECT_GE(json.value(name).toDouble(), bm25.value(name).toDouble()) << key;
    }

    // Reciprocal-rank fusion on request, as for a remote embedder.
    const ServerRun text = runServer({QStringLiteral("--mode"), QStringLiteral("hybrid"),
                                      QStringLiteral("--fusion"), QStringLiteral("rrf")});
    ASSERT_EQ(text.exitCode, 0) << text.err.constData();
    EXPECT_TRUE(text.out.contains("fusion      rrf")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("(included in the latency)")) << text.out.constData();
}

TEST(KbEvalDense, RemoteEmbeddingsAreTimedApartFromTheQuery)
{
    sportello::test::QtApp::ensure();
    FakeEmbeddingServer server(8);
    const QJsonObject json =
        runJson({QStringLiteral("--mode"), QStringLiteral("hybrid"),
                 QStringLiteral("--embeddings-url"), server.baseUrl().toString(),
                 QStringLiteral("--embeddings-model"), QStringLiteral("fake-model")},
                "secret-key");
    expectAcceptanceKeys(json);
    EXPECT_EQ(json.value(u"embedder").toString(), QStringLiteral("openai"));
    EXPECT_EQ(json.value(u"embedding_model").toString(), QStringLiteral("fake-model"));
    EXPECT_EQ(json.value(u"dimensions").toInt(), 8);
    EXPECT_FALSE(json.value(u"latency_includes_embedding").toBool());
    EXPECT_GT(json.value(u"embedding_ms_p50").toDouble(), 0.0);
    ASSERT_FALSE(server.requests().isEmpty());
    EXPECT_EQ(server.requests().constFirst().authorization, QByteArray("Bearer secret-key"));
    // One request for the six documents, one per judged query.
    EXPECT_EQ(server.requestCount(), 1 + 5);
}

TEST(KbEvalDense, BadEmbedderSettingsAreRefused)
{
    FakeEmbeddingServer server(8);
    struct Case
    {
        QStringList arguments;
        const char *message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--mode"), QStringLiteral("dense"), QStringLiteral("--embeddings-url"),
          server.baseUrl().toString()},
         "--embeddings-url needs --embeddings-model"},
        {{QStringLiteral("--mode"), QStringLiteral("dense"), QStringLiteral("--fasttext-model"),
          kDir + u"missing.bin"},
         "missing.bin: no such file"},
        {{QStringLiteral("--mode"), QStringLiteral("hybrid"), QStringLiteral("--fusion"),
          QStringLiteral("average")},
         "--fusion must be rrf, scores or fill"},
        {{QStringLiteral("--mode"), QStringLiteral("hybrid"), QStringLiteral("--dense-weight"),
          QStringLiteral("-1")},
         "--dense-weight must be a number of at least 0"},
    };
    for (const Case &c : cases) {
        const ServerRun run = runServer(c.arguments);
        EXPECT_EQ(run.exitCode, 2) << c.message;
        EXPECT_TRUE(run.err.contains(c.message)) << c.message << " / " << run.err.constData();
    }
    server.misbehave(FakeEmbeddingServer::Mode::ServerError);
    const ServerRun down = runServer(
        {QStringLiteral("--mode"), QStringLiteral("dense"), QStringLiteral("--embeddings-url"),
         server.baseUrl().toString(), QStringLiteral("--embeddings-model"), QStringLiteral("m")});
    EXPECT_EQ(down.exitCode, 2);
    EXPECT_TRUE(down.err.contains("embedding the corpus")) << down.err.constData();
}

} // namespace
