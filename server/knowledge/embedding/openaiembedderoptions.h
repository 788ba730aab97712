// SPDX-License-Identifier: LicenseRef-Sportello
// Settings of an OpenAI-compatible embeddings endpoint (OpenAI, Mistral, Ollama, vLLM...).
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sportello::knowledge {

struct OpenAiEmbedderOptions
{
    // The API root ("https://api.openai.com/v1", "http://127.0.0.1:11434/v1"); "/embeddings" is
    // appended unless the URL already ends with it.
    QUrl baseUrl;
    QString model;
    // Sent as "Authorization: Bearer ..." when not empty; never logged or put in error text.
    QByteArray apiKey;
    // > 0 asks models that can shorten their vectors (text-embedding-3-*) for this length.
    int dimensions = 0;
    // Texts per request; OpenAI takes up to 2048, smaller servers much less.
    int batchSize = 64;
    // Per HTTP request, from sending to the last byte of the answer.
    int timeoutMs = 10000;
    // Per batch, the first try included; retried: connection errors, timeouts, 408, 429, 5xx.
    int maxAttempts = 3;
    // Backoff before retry n (1-based): a random delay in [base * 2^(n-1) / 2, base * 2^(n-1)].
    int retryBaseDelayMs = 500;
    // A Retry-After longer than this fails the batch at once instead of blocking the worker.
    int maxRetryDelayMs = 20000;
};

} // namespace sportello::knowledge
