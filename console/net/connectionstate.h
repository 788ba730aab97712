// SPDX-License-Identifier: LicenseRef-Sportello
// The console's link to the server, as the status bar shows it.
#pragma once

#include <QString>

namespace sportello::console {

enum class ConnectionState
{
    Disconnected, // no server, or the connection was closed on purpose
    Connecting,   // opening the WebSocket or signing in
    Connected,    // signed in to the agent hub
    Error,        // the last attempt failed; the reason is shown next to it
};

// The short, translated text for the status bar ("Not connected", ...).
QString connectionStateText(ConnectionState state);

} // namespace sportello::console
