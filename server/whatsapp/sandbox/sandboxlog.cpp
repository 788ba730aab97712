// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of the sandbox channel ("sportello.sandbox").
#include "whatsapp/sandbox/sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "sportello.sandbox")
