// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: the customer's mood, and whether they are angry or in a hurry.
#pragma once

#include "pipeline/istage.h"

namespace sportello::nlu {
class UnderstandingService;
}

namespace sportello::pipeline {

// Routing sends angry and urgent customers to a person whatever else the turn says.
class SentimentStage final : public IStage
{
public:
    explicit SentimentStage(const nlu::UnderstandingService &understanding);
    QString name() const override { return QStringLiteral("sentiment"); }
    void run(Turn &turn) override;

private:
    const nlu::UnderstandingService &m_understanding;
};

} // namespace sportello::pipeline
