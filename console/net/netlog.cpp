// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the console's network code ("sportello.console.net").
#include "net/netlog.h"

namespace sportello::console::net {

// Debug messages are off unless QT_LOGGING_RULES="sportello.console.net.debug=true".
Q_LOGGING_CATEGORY(lcNet, "sportello.console.net", QtInfoMsg)

} // namespace sportello::console::net
