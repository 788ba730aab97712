// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/agents ("sportello.agents").
#include "agents/agentslog.h"

Q_LOGGING_CATEGORY(lcAgents, "sportello.agents")
