// SPDX-License-Identifier: LicenseRef-Sportello
// The console's link to the server, as the status bar shows it.
#pragma once

#include <QString>

namespace sportello::console::net {

enum class ConnectionState
{
    Disconnected, // no server, or the connection was closed on purpose
    Connecting,   // opening the WebSocket or signing in
    Connected,    // signed in to the agent hub
    Reconnecting, // the link dropped; waiting to try again, actions are queued meanwhile
    Error,        // the last attempt failed for good (login refused...); the reason is shown
};

// The short, translated text for the status bar ("Not connected", ...).
QString connectionStateText(ConnectionState state);

} // namespace sportello::console::net

namespace sportello::console {
// The state predates the net namespace; code outside net/ may keep naming it unqualified.
using net::ConnectionState;
using net::connectionStateText;
} // namespace sportello::console
