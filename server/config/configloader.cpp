// SPDX-License-Identifier: LicenseRef-Sportello
// Reads the JSON config, the secrets file and SPORTELLO_* variables into a ServerConfig.
#include "config/configloader.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include "runtime/commentedlines.h"

namespace sportello::config {

namespace {

using Json = nlohmann::json;

enum class KeyType
{
    String,
    Int,
    Double,
    Bool,
    Enum,
    Secret,
};

// One configurable scalar: where it lives, what it accepts and how it lands in ServerConfig.
struct KeySpec
{
    const char *section;
    const char *key;
    KeyType type;
    const char *defaultText; // for describeKeys() only
    double min = 0;
    double max = 0;
    QStringList choices = {};
    std::function<void(ServerConfig &, const QVariant &)> apply = {};
    const char *help = "";

    QString path() const { return QString::fromUtf8(section) + u'.' + QString::fromUtf8(key); }
    QString envName() const
    {
        return (QStringLiteral("SPORTELLO_") + QString::fromUtf8(section) + u'_' +
                QString::fromUtf8(key))
            .toUpper();
    }
};

const QList<KeySpec> &keySpecs()
{
    using C = ServerConfig;
    static const QList<KeySpec> specs = {
        {"server",
         "bind",
         KeyType::String,
         "127.0.0.1",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.server.bind = v.toString(); },
         "address to listen on (0.0.0.0 for all interfaces)"},
        {"server",
         "port",
         KeyType::Int,
         "8080",
         0,
         65535,
         {},
         [](C &c, const QVariant &v) { c.server.port = v.toInt(); },
         "HTTP port for /webhook, /metrics, health and sandbox endpoints (0: any free port)"},
        {"server",
         "data_dir",
         KeyType::String,
         "(per-user data folder)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.server.dataDir = v.toString(); },
         "folder for the database and indexes"},
        {"server",
         "log_level",
         KeyType::Enum,
         "info",
         0,
         0,
         {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
          QStringLiteral("error")},
         [](C &c, const QVariant &v) { c.server.logLevel = v.toString(); },
         "log verbosity"},
        {"server",
         "log_format",
         KeyType::Enum,
         "text",
         0,
         0,
         {QStringLiteral("text"), QStringLiteral("json")},
         [](C &c, const QVariant &v) { c.server.logFormat = v.toString(); },
         "text lines or one JSON object per line"},
        {"server",
         "max_body_bytes",
         KeyType::Int,
         "3145728",
         1024,
         64.0 * 1024 * 1024,
         {},
         [](C &c, const QVariant &v) { c.server.maxBodyBytes = v.toLongLong(); },
         "webhook bodies above this size are refused with 413"},
        {"server",
         "tls_cert",
         KeyType::String,
         "(none: plain HTTP)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.server.tlsCert = v.toString(); },
         "PEM certificate (chain) file: the port serves HTTPS and the agent hub wss:// (with "
         "server.tls_key)"},
        {"server",
         "tls_key",
         KeyType::String,
         "(none)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.server.tlsKey = v.toString(); },
         "PEM private key file of server.tls_cert (unencrypted)"},
        {"storage",
         "synchronous",
         KeyType::Enum,
         "normal",
         0,
         0,
         {QStringLiteral("normal"), QStringLiteral("full")},
         [](C &c, const QVariant &v) { c.storage.synchronousFull = v.toString() == u"full"; },
         "normal survives process crashes; full also power loss (fsync per commit)"},
        {"storage",
         "busy_timeout_ms",
         KeyType::Int,
         "10000",
         0,
         600000,
         {},
         [](C &c, const QVariant &v) { c.storage.busyTimeoutMs = v.toInt(); },
         "how long a writer waits for the database lock"},
        {"whatsapp",
         "mode",
         KeyType::Enum,
         "sandbox",
         0,
         0,
         {QStringLiteral("sandbox"), QStringLiteral("cloud")},
         [](C &c, const QVariant &v) {
             c.whatsapp.mode = v.toString() == u"cloud" ? WhatsAppSection::Mode::Cloud
                                                        : WhatsAppSection::Mode::Sandbox;
         },
         "sandbox: built-in Graph API emulator, no Meta account; cloud: the real Cloud API"},
        {"whatsapp",
         "graph_url",
         KeyType::String,
         "https://graph.facebook.com/v23.0",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.whatsapp.graphUrl = v.toString(); },
         "Graph API base URL including the version (ignored in sandbox mode)"},
        {"whatsapp",
         "app_secret",
         KeyType::Secret,
         "(sandbox: sandbox-secret)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.whatsapp.appSecret = Secret(v.toByteArray()); },
         "Meta app secret: verifies X-Hub-Signature-256"},
        {"whatsapp",
         "verify_token",
         KeyType::Secret,
         "(sandbox: sandbox-verify)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.whatsapp.verifyToken = Secret(v.toByteArray()); },
         "token Meta echoes in the GET /webhook handshake"},
        {"whatsapp",
         "access_token",
         KeyType::Secret,
         "(sandbox: sandbox-token)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.whatsapp.accessToken = Secret(v.toByteArray()); },
         "Graph API bearer token; per business: SPORTELLO_WHATSAPP_ACCESS_TOKEN_<PHONE_NUMBER_ID>"},
        {"whatsapp",
         "request_timeout_ms",
         KeyType::Int,
         "15000",
         100,
         300000,
         {},
         [](C &c, const QVariant &v) { c.whatsapp.requestTimeoutMs = v.toInt(); },
         "Graph API request timeout"},
        {"sandbox",
         "graph_port",
         KeyType::Int,
         "0",
         0,
         65535,
         {},
         [](C &c, const QVariant &v) { c.sandbox.graphPort = v.toInt(); },
         "port of the Graph API emulator (0: any free port)"},
        {"sandbox",
         "sent_delay_ms",
         KeyType::Int,
         "100",
         0,
         600000,
         {},
         [](C &c, const QVariant &v) { c.sandbox.sentDelayMs = v.toInt(); },
         "emulated delay before the 'sent' status webhook"},
        {"sandbox",
         "delivered_delay_ms",
         KeyType::Int,
         "300",
         0,
         600000,
         {},
         [](C &c, const QVariant &v) { c.sandbox.deliveredDelayMs = v.toInt(); },
         "emulated delay before the 'delivered' status webhook"},
        {"sandbox",
         "read_delay_ms",
         KeyType::Int,
         "1500",
         -1,
         3600000,
         {},
         [](C &c, const QVariant &v) { c.sandbox.readDelayMs = v.toInt(); },
         "emulated delay before the customer reads (-1: only when told to)"},
        {"sandbox",
         "throughput_limit",
         KeyType::Int,
         "0",
         0,
         100000,
         {},
         [](C &c, const QVariant &v) { c.sandbox.throughputLimit = v.toInt(); },
         "emulated messages/s per number before 130429 (0: unlimited)"},
        {"pipeline",
         "quiet_window_ms",
         KeyType::Int,
         "1500",
         0,
         60000,
         {},
         [](C &c, const QVariant &v) { c.pipeline.quietWindowMs = v.toInt(); },
         "messages from one customer within this pause form one turn (0: no grouping)"},
        {"pipeline",
         "workers",
         KeyType::Int,
         "0",
         0,
         256,
         {},
         [](C &c, const QVariant &v) { c.pipeline.workers = v.toInt(); },
         "pipeline threads (0: one per core)"},
        {"nlu",
         "model_cache_dir",
         KeyType::String,
         "",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.nlu.modelCacheDir = v.toString(); },
         "where trained intent models are kept and reused while their examples are unchanged "
         "(empty: DATA_DIR/nlu)"},
        {"nlu",
         "intent_threshold",
         KeyType::Double,
         "-1",
         -1,
         1,
         {},
         [](C &c, const QVariant &v) { c.nlu.intentThreshold = v.toDouble(); },
         "confidence under which an intent counts as out of scope (-1: the model's own, "
         "chosen when it is trained)"},
        {"outbox",
         "rate_per_second",
         KeyType::Double,
         "80",
         0.1,
         10000,
         {},
         [](C &c, const QVariant &v) { c.outbox.ratePerSecond = v.toDouble(); },
         "messages per second per business phone number"},
        {"outbox",
         "recipient_burst",
         KeyType::Int,
         "45",
         1,
         1000,
         {},
         [](C &c, const QVariant &v) { c.outbox.recipientBurst = v.toInt(); },
         "messages to one customer that may go out back to back"},
        {"outbox",
         "recipient_interval_ms",
         KeyType::Int,
         "6000",
         0,
         600000,
         {},
         [](C &c, const QVariant &v) { c.outbox.recipientIntervalMs = v.toInt(); },
         "after a burst, one message per this interval to the same customer"},
        {"outbox",
         "max_attempts",
         KeyType::Int,
         "8",
         1,
         100,
         {},
         [](C &c, const QVariant &v) { c.outbox.maxAttempts = v.toInt(); },
         "send attempts before a message is marked failed"},
        {"outbox",
         "backoff_initial_ms",
         KeyType::Int,
         "1000",
         1,
         600000,
         {},
         [](C &c, const QVariant &v) { c.outbox.backoffInitialMs = v.toInt(); },
         "first retry delay (doubles each attempt, with jitter)"},
        {"outbox",
         "backoff_max_ms",
         KeyType::Int,
         "300000",
         1,
         86400000,
         {},
         [](C &c, const QVariant &v) { c.outbox.backoffMaxMs = v.toInt(); },
         "longest retry delay"},
        {"outbox",
         "stale_sending_ms",
         KeyType::Int,
         "60000",
         1000,
         86400000,
         {},
         [](C &c, const QVariant &v) { c.outbox.staleSendingMs = v.toInt(); },
         "after a crash, a send with no answer and no status is retried after this long"},
        {"outbox",
         "mark_read",
         KeyType::Enum,
         "on_reply",
         0,
         0,
         {QStringLiteral("on_reply"), QStringLiteral("never")},
         [](C &c, const QVariant &v) {
             c.outbox.markRead = v.toString() == u"never" ? OutboxSection::MarkRead::Never
                                                          : OutboxSection::MarkRead::OnReply;
         },
         "when customers see blue ticks: when a reply to them is on its way, or never"},
        {"outbox",
         "typing_indicator",
         KeyType::Bool,
         "true",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.outbox.typingIndicator = v.toBool(); },
         "show 'typing…' with the read receipt while a reply is prepared"},
        {"knowledge",
         "mode",
         KeyType::Enum,
         KnowledgeSection::modeName(KnowledgeSection::kDefaultMode),
         0,
         0,
         {QStringLiteral("bm25"), QStringLiteral("dense"), QStringLiteral("hybrid")},
         [](C &c, const QVariant &v) {
             const QString mode = v.toString();
             c.knowledge.mode = mode == u"dense"    ? KnowledgeSection::Mode::Dense
                                : mode == u"hybrid" ? KnowledgeSection::Mode::Hybrid
                                                    : KnowledgeSection::Mode::Bm25;
         },
         "how the knowledge base is searched: bm25 (words), dense (embeddings) or hybrid "
         "(both, fused); dense and hybrid need knowledge.embedder"},
        {"knowledge",
         "embedder",
         KeyType::Enum,
         "none",
         0,
         0,
         {QStringLiteral("none"), QStringLiteral("fasttext"), QStringLiteral("openai")},
         [](C &c, const QVariant &v) {
             const QString embedder = v.toString();
             c.knowledge.embedder = embedder == u"fasttext" ? KnowledgeSection::Embedder::FastText
                                    : embedder == u"openai" ? KnowledgeSection::Embedder::OpenAi
                                                            : KnowledgeSection::Embedder::None;
         },
         "where chunk embeddings come from: none, fasttext (trained on each business's own "
         "documents at import, no network) or openai (the embeddings section's endpoint)"},
        {"knowledge",
         "top_k",
         KeyType::Int,
         "5",
         1,
         100,
         {},
         [](C &c, const QVariant &v) { c.knowledge.topK = v.toInt(); },
         "chunks a knowledge search returns (per business: knowledge_top_k)"},
        {"knowledge",
         "min_score",
         KeyType::Double,
         "0",
         0,
         1000000,
         {},
         [](C &c, const QVariant &v) { c.knowledge.minScore = v.toDouble(); },
         "chunks scoring below this are not returned, in the mode's units: BM25 score, cosine, "
         "or fused rank score (per business: knowledge_min_score)"},
        {"knowledge",
         "faq_draft_threshold",
         KeyType::Double,
         "0.75",
         0,
         1,
         {},
         [](C &c, const QVariant &v) { c.knowledge.faqDraftThreshold = v.toDouble(); },
         "confidence (0-1) from which an FAQ's own answer is proposed to the agents as a draft; "
         "0.75 was right 93% of the time on held-out questions, 1 turns drafts off"},
        {"embeddings",
         "base_url",
         KeyType::String,
         "(none)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.embeddings.baseUrl = v.toString(); },
         "OpenAI-compatible API root (https://api.openai.com/v1, http://127.0.0.1:11434/v1); "
         "required with knowledge.embedder openai"},
        {"embeddings",
         "model",
         KeyType::String,
         "(none)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.embeddings.model = v.toString(); },
         "embedding model name (text-embedding-3-small, nomic-embed-text); required with "
         "knowledge.embedder openai"},
        {"embeddings",
         "api_key",
         KeyType::Secret,
         "(none)",
         0,
         0,
         {},
         [](C &c, const QVariant &v) { c.embeddings.apiKey = Secret(v.toByteArray()); },
         "bearer token of the embeddings endpoint (environment or secrets file only)"},
        {"embeddings",
         "timeout_ms",
         KeyType::Int,
         "10000",
         100,
         600000,
         {},
         [](C &c, const QVariant &v) { c.embeddings.timeoutMs = v.toInt(); },
         "per request to the embeddings endpoint"},
        {"embeddings",
         "batch_size",
         KeyType::Int,
         "64",
         1,
         2048,
         {},
         [](C &c, const QVariant &v) { c.embeddings.batchSize = v.toInt(); },
         "texts per request to the embeddings endpoint"},
    };
    return specs;
}

