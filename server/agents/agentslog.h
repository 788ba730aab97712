// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/agents ("sportello.agents").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAgents)
