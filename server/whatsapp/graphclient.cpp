// SPDX-License-Identifier: LicenseRef-Sportello
// GraphClient: POSTs JSON bodies to the Graph API and hands back status, body or failure.
#include "whatsapp/graphclient.h"

#include <utility>

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>

#include "whatsapp/whatsapplog.h"

namespace sportello::whatsapp {

namespace {

// Set on replies we abort ourselves, so that only Qt's transfer timeout reads as a timeout.
constexpr char kShutdownProperty[] = "sportello_shutdown";

} // namespace

GraphClient::GraphClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

GraphClient::~GraphClient()
{
    // Without this, ~QNetworkAccessManager deletes running replies silently and their
    // callers would wait forever for an answer.
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning()) {
            reply->setProperty(kShutdownProperty, true);
            reply->abort();
        }
    }
}

void GraphClient::send(const QUrl &url, const QByteArray &accessToken, const QByteArray &jsonBody,
                       int timeoutMs, QObject *context, Callback done)
{
    if (QThread::currentThread() == thread()) {
        start(url, accessToken, jsonBody, timeoutMs, context, std::move(done));
        return;
    }
    // QNetworkAccessManager is not thread-safe: hop to the thread that owns it.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this, [this, url, accessToken, jsonBody, timeoutMs, guard, context, done]() {
            if (context && !guard)
                return;
            start(url, accessToken, jsonBody, timeoutMs, context, done);
        });
}

void GraphClient::start(const QUrl &url, const QByteArray &accessToken, const QByteArray &jsonBody,
                        int timeoutMs, QObject *context, Callback done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : 0);

    QNetworkReply *reply = m_network->post(request, jsonBody);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, context, done = std::move(done)]() {
                reply->deleteLater();
                if (context && !guard)
                    return;
                finish(reply, guard.data(), done);
            });
}

void GraphClient::finish(QNetworkReply *reply, QObject *context, const Callback &done)
{
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString path = reply->url().path();

    int httpStatus = 0;
    QByteArray body;
    std::optional<GraphFailure> failure;

    const bool ourAbort = reply->property(kShutdownProperty).toBool();
    const bool timedOut = !ourAbort && (error == QNetworkReply::OperationCanceledError ||
                                        error == QNetworkReply::TimeoutError);
    if (timedOut || ourAbort || !statusAttribute.isValid()) {
        GraphFailure transport;
        transport.kind = timedOut ? GraphFailure::Kind::Timeout : GraphFailure::Kind::Network;
        transport.message = timedOut   ? QStringLiteral("no answer in time")
                            : ourAbort ? QStringLiteral("client shut down")
                                       : reply->errorString();
        // The path names the phone number, never the token (it travels in a header).
        qCWarning(lcWhatsApp).noquote()
            << "Graph request to" << path << "failed:" << transport.message;
        failure = std::move(transport);
    } else {
        httpStatus = statusAttribute.toInt();
        body = reply->readAll();
        if (httpStatus < 200 || httpStatus >= 300) {
            qCWarning(lcWhatsApp).noquote()
                << "Graph request to" << path << "answered HTTP" << httpStatus;
        }
    }

    if (!context) {
        done(httpStatus, body, failure);
        return;
    }
    // Always queued: the caller is never re-entered from inside send() or ~GraphClient().
    QMetaObject::invokeMethod(
        context, [done, httpStatus, body, failure]() { done(httpStatus, body, failure); },
        Qt::QueuedConnection);
}

} // namespace sportello::whatsapp
