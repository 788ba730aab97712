// SPDX-License-Identifier: LicenseRef-Sportello
// HubTestClient: a console's WebSocket to the agent hub for tests, waited on with the event loop.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include "protocol/envelope.h"

class QWebSocket;

namespace sportello::app {
class ServerApplication;
}

namespace sportello::test {

// A real QWebSocket in the test's thread: every wait spins the event loop, so a server living
// in the same thread keeps working. Frames are decoded with the protocol's own MessageCodec.
// Usage:
//     HubTestClient client(server.hubUrl());
//     ASSERT_TRUE(client.open());
//     auto reply = client.request("auth.login", {{"username", "giulia"}, {"password", "..."}});
//     ASSERT_EQ(reply->kind, protocol::EnvelopeKind::Reply);
class HubTestClient
{
public:
    explicit HubTestClient(QUrl url);
    // ws(s)://host:port/agents of a running server.
    static QUrl urlOf(const app::ServerApplication &server);
    ~HubTestClient();
    HubTestClient(const HubTestClient &) = delete;
    HubTestClient &operator=(const HubTestClient &) = delete;

    // Accept any certificate (the tests' self-signed one).
    void ignoreSslErrors() { m_ignoreSslErrors = true; }

    bool open(int timeoutMs = 5000);
    bool isOpen() const;
    void close();
    // Waits until the server closed the socket; then closeCode() says why.
    bool waitForClosed(int timeoutMs = 5000);
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

    // Sends a request and waits for the reply or error with its id; nullopt on timeout. An
    // empty id gets a fresh one.
    std::optional<protocol::Envelope> request(const QString &type, const QJsonObject &data = {},
                                              const QString &id = {}, int timeoutMs = 5000);
    // Sends any text (malformed frames...) and waits for the next reply or error frame.
    std::optional<protocol::Envelope> sendRaw(const QString &text, int timeoutMs = 5000);
    void sendBinary(const QByteArray &bytes);
    // auth.login; true when it succeeded (the token is kept for resume).
    bool login(const QString &username, const QString &password);
    QString token() const { return m_token; }

    // Events received so far, oldest first.
    const QList<protocol::Envelope> &events() const { return m_events; }
    QList<protocol::Envelope> eventsOfType(const QString &type) const;
    void clearEvents() { m_events.clear(); }
    // Waits for an event (already received or arriving) that matches.
    std::optional<protocol::Envelope>
    waitForEvent(const std::function<bool(const protocol::Envelope &)> &predicate,
                 int timeoutMs = 5000);
    std::optional<protocol::Envelope> waitForEvent(const QString &type, int timeoutMs = 5000);
    // The newest logged event's sequence number and epoch seen on this connection.
    qint64 lastSeq() const { return m_lastSeq; }
    QString epoch() const { return m_epoch; }
    // Every frame as received (for checking exact bytes).
    const QList<QByteArray> &rawFrames() const { return m_rawFrames; }

private:
    void received(const QString &text);

    QUrl m_url;
    std::unique_ptr<QWebSocket> m_socket;
    bool m_ignoreSslErrors = false;
    int m_closeCode = -1;
    QString m_closeReason;
    bool m_closed = false;
    QList<protocol::Envelope> m_answers; // replies and errors not yet taken
    QList<protocol::Envelope> m_events;
    QList<QByteArray> m_rawFrames;
    qint64 m_lastSeq = 0;
    QString m_epoch;
    QString m_token;
    int m_nextId = 1;
};

} // namespace sportello::test
