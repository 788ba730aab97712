// SPDX-License-Identifier: LicenseRef-Sportello
// EmbeddingsWire: request bodies and real (OpenAI, Ollama, Mistral) and broken answers.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "llm/openai/embeddingswire.h"

using namespace Qt::StringLiterals;

namespace sportello::llm {
namespace {

std::optional<EmbeddingsResponse> parse(const QByteArray &body, qsizetype count, QString *error)
{
    return EmbeddingsWire::parseResponse(body, count, error);
}

TEST(EmbeddingsWire, RequestBodyHasModelInputAndFloatEncoding)
{
    const QByteArray body =
        EmbeddingsWire::requestBody(u"text-embedding-3-small"_s, {u"ciao"_s, u"è \"aperto\"?"_s});
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    EXPECT_EQ(json.value(u"model"_s).toString(), u"text-embedding-3-small"_s);
    EXPECT_EQ(json.value(u"input"_s).toArray().at(1).toString(), u"è \"aperto\"?"_s);
    EXPECT_EQ(json.value(u"encoding_format"_s).toString(), u"float"_s);
    EXPECT_FALSE(json.contains(u"dimensions"_s));

    const QJsonObject shortened =
        QJsonDocument::fromJson(EmbeddingsWire::requestBody(u"m"_s, {u"x"_s}, 256)).object();
    EXPECT_EQ(shortened.value(u"dimensions"_s).toInt(), 256);
}

TEST(EmbeddingsWire, ParsesOpenAiAnswerInIndexOrder)
{
    // OpenAI's documented shape, data[] deliberately out of order.
    const QByteArray body = R"({
      "object": "list",
      "data": [
        {"object": "embedding", "index": 1, "embedding": [0.5, -0.25, 1e-3]},
        {"object": "embedding", "index": 0, "embedding": [-0.006929283, -0.005336422, 0]}
      ],
      "model": "text-embedding-3-small",
      "usage": {"prompt_tokens": 8, "total_tokens": 8}
    })";
    QString error;
    const auto response = parse(body, 2, &error);
    ASSERT_TRUE(response) << error.toStdString();
    EXPECT_EQ(response->model, u"text-embedding-3-small"_s);
    EXPECT_EQ(response->dimensions, 3);
    ASSERT_EQ(response->vectors.size(), 2);
    EXPECT_FLOAT_EQ(response->vectors[0][0], -0.006929283f);
    EXPECT_FLOAT_EQ(response->vectors[1][0], 0.5f);
    EXPECT_EQ(response->promptTokens, 8);
    EXPECT_EQ(response->totalTokens, 8);
}

TEST(EmbeddingsWire, ParsesOllamaAnswerWithoutUsageAndBase64)
{
    // Ollama's /v1/embeddings: no usage tokens for some versions.
    QString error;
    auto response = parse(R"({"object":"list","data":[{"object":"embedding","embedding":[1,2],
                              "index":0}],"model":"nomic-embed-text"})",
                          1, &error);
    ASSERT_TRUE(response) << error.toStdString();
    EXPECT_EQ(response->promptTokens, -1);

    // encoding_format=base64: little-endian float32 (1.0f, -2.0f).
    response = parse(R"({"data":[{"index":0,"embedding":"AACAPwAAAMA="}]})", 1, &error);
    ASSERT_TRUE(response) << error.toStdString();
    EXPECT_EQ(response->vectors[0], (QList<float>{1.0f, -2.0f}));
}

TEST(EmbeddingsWire, BadFieldsAreNamedByJsonPath)
{
    const struct
    {
        QByteArray body;
        qsizetype count;
        QString expected;
    } cases[] = {
        {"", 1, u"empty body"_s},
        {"[1,2]", 1, u"not a JSON object"_s},
        {R"({"object":"list","data":[{"ind)", 1, u"not a JSON object"_s},
        {R"({"object":"list"})", 1, u"data: missing"_s},
        {R"({"data":{}})", 1, u"data: object, not an array"_s},
        {R"({"data":[{"index":0,"embedding":[1]}]})", 2, u"data: 1 embeddings for 2 inputs"_s},
        {R"({"data":[7]})", 1, u"data[0]: number, not an object"_s},
        {R"({"data":[{"index":"0","embedding":[1]}]})", 1, u"data[0].index: string"_s},
        {R"({"data":[{"index":0,"embedding":[1]},{"index":5,"embedding":[1]}]})", 2,
         u"data[1].index: 5 is outside 0..1"_s},
        {R"({"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[1]}]})", 2,
         u"data[1].index: 0 appears twice"_s},
        {R"({"data":[{"index":0}]})", 1, u"data[0].embedding: missing"_s},
        {R"({"data":[{"index":0,"embedding":[1,"x",3]}]})", 1,
         u"data[0].embedding[1]: string, not a number"_s},
        {R"({"data":[{"index":0,"embedding":[1,1e300]}]})", 1,
         u"data[0].embedding[1]: out of float range"_s},
        {R"({"data":[{"index":0,"embedding":[]}]})", 1, u"data[0].embedding: empty"_s},
        {R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,2,3]}]})", 2,
         u"data[1].embedding: 3 numbers where data[0] has 2"_s},
        {R"({"data":[{"index":0,"embedding":"@@@"}]})", 1,
         u"data[0].embedding: a string that is not base64"_s},
        {R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota"}})",
         1, u"error.message: You exceeded your current quota"_s},
    };
    for (const auto &c : cases) {
        QString error;
        EXPECT_FALSE(parse(c.body, c.count, &error)) << c.body.toStdString();
        EXPECT_TRUE(error.contains(c.expected))
            << c.body.toStdString() << " -> " << error.toStdString();
    }
}

TEST(EmbeddingsWire, ErrorMessageOfTheUsualErrorBodies)
{
    EXPECT_EQ(EmbeddingsWire::errorMessage(
                  R"({"error":{"message":"Invalid model","type":"invalid_request_error"}})"),
              u"Invalid model"_s);
    EXPECT_EQ(EmbeddingsWire::errorMessage(R"({"error":"model \"x\" not found"})"),
              u"model \"x\" not found"_s);
    EXPECT_EQ(EmbeddingsWire::errorMessage(R"({"detail":"Not Found"})"), u"Not Found"_s);
    EXPECT_TRUE(EmbeddingsWire::errorMessage("<html>502 Bad Gateway</html>").isEmpty());
}

} // namespace
} // namespace sportello::llm
