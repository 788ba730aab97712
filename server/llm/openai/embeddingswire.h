// SPDX-License-Identifier: LicenseRef-Sportello
// The OpenAI-compatible /v1/embeddings wire format: request bodies and answers, in one place.
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include "llm/openai/embeddingsresponse.h"

namespace sportello::llm {

// OpenAI, Mistral, Ollama, vLLM, llama.cpp and LocalAI all speak this shape; only what they
// share is relied on. Errors name the JSON path of the bad field ("data[2].embedding[7]: ...").
class EmbeddingsWire
{
public:
    // {"model": ..., "input": [...], "encoding_format": "float"[, "dimensions": n]}.
    // `dimensions` > 0 asks models that can shorten their vectors (text-embedding-3-*) to do so;
    // it is left out otherwise because some servers reject fields they do not know.
    static QByteArray requestBody(const QString &model, const QStringList &input,
                                  int dimensions = 0);

    // A 2xx body: `expectedCount` is the number of inputs sent. Every input must have exactly
    // one vector (data[].index 0..n-1, any order), vectors are arrays of finite numbers (or
    // base64 float32 when a server ignores encoding_format) of one length. nullopt + *error
    // otherwise; a body with an "error" object is reported through its message.
    static std::optional<EmbeddingsResponse> parseResponse(QByteArrayView body,
                                                           qsizetype expectedCount, QString *error);

    // error.message of an error body (OpenAI and most others), "detail" or a bare "error"
    // string (some proxies); empty when the body says nothing readable.
    static QString errorMessage(QByteArrayView body);
};

} // namespace sportello::llm
