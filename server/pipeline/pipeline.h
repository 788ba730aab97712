// SPDX-License-Identifier: LicenseRef-Sportello
// The ordered list of stages every turn goes through.
#pragma once

#include <memory>
#include <vector>

#include "pipeline/istage.h"

namespace sportello::nlu {
class UnderstandingService;
}

namespace sportello::pipeline {

class Pipeline
{
public:
    Pipeline &add(std::unique_ptr<IStage> stage);
    // Runs the stages in order until one marks the turn finished.
    void run(Turn &turn) const;
    QStringList stageNames() const;

    // The product's pipeline: opt-out keywords; then, with an understanding service, language,
    // intent, sentiment, entities and the opt-out intent; then routing. Retrieval and
    // generation stages slot in before routing as they land.
    static Pipeline standard(const nlu::UnderstandingService *understanding = nullptr);

private:
    std::vector<std::unique_ptr<IStage>> m_stages;
};

} // namespace sportello::pipeline
