// SPDX-License-Identifier: LicenseRef-Sportello
// One console's WebSocket: its login state, its limits, and sending frames to it.
#pragma once

#include <deque>
#include <memory>
#include <optional>

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include "agents/hub/hubuser.h"
#include "protocol/queuecounts.h"

class QWebSocket;

namespace sportello::agents {

// Lives in the hub's thread and owns its socket. The connection closes itself when nobody
// logged in within the authentication timeout (4001); the hub decides everything else.
class AgentConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCloseAuthTimeout = 4001;
    static constexpr int kCloseRevoked = 4003;
    static constexpr int kCloseMalformed = 4008;
    static constexpr int kMalformedLimit = 100; // frames per minute
    static constexpr qint64 kMaxFrameBytes = 1024 * 1024;
    // After logging in: a 10 MiB knowledge.upload in base64 (4/3) with its envelope. Messages
    // may span frames of kMaxFrameBytes each.
    static constexpr qint64 kMaxSignedInMessageBytes = 15 * 1024 * 1024;

    AgentConnection(std::unique_ptr<QWebSocket> socket, quint64 id, int authTimeoutMs,
                    QObject *parent = nullptr);
    ~AgentConnection() override;

    quint64 id() const { return m_id; }
    QHostAddress peerAddress() const;
    // "address:port" for logs.
    QString peer() const;

    bool isAuthenticated() const { return m_user.has_value(); }
    const std::optional<HubUser> &user() const { return m_user; }
    const QString &token() const { return m_token; }
    void authenticate(const HubUser &user, const QString &token);
    void setRole(AgentRole role);
    // Back to the state of a fresh connection (auth.logout): the timeout runs again.
    void logout();

    void send(const QString &frame);
    void send(const QByteArray &frame);
    void close(int code, const QString &reason);
    bool isOpen() const { return !m_closing; }

    // Counts a frame the protocol refused; true when the connection passed the limit.
    bool noteMalformed();

    // The queue counts this console was last sent (they differ per user: "mine").
    const std::optional<protocol::QueueCounts> &sentCounts() const { return m_sentCounts; }
    void setSentCounts(const protocol::QueueCounts &counts) { m_sentCounts = counts; }

Q_SIGNALS:
    void frameReceived(sportello::agents::AgentConnection *connection, const QByteArray &frame);
    void binaryFrameReceived(sportello::agents::AgentConnection *connection);
    void disconnected(sportello::agents::AgentConnection *connection);

private:
    std::unique_ptr<QWebSocket> m_socket;
    quint64 m_id;
    int m_authTimeoutMs;
    QTimer m_authTimer;
    std::optional<HubUser> m_user;
    QString m_token;
    std::deque<qint64> m_malformed; // ms, within the last minute
    std::optional<protocol::QueueCounts> m_sentCounts;
    bool m_closing = false;
};

} // namespace sportello::agents
