// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the console ("sportello.console").
#include "app/consolelog.h"

namespace sportello::console {

// Debug messages are off unless QT_LOGGING_RULES="sportello.console.debug=true".
Q_LOGGING_CATEGORY(lcConsole, "sportello.console", QtInfoMsg)

} // namespace sportello::console
