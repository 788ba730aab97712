// SPDX-License-Identifier: LicenseRef-Sportello
// The server's HTTP port: the route table, in one place.
#pragma once

#include <memory>

#include <QHostAddress>
#include <QObject>

class QHttpServer;
class QSslCertificate;
class QSslKey;

namespace sportello::agents {
class AgentHub;
}

namespace sportello::http {

class OpsController;
class SandboxController;
class WebhookController;

// Owns the QHttpServer (every QHttpServer call of the main port is in this folder, so moving
// past Qt 6.4's preview API touches only server/http). Controllers are owned by the caller.
// WebSocket upgrades on the same port go to the agent hub when they ask for /agents; any other
// path is closed at once.
class HttpFrontend : public QObject
{
    Q_OBJECT

public:
    HttpFrontend(WebhookController &webhook, OpsController &ops,
                 SandboxController *sandbox /* null outside sandbox mode */,
                 agents::AgentHub *hub /* null: no WebSocket endpoint */,
                 QObject *parent = nullptr);
    ~HttpFrontend() override;

    // Serve HTTPS (and wss:// for the hub) instead of plain HTTP; call before listen().
    void enableTls(const QSslCertificate &certificate, const QSslKey &privateKey);

    // Returns the bound port, or 0 with `error` filled.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

private:
    void acceptWebSockets();

    std::unique_ptr<QHttpServer> m_server;
    agents::AgentHub *m_hub;
};

} // namespace sportello::http
