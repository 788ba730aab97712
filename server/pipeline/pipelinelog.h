// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/pipeline ("sportello.pipeline").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPipeline)
