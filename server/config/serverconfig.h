// SPDX-License-Identifier: LicenseRef-Sportello
// The whole server configuration, typed and validated.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "config/businessconfig.h"
#include "config/secret.h"

namespace sportello::config {

struct ServerSection
{
    QString bind = QStringLiteral("127.0.0.1");
    int port = 8080;
    QString dataDir;
    QString logLevel = QStringLiteral("info");
    QString logFormat = QStringLiteral("text");
    qint64 maxBodyBytes = 3 * 1024 * 1024;
    QString tlsCert; // PEM paths; both set: HTTPS and wss:// on the same port
    QString tlsKey;

    bool hasTls() const { return !tlsCert.isEmpty(); }
};

struct StorageSection
{
    bool synchronousFull = false;
    int busyTimeoutMs = 10000;
};

struct WhatsAppSection
{
    enum class Mode
    {
        Sandbox,
        Cloud,
    };
    Mode mode = Mode::Sandbox;
    QString graphUrl = QStringLiteral("https://graph.facebook.com/v23.0");
    Secret appSecret;
    Secret verifyToken;
    Secret accessToken;
    int requestTimeoutMs = 15000;
};

struct SandboxSection
{
    int graphPort = 0; // 0: any free port
    int sentDelayMs = 100;
    int deliveredDelayMs = 300;
    int readDelayMs = 1500; // negative: sandbox customers never read on their own
    int throughputLimit = 0;
};

struct PipelineSection
{
    int quietWindowMs = 1500;
    int workers = 0; // 0: one per core
};

struct NluSection
{
    QString modelCacheDir;         // empty: <data_dir>/nlu
    double intentThreshold = -1.0; // < 0: the model's own (chosen at training)
};

struct OutboxSection
{
    enum class MarkRead
    {
        OnReply,
        Never,
    };
    double ratePerSecond = 80;      // per business phone number (Meta's default throughput)
    int recipientBurst = 45;        // Meta's pair rate limit: bursts up to 45 ...
    int recipientIntervalMs = 6000; // ... then one message per 6 s to the same customer
    int maxAttempts = 8;
    int backoffInitialMs = 1000;
    int backoffMaxMs = 300000;
    int staleSendingMs = 60000; // a send without answer or status for this long is retried
    MarkRead markRead = MarkRead::OnReply;
    bool typingIndicator = true;
};

// How the knowledge base is searched. The mode's default is one constant: measurements decide
// whether the embedded dense default earns it (BENCHMARKS.md).
struct KnowledgeSection
{
    enum class Mode
    {
        Bm25,
        Dense,
        Hybrid,
    };
    enum class Embedder
    {
        None,
        FastText, // trained on each business's own documents, no network
        OpenAi,   // any OpenAI-compatible /v1/embeddings endpoint (the embeddings section)
    };
    static constexpr Mode kDefaultMode = Mode::Bm25;

    Mode mode = kDefaultMode;
    Embedder embedder = Embedder::None;
    int topK = 5;        // per business: knowledge_top_k
    double minScore = 0; // per business: knowledge_min_score; in the mode's own score units
    // From this calibrated confidence an FAQ's answer becomes a draft (FaqAnswerOptions).
    double faqDraftThreshold = 0.75;

    static const char *modeName(Mode mode)
    {
        switch (mode) {
        case Mode::Dense:
            return "dense";
        case Mode::Hybrid:
            return "hybrid";
        case Mode::Bm25:
            break;
        }
        return "bm25";
    }
};

struct EmbeddingsSection
{
    QString baseUrl; // the API root, "https://api.openai.com/v1"
    QString model;
    Secret apiKey;
    int timeoutMs = 10000;
    int batchSize = 64;
};

struct ServerConfig
{
    ServerSection server;
    StorageSection storage;
    WhatsAppSection whatsapp;
    SandboxSection sandbox;
    PipelineSection pipeline;
    NluSection nlu;
    OutboxSection outbox;
    KnowledgeSection knowledge;
    EmbeddingsSection embeddings;
    QList<BusinessConfig> businesses;
    // Things worth saying at start-up that do not stop it (e.g. a mistyped SPORTELLO_ name).
    QStringList warnings;

    const BusinessConfig *business(const QString &phoneNumberId) const;
    bool isSandbox() const { return whatsapp.mode == WhatsAppSection::Mode::Sandbox; }
    // The token to send on behalf of a business: its own, else the global one.
    const Secret &accessTokenFor(const BusinessConfig &business) const;
};

} // namespace sportello::config
