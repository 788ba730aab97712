// SPDX-License-Identifier: LicenseRef-Sportello
// FakeEmbeddingServer: an OpenAI-compatible /v1/embeddings endpoint on loopback that can misbehave.
#include "support/fakeembeddingserver.h"

#include <cmath>
#include <memory>

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include "support/qtapp.h"

namespace sportello::test {

namespace {

QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Fake\r\nContent-Type: application/json\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
           body;
}

QByteArray errorBody(const QString &message, const QString &type)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("message"), message},
                                                  {QStringLiteral("type"), type},
                                                  {QStringLiteral("code"), QJsonValue()}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

FakeEmbeddingServer::FakeEmbeddingServer(int dimensions)
    : m_dimensions(dimensions)
{
    QtApp::ensure();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer(m_context);
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { accept(); });
        },
        Qt::BlockingQueuedConnection);
}

FakeEmbeddingServer::~FakeEmbeddingServer()
{
    // The documented worker-thread teardown: deleted in its own thread as the thread ends.
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

QUrl FakeEmbeddingServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

void FakeEmbeddingServer::misbehave(Mode mode, int count, const QByteArray &retryAfter,
                                    const QByteArray &retryAfterMs)
{
    QMutexLocker locker(&m_mutex);
    m_mode = mode;
    m_remaining = count;
    m_retryAfter = retryAfter;
    m_retryAfterMs = retryAfterMs;
}

QList<FakeEmbeddingServer::Request> FakeEmbeddingServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

int FakeEmbeddingServer::requestCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_requests.size());
}

QList<float> FakeEmbeddingServer::rawVector(const QString &text, int dimensions)
{
    QList<float> vector(dimensions);
    QByteArray block;
    for (int i = 0; i < dimensions; ++i) {
        if (i % 16 == 0)
            block = QCryptographicHash::hash(QByteArray(text.toUtf8() + QByteArray::number(i / 16)),
                                             QCryptographicHash::Sha256);
        const auto pair =
            quint16(quint8(block[(i % 16) * 2]) << 8 | quint8(block[(i % 16) * 2 + 1]));
        vector[i] = float(pair) / 32767.5f - 1.0f;
    }
    double sum = 0;
    for (const float value : vector)
        sum += double(value) * value;
    const double scale = 3.0 / std::sqrt(sum);
    for (float &value : vector)
        value = float(value * scale);
    return vector;
}

QList<float> FakeEmbeddingServer::expectedVector(const QString &text, int dimensions)
{
    QList<float> vector = rawVector(text, dimensions);
    for (float &value : vector)
        value /= 3.0f;
    return vector;
}

void FakeEmbeddingServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // Keep-alive: several requests may come on one connection, one after another.
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = buffer->left(headerEnd);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                const QByteArray body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                handle(socket, head, body);
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeEmbeddingServer::handle(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    Request request;
    request.body = body;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            request.authorization = line.mid(14).trimmed();
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    request.model = json.value(QStringLiteral("model")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("input")).toArray())
        request.input.append(value.toString());

    Mode mode = Mode::Normal;
    QByteArray retryAfter;
    QByteArray retryAfterMs;
    {
        QMutexLocker locker(&m_mutex);
        m_requests.append(request);
        if (m_remaining != 0) {
            mode = m_mode;
            retryAfter = m_retryAfter;
            retryAfterMs = m_retryAfterMs;
            if (m_remaining > 0)
                --m_remaining;
        }
    }

    QByteArray response;
    switch (mode) {
    case Mode::Hang:
        return;
    case Mode::RateLimited: {
        QByteArray headers;
        if (!retryAfter.isEmpty())
            headers += "Retry-After: " + retryAfter + "\r\n";
        if (!retryAfterMs.isEmpty())
            headers += "retry-after-ms: " + retryAfterMs + "\r\n";
        response = httpResponse(429,
                                errorBody(QStringLiteral("Rate limit reached for requests"),
                                          QStringLiteral("requests")),
                                headers);
        break;
    }
    case Mode::ServerError:
        response = httpResponse(500, errorBody(QStringLiteral("The server had an error"),
                                               QStringLiteral("server_error")));
        break;
    case Mode::Unauthorized:
        response =
            httpResponse(401, errorBody(QStringLiteral("Incorrect API key provided: %1")
                                            .arg(QString::fromUtf8(request.authorization.mid(7))),
                                        QStringLiteral("invalid_request_error")));
        break;
    case Mode::BadJson:
        response = httpResponse(200, R"({"object":"list","data":[{"object":"embedding","ind)");
        break;
    case Mode::Normal:
    case Mode::WrongCount: {
        QJsonArray data;
        const qsizetype count = request.input.size() - (mode == Mode::WrongCount ? 1 : 0);
        for (qsizetype i = count - 1; i >= 0; --i) {
            QJsonArray numbers;
            for (const float value : rawVector(request.input[i], m_dimensions))
                numbers.append(double(value));
            data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                    {QStringLiteral("index"), int(i)},
                                    {QStringLiteral("embedding"), numbers}});
        }
        const QJsonObject answer{
            {QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), data},
            {QStringLiteral("model"), request.model},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 5},
                                                  {QStringLiteral("total_tokens"), 5}}}};
        response = httpResponse(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        break;
    }
    }
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace sportello::test