const KeySpec *findSpec(const QString &section, const QString &key)
{
    for (const auto &spec : keySpecs()) {
        if (section == QLatin1StringView(spec.section) && key == QLatin1StringView(spec.key))
            return &spec;
    }
    return nullptr;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        previous = current;
    }
    return previous[b.size()];
}

QString suggestion(const QString &unknown, const QStringList &known)
{
    QString best;
    int bestDistance = 4;
    for (const auto &candidate : known) {
        const int d = editDistance(unknown, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral(" (did you mean \"%1\"?)").arg(best);
}

QString describe(const KeySpec &spec)
{
    switch (spec.type) {
    case KeyType::Int:
        return QStringLiteral("an integer from %1 to %2")
            .arg(qint64(spec.min))
            .arg(qint64(spec.max));
    case KeyType::Double:
        return QStringLiteral("a number from %1 to %2").arg(spec.min).arg(spec.max);
    case KeyType::Bool:
        return QStringLiteral("true or false");
    case KeyType::Enum:
        return QStringLiteral("one of %1").arg(spec.choices.join(QStringLiteral(", ")));
    case KeyType::String:
    case KeyType::Secret:
        return QStringLiteral("a string");
    }
    return {};
}

QString jsonTypeName(const Json &value)
{
    return QString::fromUtf8(value.type_name());
}

// Converts a JSON value for a spec; nullopt + error message when it does not fit.
std::optional<QVariant> fromJson(const KeySpec &spec, const Json &value, QString *error)
{
    auto fail = [&](const QString &got) {
        *error = QStringLiteral("expected %1, got %2").arg(describe(spec), got);
        return std::nullopt;
    };
    switch (spec.type) {
    case KeyType::String:
    case KeyType::Secret:
        if (!value.is_string())
            return fail(jsonTypeName(value));
        return QVariant(QString::fromStdString(value.get<std::string>()));
    case KeyType::Enum: {
        if (!value.is_string())
            return fail(jsonTypeName(value));
        const QString text = QString::fromStdString(value.get<std::string>());
        if (!spec.choices.contains(text))
            return fail(QStringLiteral("\"%1\"").arg(text));
        return QVariant(text);
    }
    case KeyType::Bool:
        if (!value.is_boolean())
            return fail(jsonTypeName(value));
        return QVariant(value.get<bool>());
    case KeyType::Int: {
        if (!value.is_number_integer())
            return fail(value.is_number() ? QString::fromStdString(value.dump())
                                          : jsonTypeName(value));
        const auto n = value.get<qint64>();
        if (n < spec.min || n > spec.max)
            return fail(QString::number(n));
        return QVariant(n);
    }
    case KeyType::Double: {
        if (!value.is_number())
            return fail(jsonTypeName(value));
        const double n = value.get<double>();
        if (n < spec.min || n > spec.max)
            return fail(QString::number(n));
        return QVariant(n);
    }
    }
    return std::nullopt;
}

std::optional<QVariant> fromText(const KeySpec &spec, const QString &text, QString *error)
{
    auto fail = [&] {
        *error = QStringLiteral("expected %1, got \"%2\"")
                     .arg(describe(spec), spec.type == KeyType::Secret ? QString() : text);
        return std::nullopt;
    };
    switch (spec.type) {
    case KeyType::String:
        return QVariant(text);
    case KeyType::Secret:
        return QVariant(text.toUtf8());
    case KeyType::Enum:
        if (!spec.choices.contains(text))
            return fail();
        return QVariant(text);
    case KeyType::Bool: {
        const QString t = text.toLower();
        if (t == u"true" || t == u"1" || t == u"yes" || t == u"on")
            return QVariant(true);
        if (t == u"false" || t == u"0" || t == u"no" || t == u"off")
            return QVariant(false);
        return fail();
    }
    case KeyType::Int: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok || n < spec.min || n > spec.max)
            return fail();
        return QVariant(n);
    }
    case KeyType::Double: {
        bool ok = false;
        const double n = text.trimmed().toDouble(&ok);
        if (!ok || n < spec.min || n > spec.max)
            return fail();
        return QVariant(n);
    }
    }
    return std::nullopt;
}

