// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/config ("sportello.config").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConfig)
