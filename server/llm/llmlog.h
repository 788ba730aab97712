// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/llm ("sportello.llm").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLlm)
