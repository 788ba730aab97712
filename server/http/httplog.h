// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/http ("sportello.http").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
