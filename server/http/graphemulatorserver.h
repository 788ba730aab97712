// SPDX-License-Identifier: LicenseRef-Sportello
// HTTP front of the sandbox Graph API emulator: POST /<version>/<phone_number_id>/messages.
#pragma once

#include <map>
#include <memory>

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace sportello::whatsapp::sandbox {
class GraphEmulator;
struct EmulatorReply;
} // namespace sportello::whatsapp::sandbox

namespace sportello::http {

class DeferredResponse;

// Listens on its own port (not the main server's) and hands send requests to a GraphEmulator,
// honouring the reply's delay and "never answer". The emulator is not owned; while it is gone
// requests get a Graph-shaped 503.
//
// Thread affinity: the thread it lives in, which must be the emulator's.
class GraphEmulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit GraphEmulatorServer(whatsapp::sandbox::GraphEmulator *emulator,
                                 QObject *parent = nullptr);
    ~GraphEmulatorServer() override;

    // Returns the bound port (port 0 picks a free one), 0 on failure. Listening again first
    // closes the previous socket.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and closes connections still waiting for an answer (delayed or never).
    void close();

    bool isListening() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    // "http://<address>:<port>": what the Graph client takes as its graph_url.
    QUrl baseUrl() const;
    // Requests accepted but not answered yet (delayed, or never answered).
    int pendingReplies() const { return static_cast<int>(m_pending.size()); }

private:
    void handleMessages(const QString &version, const QString &phoneNumberId,
                        const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    quint64 park(QHttpServerResponder &&responder);
    void answerParked(quint64 id, const whatsapp::sandbox::EmulatorReply &reply);

    QPointer<whatsapp::sandbox::GraphEmulator> m_emulator;
    QHttpServer *m_server = nullptr; // owned; deleted later, it may be on the stack
    QHostAddress m_address;
    quint16 m_port = 0;
    std::map<quint64, std::unique_ptr<DeferredResponse>> m_pending;
    quint64 m_nextPendingId = 0;
};

} // namespace sportello::http
