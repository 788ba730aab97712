// SPDX-License-Identifier: LicenseRef-Sportello
// Who is online in the console, and which conversation each of them looks at or types in.
#include "agents/hub/presencetracker.h"

#include <map>

namespace sportello::agents {

namespace {
bool samePicture(const QList<protocol::PresenceInfo> &a, const QList<protocol::PresenceInfo> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].username != b[i].username || a[i].viewing != b[i].viewing ||
            a[i].typing != b[i].typing)
            return false;
    }
    return true;
}
} // namespace

bool PresenceTracker::connected(quint64 connectionId, const QString &username)
{
    const auto before = picture();
    m_connections.insert(connectionId, State{username, 0, false, ++m_clock});
    return !samePicture(before, picture());
}

bool PresenceTracker::disconnected(quint64 connectionId)
{
    if (!m_connections.contains(connectionId))
        return false;
    const auto before = picture();
    m_connections.remove(connectionId);
    return !samePicture(before, picture());
}

bool PresenceTracker::set(quint64 connectionId, qint64 viewing, bool typing)
{
    auto it = m_connections.find(connectionId);
    if (it == m_connections.end())
        return false;
    const auto before = picture();
    it->viewing = viewing;
    it->typing = typing;
    it->touched = ++m_clock;
    return !samePicture(before, picture());
}

QList<protocol::PresenceInfo> PresenceTracker::picture() const
{
    std::map<QString, const State *> newest;
    for (const auto &state : m_connections) {
        auto &slot = newest[state.username];
        if (!slot || slot->touched < state.touched)
            slot = &state;
    }
    QList<protocol::PresenceInfo> result;
    result.reserve(qsizetype(newest.size()));
    for (const auto &[username, state] : newest)
        result.append({username, true, state->viewing, state->typing});
    return result;
}

bool PresenceTracker::isOnline(const QString &username) const
{
    for (const auto &state : m_connections) {
        if (state.username == username)
            return true;
    }
    return false;
}

} // namespace sportello::agents
