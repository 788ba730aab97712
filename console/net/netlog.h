// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the console's network code ("sportello.console.net").
#pragma once

#include <QLoggingCategory>

namespace sportello::console::net {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace sportello::console::net
