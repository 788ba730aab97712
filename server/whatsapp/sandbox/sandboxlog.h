// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the sandbox channel ("sportello.sandbox").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
