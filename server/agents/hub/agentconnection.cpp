// SPDX-License-Identifier: LicenseRef-Sportello
// One console's WebSocket: its login state, its limits, and sending frames to it.
#include "agents/hub/agentconnection.h"

#include <QDateTime>
#include <QWebSocket>

#include "agents/agentslog.h"

namespace sportello::agents {

AgentConnection::AgentConnection(std::unique_ptr<QWebSocket> socket, quint64 id, int authTimeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_id(id)
    , m_authTimeoutMs(authTimeoutMs)
{
    m_socket->setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { Q_EMIT frameReceived(this, message.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &) { Q_EMIT binaryFrameReceived(this); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_authTimer.stop();
        Q_EMIT disconnected(this);
    });

    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAgents, "console %s did not log in within %d ms", qUtf8Printable(peer()),
               m_authTimeoutMs);
        close(kCloseAuthTimeout, QStringLiteral("log in first"));
    });
    m_authTimer.start(m_authTimeoutMs);
}

AgentConnection::~AgentConnection()
{
    // No signals towards a hub that is going away with us.
    m_socket->disconnect(this);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
}

QHostAddress AgentConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

QString AgentConnection::peer() const
{
    return QStringLiteral("%1:%2")
        .arg(m_socket->peerAddress().toString())
        .arg(m_socket->peerPort());
}

void AgentConnection::authenticate(const HubUser &user, const QString &token)
{
    m_user = user;
    m_token = token;
    m_authTimer.stop();
    // Signed in, a console may send a document (knowledge.upload); strangers may not.
    m_socket->setMaxAllowedIncomingMessageSize(kMaxSignedInMessageBytes);
}

void AgentConnection::setRole(AgentRole role)
{
    if (m_user)
        m_user->role = role;
}

void AgentConnection::logout()
{
    m_user.reset();
    m_token.clear();
    m_sentCounts.reset();
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    m_authTimer.start(m_authTimeoutMs);
}

void AgentConnection::send(const QString &frame)
{
    if (!m_closing)
        m_socket->sendTextMessage(frame);
}

void AgentConnection::send(const QByteArray &frame)
{
    send(QString::fromUtf8(frame));
}

void AgentConnection::close(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_authTimer.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

bool AgentConnection::noteMalformed()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_malformed.push_back(now);
    while (!m_malformed.empty() && m_malformed.front() <= now - 60000)
        m_malformed.pop_front();
    return qsizetype(m_malformed.size()) > kMalformedLimit;
}

} // namespace sportello::agents
