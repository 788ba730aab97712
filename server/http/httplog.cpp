// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/http ("sportello.http").
#include "http/httplog.h"

Q_LOGGING_CATEGORY(lcHttp, "sportello.http")
