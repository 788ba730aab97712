// SPDX-License-Identifier: LicenseRef-Sportello
// The main server's /sandbox/... HTTP API: play the customer, inject faults, inspect traffic.
#pragma once

#include <QObject>
#include <QPointer>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace sportello::whatsapp::sandbox {
class GraphEmulator;
} // namespace sportello::whatsapp::sandbox

namespace sportello::http {

// Routes (all JSON; bad input answers 400 {"error":{"field":...,"message":...}}):
//   POST   /sandbox/customers/<wa_id>/messages  {"text":"..."} or {"message":{...}}, optional
//          "name", "user_id", "phone_number_id", "timestamp", "context_wamid"; answered once
//          the webhook POST is done: 200 {"wamid","webhook_status"}, 502 if not accepted
//   GET    /sandbox/customers/<wa_id>/messages  what the customer received and sent
//   POST   /sandbox/customers/<wa_id>/read      the customer reads what was delivered
//   GET    /sandbox/faults                      the fault in force
//   POST   /sandbox/faults                      {"mode":"429","count":3,"delay_ms":0,...}
//   DELETE /sandbox/faults
//   GET    /sandbox/requests                    Graph requests with arrival times
//
// The emulator is not owned. Routes cannot be removed from a QHttpServer, so they outlive this
// object safely: once it (or the emulator) is gone they answer 503.
//
// Thread affinity: the thread of the QHttpServer, which must be the emulator's.
class SandboxController : public QObject
{
    Q_OBJECT

public:
    explicit SandboxController(whatsapp::sandbox::GraphEmulator *emulator,
                               QObject *parent = nullptr);
    ~SandboxController() override;

    void addRoutes(QHttpServer &server);

private:
    void postCustomerMessage(const QString &waId, const QHttpServerRequest &request,
                             QHttpServerResponder &&responder);
    QHttpServerResponse customerMessages(const QString &waId) const;
    QHttpServerResponse customerReads(const QString &waId);
    QHttpServerResponse fault() const;
    QHttpServerResponse setFault(const QHttpServerRequest &request);
    QHttpServerResponse clearFaults();
    QHttpServerResponse requests() const;

    QPointer<whatsapp::sandbox::GraphEmulator> m_emulator;
};

} // namespace sportello::http
