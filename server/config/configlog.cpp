// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/config ("sportello.config").
#include "config/configlog.h"

Q_LOGGING_CATEGORY(lcConfig, "sportello.config")
