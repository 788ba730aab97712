// SPDX-License-Identifier: LicenseRef-Sportello
// IEmbedder over an OpenAI-compatible /v1/embeddings endpoint: batches, timeouts, retries.
#include "knowledge/embedding/openaiembedder.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include "knowledge/embedding/vectormath.h"
#include "knowledge/knowledgelog.h"
#include "llm/openai/embeddingswire.h"

namespace sportello::knowledge {

struct OpenAiEmbedder::Answer
{
    int httpStatus = 0; // 0: no HTTP answer (see timedOut, transportError)
    QByteArray body;
    bool timedOut = false;
    QString transportError;
    qint64 retryAfterMs = -1; // what the server asked for, -1 when it did not
};

namespace {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

// "retry-after-ms" (OpenAI, Azure) is more precise than Retry-After's whole seconds; both
// are honoured, and Retry-After may also be an HTTP date.
qint64 retryAfterMs(const QNetworkReply &reply)
{
    bool ok = false;
    const double ms = reply.rawHeader("retry-after-ms").trimmed().toDouble(&ok);
    if (ok && ms >= 0 && std::isfinite(ms))
        return qint64(std::ceil(ms));
    const QByteArray value = reply.rawHeader("retry-after").trimmed();
    if (value.isEmpty())
        return -1;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0 && std::isfinite(seconds))
        return qint64(std::ceil(seconds * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return -1;
}

QUrl embeddingsEndpoint(QUrl base)
{
    QString path = base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/embeddings")))
        path += QStringLiteral("/embeddings");
    base.setPath(path);
    return base;
}

} // namespace

OpenAiEmbedder::OpenAiEmbedder(OpenAiEmbedderOptions options)
    : m_options(std::move(options))
    , m_endpoint(embeddingsEndpoint(m_options.baseUrl))
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.retryBaseDelayMs = std::max(0, m_options.retryBaseDelayMs);
    if (m_options.dimensions > 0)
        m_dimensions = m_options.dimensions;
}

QString OpenAiEmbedder::modelId() const
{
    if (m_options.dimensions > 0)
        return m_options.model + QLatin1Char('@') + QString::number(m_options.dimensions);
    return m_options.model;
}

int OpenAiEmbedder::dimensions() const
{
    return m_dimensions.load();
}

std::optional<QList<QList<float>>> OpenAiEmbedder::embed(const QStringList &texts, QString *error)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // Every OpenAI-compatible server rejects the whole request for one empty input.
        if (texts[i].trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("text %1 of %2 is empty: there is nothing to embed")
                             .arg(i)
                             .arg(texts.size());
            return std::nullopt;
        }
    }
    QList<QList<float>> vectors;
    vectors.reserve(texts.size());
    if (texts.isEmpty())
        return vectors;

    QNetworkAccessManager network; // this thread's, for this call: reused across batches
    const qsizetype batches = (texts.size() + m_options.batchSize - 1) / m_options.batchSize;
    const QString url = m_endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    for (qsizetype b = 0; b < batches; ++b) {
        const QStringList batch = texts.mid(b * m_options.batchSize, m_options.batchSize);
        const QString where = QStringLiteral("embeddings from %1 (model %2, batch %3 of %4, %5 "
                                             "texts)")
                                  .arg(url, m_options.model)
                                  .arg(b + 1)
                                  .arg(batches)
                                  .arg(batch.size());
        auto answer = embedBatch(network, batch, where, error);
        if (!answer)
            return std::nullopt;
        vectors.append(std::move(*answer));
    }
    return vectors;
}

