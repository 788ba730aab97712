// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/app ("sportello.app").
#include "app/applog.h"

Q_LOGGING_CATEGORY(lcApp, "sportello.app")
