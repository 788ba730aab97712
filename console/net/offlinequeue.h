// SPDX-License-Identifier: LicenseRef-Sportello
// Requests made while the console is offline, kept in order until the hub is back.
#pragma once

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "protocol/protocolerror.h"

namespace sportello::console::net {

// Each request keeps the id it was given when the user acted: the hub treats the id as an
// idempotency key, so a request that was sent but not answered before the link dropped can be
// sent again safely. presence.set requests are coalesced (only the latest matters).
class OfflineQueue
{
public:
    using Callback =
        std::function<void(const QJsonObject &reply, const protocol::ProtocolError &error)>;

    struct Request
    {
        QString id;
        QString type;
        QJsonObject data;
        Callback done;
    };

    // Appends; a presence.set replaces the one already waiting (both callbacks get its answer).
    void enqueue(Request request);
    // Puts requests that were in flight when the link dropped back in front, in their order.
    void requeueFront(QList<Request> requests);
    // Everything, oldest first; the queue is empty afterwards.
    QList<Request> takeAll();

    int size() const { return int(m_requests.size()); }
    bool isEmpty() const { return m_requests.isEmpty(); }
    bool contains(const QString &id) const;
    const QList<Request> &requests() const { return m_requests; }

private:
    QList<Request> m_requests;
};

} // namespace sportello::console::net
