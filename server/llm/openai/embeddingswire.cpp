// SPDX-License-Identifier: LicenseRef-Sportello
// The OpenAI-compatible /v1/embeddings wire format: request bodies and answers, in one place.
#include "llm/openai/embeddingswire.h"

#include <cmath>
#include <exception>
#include <string>

#include <nlohmann/json.hpp>

#include <QtEndian>

namespace sportello::llm {

namespace {

using Json = nlohmann::json;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString typeName(const Json &value)
{
    return QString::fromLatin1(value.type_name());
}

std::optional<Json> parseObject(QByteArrayView body)
{
    if (body.isEmpty())
        return std::nullopt;
    Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    return json;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// encoding_format "base64": little-endian float32, what the OpenAI SDKs ask for by default.
bool decodeBase64(const std::string &text, const QString &path, QList<float> *vector,
                  QString *error)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray(text.data(), qsizetype(text.size())), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(error, QStringLiteral("%1: a string that is not base64").arg(path));
    const QByteArray &bytes = *decoded;
    if (bytes.size() % qsizetype(sizeof(float)) != 0)
        return fail(error, QStringLiteral("%1: base64 of %2 bytes, not whole float32 values")
                               .arg(path)
                               .arg(bytes.size()));
    vector->resize(bytes.size() / qsizetype(sizeof(float)));
    for (qsizetype i = 0; i < vector->size(); ++i) {
        const float value = qFromLittleEndian<float>(bytes.constData() + i * sizeof(float));
        if (!std::isfinite(value))
            return fail(error, QStringLiteral("%1[%2]: not a finite number").arg(path).arg(i));
        (*vector)[i] = value;
    }
    return true;
}

bool readVector(const Json &embedding, const QString &path, QList<float> *vector, QString *error)
{
    if (embedding.is_string())
        return decodeBase64(embedding.get_ref<const std::string &>(), path, vector, error);
    if (!embedding.is_array())
        return fail(
            error,
            QStringLiteral("%1: %2, not an array of numbers").arg(path, typeName(embedding)));
    vector->resize(qsizetype(embedding.size()));
    qsizetype i = 0;
    for (const Json &number : embedding) {
        if (!number.is_number())
            return fail(
                error,
                QStringLiteral("%1[%2]: %3, not a number").arg(path).arg(i).arg(typeName(number)));
        const float value = float(number.get<double>());
        if (!std::isfinite(value))
            return fail(error, QStringLiteral("%1[%2]: out of float range").arg(path).arg(i));
        (*vector)[i++] = value;
    }
    return true;
}

qint64 tokensAt(const Json &json, const char *key)
{
    const auto usage = json.find("usage");
    if (usage == json.end() || !usage->is_object())
        return -1;
    const auto it = usage->find(key);
    if (it == usage->end() || !it->is_number_integer())
        return -1;
    return it->get<qint64>();
}

QString errorMessageOf(const Json &json)
{
    const auto it = json.find("error");
    if (it != json.end()) {
        if (it->is_string())
            return fromStd(it->get_ref<const std::string &>());
        if (it->is_object()) {
            const auto message = it->find("message");
            if (message != it->end() && message->is_string())
                return fromStd(message->get_ref<const std::string &>());
            return QStringLiteral("an error object without a message");
        }
    }
    // FastAPI-based servers (vLLM, text-embeddings-inference behind a proxy) say "detail".
    const auto detail = json.find("detail");
    if (detail != json.end() && detail->is_string())
        return fromStd(detail->get_ref<const std::string &>());
    return {};
}

std::optional<EmbeddingsResponse> parse(const Json &json, qsizetype expectedCount, QString *error)
{
    if (const QString message = errorMessageOf(json); !message.isEmpty()) {
        fail(error, QStringLiteral("error.message: %1").arg(message));
        return std::nullopt;
    }
    const auto data = json.find("data");
    if (data == json.end()) {
        fail(error, QStringLiteral("data: missing"));
        return std::nullopt;
    }
    if (!data->is_array()) {
        fail(error, QStringLiteral("data: %1, not an array").arg(typeName(*data)));
        return std::nullopt;
    }
    if (qsizetype(data->size()) != expectedCount) {
        fail(error, QStringLiteral("data: %1 embeddings for %2 inputs")
                        .arg(data->size())
                        .arg(expectedCount));
        return std::nullopt;
    }

    EmbeddingsResponse response;
    if (const auto model = json.find("model"); model != json.end() && model->is_string())
        response.model = fromStd(model->get_ref<const std::string &>());
    response.promptTokens = tokensAt(json, "prompt_tokens");
    response.totalTokens = tokensAt(json, "total_tokens");
    response.vectors.resize(expectedCount);
    QList<bool> seen(expectedCount, false);
    qsizetype position = 0;
    for (const Json &item : *data) {
        const QString path = QStringLiteral("data[%1]").arg(position);
        if (!item.is_object()) {
            fail(error, QStringLiteral("%1: %2, not an object").arg(path, typeName(item)));
            return std::nullopt;
        }
        // Servers that omit the index (some llama.cpp builds) answer in input order.
        qsizetype index = position;
        if (const auto it = item.find("index"); it != item.end()) {
            if (!it->is_number_integer()) {
                fail(error,
                     QStringLiteral("%1.index: %2, not an integer").arg(path, typeName(*it)));
                return std::nullopt;
            }
            const auto value = it->get<long long>();
            if (value < 0 || value >= expectedCount) {
                fail(error, QStringLiteral("%1.index: %2 is outside 0..%3")
                                .arg(path)
                                .arg(value)
                                .arg(expectedCount - 1));
                return std::nullopt;
            }
            index = qsizetype(value);
        }
        if (seen[index]) {
            fail(error, QStringLiteral("%1.index: %2 appears twice").arg(path).arg(index));
            return std::nullopt;
        }
        seen[index] = true;
        const auto embedding = item.find("embedding");
        if (embedding == item.end()) {
            fail(error, QStringLiteral("%1.embedding: missing").arg(path));
            return std::nullopt;
        }
        QList<float> &vector = response.vectors[index];
        if (!readVector(*embedding, path + QStringLiteral(".embedding"), &vector, error))
            return std::nullopt;
        if (vector.isEmpty()) {
            fail(error, QStringLiteral("%1.embedding: empty").arg(path));
            return std::nullopt;
        }
        if (position == 0) {
            response.dimensions = int(vector.size());
        } else if (vector.size() != response.dimensions) {
            fail(error, QStringLiteral("%1.embedding: %2 numbers where data[0] has %3")
                            .arg(path)
                            .arg(vector.size())
                            .arg(response.dimensions));
            return std::nullopt;
        }
        ++position;
    }
    return response;
}

} // namespace

QByteArray EmbeddingsWire::requestBody(const QString &model, const QStringList &input,
                                       int dimensions)
{
    Json body = Json::object();
    body["model"] = toStd(model);
    Json texts = Json::array();
    for (const QString &text : input)
        texts.push_back(toStd(text));
    body["input"] = std::move(texts);
    body["encoding_format"] = "float";
    if (dimensions > 0)
        body["dimensions"] = dimensions;
    const std::string text = body.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::optional<EmbeddingsResponse>
EmbeddingsWire::parseResponse(QByteArrayView body, qsizetype expectedCount, QString *error)
{
    try {
        const std::optional<Json> json = parseObject(body);
        if (!json) {
            fail(error, body.isEmpty()
                            ? QStringLiteral("empty body")
                            : QStringLiteral("not a JSON object (%1 bytes)").arg(body.size()));
            return std::nullopt;
        }
        return parse(*json, expectedCount, error);
    } catch (const std::exception &e) {
        fail(error, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

QString EmbeddingsWire::errorMessage(QByteArrayView body)
{
    try {
        const std::optional<Json> json = parseObject(body);
        return json ? errorMessageOf(*json) : QString();
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace sportello::llm
