// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/app ("sportello.app").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
