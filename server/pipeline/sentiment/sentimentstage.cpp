// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: the customer's mood, and whether they are angry or in a hurry.
#include "pipeline/sentiment/sentimentstage.h"

#include <algorithm>

#include "nlu/runtime/understandingservice.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

SentimentStage::SentimentStage(const nlu::UnderstandingService &understanding)
    : m_understanding(understanding)
{
}

void SentimentStage::run(Turn &turn)
{
    const QString text = turn.text();
    if (text.isEmpty())
        return;
    const nlu::SentimentResult result =
        m_understanding.sentimentAnalyzer().analyze(text, turn.language);
    auto &understanding = turn.understanding;
    understanding.sentiment = nlu::SentimentAnalyzer::polarityName(result.polarity);
    understanding.sentimentScore = std::clamp(result.score, -1.0, 1.0);
    understanding.angry = result.angry;
    understanding.urgent = result.urgent;
    understanding.cues = result.cues;
}

} // namespace sportello::pipeline
