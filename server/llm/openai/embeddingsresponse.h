// SPDX-License-Identifier: LicenseRef-Sportello
// Typed form of an OpenAI-compatible /v1/embeddings answer.
#pragma once

#include <QList>
#include <QString>

namespace sportello::llm {

struct EmbeddingsResponse
{
    QString model; // as the server names it; may differ from the request's (aliases)
    // One vector per input, in input order (data[].index), all of the same length.
    QList<QList<float>> vectors;
    int dimensions = 0;
    qint64 promptTokens = -1; // usage.prompt_tokens; -1 when the server does not say
    qint64 totalTokens = -1;
};

} // namespace sportello::llm
