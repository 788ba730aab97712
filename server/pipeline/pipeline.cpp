// SPDX-License-Identifier: LicenseRef-Sportello
// The ordered list of stages every turn goes through.
#include "pipeline/pipeline.h"

#include <QStringList>

#include "pipeline/entities/entitiesstage.h"
#include "pipeline/intent/intentstage.h"
#include "pipeline/knowledge/knowledgestage.h"
#include "pipeline/language/languagestage.h"
#include "pipeline/optout/optoutintentstage.h"
#include "pipeline/optout/optoutstage.h"
#include "pipeline/pipelinelog.h"
#include "pipeline/routing/routingstage.h"
#include "pipeline/sentiment/sentimentstage.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

Pipeline &Pipeline::add(std::unique_ptr<IStage> stage)
{
    m_stages.push_back(std::move(stage));
    return *this;
}

void Pipeline::run(Turn &turn) const
{
    for (const auto &stage : m_stages) {
        if (turn.finished)
            break;
        stage->run(turn);
    }
}

QStringList Pipeline::stageNames() const
{
    QStringList names;
    for (const auto &stage : m_stages)
        names.append(stage->name());
    return names;
}

Pipeline Pipeline::standard(const nlu::UnderstandingService *understanding,
                            const knowledge::IKnowledgeSearch *knowledge)
{
    return standard(understanding, knowledge, knowledge::FaqAnswerOptions{});
}

Pipeline Pipeline::standard(const nlu::UnderstandingService *understanding,
                            const knowledge::IKnowledgeSearch *knowledge,
                            const knowledge::FaqAnswerOptions &faqOptions)
{
    Pipeline pipeline;
    pipeline.add(std::make_unique<OptOutStage>());
    if (understanding) {
        pipeline.add(std::make_unique<LanguageStage>(*understanding));
        pipeline.add(std::make_unique<IntentStage>(*understanding));
        pipeline.add(std::make_unique<SentimentStage>(*understanding));
        pipeline.add(std::make_unique<EntitiesStage>(*understanding));
        pipeline.add(std::make_unique<OptOutIntentStage>());
    }
    if (knowledge)
        pipeline.add(std::make_unique<KnowledgeStage>(*knowledge, faqOptions));
    pipeline.add(std::make_unique<RoutingStage>());
    return pipeline;
}

} // namespace sportello::pipeline
