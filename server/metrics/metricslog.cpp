// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/metrics ("sportello.metrics").
#include "metrics/metricslog.h"

Q_LOGGING_CATEGORY(lcMetrics, "sportello.metrics")
