// SPDX-License-Identifier: LicenseRef-Sportello
// How an intent model was trained, kept in the model file for diagnostics.
#pragma once

#include <QtGlobal>

namespace sportello::nlu {

struct IntentModelInfo
{
    int examples = 0;   // training examples (label-name examples not counted)
    int features = 0;   // n-grams in the vocabulary
    int iterations = 0; // optimiser iterations of the final model
    bool converged = false;
    // Accuracy of the out-of-fold predictions used for calibration; < 0 when not calibrated.
    double crossValidatedAccuracy = -1.0;
    qint64 trainedAtMs = 0; // UTC, milliseconds since the epoch
};

} // namespace sportello::nlu
