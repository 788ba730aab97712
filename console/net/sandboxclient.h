// SPDX-License-Identifier: LicenseRef-Sportello
// Plays a WhatsApp customer against a sandbox server, over its /sandbox HTTP routes.
#pragma once

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace sportello::console::net {

// For the sandbox customer window: what a customer sends and what they received. Only sandbox
// servers have these routes (see server/http/sandboxcontroller.h). Every call answers through
// its signal, also on failure.
class SandboxClient final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxClient(QObject *parent = nullptr);
    ~SandboxClient() override;

    // The server's HTTP address (ws:// and wss:// are turned into http:// and https://).
    void setServer(const QUrl &httpBase);
    QUrl server() const { return m_base; }

    // The customer +waId (digits only) writes `text`; `name` is their WhatsApp profile name.
    void send(const QString &waId, const QString &name, const QString &text);
    // Everything the customer sent and received.
    void fetch(const QString &waId);
    // The customer reads what was delivered (the business sees blue ticks).
    void markRead(const QString &waId);

Q_SIGNALS:
    void sent(const QString &waId, bool ok, const QString &error);
    // `messages`: the route's "received" items (business → customer) with "direction":
    // "received", and its "sent" items (customer → business) with "direction": "sent", each
    // otherwise as the route gives it, in time order (both carry a unix time in seconds:
    // "accepted_at" and "timestamp"; within one second the customer's own message comes
    // first).
    void messagesLoaded(const QString &waId, const QJsonArray &messages);
    // Beyond the contract: fetch() failed (server down, not a sandbox server...).
    void fetchFailed(const QString &waId, const QString &error);
    void readDone(const QString &waId, bool ok);

private:
    QUrl routeUrl(const QString &waId, const QString &leaf) const;

    QNetworkAccessManager *m_network;
    QUrl m_base;
};

} // namespace sportello::console::net
