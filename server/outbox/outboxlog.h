// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/outbox ("sportello.outbox").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
