// SPDX-License-Identifier: LicenseRef-Sportello
// The console's link to the server, as the status bar shows it.
#include "net/connectionstate.h"

#include <QCoreApplication>

namespace sportello::console::net {

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Not connected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting…");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionState::Reconnecting:
        return QCoreApplication::translate("ConnectionState", "Reconnecting…");
    case ConnectionState::Error:
        return QCoreApplication::translate("ConnectionState", "Connection failed");
    }
    return QCoreApplication::translate("ConnectionState", "Not connected");
}

} // namespace sportello::console::net
