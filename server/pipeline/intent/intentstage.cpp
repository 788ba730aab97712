// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: what the customer wants, with a calibrated confidence.
#include "pipeline/intent/intentstage.h"

#include "config/businessconfig.h"
#include "nlu/intent/intentmodel.h"
#include "nlu/runtime/intentmodelregistry.h"
#include "nlu/runtime/understandingservice.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

IntentStage::IntentStage(const nlu::UnderstandingService &understanding)
    : m_understanding(understanding)
{
}

void IntentStage::run(Turn &turn)
{
    nlu::IntentModelRegistry *registry = m_understanding.intents();
    const QString text = turn.text();
    if (!registry || text.isEmpty())
        return;
    // Held for the whole turn: a retrained model swapped in meanwhile does not pull it away.
    const std::shared_ptr<const nlu::IntentModel> model =
        registry->model(turn.business->phoneNumberId);
    if (!model)
        return;
    const nlu::IntentPrediction prediction = model->predict(text, registry->threshold(*model));
    if (prediction.top.isEmpty())
        return;
    auto &understanding = turn.understanding;
    understanding.intent = prediction.top.first().label;
    understanding.intentConfidence = prediction.top.first().confidence;
    understanding.lowConfidence = prediction.lowConfidence;
    understanding.ambiguous = prediction.ambiguous;
    for (qsizetype i = 1; i < prediction.top.size() && i <= kAlternatives; ++i) {
        understanding.alternatives.append(
            {prediction.top.at(i).label, prediction.top.at(i).confidence});
    }
}

} // namespace sportello::pipeline
