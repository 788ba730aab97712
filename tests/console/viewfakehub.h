// SPDX-License-Identifier: LicenseRef-Sportello
// A stand-in agent hub for the window tests: answers like the server from a sample inbox.
#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QUrl>

#include "protocol/envelope.h"
#include "viewtestsupport.h"

class QWebSocket;
class QWebSocketServer;

namespace sportello::console::test {

// A real WebSocket server on loopback speaking the hub protocol just far enough for the main
// window: sign-in (user giulia, manager, sandbox server), a snapshot of the sample inbox,
// conversation.open with the sample thread and draft, canned replies, settings, and a
// {"conversation": ...} reply to every conversation action. It records every request, so tests
// can check what a button sent, with its data.
class ViewFakeHub final : public QObject
{
    Q_OBJECT

public:
    explicit ViewFakeHub(SampleInbox inbox, QObject *parent = nullptr);
    ~ViewFakeHub() override;

    // http://127.0.0.1:<port>, what the console is given.
    QUrl url() const;
    QList<protocol::Envelope> requests() const { return m_requests; }
    // Requests of one type, oldest first.
    QList<protocol::Envelope> requests(const QString &type) const;

private:
    void onConnection();
    void onMessage(QWebSocket *socket, const QString &text);
    QJsonObject replyFor(const protocol::Envelope &request, protocol::ProtocolError *error);
    std::optional<protocol::ConversationSummary> find(qint64 id) const;

    SampleInbox m_inbox;
    QWebSocketServer *m_server = nullptr;
    QList<protocol::Envelope> m_requests;
};

} // namespace sportello::console::test
