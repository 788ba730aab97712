// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the console's models ("sportello.console.models").
#include "models/modelslog.h"

namespace sportello::console::models {

// Debug messages are off unless QT_LOGGING_RULES="sportello.console.models.debug=true".
Q_LOGGING_CATEGORY(lcModels, "sportello.console.models", QtInfoMsg)

} // namespace sportello::console::models
