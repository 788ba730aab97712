// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/ingest ("sportello.ingest").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIngest)
