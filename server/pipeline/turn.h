// SPDX-License-Identifier: LicenseRef-Sportello
// The context one turn carries through the pipeline: what came in, what was decided.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/conversationowner.h"
#include "knowledge/retrievedchunk.h"
#include "pipeline/turndraft.h"
#include "pipeline/turnmessage.h"
#include "pipeline/turnreply.h"
#include "protocol/turnunderstanding.h"
#include "storage/contact.h"
#include "storage/conversation.h"

namespace sportello::config {
struct BusinessConfig;
struct ServerConfig;
} // namespace sportello::config

namespace sportello::pipeline {

// Stages read the inputs and write decisions; only the TurnProcessor touches the database,
// after the last stage, so a turn's effects are stored all at once or not at all.
struct Turn
{
    // Inputs
    const config::ServerConfig *config = nullptr;
    const config::BusinessConfig *business = nullptr;
    storage::Contact contact;
    storage::Conversation conversation;
    QList<TurnMessage> messages; // in the order the customer sent them
    qint64 now = 0;              // ms
    QString previousLanguage;    // the conversation's previous turn, empty for the first

    // Decisions
    QString language;                          // best knowledge of the customer's language
    protocol::TurnUnderstanding understanding; // language, intent, sentiment, entities
    // The bot asked whether to stop messages (set), or the question is settled (reset).
    std::optional<std::optional<qint64>> setOptOutAskedAt;
    std::optional<bool> setOptedOut; // true: opt out; false: opt back in
    std::optional<ConversationOwner> newOwner;
    QString route;       // human, opt_out, opt_in, bot_silent, ...
    QString routeReason; // for the conversation's event log
    QList<TurnReply> replies;
    // The knowledge base's chunks for the turn's text, best first (for the answering stages).
    QList<knowledge::RetrievedChunk> knowledge;
    // A reply proposed for agents to review (stored as a pending draft, never sent from here).
    std::optional<TurnDraft> draft;
    bool finished = false; // a stage handled everything; later stages skip

    bool hasUnconsumedMessages() const;
    // What the customer wrote in this turn that no earlier stage consumed: the texts (and
    // captions) of its messages joined by newlines, the text the understanding stages read.
    QString text() const;
    const TurnMessage &newest() const { return messages.last(); }
};

} // namespace sportello::pipeline
