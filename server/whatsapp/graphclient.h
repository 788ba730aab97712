// SPDX-License-Identifier: LicenseRef-Sportello
// GraphClient: POSTs JSON bodies to the Graph API and hands back status, body or failure.
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "whatsapp/graphresponse.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace sportello::whatsapp {

// One QNetworkAccessManager, living in the thread that creates the client. It only transports:
// reading the answer is GraphResponseParser's job and retrying is the outbox's.
class GraphClient : public QObject
{
    Q_OBJECT

public:
    // httpStatus and body whenever the server answered (whatever the status), else
    // transportFailure (Kind::Network or Kind::Timeout) with httpStatus 0.
    using Callback = std::function<void(int httpStatus, QByteArray body,
                                        std::optional<GraphFailure> transportFailure)>;

    explicit GraphClient(QObject *parent = nullptr);
    ~GraphClient() override;

    // Callable from any thread. `done` runs once, from `context`'s event loop, unless `context`
    // is destroyed first (then it never runs); without a context it runs directly in the
    // client's thread. A request still running when the client is destroyed is aborted and
    // reported as a Network failure. timeoutMs <= 0 means no timeout.
    void send(const QUrl &url, const QByteArray &accessToken, const QByteArray &jsonBody,
              int timeoutMs, QObject *context, Callback done);

private:
    void start(const QUrl &url, const QByteArray &accessToken, const QByteArray &jsonBody,
               int timeoutMs, QObject *context, Callback done);
    void finish(QNetworkReply *reply, QObject *context, const Callback &done);

    QNetworkAccessManager *m_network = nullptr;
};

} // namespace sportello::whatsapp