QString lineAndColumn(const QByteArray &text, std::size_t offset)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < std::size_t(text.size()); ++i) {
        if (text[qsizetype(i)] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QMap<QString, QString> readMessageMap(const Json &value, const QString &path, ConfigError *error)
{
    QMap<QString, QString> result;
    if (!value.is_object()) {
        *error = {path, QStringLiteral("expected an object of language: text")};
        return result;
    }
    for (const auto &[language, text] : value.items()) {
        if (!text.is_string() || text.get<std::string>().empty()) {
            *error = {path + u'.' + QString::fromStdString(language),
                      QStringLiteral("expected a non-empty string")};
            return result;
        }
        result.insert(QString::fromStdString(language),
                      QString::fromStdString(text.get<std::string>()));
    }
    return result;
}

// ["Igiene dentale", {"name": "Dott.ssa Rossi", "aliases": ["dottoressa Rossi"]}]
std::optional<QList<CatalogueEntry>> readCatalogue(const Json &value, const QString &path,
                                                   ConfigError *error)
{
    if (!value.is_array()) {
        *error = {path, QStringLiteral("expected an array of names or {name, aliases}")};
        return std::nullopt;
    }
    QList<CatalogueEntry> result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json &item = value[i];
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        CatalogueEntry entry;
        if (item.is_string()) {
            entry.name = QString::fromStdString(item.get<std::string>()).trimmed();
        } else if (item.is_object()) {
            for (const auto &[rawKey, field] : item.items()) {
                const QString key = QString::fromStdString(rawKey);
                if (key == u"name" && field.is_string()) {
                    entry.name = QString::fromStdString(field.get<std::string>()).trimmed();
                } else if (key == u"aliases" && field.is_array()) {
                    for (std::size_t j = 0; j < field.size(); ++j) {
                        if (!field[j].is_string() || field[j].get<std::string>().empty()) {
                            *error = {itemPath + QStringLiteral(".aliases[%1]").arg(j),
                                      QStringLiteral("expected a non-empty string")};
                            return std::nullopt;
                        }
                        entry.aliases.append(
                            QString::fromStdString(field[j].get<std::string>()).trimmed());
                    }
                } else if (key == u"name" || key == u"aliases") {
                    *error = {itemPath + u'.' + key,
                              key == u"name" ? QStringLiteral("expected a string")
                                             : QStringLiteral("expected an array of strings")};
                    return std::nullopt;
                } else {
                    *error = {itemPath + u'.' + key, QStringLiteral("unknown key")};
                    return std::nullopt;
                }
            }
        } else {
            *error = {itemPath, QStringLiteral("expected a name or {name, aliases}")};
            return std::nullopt;
        }
        if (entry.name.isEmpty()) {
            *error = {itemPath + (item.is_object() ? QStringLiteral(".name") : QString()),
                      QStringLiteral("is missing or empty")};
            return std::nullopt;
        }
        result.append(entry);
    }
    return result;
}

std::optional<BusinessConfig> readBusiness(const Json &value, const QString &path,
                                           ConfigError *error)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{5,20}$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
    static const QRegularExpression templateName(QStringLiteral("^[a-z0-9_]{1,512}$"));
    static const QStringList keys = {QStringLiteral("phone_number_id"),
                                     QStringLiteral("display_phone_number"),
                                     QStringLiteral("name"),
                                     QStringLiteral("default_language"),
                                     QStringLiteral("languages"),
                                     QStringLiteral("time_zone"),
                                     QStringLiteral("templates"),
                                     QStringLiteral("opt_out_confirmation"),
                                     QStringLiteral("opt_in_confirmation"),
                                     QStringLiteral("opt_out_question"),
                                     QStringLiteral("access_token"),
                                     QStringLiteral("country_calling_code"),
                                     QStringLiteral("services"),
                                     QStringLiteral("staff"),
                                     QStringLiteral("knowledge_top_k"),
                                     QStringLiteral("knowledge_min_score")};

    if (!value.is_object()) {
        *error = {path, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
        return std::nullopt;
    }
    BusinessConfig business;
    for (const auto &[rawKey, item] : value.items()) {
        const QString key = QString::fromStdString(rawKey);
        const QString itemPath = path + u'.' + key;
        auto needString = [&](QString *target) {
            if (!item.is_string()) {
                *error = {itemPath,
                          QStringLiteral("expected a string, got %1").arg(jsonTypeName(item))};
                return false;
            }
            *target = QString::fromStdString(item.get<std::string>());
            return true;
        };
        if (key == u"phone_number_id") {
            if (!needString(&business.phoneNumberId))
                return std::nullopt;
            if (!digits.match(business.phoneNumberId).hasMatch()) {
                *error = {itemPath,
                          QStringLiteral("expected the digits of a WhatsApp phone_number_id")};
                return std::nullopt;
            }
        } else if (key == u"display_phone_number") {
            if (!needString(&business.displayPhoneNumber))
                return std::nullopt;
        } else if (key == u"name") {
            if (!needString(&business.name))
                return std::nullopt;
        } else if (key == u"default_language") {
            if (!needString(&business.defaultLanguage))
                return std::nullopt;
            if (!language.match(business.defaultLanguage).hasMatch()) {
                *error = {itemPath,
                          QStringLiteral("expected a two-letter ISO 639-1 code such as \"it\"")};
                return std::nullopt;
            }
        } else if (key == u"languages") {
            if (!item.is_array() || item.empty()) {
                *error = {itemPath, QStringLiteral("expected a non-empty array of language codes")};
                return std::nullopt;
            }
            business.languages.clear();
            for (std::size_t i = 0; i < item.size(); ++i) {
                const QString code = item[i].is_string()
                                         ? QString::fromStdString(item[i].get<std::string>())
                                         : QString();
                if (!language.match(code).hasMatch()) {
                    *error = {
                        itemPath + QStringLiteral("[%1]").arg(i),
                        QStringLiteral("expected a two-letter ISO 639-1 code such as \"it\"")};
                    return std::nullopt;
                }
                business.languages.append(code);
            }
        } else if (key == u"time_zone") {
            if (!needString(&business.timeZone))
                return std::nullopt;
            if (!QTimeZone::isTimeZoneIdAvailable(business.timeZone.toUtf8())) {
                *error = {itemPath,
                          QStringLiteral("unknown time zone \"%1\" (use an IANA name such "
                                         "as \"Europe/Rome\")")
                              .arg(business.timeZone)};
                return std::nullopt;
            }
        } else if (key == u"access_token") {
            *error = {itemPath, QStringLiteral("secrets are not read from the config file; set "
                                               "SPORTELLO_WHATSAPP_ACCESS_TOKEN_<PHONE_NUMBER_ID> "
                                               "in the environment or the secrets file")};
            return std::nullopt;
        } else if (key == u"country_calling_code") {
            if (!needString(&business.countryCallingCode))
                return std::nullopt;
            if (!business.countryCallingCode.isEmpty() &&
                !QRegularExpression(QStringLiteral("^[1-9][0-9]{0,2}$"))
                     .match(business.countryCallingCode)
                     .hasMatch()) {
                *error = {itemPath,
                          QStringLiteral("expected 1 to 3 digits without \"+\" (\"39\")")};
                return std::nullopt;
            }
        } else if (key == u"knowledge_top_k") {
            if (!item.is_number_integer() || item.get<qint64>() < 1 || item.get<qint64>() > 100) {
                *error = {itemPath, QStringLiteral("expected an integer from 1 to 100, got %1")
                                        .arg(QString::fromStdString(item.dump()))};
                return std::nullopt;
            }
            business.knowledgeTopK = int(item.get<qint64>());
        } else if (key == u"knowledge_min_score") {
            if (!item.is_number() || item.get<double>() < 0 || item.get<double>() > 1000000) {
                *error = {itemPath, QStringLiteral("expected a number from 0 to 1000000, got %1")
                                        .arg(QString::fromStdString(item.dump()))};
                return std::nullopt;
            }
            business.knowledgeMinScore = item.get<double>();
        } else if (key == u"services" || key == u"staff") {
            auto entries = readCatalogue(item, itemPath, error);
            if (!entries)
                return std::nullopt;
            (key == u"services" ? business.services : business.staff) = *entries;
        } else if (key == u"opt_out_confirmation" || key == u"opt_in_confirmation" ||
                   key == u"opt_out_question") {
            auto map = readMessageMap(item, itemPath, error);
            if (!error->key.isEmpty())
                return std::nullopt;
            (key == u"opt_out_confirmation"  ? business.optOutConfirmation
             : key == u"opt_in_confirmation" ? business.optInConfirmation
                                             : business.optOutQuestion) = map;
        } else if (key == u"templates") {
            if (!item.is_array()) {
                *error = {itemPath, QStringLiteral("expected an array of templates")};
                return std::nullopt;
            }
            for (std::size_t i = 0; i < item.size(); ++i) {
                const Json &t = item[i];
                const QString tPath = itemPath + QStringLiteral("[%1]").arg(i);
                if (!t.is_object()) {
                    *error = {tPath, QStringLiteral("expected an object")};
                    return std::nullopt;
                }
                TemplateDefinition definition;
                for (const auto &[tKey, tValue] : t.items()) {
                    const QString k = QString::fromStdString(tKey);
                    const QString kPath = tPath + u'.' + k;
                    if (k == u"name" || k == u"language" || k == u"category") {
                        if (!tValue.is_string()) {
                            *error = {kPath, QStringLiteral("expected a string")};
                            return std::nullopt;
                        }
                        const QString text = QString::fromStdString(tValue.get<std::string>());
                        (k == u"name"       ? definition.name
                         : k == u"language" ? definition.language
                                            : definition.category) = text;
                    } else if (k == u"header_parameters" || k == u"body_parameters") {
                        if (!tValue.is_number_unsigned()) {
                            *error = {kPath, QStringLiteral("expected a non-negative integer")};
                            return std::nullopt;
                        }
                        (k == u"header_parameters" ? definition.headerParameters
                                                   : definition.bodyParameters) = tValue.get<int>();
                    } else if (k == u"button_parameters") {
                        if (!tValue.is_array()) {
                            *error = {
                                kPath,
                                QStringLiteral(
                                    "expected an array of non-negative integers, one per button")};
                            return std::nullopt;
                        }
                        for (const auto &n : tValue) {
                            if (!n.is_number_unsigned()) {
                                *error = {kPath, QStringLiteral("expected an array of non-negative "
                                                                "integers, one per button")};
                                return std::nullopt;
                            }
                            definition.buttonParameters.append(n.get<int>());
                        }
                    } else {
                        *error = {kPath, QStringLiteral("unknown key")};
                        return std::nullopt;
                    }
                }
                if (!templateName.match(definition.name).hasMatch()) {
                    *error = {tPath + QStringLiteral(".name"),
                              QStringLiteral("required: lower-case letters, digits and _")};
                    return std::nullopt;
                }
                if (definition.language.isEmpty()) {
                    *error = {tPath + QStringLiteral(".language"), QStringLiteral("required")};
                    return std::nullopt;
                }
                business.templates.append(definition);
            }
        } else {
            *error = {itemPath, QStringLiteral("unknown key") + suggestion(key, keys)};
            return std::nullopt;
        }
    }
    if (business.phoneNumberId.isEmpty()) {
        *error = {path + QStringLiteral(".phone_number_id"), QStringLiteral("required")};
        return std::nullopt;
    }
    if (business.name.isEmpty())
        business.name = business.phoneNumberId;
    if (!business.languages.contains(business.defaultLanguage)) {
        *error = {path + QStringLiteral(".default_language"),
                  QStringLiteral("\"%1\" is not in languages").arg(business.defaultLanguage)};
        return std::nullopt;
    }
    return business;
}

std::optional<Json> readJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    Json json = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

// Fills texts the business did not configure from the defaults shipped in resources.
void applyDefaultTexts(BusinessConfig &business)
{
    static const std::optional<Json> defaults =
        readJsonResource(QStringLiteral(":/sportello/server/customer-messages.json"));
    if (!defaults)
        return;
    auto fill = [&](const char *name, QMap<QString, QString> &target) {
        if (!defaults->contains(name))
            return;
        for (const auto &[language, text] : (*defaults)[name].items()) {
            const QString code = QString::fromStdString(language);
            if (!target.contains(code))
                target.insert(code, QString::fromStdString(text.get<std::string>()));
        }
    };
    fill("opt_out_confirmation", business.optOutConfirmation);
    fill("opt_in_confirmation", business.optInConfirmation);
    fill("opt_out_question", business.optOutQuestion);
}

std::optional<ConfigError> readSecretsFile(const QString &path, QMap<QString, QString> *values)
{
    QString error;
    const auto lines = runtime::CommentedLines::read(path, &error);
    if (!lines)
        return ConfigError{QStringLiteral("secrets_file"), error};
    for (const auto &[lineNumber, line] : *lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return ConfigError{
                QStringLiteral("secrets_file"),
                QStringLiteral("%1 line %2: expected NAME=VALUE").arg(path).arg(lineNumber)};
        QString name = line.left(eq).trimmed();
        if (name.startsWith(QStringLiteral("export ")))
            name = name.mid(7).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) &&
            value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        values->insert(name, value);
    }
    return std::nullopt;
}

} // namespace

