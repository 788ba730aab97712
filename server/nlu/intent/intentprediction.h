// SPDX-License-Identifier: LicenseRef-Sportello
// What the intent model says about one message: the best intents and how far to trust them.
#pragma once

#include <QList>
#include <QString>

#include "nlu/intent/intentscore.h"

namespace sportello::nlu {

struct IntentPrediction
{
    QString intent;          // the most probable label (even when lowConfidence is set)
    double confidence = 0.0; // its calibrated probability
    QList<IntentScore> top;  // best first, at most the requested number of candidates
    // confidence < threshold: the message is probably about something the model was not
    // taught, and callers should treat it as out of scope rather than act on `intent`.
    bool lowConfidence = false;
    // The runner-up is close enough that acting on `intent` alone is a coin toss.
    bool ambiguous = false;
    // `intent` is the model's out-of-scope label, or lowConfidence is set.
    bool outOfScope = false;
    double threshold = 0.0; // the model's out-of-scope threshold this prediction was judged by
};

} // namespace sportello::nlu
