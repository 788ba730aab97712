// SPDX-License-Identifier: MIT
// Sportello: where a business's intent model stands (training, ready, failed).
#pragma once

#include <QString>

namespace sportello::protocol {

struct IntentModelInfo
{
    // "none" (nothing trained yet), "training" (the previous model, if any, still answers),
    // "ready", "failed" (the previous model, if any, still answers; `error` says why).
    QString state = QStringLiteral("none");
    int examples = 0; // training examples of the model that answers
    int intents = 0;
    int customExamples = 0; // of which the business added
    double trainSeconds = 0.0;
    qint64 readyAt = 0; // ms; 0 before the first training ended
    QString error;

    static bool isState(const QString &text)
    {
        return text == u"none" || text == u"training" || text == u"ready" || text == u"failed";
    }
};

} // namespace sportello::protocol
