// SPDX-License-Identifier: LicenseRef-Sportello
// A QHttpServerResponder kept for answering later, safe if the client goes away first.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>

namespace sportello::http {

// Qt 6.4's responder holds a raw QTcpSocket pointer, and QHttpServer deletes the socket when
// the client disconnects: answering later through a plain responder can write to freed
// memory. This keeps a QPointer beside it and drops the answer if the socket is gone.
class DeferredResponse
{
public:
    explicit DeferredResponse(QHttpServerResponder &&responder);
    DeferredResponse(DeferredResponse &&) = default;

    // False when the client had already disconnected.
    bool write(const QByteArray &body, const QByteArray &contentType,
               QHttpServerResponder::StatusCode status,
               QHttpServerResponder::HeaderList extraHeaders = {});
    bool write(QHttpServerResponse &&response);
    bool isAlive() const
    {
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }
    // For watching the connection (QObject::destroyed); null once it is gone.
    QTcpSocket *socket() const { return m_socket.data(); }
    qint64 elapsedNs() const { return m_timer.nsecsElapsed(); }

private:
    QPointer<QTcpSocket> m_socket;
    QHttpServerResponder m_responder;
    QElapsedTimer m_timer;
};

} // namespace sportello::http
