// SPDX-License-Identifier: LicenseRef-Sportello
// The ordered list of stages every turn goes through.
#pragma once

#include <memory>
#include <vector>

#include "pipeline/istage.h"

namespace sportello::nlu {
class UnderstandingService;
}
namespace sportello::knowledge {
class IKnowledgeSearch;
struct FaqAnswerOptions;
} // namespace sportello::knowledge

namespace sportello::pipeline {

class Pipeline
{
public:
    Pipeline &add(std::unique_ptr<IStage> stage);
    // Runs the stages in order until one marks the turn finished.
    void run(Turn &turn) const;
    QStringList stageNames() const;

    // The product's pipeline: opt-out keywords; then, with an understanding service, language,
    // intent, sentiment, entities and the opt-out intent; then, with a knowledge search, the
    // knowledge stage (retrieved chunks, extractive FAQ drafts); then routing. Generation
    // slots in before routing as it lands.
    static Pipeline standard(const nlu::UnderstandingService *understanding = nullptr,
                             const knowledge::IKnowledgeSearch *knowledge = nullptr);
    static Pipeline standard(const nlu::UnderstandingService *understanding,
                             const knowledge::IKnowledgeSearch *knowledge,
                             const knowledge::FaqAnswerOptions &faqOptions);

private:
    std::vector<std::unique_ptr<IStage>> m_stages;
};

} // namespace sportello::pipeline
