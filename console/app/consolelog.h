// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the console ("sportello.console").
#pragma once

#include <QLoggingCategory>

namespace sportello::console {

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

} // namespace sportello::console
