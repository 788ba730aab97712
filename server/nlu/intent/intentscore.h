// SPDX-License-Identifier: LicenseRef-Sportello
// One candidate intent with its calibrated confidence.
#pragma once

#include <QString>

namespace sportello::nlu {

struct IntentScore
{
    QString label;
    double confidence = 0.0; // calibrated probability, the candidates of one message sum to <= 1
};

} // namespace sportello::nlu
