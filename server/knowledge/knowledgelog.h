// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/knowledge ("sportello.knowledge").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKnowledge)