std::optional<QList<QList<float>>> OpenAiEmbedder::embedBatch(QNetworkAccessManager &network,
                                                              const QStringList &texts,
                                                              const QString &where, QString *error)
{
    const auto failWith = [&](const QString &why) -> std::optional<QList<QList<float>>> {
        if (error)
            *error = scrub(where + QStringLiteral(": ") + why);
        return std::nullopt;
    };

    const QByteArray body =
        llm::EmbeddingsWire::requestBody(m_options.model, texts, m_options.dimensions);
    for (int attempt = 1;; ++attempt) {
        const Answer answer = post(network, body);
        QString problem;
        if (answer.timedOut)
            problem = QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs);
        else if (answer.httpStatus == 0)
            problem = QStringLiteral("connection failed: %1").arg(answer.transportError);
        else if (answer.httpStatus < 200 || answer.httpStatus >= 300) {
            const QString message = llm::EmbeddingsWire::errorMessage(answer.body);
            problem = QStringLiteral("HTTP %1").arg(answer.httpStatus);
            if (!message.isEmpty())
                problem += QStringLiteral(": ") + message;
            if (!isRetryableStatus(answer.httpStatus))
                return failWith(problem);
        } else {
            QString why;
            auto response = llm::EmbeddingsWire::parseResponse(answer.body, texts.size(), &why);
            // A well-formed answer with the wrong content is a server bug, not a hiccup: no retry.
            if (!response)
                return failWith(QStringLiteral("unreadable answer: ") + why);
            for (qsizetype i = 0; i < response->vectors.size(); ++i) {
                if (!VectorMath::normalize(response->vectors[i]))
                    return failWith(QStringLiteral("data[%1].embedding: zero vector").arg(i));
            }
            if (m_options.dimensions > 0 && response->dimensions != m_options.dimensions)
                return failWith(QStringLiteral("vectors of %1 numbers where %2 were asked for")
                                    .arg(response->dimensions)
                                    .arg(m_options.dimensions));
            int known = 0;
            if (!m_dimensions.compare_exchange_strong(known, response->dimensions) &&
                known != response->dimensions)
                return failWith(QStringLiteral("vectors of %1 numbers where the model gave %2 "
                                               "before: has the model changed?")
                                    .arg(response->dimensions)
                                    .arg(known));
            return std::move(response->vectors);
        }

        if (attempt >= m_options.maxAttempts)
            return failWith(problem + QStringLiteral(" (gave up after %1 attempts)").arg(attempt));
        qint64 delayMs = 0;
        if (answer.retryAfterMs >= 0) {
            if (answer.retryAfterMs > m_options.maxRetryDelayMs)
                return failWith(problem + QStringLiteral(" (the server asks to wait %1 ms, more "
                                                         "than the %2 ms allowed)")
                                              .arg(answer.retryAfterMs)
                                              .arg(m_options.maxRetryDelayMs));
            delayMs = answer.retryAfterMs;
        } else {
            // Jitter spreads the retries of workers that failed together.
            const qint64 ceiling = qint64(m_options.retryBaseDelayMs) << (attempt - 1);
            delayMs =
                ceiling / 2 +
                qint64(QRandomGenerator::global()->bounded(double(ceiling - ceiling / 2 + 1)));
            delayMs = std::min<qint64>(delayMs, m_options.maxRetryDelayMs);
        }
        qCWarning(lcKnowledge).noquote()
            << scrub(QStringLiteral("%1 failed: %2 - retrying in %3 ms (attempt %4 of %5)")
                         .arg(where, problem)
                         .arg(delayMs)
                         .arg(attempt + 1)
                         .arg(m_options.maxAttempts));
        QThread::msleep(static_cast<unsigned long>(delayMs));
    }
}

OpenAiEmbedder::Answer OpenAiEmbedder::post(QNetworkAccessManager &network, const QByteArray &body)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey);
    ++m_requests;

    Answer answer;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: a provider is given the whole time it was promised.
    timer.setTimerType(Qt::PreciseTimer);
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&answer, &reply] {
        answer.timedOut = true;
        reply->abort(); // emits finished, which ends the loop
    });
    if (m_options.timeoutMs > 0)
        timer.start(m_options.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    if (answer.timedOut)
        return answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.httpStatus == 0)
        answer.transportError = reply->errorString();
    answer.retryAfterMs = retryAfterMs(*reply);
    return answer;
}

QString OpenAiEmbedder::scrub(QString text) const
{
    // Some servers echo the credential they refused; it must not reach logs or the console.
    if (!m_options.apiKey.isEmpty())
        text.replace(QString::fromUtf8(m_options.apiKey), QStringLiteral("***"));
    return text;
}

} // namespace sportello::knowledge
