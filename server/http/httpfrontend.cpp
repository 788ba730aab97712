// SPDX-License-Identifier: LicenseRef-Sportello
// The server's HTTP port: the route table, in one place.
#include "http/httpfrontend.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

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
                           SandboxController *sandbox, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
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
