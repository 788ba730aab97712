// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/storage ("sportello.storage").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
