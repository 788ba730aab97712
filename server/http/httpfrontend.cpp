// SPDX-License-Identifier: LicenseRef-Sportello
// The server's HTTP port: the route table, in one place.
#include "http/httpfrontend.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QWebSocket>

#include "agents/hub/agenthub.h"
#include "http/httplog.h"
#include "http/opscontroller.h"
#include "http/sandboxcontroller.h"
#include "http/webhookcontroller.h"

namespace sportello::http {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;
} // namespace

HttpFrontend::HttpFrontend(WebhookController &webhook, OpsController &ops,
                           SandboxController *sandbox, agents::AgentHub *hub, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_hub(hub)
{
    // Qt 6.4 upgrades a request only when the signal is connected and a route took the request
    // (whatever the path, so acceptWebSockets() checks it again). The route must not answer an
    // upgrade: whatever it wrote would reach the client before the WebSocket handshake.
    if (m_hub) {
        connect(m_server.get(), &QAbstractHttpServer::newWebSocketConnection, this,
                &HttpFrontend::acceptWebSockets);
        m_server->route(
            QStringLiteral("/agents"), Method::Get,
            [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                if (request.value(QByteArrayLiteral("upgrade"))
                        .compare("websocket", Qt::CaseInsensitive) == 0)
                    return; // the socket goes to the hub
                responder.write(
                    QJsonDocument(QJsonObject{
                        {QStringLiteral("error"),
                         QStringLiteral("the agent hub speaks WebSocket: connect with ws:// or "
                                        "wss://")}}),
                    Status::UpgradeRequired);
            });
    }
    // The webhook comes first: Qt 6.4 matches rules in order and this is the hot path.
    m_server->route(
        QStringLiteral("/webhook"), Method::Post,
        [&webhook](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            webhook.receive(request, std::move(responder));
        });
    m_server->route(
        QStringLiteral("/webhook"), Method::Get,
        [&webhook](const QHttpServerRequest &request) { return webhook.verify(request); });
    m_server->route(QStringLiteral("/healthz"), Method::Get, [&ops] { return ops.health(); });
    m_server->route(QStringLiteral("/readyz"), Method::Get,
                    [&ops](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                        ops.ready(std::move(responder));
                    });
    m_server->route(QStringLiteral("/metrics"), Method::Get,
                    [&ops](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                        ops.metrics(std::move(responder));
                    });
    if (sandbox)
        sandbox->addRoutes(*m_server);
    m_server->setMissingHandler([](const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder) {
        qCDebug(lcHttp, "404 %s", qUtf8Printable(request.url().path()));
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("no such endpoint")},
                                      {QStringLiteral("path"), request.url().path()}}),
            Status::NotFound);
    });
}

HttpFrontend::~HttpFrontend() = default;

void HttpFrontend::enableTls(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    m_server->sslSetup(certificate, privateKey);
}

void HttpFrontend::acceptWebSockets()
{
    while (m_server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString path = socket->requestUrl().path();
        if (path == u"/agents" && m_hub) {
            m_hub->accept(std::move(socket));
            continue;
        }
        qCDebug(lcHttp, "WebSocket for %s refused", qUtf8Printable(path));
        socket->close(
            QWebSocketProtocol::CloseCodePolicyViolated,
            QStringLiteral("no WebSocket endpoint at %1 (the agent hub is /agents)").arg(path));
        // Closing is asynchronous: the socket goes once the close handshake is done.
        QWebSocket *closing = socket.release();
        connect(closing, &QWebSocket::disconnected, closing, &QObject::deleteLater);
        closing->setParent(this);
    }
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0 && error) {
        *error = QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)")
                     .arg(address.toString())
                     .arg(port);
    }
    return bound;
}

} // namespace sportello::http
