// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: looks the turn up in the business's knowledge base and drafts an FAQ answer.
#pragma once

#include "knowledge/answer/faqanswerer.h"
#include "pipeline/istage.h"

namespace sportello::knowledge {
class IKnowledgeSearch;
}

namespace sportello::pipeline {

// Keeps the retrieved chunks on the turn for the stages that will write answers, and when the
// best one is an FAQ that answers the turn by itself (FaqAnswerer) proposes its answer as a
// draft. Nothing is sent from here: routing still hands the conversation to the agents, who
// find the draft in the review panel. Turns no draft could serve are not looked up: a
// customer who opted out (or is opting out now), or a conversation an agent owns.
class KnowledgeStage final : public IStage
{
public:
    explicit KnowledgeStage(const knowledge::IKnowledgeSearch &search,
                            knowledge::FaqAnswerOptions options = {});

    QString name() const override { return QStringLiteral("knowledge"); }
    void run(Turn &turn) override;

private:
    const knowledge::IKnowledgeSearch &m_search;
    knowledge::FaqAnswerer m_answerer;
};

} // namespace sportello::pipeline
