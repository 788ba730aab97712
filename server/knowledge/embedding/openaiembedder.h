// SPDX-License-Identifier: LicenseRef-Sportello
// IEmbedder over an OpenAI-compatible /v1/embeddings endpoint: batches, timeouts, retries.
#pragma once

#include <atomic>

#include <QUrl>

#include "knowledge/embedding/iembedder.h"
#include "knowledge/embedding/openaiembedderoptions.h"

class QNetworkAccessManager;

namespace sportello::knowledge {

// Threading: embed() blocks the calling thread. Each call creates its own
// QNetworkAccessManager and runs a local QEventLoop on the calling thread while a request is in
// flight, then sleeps between retries; so it must run on a worker thread (QThread, QThreadPool
// or QtConcurrent), never on the thread of the server's main event loop, whose other work
// would stall or re-enter. Several threads may call embed() at once.
class OpenAiEmbedder : public IEmbedder
{
public:
    explicit OpenAiEmbedder(OpenAiEmbedderOptions options);

    // The model name, plus "@<n>" when a shortened length was asked for: vectors of one
    // model at two lengths are not comparable.
    QString modelId() const override;
    int dimensions() const override;
    std::optional<QList<QList<float>>> embed(const QStringList &texts, QString *error) override;

    const OpenAiEmbedderOptions &options() const { return m_options; }
    QUrl endpoint() const { return m_endpoint; }
    // HTTP requests sent since construction, retries included (tests, metrics).
    qint64 requestCount() const { return m_requests.load(); }

private:
    struct Answer;
    std::optional<QList<QList<float>>> embedBatch(QNetworkAccessManager &network,
                                                  const QStringList &texts, const QString &where,
                                                  QString *error);
    Answer post(QNetworkAccessManager &network, const QByteArray &body);
    QString scrub(QString text) const;

    OpenAiEmbedderOptions m_options;
    QUrl m_endpoint;
    std::atomic<int> m_dimensions{0};
    std::atomic<qint64> m_requests{0};
};

} // namespace sportello::knowledge
