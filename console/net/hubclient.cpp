// SPDX-License-Identifier: LicenseRef-Sportello
// The console's WebSocket link to the agent hub: sign-in, requests, events, reconnects.
#include "net/hubclient.h"

#include <utility>
#include <variant>

#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

#include "net/hubpayloadreader.h"
#include "net/netlog.h"
#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::console::net {

using protocol::Envelope;
using protocol::EnvelopeKind;
using protocol::MessageCodec;
using protocol::ProtocolError;
using protocol::RequestCodec;

namespace {

const QString kLogin = QStringLiteral("auth.login");
const QString kResume = QStringLiteral("auth.resume");
const QString kLogout = QStringLiteral("auth.logout");
const QString kSync = QStringLiteral("sync");

// See PROTOCOL.md: the hub closes with 4001 (no sign-in in time), 4003 (session revoked).
constexpr quint16 kCloseRevoked = 4003;

// A WebSocket handshake that has not finished by then will not; try again instead.
constexpr int kHandshakeTimeoutMs = 10000;
// A ping every interval; no pong by the next tick means the link is dead even if TCP has not
// noticed yet (a laptop that slept, a NAT that forgot us).
constexpr int kKeepAliveMs = 15000;

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffULL, 36);
}

ProtocolError localError(const QString &code, const QString &message)
{
    ProtocolError error;
    error.code = code;
    error.message = message;
    return error;
}

} // namespace

HubClient::HubClient(QObject *parent)
    : QObject(parent)
    , m_installId(randomToken())
    , m_runNonce(randomToken())
    , m_reconnectTimer(new QTimer(this))
    , m_handshakeTimer(new QTimer(this))
    , m_keepAliveTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this]() {
        if (m_wantConnected)
            openSocket();
    });
    m_handshakeTimer->setSingleShot(true);
    connect(m_handshakeTimer, &QTimer::timeout, this, [this]() {
        onSocketLost(m_socket, tr("The server did not answer in time."));
    });
    m_keepAliveTimer->setInterval(kKeepAliveMs);
    connect(m_keepAliveTimer, &QTimer::timeout, this, &HubClient::onKeepAliveTick);
}

HubClient::~HubClient()
{
    // Quietly: nobody is left to tell.
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

QUrl HubClient::hubUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                  QUrl::StripTrailingSlash);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == u"https")
        url.setScheme(QStringLiteral("wss"));
    QString path = url.path();
    if (!path.endsWith(u"/agents"))
        path += QStringLiteral("/agents");
    url.setPath(path);
    return url;
}

void HubClient::setInstallId(const QString &installId)
{
    if (!installId.isEmpty())
        m_installId = installId;
}

void HubClient::connectToServer(const QUrl &url)
{
    if (url != m_serverUrl) {
        // Another server: its sessions, tokens and event numbers mean nothing here.
        m_token.clear();
        m_session.reset();
        m_epoch.clear();
        m_lastSeq = 0;
    }
    m_serverUrl = url;
    m_wantConnected = true;
    m_policy.reset();
    m_reconnectTimer->stop();
    openSocket();
}

void HubClient::login(const QString &user, const QString &password)
{
    if (!m_user.isEmpty() && user != m_user) {
        // Someone else signs in on this console: nothing of the previous user carries over.
        failQueued(localError(QStringLiteral("unauthenticated"),
                              tr("Another user signed in on this console.")));
        m_token.clear();
        m_session.reset();
        m_epoch.clear();
        m_lastSeq = 0;
    }
    m_user = user;
    m_password = password;
    m_wantConnected = true;
    if (m_socketOpen && !m_authInFlight) {
        setState(ConnectionState::Connecting);
        authenticate();
    } else if (!m_socket && m_serverUrl.isValid()) {
        m_reconnectTimer->stop();
        openSocket();
    }
}

void HubClient::resume(const QString &token)
{
    m_token = token;
    m_wantConnected = true;
    if (m_socketOpen && !m_authInFlight) {
        setState(ConnectionState::Connecting);
        authenticate();
    } else if (!m_socket && m_serverUrl.isValid()) {
        m_reconnectTimer->stop();
        openSocket();
    }
}

