// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/ingest ("sportello.ingest").
#include "ingest/ingestlog.h"

Q_LOGGING_CATEGORY(lcIngest, "sportello.ingest")
