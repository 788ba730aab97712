// SPDX-License-Identifier: LicenseRef-Sportello
// HTTP client for tests: real requests through QNetworkAccessManager, waited on with the event
// loop.
#include "support/httptestclient.h"

#include <algorithm>
#include <chrono>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>

#include "support/qtapp.h"
#include "support/waitfor.h"

namespace sportello::test {

QJsonObject HttpTestClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpTestClient::Response::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

HttpTestClient::HttpTestClient()
{
    QtApp::ensure();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

HttpTestClient::~HttpTestClient() = default;

HttpTestClient::Response HttpTestClient::get(const QUrl &url, const Headers &headers,
                                             int transferTimeoutMs)
{
    return send(QByteArrayLiteral("GET"), url, {}, headers, transferTimeoutMs);
}

HttpTestClient::Response HttpTestClient::post(const QUrl &url, const QByteArray &body,
                                              const Headers &headers, int transferTimeoutMs)
{
    return send(QByteArrayLiteral("POST"), url, body, headers, transferTimeoutMs);
}

HttpTestClient::Response HttpTestClient::postJson(const QUrl &url, const QJsonObject &json,
                                                  const Headers &headers, int transferTimeoutMs)
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send(QByteArrayLiteral("POST"), url, QJsonDocument(json).toJson(QJsonDocument::Compact),
                all, transferTimeoutMs);
}

HttpTestClient::Response HttpTestClient::deleteResource(const QUrl &url, const Headers &headers,
                                                        int transferTimeoutMs)
{
    return send(QByteArrayLiteral("DELETE"), url, {}, headers, transferTimeoutMs);
}

HttpTestClient::Response HttpTestClient::send(const QByteArray &verb, const QUrl &url,
                                              const QByteArray &body, const Headers &headers,
                                              int transferTimeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);

    QElapsedTimer clock;
    clock.start();
    QPointer<QNetworkReply> reply = body.isEmpty() && verb != "POST"
                                        ? m_network->sendCustomRequest(request, verb)
                                        : m_network->sendCustomRequest(request, verb, body);
    const auto safety = std::chrono::milliseconds(15000 + std::max(0, transferTimeoutMs));
    waitFor([&]() { return !reply || reply->isFinished(); }, safety);

    Response response;
    response.elapsedMs = clock.elapsed();
    if (!reply)
        return response;
    response.finished = reply->isFinished();
    if (!response.finished) {
        reply->abort();
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.errorString = reply->errorString();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return response;
}

} // namespace sportello::test