void HubClient::logout()
{
    if (m_authenticated && m_socket) {
        // Fire and forget: the socket closes right after, in order behind this frame.
        m_socket->sendTextMessage(QString::fromUtf8(
            MessageCodec::encode(MessageCodec::request(kLogout, nextId(), {}))));
    }
    m_wantConnected = false;
    m_reconnectTimer->stop();
    m_password.reset();
    m_token.clear();
    m_session.reset();
    m_epoch.clear();
    m_lastSeq = 0;
    const ProtocolError signedOut = localError(QStringLiteral("unauthenticated"), tr("Signed out."));
    QList<InFlight> inFlight = std::exchange(m_inFlight, {});
    closeSocket();
    for (const InFlight &request : inFlight) {
        if (request.replayable && request.done)
            request.done({}, signedOut);
    }
    failQueued(signedOut);
    setLastError({});
    setState(ConnectionState::Disconnected);
}

void HubClient::requeueInFlight()
{
    // Requests the hub may not have answered go back in front of the queue, same ids.
    QList<OfflineQueue::Request> again;
    for (InFlight &request : m_inFlight) {
        if (request.replayable)
            again.append({request.id, request.type, request.data, std::move(request.done)});
    }
    m_inFlight.clear();
    m_queue.requeueFront(std::move(again));
}

void HubClient::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnectTimer->stop();
    requeueInFlight();
    emitPendingChanged();
    closeSocket();
    setState(ConnectionState::Disconnected);
}

QString HubClient::request(const QString &type, const QJsonObject &data, ReplyCallback done)
{
    const QString id = nextId();
    if (m_authenticated && m_socketOpen) {
        send({id, type, data, std::move(done), true});
        return id;
    }
    if (!m_wantConnected) {
        // Nothing will bring the link back by itself: say so rather than wait forever.
        if (done) {
            QTimer::singleShot(0, this, [done = std::move(done), this]() {
                done({}, localError(QStringLiteral("unauthenticated"),
                                    tr("Not connected to a Sportello server.")));
            });
        }
        return id;
    }
    qCDebug(lcNet, "offline: %s %s queued", qUtf8Printable(type), qUtf8Printable(id));
    m_queue.enqueue({id, type, data, std::move(done)});
    emitPendingChanged();
    return id;
}

void HubClient::openSocket()
{
    closeSocket();
    if (!m_serverUrl.isValid())
        return;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &HubClient::onSocketConnected);
    connect(socket, &QWebSocket::disconnected, this, [this, socket]() {
        const QString reason = socket->closeReason();
        onSocketLost(socket, reason.isEmpty() ? tr("The connection was closed.") : reason);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto errorSignal = &QWebSocket::errorOccurred;
#else
    const auto errorSignal = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
#endif
    connect(socket, errorSignal, this, [this, socket]() {
        onSocketLost(socket, socket->errorString());
    });
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        // Not ignored: a console must not talk to a server it cannot verify.
        setLastError(tr("The server's certificate is not trusted: %1").arg(texts.join(u"; ")));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &HubClient::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this]() { m_awaitingPong = false; });

    if (m_state != ConnectionState::Reconnecting)
        setState(ConnectionState::Connecting);
    const QUrl url = hubUrl(m_serverUrl);
    qCInfo(lcNet, "connecting to %s", qUtf8Printable(url.toDisplayString()));
    m_handshakeTimer->start(kHandshakeTimeoutMs);
    socket->open(url);
}

void HubClient::closeSocket()
{
    m_handshakeTimer->stop();
    m_keepAliveTimer->stop();
    m_awaitingPong = false;
    m_socketOpen = false;
    m_authenticated = false;
    m_authInFlight = false;
    m_syncing = false;
    m_heldEvents.clear();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close();
    else
        socket->abort();
    socket->deleteLater();
}

void HubClient::onSocketConnected()
{
    m_handshakeTimer->stop();
    m_socketOpen = true;
    m_awaitingPong = false;
    m_keepAliveTimer->start();
    qCInfo(lcNet, "connected to %s", qUtf8Printable(hubUrl(m_serverUrl).toDisplayString()));
    authenticate();
}

void HubClient::onSocketLost(QWebSocket *socket, const QString &reason)
{
    if (!socket || socket != m_socket)
        return; // an old socket, or the second signal of the same loss
    const quint16 closeCode = quint16(socket->closeCode());
    const bool wasAuthenticated = m_authenticated;
    qCInfo(lcNet, "connection lost (%s)", qUtf8Printable(reason));

    requeueInFlight();
    closeSocket();
    emitPendingChanged();

    if (closeCode == kCloseRevoked) {
        m_token.clear();
        m_session.reset();
        const ProtocolError error = localError(
            QStringLiteral("unauthenticated"),
            tr("Your session was ended on the server. Please sign in again."));
        setLastError(error.message);
        setState(ConnectionState::Error);
        Q_EMIT loginFailed(error);
        return;
    }
    const bool canSignIn = !m_token.isEmpty() || m_password.has_value();
    if (!m_wantConnected || !canSignIn) {
        setState(ConnectionState::Disconnected);
        return;
    }
    setLastError(wasAuthenticated ? tr("Connection lost: %1").arg(reason)
                                  : tr("Cannot reach the server: %1").arg(reason));
    setState(ConnectionState::Reconnecting);
    scheduleReconnect();
}

