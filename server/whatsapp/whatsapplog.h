// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/whatsapp ("sportello.whatsapp").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWhatsApp)
