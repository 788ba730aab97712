// SPDX-License-Identifier: LicenseRef-Sportello
// Where one business's intent model stands: training, ready or failed, and on what data.
#pragma once

#include <QString>

namespace sportello::nlu {

struct IntentModelStatus
{
    enum class State
    {
        None,     // nothing trained yet (start-up, or the business is unknown)
        Training, // a model is being trained; the previous one (if any) still answers
        Ready,
        Failed, // the last training failed; the previous model (if any) still answers
    };
    State state = State::None;
    int examples = 0; // training examples of the model that answers
    int intents = 0;
    int customExamples = 0; // of which the business added
    double trainSeconds = 0.0;
    qint64 readyAt = 0; // ms
    QString error;      // Failed: why
};

} // namespace sportello::nlu
