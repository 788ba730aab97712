// SPDX-License-Identifier: LicenseRef-Sportello
// The context one turn carries through the pipeline: what came in, what was decided.
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/conversationowner.h"
#include "pipeline/turnmessage.h"
#include "pipeline/turnreply.h"
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

    // Decisions
    QString language;                // best knowledge of the customer's language
    std::optional<bool> setOptedOut; // true: opt out; false: opt back in
    std::optional<ConversationOwner> newOwner;
    QString route;       // human, opt_out, opt_in, bot_silent, ...
    QString routeReason; // for the conversation's event log
    QList<TurnReply> replies;
    bool finished = false; // a stage handled everything; later stages skip

    bool hasUnconsumedMessages() const;
    const TurnMessage &newest() const { return messages.last(); }
};

} // namespace sportello::pipeline
