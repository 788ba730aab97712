// SPDX-License-Identifier: LicenseRef-Sportello
// Plays a WhatsApp customer against a sandbox server, over its /sandbox HTTP routes.
#include "net/sandboxclient.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "net/netlog.h"

namespace sportello::console::net {

namespace {

// The sandbox's own error text ({"error":{"message"}}), else the transport's.
QString errorOf(QNetworkReply *reply, const QJsonObject &body)
{
    const QString message =
        body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    return reply->errorString();
}

QJsonObject jsonBody(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? document.object() : QJsonObject();
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    return request;
}

qint64 timeOf(const QJsonObject &item)
{
    const QJsonValue accepted = item.value(QStringLiteral("accepted_at"));
    if (!accepted.isUndefined())
        return qint64(accepted.toDouble());
    const QJsonValue timestamp = item.value(QStringLiteral("timestamp"));
    // WhatsApp writes timestamps as strings of seconds; the sandbox as numbers.
    return timestamp.isString() ? timestamp.toString().toLongLong() : qint64(timestamp.toDouble());
}

} // namespace

SandboxClient::SandboxClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

SandboxClient::~SandboxClient() = default;

void SandboxClient::setServer(const QUrl &httpBase)
{
    QUrl base = httpBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                  QUrl::StripTrailingSlash);
    if (base.scheme() == u"ws")
        base.setScheme(QStringLiteral("http"));
    else if (base.scheme() == u"wss")
        base.setScheme(QStringLiteral("https"));
    if (base.path().endsWith(u"/agents"))
        base.setPath(base.path().chopped(7));
    m_base = base;
}

QUrl SandboxClient::routeUrl(const QString &waId, const QString &leaf) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/sandbox/customers/") + waId + u'/' + leaf);
    return url;
}

void SandboxClient::send(const QString &waId, const QString &name, const QString &text)
{
    QJsonObject body{{QStringLiteral("text"), text}};
    if (!name.trimmed().isEmpty())
        body.insert(QStringLiteral("name"), name.trimmed());
    QNetworkReply *reply =
        m_network->post(jsonRequest(routeUrl(waId, QStringLiteral("messages"))),
                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, waId]() {
        reply->deleteLater();
        const QJsonObject body = jsonBody(reply->readAll());
        const bool ok = reply->error() == QNetworkReply::NoError;
        Q_EMIT sent(waId, ok, ok ? QString() : errorOf(reply, body));
    });
}

void SandboxClient::fetch(const QString &waId)
{
    QNetworkReply *reply = m_network->get(jsonRequest(routeUrl(waId, QStringLiteral("messages"))));
    connect(reply, &QNetworkReply::finished, this, [this, reply, waId]() {
        reply->deleteLater();
        const QJsonObject body = jsonBody(reply->readAll());
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT fetchFailed(waId, errorOf(reply, body));
            return;
        }
        QList<QJsonObject> items;
        const QJsonArray sentByCustomer = body.value(QStringLiteral("sent")).toArray();
        const QJsonArray receivedByCustomer = body.value(QStringLiteral("received")).toArray();
        for (const QJsonValue &value : sentByCustomer) {
            QJsonObject item = value.toObject();
            item.insert(QStringLiteral("direction"), QStringLiteral("sent"));
            items.append(item);
        }
        for (const QJsonValue &value : receivedByCustomer) {
            QJsonObject item = value.toObject();
            item.insert(QStringLiteral("direction"), QStringLiteral("received"));
            items.append(item);
        }
        std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return timeOf(a) < timeOf(b);
        });
        QJsonArray messages;
        for (const QJsonObject &item : std::as_const(items))
            messages.append(item);
        Q_EMIT messagesLoaded(waId, messages);
    });
}

void SandboxClient::markRead(const QString &waId)
{
    QNetworkReply *reply =
        m_network->post(jsonRequest(routeUrl(waId, QStringLiteral("read"))), QByteArray("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, waId]() {
        reply->deleteLater();
        const bool ok = reply->error() == QNetworkReply::NoError;
        if (!ok)
            qCInfo(lcNet, "sandbox read for %s failed: %s", qUtf8Printable(waId),
                   qUtf8Printable(reply->errorString()));
        Q_EMIT readDone(waId, ok);
    });
}

} // namespace sportello::console::net
