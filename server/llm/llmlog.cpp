// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/llm ("sportello.llm").
#include "llm/llmlog.h"

Q_LOGGING_CATEGORY(lcLlm, "sportello.llm")
