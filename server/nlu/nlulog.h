// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/nlu ("sportello.nlu").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNlu)