void HubClient::scheduleReconnect()
{
    const auto delay = m_policy.nextDelay();
    qCInfo(lcNet, "reconnecting in %lld ms", qlonglong(delay.count()));
    m_reconnectTimer->start(delay);
    Q_EMIT reconnectScheduled(int(delay.count()));
}

void HubClient::onTextMessage(const QString &text)
{
    auto decoded = MessageCodec::decode(text.toUtf8());
    if (auto *failure = std::get_if<MessageCodec::DecodeFailure>(&decoded)) {
        qCWarning(lcNet, "unreadable frame from the hub (%s): %s",
                  qUtf8Printable(failure->error.code), qUtf8Printable(failure->error.message));
        return;
    }
    const Envelope &envelope = std::get<Envelope>(decoded);
    qCDebug(lcNet, "← %s %s #%lld", qUtf8Printable(envelope.type), qUtf8Printable(envelope.id),
            envelope.seq);
    switch (envelope.kind) {
    case EnvelopeKind::Reply:
    case EnvelopeKind::Error:
        handleReply(envelope);
        break;
    case EnvelopeKind::Event:
        handleEvent(envelope);
        break;
    case EnvelopeKind::Request:
        qCWarning(lcNet, "the hub sent a request (%s); ignored", qUtf8Printable(envelope.type));
        break;
    }
}

void HubClient::handleReply(const Envelope &envelope)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [&envelope](const InFlight &r) { return r.id == envelope.id; });
    if (it == m_inFlight.end()) {
        if (envelope.kind == EnvelopeKind::Error) {
            qCWarning(lcNet, "hub error without a matching request (%s): %s",
                      qUtf8Printable(envelope.error.code), qUtf8Printable(envelope.error.message));
        }
        return;
    }
    InFlight request = std::move(*it);
    m_inFlight.erase(it);
    if (!request.done)
        return;
    if (envelope.kind == EnvelopeKind::Error)
        request.done({}, envelope.error);
    else
        request.done(envelope.data, {});
}

void HubClient::handleEvent(const Envelope &event)
{
    if (m_syncing) {
        // The sync reply decides where we stand; these are applied after it, minus duplicates.
        m_heldEvents.append(event);
        return;
    }
    deliverEvent(event);
}

void HubClient::deliverEvent(const Envelope &event)
{
    // presence and counts are not kept by the hub: they repeat the newest number instead of
    // taking one, so they are never duplicates and do not move the position.
    static const QStringList ephemeral{QStringLiteral("presence"), QStringLiteral("counts")};
    if (event.seq > 0 && !ephemeral.contains(event.type)) {
        if (event.epoch == m_epoch && event.seq <= m_lastSeq)
            return; // already applied (it was in the sync reply too)
        m_epoch = event.epoch;
        m_lastSeq = event.seq;
    }
    Q_EMIT eventReceived(event);
}

void HubClient::authenticate()
{
    if (!m_socketOpen || m_authInFlight)
        return;
    QString type;
    QJsonObject data;
    if (m_password) {
        type = kLogin;
        data = RequestCodec::toJson(protocol::LoginRequest{m_user, *m_password});
    } else if (!m_token.isEmpty()) {
        type = kResume;
        data = RequestCodec::toJson(protocol::ResumeRequest{m_token});
    } else {
        return; // connected; login() or resume() will follow
    }
    m_authInFlight = true;
    send({nextId(), type, data,
          [this, type](const QJsonObject &reply, const ProtocolError &error) {
              onAuthReply(type, reply, error);
          },
          false});
}

