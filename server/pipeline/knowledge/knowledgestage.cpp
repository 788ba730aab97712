// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: looks the turn up in the business's knowledge base and drafts an FAQ answer.
#include "pipeline/knowledge/knowledgestage.h"

#include "config/businessconfig.h"
#include "knowledge/iknowledgesearch.h"
#include "pipeline/pipelinelog.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

KnowledgeStage::KnowledgeStage(const knowledge::IKnowledgeSearch &search,
                               knowledge::FaqAnswerOptions options)
    : m_search(search)
    , m_answerer(options)
{
}

void KnowledgeStage::run(Turn &turn)
{
    if (turn.contact.optedOut || (turn.setOptedOut && *turn.setOptedOut) ||
        turn.conversation.owner == ConversationOwner::Human)
        return;
    const QString text = turn.text();
    if (text.isEmpty() || !turn.business)
        return;

    knowledge::RetrievalRequest request;
    request.phoneNumberId = turn.business->phoneNumberId;
    request.query = text;
    request.language = turn.language;
    request.topK = 0; // the business's configured top_k
    turn.knowledge = m_search.search(request);

    const auto draft = m_answerer.answer(text, turn.language, turn.knowledge);
    if (!draft)
        return;
    TurnDraft proposed;
    proposed.text = draft->text;
    proposed.intent = turn.understanding.intent;
    proposed.confidence = draft->confidence;
    proposed.sources.append({draft->sourceTitle, draft->snippet, draft->source.score});
    turn.draft = std::move(proposed);
    qCDebug(lcPipeline, "FAQ draft from chunk %lld (confidence %.2f)", draft->source.chunkId,
            draft->confidence);
}

} // namespace sportello::pipeline
