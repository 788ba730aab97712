// SPDX-License-Identifier: LicenseRef-Sportello
// Requests made while the console is offline, kept in order until the hub is back.
#include "net/offlinequeue.h"

#include <algorithm>
#include <utility>

namespace sportello::console::net {

namespace {
const QString kPresenceSet = QStringLiteral("presence.set");

OfflineQueue::Callback both(OfflineQueue::Callback first, OfflineQueue::Callback second)
{
    if (!first)
        return second;
    if (!second)
        return first;
    return [first = std::move(first), second = std::move(second)](
               const QJsonObject &reply, const protocol::ProtocolError &error) {
        first(reply, error);
        second(reply, error);
    };
}
} // namespace

void OfflineQueue::enqueue(Request request)
{
    if (request.type == kPresenceSet) {
        // Where the agent was looking a minute ago is of no use to anyone.
        const auto stale = std::find_if(m_requests.begin(), m_requests.end(),
                                        [](const Request &r) { return r.type == kPresenceSet; });
        if (stale != m_requests.end()) {
            request.done = both(std::move(stale->done), std::move(request.done));
            m_requests.erase(stale);
        }
    }
    m_requests.append(std::move(request));
}

void OfflineQueue::requeueFront(QList<Request> requests)
{
    if (requests.isEmpty())
        return;
    requests.append(std::move(m_requests));
    m_requests = std::move(requests);
}

QList<OfflineQueue::Request> OfflineQueue::takeAll()
{
    return std::exchange(m_requests, {});
}

bool OfflineQueue::contains(const QString &id) const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
                       [&id](const Request &r) { return r.id == id; });
}

} // namespace sportello::console::net
