// SPDX-License-Identifier: LicenseRef-Sportello
// The server's HTTP port: the route table, in one place.
#pragma once

#include <memory>

#include <QHostAddress>
#include <QObject>

class QHttpServer;

namespace sportello::http {

class OpsController;
class SandboxController;
class WebhookController;

// Owns the QHttpServer (every QHttpServer call of the main port is in this folder, so moving
// past Qt 6.4's preview API touches only server/http). Controllers are owned by the caller.
class HttpFrontend : public QObject
{
    Q_OBJECT

public:
    HttpFrontend(WebhookController &webhook, OpsController &ops,
                 SandboxController *sandbox /* null outside sandbox mode */,
                 QObject *parent = nullptr);
    ~HttpFrontend() override;

    // Returns the bound port, or 0 with `error` filled.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

private:
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace sportello::http
