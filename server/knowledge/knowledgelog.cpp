// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/knowledge ("sportello.knowledge").
#include "knowledge/knowledgelog.h"

Q_LOGGING_CATEGORY(lcKnowledge, "sportello.knowledge")
