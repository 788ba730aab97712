// SPDX-License-Identifier: LicenseRef-Sportello
// The console's WebSocket link to the agent hub: sign-in, requests, events, reconnects.
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "models/protocolmetatypes.h"
#include "net/connectionstate.h"
#include "net/offlinequeue.h"
#include "net/reconnectpolicy.h"
#include "protocol/conversationsummary.h"
#include "protocol/envelope.h"
#include "protocol/protocolerror.h"
#include "protocol/queuecounts.h"
#include "protocol/session.h"

class QTimer;
class QWebSocket;

namespace sportello::console::net {

// One connection to <server>/agents (ws:// for http URLs, wss:// for https). The life of it:
//   connectToServer(url) + login(user, password) or resume(token)  → Connecting
//   auth reply ok → sessionStarted, Connected, then `sync` from the last epoch/seq seen
//     (nothing seen yet: the hub answers with a snapshot → snapshotReceived), then every
//     missed and new event in order → eventReceived (duplicates by seq are dropped)
//   link lost → Reconnecting: retries with ReconnectPolicy (0.5 s doubling to 30 s, jitter),
//     resumes with the session token and syncs again
//   token refused (expired, revoked) or wrong password → loginFailed, Error; no retries.
// request() sends at once when signed in; otherwise the request waits in the OfflineQueue and is
// sent once after the next sign-in, with the same id (the hub answers a repeated id with its
// stored reply, so nothing is done twice). Requests in flight when the link drops go back to
// the queue the same way. The password is kept only until the login reply.
// Main thread only.
class HubClient final : public QObject
{
    Q_OBJECT

public:
    using ReplyCallback =
        std::function<void(const QJsonObject &reply, const protocol::ProtocolError &error)>;

    explicit HubClient(QObject *parent = nullptr);
    ~HubClient() override;

    // http(s)://host[:port][/path] or ws(s)://...; the hub is at <path>/agents.
    void connectToServer(const QUrl &url);
    void login(const QString &user, const QString &password);
    void resume(const QString &token);
    // Ends the session on the server, forgets the token and fails queued requests.
    void logout();
    // Closes the link and stops reconnecting; the session token is kept for a later resume().
    void disconnectFromServer();

    // Returns the request id. `done` runs exactly once: with the reply data, or with the error
    // (the hub's, or "unauthenticated" when the client is signed out for good).
    QString request(const QString &type, const QJsonObject &data, ReplyCallback done = {});

    ConnectionState state() const { return m_state; }
    std::optional<protocol::Session> session() const { return m_session; }

    // Beyond the contract, for the status bar and tests.
    QUrl serverUrl() const { return m_serverUrl; }
    // The WebSocket URL derived from a server URL (http → ws, https → wss, + /agents).
    static QUrl hubUrl(const QUrl &serverUrl);
    // What went wrong last, in words for the user; empty when nothing did.
    QString lastError() const { return m_lastError; }
    // Requests waiting for the link to come back.
    int pendingActions() const { return m_queue.size(); }
    // Request ids are <install id>-<run nonce>-<counter>; the app sets the install id it keeps
    // in its settings (default: a random one per client).
    void setInstallId(const QString &installId);
    QString installId() const { return m_installId; }
    // Replaces the backoff (tests use short delays).
    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    // The last event sequence applied, and its epoch.
    qint64 lastSeq() const { return m_lastSeq; }
    QString epoch() const { return m_epoch; }

Q_SIGNALS:
    void stateChanged(ConnectionState state);
    void sessionStarted(const protocol::Session &session);
    void loginFailed(const protocol::ProtocolError &error);
    void eventReceived(const protocol::Envelope &event);
    void snapshotReceived(const QList<protocol::ConversationSummary> &conversations,
                          const protocol::QueueCounts &counts);
    void pendingActionsChanged(int count);
    // Beyond the contract: the next attempt starts in `delayMs`.
    void reconnectScheduled(int delayMs);

private:
    struct InFlight
    {
        QString id;
        QString type;
        QJsonObject data;
        ReplyCallback done;
        bool replayable = true; // false for auth.* and sync: they are redone, not replayed
    };

    void openSocket();
    void closeSocket();
    // In-flight replayable requests back to the front of the offline queue.
    void requeueInFlight();
    void onSocketConnected();
    void onSocketLost(QWebSocket *socket, const QString &reason);
    void onTextMessage(const QString &text);
    void handleReply(const protocol::Envelope &envelope);
    void handleEvent(const protocol::Envelope &event);
    void deliverEvent(const protocol::Envelope &event);

    void authenticate();
    void onAuthReply(const QString &type, const QJsonObject &reply,
                     const protocol::ProtocolError &error);
    void startSync();
    void onSyncReply(const QJsonObject &reply, const protocol::ProtocolError &error);
    void flushQueue();
    void scheduleReconnect();
    void failQueued(const protocol::ProtocolError &error);

    QString nextId();
    void send(InFlight request);
    void setState(ConnectionState state);
    void setLastError(const QString &text);
    void emitPendingChanged();
    void onKeepAliveTick();

    QPointer<QWebSocket> m_socket;
    QUrl m_serverUrl;
    ConnectionState m_state = ConnectionState::Disconnected;
    bool m_wantConnected = false;
    bool m_socketOpen = false;
    bool m_authenticated = false;
    bool m_authInFlight = false;

    // Sign-in material: the password only until the login reply, the token for resumes.
    QString m_user;
    std::optional<QString> m_password;
    QString m_token;
    std::optional<protocol::Session> m_session;

    // Events: the last one applied, and those that arrive while a sync reply is awaited.
    QString m_epoch;
    qint64 m_lastSeq = 0;
    bool m_syncing = false;
    QList<protocol::Envelope> m_heldEvents;

    QList<InFlight> m_inFlight;
    OfflineQueue m_queue;
    int m_reportedPending = 0;

    QString m_installId;
    QString m_runNonce;
    quint64 m_counter = 0;

    ReconnectPolicy m_policy;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_keepAliveTimer = nullptr;
    bool m_awaitingPong = false;
    QString m_lastError;
};

} // namespace sportello::console::net
