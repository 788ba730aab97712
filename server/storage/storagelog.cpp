// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/storage ("sportello.storage").
#include "storage/storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "sportello.storage")