ConfigLoader::ConfigLoader(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

namespace {
// Both or neither; each a readable PEM file. Checked here so that a bad certificate stops
// start-up like any other wrong setting (exit 2, naming the key), not halfway through it.
std::optional<ConfigError> checkTls(ServerSection &server)
{
    if (server.tlsCert.isEmpty() && server.tlsKey.isEmpty())
        return std::nullopt;
    if (server.tlsCert.isEmpty())
        return ConfigError{QStringLiteral("server.tls_cert"),
                           QStringLiteral("required when server.tls_key is set")};
    if (server.tlsKey.isEmpty())
        return ConfigError{QStringLiteral("server.tls_key"),
                           QStringLiteral("required when server.tls_cert is set")};
    auto read = [](const QString &path, QByteArray *bytes) -> QString {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        *bytes = file.readAll();
        return {};
    };
    server.tlsCert = QFileInfo(server.tlsCert).absoluteFilePath();
    server.tlsKey = QFileInfo(server.tlsKey).absoluteFilePath();
    QByteArray pem;
    if (QString error = read(server.tlsCert, &pem); !error.isEmpty())
        return ConfigError{QStringLiteral("server.tls_cert"), error};
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        return ConfigError{QStringLiteral("server.tls_cert"),
                           QStringLiteral("%1 holds no PEM certificate").arg(server.tlsCert)};
    if (QString error = read(server.tlsKey, &pem); !error.isEmpty())
        return ConfigError{QStringLiteral("server.tls_key"), error};
    if (QSslKey(pem, QSsl::Rsa, QSsl::Pem).isNull() && QSslKey(pem, QSsl::Ec, QSsl::Pem).isNull())
        return ConfigError{
            QStringLiteral("server.tls_key"),
            QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(server.tlsKey)};
    return std::nullopt;
}

// Settings that only make sense together: refused at start-up, naming the key to change.
std::optional<ConfigError> checkKnowledge(const ServerConfig &config)
{
    using K = KnowledgeSection;
    if (config.knowledge.mode != K::Mode::Bm25 && config.knowledge.embedder == K::Embedder::None)
        return ConfigError{QStringLiteral("knowledge.mode"),
                           QStringLiteral("\"%1\" needs embeddings: set knowledge.embedder to "
                                          "fasttext or openai, or use bm25")
                               .arg(QString::fromUtf8(K::modeName(config.knowledge.mode)))};
    if (config.knowledge.embedder != K::Embedder::OpenAi)
        return std::nullopt;
    if (config.embeddings.baseUrl.isEmpty())
        return ConfigError{QStringLiteral("embeddings.base_url"),
                           QStringLiteral("required when knowledge.embedder is \"openai\"")};
    const QUrl url(config.embeddings.baseUrl);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        return ConfigError{
            QStringLiteral("embeddings.base_url"),
            QStringLiteral("expected an http(s) URL, got \"%1\"").arg(config.embeddings.baseUrl)};
    if (config.embeddings.model.isEmpty())
        return ConfigError{QStringLiteral("embeddings.model"),
                           QStringLiteral("required when knowledge.embedder is \"openai\"")};
    return std::nullopt;
}
} // namespace

std::variant<ServerConfig, ConfigError> ConfigLoader::load(const QString &configPath,
                                                           const ConfigOverrides &overrides) const
{
    ServerConfig config;
    QMap<QString, QVariant> values; // spec path -> value, after each layer
    QString secretsFile;
    std::optional<Json> businesses;

    if (!configPath.isEmpty()) {
        QFile file(configPath);
        if (!file.open(QIODevice::ReadOnly))
            return ConfigError{
                QStringLiteral("--config"),
                QStringLiteral("cannot read %1: %2").arg(configPath, file.errorString())};
        const QByteArray bytes = file.readAll();
        Json root;
        try {
            root = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        } catch (const Json::parse_error &e) {
            return ConfigError{configPath,
                               QStringLiteral("not valid JSON at %1")
                                   .arg(lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0))};
        }
        if (!root.is_object())
            return ConfigError{configPath, QStringLiteral("expected a JSON object at the top")};
        QStringList sections;
        for (const auto &spec : keySpecs()) {
            if (!sections.contains(QLatin1StringView(spec.section)))
                sections.append(QString::fromUtf8(spec.section));
        }
        const QStringList topLevel =
            sections + QStringList{QStringLiteral("secrets_file"), QStringLiteral("businesses")};
        for (const auto &[rawSection, body] : root.items()) {
            const QString section = QString::fromStdString(rawSection);
            if (section == u"secrets_file") {
                if (!body.is_string())
                    return ConfigError{
                        section,
                        QStringLiteral("expected a string, got %1").arg(jsonTypeName(body))};
                secretsFile = QString::fromStdString(body.get<std::string>());
                continue;
            }
            if (section == u"businesses") {
                businesses = body;
                continue;
            }
            if (!sections.contains(section))
                return ConfigError{section, QStringLiteral("unknown section") +
                                                suggestion(section, topLevel)};
            if (!body.is_object())
                return ConfigError{
                    section, QStringLiteral("expected an object, got %1").arg(jsonTypeName(body))};
            for (const auto &[rawKey, value] : body.items()) {
                const QString key = QString::fromStdString(rawKey);
                const KeySpec *spec = findSpec(section, key);
                if (!spec) {
                    QStringList known;
                    for (const auto &s : keySpecs()) {
                        if (section == QLatin1StringView(s.section))
                            known.append(QString::fromUtf8(s.key));
                    }
                    return ConfigError{section + u'.' + key,
                                       QStringLiteral("unknown key") + suggestion(key, known)};
                }
                if (spec->type == KeyType::Secret) {
                    return ConfigError{
                        spec->path(),
                        QStringLiteral("secrets are not read from the config file; "
                                       "set %1 in the environment or the secrets file")
                            .arg(spec->envName())};
                }
                QString error;
                auto converted = fromJson(*spec, value, &error);
                if (!converted)
                    return ConfigError{spec->path(), error};
                values.insert(spec->path(), *converted);
            }
        }
    }

    // Secrets file, then the environment: both use the environment variable names.
    QMap<QString, QString> external;
    // A relative secrets_file in the config is relative to the config file, not to wherever
    // the server happens to be started from.
    if (!secretsFile.isEmpty() && QDir::isRelativePath(secretsFile))
        secretsFile = QFileInfo(configPath).absoluteDir().filePath(secretsFile);
    if (m_environment.contains(QStringLiteral("SPORTELLO_SECRETS_FILE")))
        secretsFile = m_environment.value(QStringLiteral("SPORTELLO_SECRETS_FILE"));
    if (!secretsFile.isEmpty()) {
        if (auto error = readSecretsFile(secretsFile, &external))
            return *error;
        for (auto it = external.begin(); it != external.end(); ++it) {
            const bool known =
                std::any_of(keySpecs().begin(), keySpecs().end(), [&](const KeySpec &s) {
                    return s.type == KeyType::Secret && s.envName() == it.key();
                });
            if (!known && !it.key().startsWith(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN_")))
                return ConfigError{
                    QStringLiteral("secrets_file"),
                    QStringLiteral("%1 is not a secret Sportello knows").arg(it.key())};
        }
    }
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(QStringLiteral("SPORTELLO_")))
            external.insert(name, m_environment.value(name));
    }
    QStringList knownNames{QStringLiteral("SPORTELLO_SECRETS_FILE")};
    for (const auto &spec : keySpecs())
        knownNames.append(spec.envName());
    for (const QString &name : m_environment.keys()) {
        if (!name.startsWith(QStringLiteral("SPORTELLO_")) || knownNames.contains(name) ||
            name.startsWith(QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN_")))
            continue;
        config.warnings.append(QStringLiteral("%1 is not a setting of sportello-server and is "
                                              "ignored%2")
                                   .arg(name, suggestion(name, knownNames)));
    }
    for (const auto &spec : keySpecs()) {
        const QString env = spec.envName();
        if (!external.contains(env))
            continue;
        QString error;
        auto converted = fromText(spec, external.value(env), &error);
        if (!converted)
            return ConfigError{env, error};
        values.insert(spec.path(), *converted);
    }

    if (overrides.dataDir)
        values.insert(QStringLiteral("server.data_dir"), *overrides.dataDir);
    if (overrides.port) {
        if (*overrides.port < 0 || *overrides.port > 65535)
            return ConfigError{QStringLiteral("--port"), QStringLiteral("expected 0 to 65535")};
        values.insert(QStringLiteral("server.port"), *overrides.port);
    }
    if (overrides.logLevel) {
        const KeySpec *spec = findSpec(QStringLiteral("server"), QStringLiteral("log_level"));
        if (!spec->choices.contains(*overrides.logLevel))
            return ConfigError{QStringLiteral("--log-level"),
                               QStringLiteral("expected %1, got \"%2\"")
                                   .arg(describe(*spec), *overrides.logLevel)};
        values.insert(QStringLiteral("server.log_level"), *overrides.logLevel);
    }

    for (const auto &spec : keySpecs()) {
        if (values.contains(spec.path()))
            spec.apply(config, values.value(spec.path()));
    }

    // Businesses: from the config, or the sample business in sandbox mode.
    if (businesses) {
        if (!businesses->is_array())
            return ConfigError{QStringLiteral("businesses"), QStringLiteral("expected an array")};
        for (std::size_t i = 0; i < businesses->size(); ++i) {
            ConfigError error;
            const QString path = QStringLiteral("businesses[%1]").arg(i);
            auto business = readBusiness((*businesses)[i], path, &error);
            if (!business)
                return error;
            if (config.business(business->phoneNumberId))
                return ConfigError{
                    path + QStringLiteral(".phone_number_id"),
                    QStringLiteral("%1 is configured twice").arg(business->phoneNumberId)};
            config.businesses.append(*business);
        }
    }
    if (config.businesses.isEmpty()) {
        if (!config.isSandbox())
            return ConfigError{
                QStringLiteral("businesses"),
                QStringLiteral("at least one business is required when whatsapp.mode "
                               "is \"cloud\"")};
        auto sample = readJsonResource(QStringLiteral(":/sportello/server/sample-business.json"));
        ConfigError error;
        auto business = sample ? readBusiness(*sample, QStringLiteral("sample business"), &error)
                               : std::nullopt;
        if (!business)
            return ConfigError{QStringLiteral("sample business"),
                               error.message.isEmpty() ? QStringLiteral("resource missing")
                                                       : error.text()};
        config.businesses.append(*business);
    }
    for (auto &business : config.businesses) {
        applyDefaultTexts(business);
        const QString env =
            QStringLiteral("SPORTELLO_WHATSAPP_ACCESS_TOKEN_") + business.phoneNumberId;
        if (external.contains(env))
            business.accessToken = Secret(external.value(env).toUtf8());
    }

    if (config.isSandbox()) {
        if (config.whatsapp.appSecret.isEmpty())
            config.whatsapp.appSecret = Secret(QByteArrayLiteral("sandbox-secret"));
        if (config.whatsapp.verifyToken.isEmpty())
            config.whatsapp.verifyToken = Secret(QByteArrayLiteral("sandbox-verify"));
        if (config.whatsapp.accessToken.isEmpty())
            config.whatsapp.accessToken = Secret(QByteArrayLiteral("sandbox-token"));
    } else {
        if (config.whatsapp.appSecret.isEmpty())
            return ConfigError{QStringLiteral("whatsapp.app_secret"),
                               QStringLiteral("required when whatsapp.mode is \"cloud\" (set "
                                              "SPORTELLO_WHATSAPP_APP_SECRET)")};
        if (config.whatsapp.verifyToken.isEmpty())
            return ConfigError{QStringLiteral("whatsapp.verify_token"),
                               QStringLiteral("required when whatsapp.mode is \"cloud\" (set "
                                              "SPORTELLO_WHATSAPP_VERIFY_TOKEN)")};
        for (const auto &business : config.businesses) {
            if (config.accessTokenFor(business).isEmpty())
                return ConfigError{QStringLiteral("whatsapp.access_token"),
                                   QStringLiteral("required when whatsapp.mode is \"cloud\" (set "
                                                  "SPORTELLO_WHATSAPP_ACCESS_TOKEN, or "
                                                  "SPORTELLO_WHATSAPP_ACCESS_TOKEN_%1)")
                                       .arg(business.phoneNumberId)};
        }
        const QUrl graph(config.whatsapp.graphUrl);
        if (!graph.isValid() || (graph.scheme() != u"https" && graph.scheme() != u"http") ||
            graph.host().isEmpty())
            return ConfigError{QStringLiteral("whatsapp.graph_url"),
                               QStringLiteral("expected an http(s) URL, got \"%1\"")
                                   .arg(config.whatsapp.graphUrl)};
    }
    if (config.outbox.backoffMaxMs < config.outbox.backoffInitialMs)
        return ConfigError{QStringLiteral("outbox.backoff_max_ms"),
                           QStringLiteral("must not be smaller than outbox.backoff_initial_ms")};

    if (auto error = checkTls(config.server))
        return *error;
    if (auto error = checkKnowledge(config))
        return *error;

    if (config.server.dataDir.isEmpty())
        config.server.dataDir =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    config.server.dataDir = QDir(config.server.dataDir).absolutePath();
    return config;
}

QString ConfigLoader::describeKeys()
{
    QString text;
    QString section;
    for (const auto &spec : keySpecs()) {
        if (section != QLatin1StringView(spec.section)) {
            section = QString::fromUtf8(spec.section);
            text += QStringLiteral("\n  [%1]\n").arg(section);
        }
        text += QStringLiteral("    %1 (%2, default %3; env %4)\n        %5\n")
                    .arg(QString::fromUtf8(spec.key), describe(spec),
                         QString::fromUtf8(spec.defaultText), spec.envName(),
                         QString::fromUtf8(spec.help));
    }
    text += QStringLiteral("\n  secrets_file (path; env SPORTELLO_SECRETS_FILE)\n"
                           "        NAME=VALUE lines with the SPORTELLO_* names of secrets\n"
                           "  businesses (array of {phone_number_id, name, display_phone_number,\n"
                           "        default_language, languages, time_zone, templates,\n"
                           "        opt_out_confirmation, opt_in_confirmation, opt_out_question,\n"
                           "        country_calling_code, services, staff: names as strings or\n"
                           "        {name, aliases}, knowledge_top_k, knowledge_min_score})\n");
    return text;
}

} // namespace sportello::config
