// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/nlu ("sportello.nlu").
#include "nlu/nlulog.h"

Q_LOGGING_CATEGORY(lcNlu, "sportello.nlu")
