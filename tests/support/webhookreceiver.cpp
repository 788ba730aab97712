// SPDX-License-Identifier: LicenseRef-Sportello
// Loopback stand-in for the server's POST /webhook: records deliveries, checks their signature.
#include "support/webhookreceiver.h"

#include <utility>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpServer>

#include "support/qtapp.h"

using namespace Qt::StringLiterals;

namespace sportello::test {

WebhookReceiver::WebhookReceiver(QByteArray appSecret, QObject *parent)
    : QObject(parent)
    , m_appSecret(std::move(appSecret))
{
    QtApp::ensure();
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

quint16 WebhookReceiver::listen(quint16 port)
{
    stop();
    m_server = new QHttpServer(this);
    m_server->route(
        u"/webhook"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            Delivery delivery;
            delivery.body = request.body();
            const auto headers = request.headers();
            for (const auto &header : headers) {
                if (header.first.compare("x-hub-signature-256", Qt::CaseInsensitive) == 0)
                    delivery.signatureHeader = header.second;
            }
            delivery.signatureValid =
                verifySignature(m_appSecret, delivery.body, delivery.signatureHeader);
            delivery.json = QJsonDocument::fromJson(delivery.body).object();
            delivery.arrivalMs = QDeadlineTimer::current().deadline();
            delivery.answeredStatus = delivery.signatureValid ? m_responseStatus : 401;
            m_deliveries.append(delivery);
            Q_EMIT delivered(delivery);
            return QHttpServerResponse(
                static_cast<QHttpServerResponse::StatusCode>(delivery.answeredStatus));
        });
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        delete m_server;
        m_server = nullptr;
        return 0;
    }
    m_port = bound;
    return bound;
}

void WebhookReceiver::stop()
{
    if (!m_server)
        return;
    // Close the listening sockets now (the port is free at once); connections die with the
    // server object.
    const auto tcpServers = m_server->servers();
    for (QTcpServer *tcpServer : tcpServers)
        tcpServer->close();
    m_server->deleteLater();
    m_server = nullptr;
}

QUrl WebhookReceiver::url() const
{
    return QUrl(u"http://127.0.0.1:%1/webhook"_s.arg(m_port));
}

QList<QJsonObject> WebhookReceiver::values() const
{
    QList<QJsonObject> result;
    for (const auto &delivery : m_deliveries) {
        if (!delivery.signatureValid)
            continue;
        const QJsonArray entries = delivery.json.value("entry"_L1).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonArray changes = entry.toObject().value("changes"_L1).toArray();
            for (const QJsonValue &change : changes)
                result.append(change.toObject().value("value"_L1).toObject());
        }
    }
    return result;
}

QList<QJsonObject> WebhookReceiver::statuses() const
{
    QList<QJsonObject> result;
    const auto all = values();
    for (const auto &value : all) {
        const QJsonArray items = value.value("statuses"_L1).toArray();
        for (const QJsonValue &item : items)
            result.append(item.toObject());
    }
    return result;
}

QList<QJsonObject> WebhookReceiver::messages() const
{
    QList<QJsonObject> result;
    const auto all = values();
    for (const auto &value : all) {
        const QJsonArray items = value.value("messages"_L1).toArray();
        for (const QJsonValue &item : items)
            result.append(item.toObject());
    }
    return result;
}

QList<QJsonObject> WebhookReceiver::statusesFor(const QString &wamid) const
{
    QList<QJsonObject> result;
    const auto all = statuses();
    for (const auto &status : all) {
        if (status.value("id"_L1).toString() == wamid)
            result.append(status);
    }
    return result;
}

bool WebhookReceiver::verifySignature(const QByteArray &appSecret, const QByteArray &body,
                                      const QByteArray &header)
{
    const QByteArray expected =
        QByteArrayLiteral("sha256=") +
        QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
    if (header.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(header.at(i) ^ expected.at(i));
    return difference == 0;
}

} // namespace sportello::test
