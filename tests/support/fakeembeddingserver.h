// SPDX-License-Identifier: LicenseRef-Sportello
// FakeEmbeddingServer: an OpenAI-compatible /v1/embeddings endpoint on loopback that can misbehave.
#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

class QObject;
class QTcpServer;
class QTcpSocket;

namespace sportello::test {

// Runs on its own thread, so the code under test may block any thread (the test's included)
// while it waits for an answer. Answers with the real wire format: deterministic vectors
// derived from a hash of each text (deliberately not unit length), data[] in reverse order so
// clients must use data[].index. Usage:
//     FakeEmbeddingServer server(8);
//     server.misbehave(FakeEmbeddingServer::Mode::ServerError, 1); // first request: HTTP 500
//     OpenAiEmbedderOptions options{.baseUrl = server.baseUrl(), .model = u"fake"_s};
class FakeEmbeddingServer
{
public:
    enum class Mode
    {
        Normal,
        Hang,         // read the request, never answer (the client's timeout must fire)
        RateLimited,  // 429 with an error body and the Retry-After header given to misbehave()
        ServerError,  // 500 with an error body
        Unauthorized, // 401 whose message echoes the Authorization header, as some servers do
        BadJson,      // 200 with a truncated body
        WrongCount,   // 200 with one embedding fewer than inputs
    };

    struct Request
    {
        QByteArray authorization;
        QString model;
        QStringList input;
        QByteArray body;
    };

    explicit FakeEmbeddingServer(int dimensions = 8);
    ~FakeEmbeddingServer();
    FakeEmbeddingServer(const FakeEmbeddingServer &) = delete;
    FakeEmbeddingServer &operator=(const FakeEmbeddingServer &) = delete;

    // "http://127.0.0.1:<port>/v1", the API root clients append /embeddings to.
    QUrl baseUrl() const;
    // The next `count` requests (all of them with -1) misbehave as `mode`, then Normal again.
    // `retryAfter` is sent as the Retry-After header (RateLimited), `retryAfterMs` as
    // retry-after-ms; empty = not sent.
    void misbehave(Mode mode, int count = -1, const QByteArray &retryAfter = {},
                   const QByteArray &retryAfterMs = {});
    QList<Request> requests() const;
    int requestCount() const;

    // The unit vector a client should end with for `text`.
    static QList<float> expectedVector(const QString &text, int dimensions);
    // What the server sends: the same direction, length 3.
    static QList<float> rawVector(const QString &text, int dimensions);

private:
    void accept();
    void handle(QTcpSocket *socket, const QByteArray &head, const QByteArray &body);

    const int m_dimensions;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Mode m_mode = Mode::Normal;
    int m_remaining = 0;
    QByteArray m_retryAfter;
    QByteArray m_retryAfterMs;
    QList<Request> m_requests;
};

} // namespace sportello::test