void HubClient::onAuthReply(const QString &type, const QJsonObject &reply,
                            const ProtocolError &error)
{
    m_authInFlight = false;
    ProtocolError problem = error;
    std::optional<protocol::Session> session;
    if (problem.isNull()) {
        session = protocol::PayloadCodec::fromJson<protocol::Session>(
            reply, QStringLiteral("data"), &problem);
    }
    if (!session) {
        if (type == kLogin)
            m_password.reset();
        else
            m_token.clear();
        m_session.reset();
        qCInfo(lcNet, "%s refused: %s", qUtf8Printable(type), qUtf8Printable(problem.code));
        setLastError(problem.message.isEmpty() ? problem.code : problem.message);
        setState(ConnectionState::Error);
        Q_EMIT loginFailed(problem);
        return;
    }
    if (m_session && m_session->user.username != session->user.username) {
        m_epoch.clear();
        m_lastSeq = 0;
    }
    m_password.reset();
    m_token = session->token;
    m_user = session->user.username;
    m_session = session;
    m_authenticated = true;
    m_policy.reset();
    setLastError({});
    qCInfo(lcNet, "signed in as %s", qUtf8Printable(m_user));
    setState(ConnectionState::Connected);
    Q_EMIT sessionStarted(*session);
    if (!m_authenticated)
        return; // a slot reacted by logging out or disconnecting
    startSync();
    flushQueue();
}

void HubClient::startSync()
{
    m_syncing = true;
    m_heldEvents.clear();
    send({nextId(), kSync, RequestCodec::toJson(protocol::SyncRequest{m_epoch, m_lastSeq}),
          [this](const QJsonObject &reply, const ProtocolError &error) {
              onSyncReply(reply, error);
          },
          false});
}

void HubClient::onSyncReply(const QJsonObject &reply, const ProtocolError &error)
{
    m_syncing = false;
    ProtocolError problem = error;
    std::optional<HubPayloadReader::SyncReply> sync;
    if (problem.isNull())
        sync = HubPayloadReader::syncReply(reply, &problem);
    if (!sync) {
        qCWarning(lcNet, "sync failed (%s): %s", qUtf8Printable(problem.code),
                  qUtf8Printable(problem.message));
    } else if (sync->snapshot) {
        m_epoch = sync->epoch;
        m_lastSeq = sync->seq;
        qCInfo(lcNet, "snapshot: %lld conversations at #%lld",
                qlonglong(sync->conversations.size()), m_lastSeq);
        Q_EMIT snapshotReceived(sync->conversations, sync->counts);
    } else {
        qCInfo(lcNet, "resumed after #%lld with %lld missed events", m_lastSeq,
               qlonglong(sync->events.size()));
        for (const Envelope &event : std::as_const(sync->events))
            deliverEvent(event);
    }
    const QList<Envelope> held = std::exchange(m_heldEvents, {});
    for (const Envelope &event : held)
        deliverEvent(event);
}

void HubClient::flushQueue()
{
    const QList<OfflineQueue::Request> queued = m_queue.takeAll();
    emitPendingChanged();
    if (!queued.isEmpty())
        qCInfo(lcNet, "replaying %lld queued requests", qlonglong(queued.size()));
    for (const OfflineQueue::Request &request : queued)
        send({request.id, request.type, request.data, request.done, true});
}

void HubClient::failQueued(const ProtocolError &error)
{
    const QList<OfflineQueue::Request> queued = m_queue.takeAll();
    emitPendingChanged();
    for (const OfflineQueue::Request &request : queued) {
        if (request.done)
            request.done({}, error);
    }
}

QString HubClient::nextId()
{
    return m_installId + u'-' + m_runNonce + u'-' + QString::number(++m_counter);
}

void HubClient::send(InFlight request)
{
    if (!m_socket || !m_socketOpen) {
        // Only replayable requests reach here unsent (an auth or sync is redone on connect).
        if (request.replayable) {
            m_queue.enqueue({request.id, request.type, request.data, std::move(request.done)});
            emitPendingChanged();
        }
        return;
    }
    const QByteArray frame =
        MessageCodec::encode(MessageCodec::request(request.type, request.id, request.data));
    qCDebug(lcNet, "→ %s %s", qUtf8Printable(request.type), qUtf8Printable(request.id));
    m_inFlight.append(std::move(request));
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void HubClient::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void HubClient::setLastError(const QString &text)
{
    m_lastError = text;
}

void HubClient::emitPendingChanged()
{
    const int pending = m_queue.size();
    if (pending == m_reportedPending)
        return;
    m_reportedPending = pending;
    Q_EMIT pendingActionsChanged(pending);
}

void HubClient::onKeepAliveTick()
{
    if (!m_socket || !m_socketOpen)
        return;
    if (m_awaitingPong) {
        onSocketLost(m_socket, tr("The server stopped answering."));
        return;
    }
    m_awaitingPong = true;
    m_socket->ping();
}

} // namespace sportello::console::net
