// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the console's models ("sportello.console.models").
#pragma once

#include <QLoggingCategory>

namespace sportello::console::models {

Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace sportello::console::models
