// SPDX-License-Identifier: LicenseRef-Sportello
// Who is online in the console, and which conversation each of them looks at or types in.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "protocol/presenceinfo.h"

namespace sportello::agents {

// Ephemeral (nothing is stored): kept per connection, shown per user. A user with several
// consoles open is where they last did something.
class PresenceTracker
{
public:
    // Each returns true when the picture changed.
    bool connected(quint64 connectionId, const QString &username);
    bool disconnected(quint64 connectionId);
    bool set(quint64 connectionId, qint64 viewing, bool typing);

    // Online users, sorted by name.
    QList<protocol::PresenceInfo> picture() const;
    bool isOnline(const QString &username) const;

private:
    struct State
    {
        QString username;
        qint64 viewing = 0;
        bool typing = false;
        quint64 touched = 0; // order of the last update, newest wins per user
    };

    QHash<quint64, State> m_connections;
    quint64 m_clock = 0;
};

} // namespace sportello::agents
