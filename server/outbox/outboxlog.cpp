// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/outbox ("sportello.outbox").
#include "outbox/outboxlog.h"

Q_LOGGING_CATEGORY(lcOutbox, "sportello.outbox")
