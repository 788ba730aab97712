// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/whatsapp ("sportello.whatsapp").
#include "whatsapp/whatsapplog.h"

Q_LOGGING_CATEGORY(lcWhatsApp, "sportello.whatsapp")
