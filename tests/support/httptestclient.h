// SPDX-License-Identifier: LicenseRef-Sportello
// HTTP client for tests: real requests through QNetworkAccessManager, waited on with the event
// loop.
#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace sportello::test {

// Each call sends one request and spins the event loop (never blocking it) until the reply
// finishes, so servers living in the same thread keep working meanwhile. No proxy is used.
class HttpTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        bool finished = false; // false: the test-side safety deadline expired first
        int status = 0;        // HTTP status; 0 when no HTTP answer came
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;

        QJsonObject json() const; // the body as a JSON object, {} when it is not one
        QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    };

    HttpTestClient();
    ~HttpTestClient();
    HttpTestClient(const HttpTestClient &) = delete;
    HttpTestClient &operator=(const HttpTestClient &) = delete;

    // transferTimeoutMs > 0 sets QNetworkRequest's transfer timeout (the client gives up, as a
    // real Graph client would). Without it the call still returns after a 15 s safety deadline.
    Response get(const QUrl &url, const Headers &headers = {}, int transferTimeoutMs = 0);
    Response post(const QUrl &url, const QByteArray &body, const Headers &headers = {},
                  int transferTimeoutMs = 0);
    Response postJson(const QUrl &url, const QJsonObject &json, const Headers &headers = {},
                      int transferTimeoutMs = 0);
    Response deleteResource(const QUrl &url, const Headers &headers = {},
                            int transferTimeoutMs = 0);
    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                  const Headers &headers, int transferTimeoutMs);

    QNetworkAccessManager &network() { return *m_network; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace sportello::test
