// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: what the customer wants, with a calibrated confidence.
#pragma once

#include "pipeline/istage.h"

namespace sportello::nlu {
class UnderstandingService;
}

namespace sportello::pipeline {

// Asks the business's current intent model (swapped atomically when it is retrained). Under
// the threshold the turn is marked low-confidence and treated as out of scope; a close
// runner-up marks it ambiguous, so no later stage acts on the best guess alone. While the
// first model of a business is still training the turn simply has no intent.
class IntentStage final : public IStage
{
public:
    explicit IntentStage(const nlu::UnderstandingService &understanding);
    QString name() const override { return QStringLiteral("intent"); }
    void run(Turn &turn) override;

    static constexpr int kAlternatives = 3;

private:
    const nlu::UnderstandingService &m_understanding;
};

} // namespace sportello::pipeline
