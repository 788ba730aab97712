// SPDX-License-Identifier: LicenseRef-Sportello
// Logging category of server/pipeline ("sportello.pipeline").
#include "pipeline/pipelinelog.h"

Q_LOGGING_CATEGORY(lcPipeline, "sportello.pipeline")
