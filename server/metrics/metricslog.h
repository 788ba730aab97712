// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/metrics ("sportello.metrics").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
