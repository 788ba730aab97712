// SPDX-License-Identifier: LicenseRef-Sportello
// Turns what the rest of the server did into console events.
#pragma once

#include <QHash>
#include <QList>

#include "agents/hub/sourcebatch.h"
#include "agents/hub/workresult.h"
#include "pipeline/turnresult.h"
#include "storage/inboundrepository.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class SqlConnection;
}

namespace sportello::agents {

// The ingest writer, the turn scheduler and the outbox sender say what changed (ids and
// keys); this reads the resulting state and builds the events. Runs on the hub's worker
// thread only (its memory of announced messages is not locked).
class HubEventSource
{
public:
    explicit HubEventSource(const config::ServerConfig &config);

    // Everything in the batch, with one conversation.updated per conversation (the newest
    // state; created: true if any report created it).
    WorkResult process(storage::SqlConnection &connection, const SourceBatch &batch, qint64 now);

    // message.new for customer messages just stored, conversation.updated (unread, last
    // message). Conversations that do not exist yet appear with their first turn.
    WorkResult inboundStored(storage::SqlConnection &connection,
                             const QList<storage::PendingConversation> &conversations, qint64 now);
    // conversation.updated (created: true for a new conversation; owner and escalation
    // reason for escalations), message.new for what the bot sent.
    WorkResult turnProcessed(storage::SqlConnection &connection, const pipeline::TurnResult &turn,
                             qint64 now);
    // message.status for outgoing messages that changed, conversation.updated once per
    // conversation. Read receipts are not messages and say nothing.
    WorkResult outboxChanged(storage::SqlConnection &connection, const QList<qint64> &outboxIds,
                             qint64 now);
    // draft.pending and conversation.updated (pending_draft).
    WorkResult draftCreated(storage::SqlConnection &connection, qint64 draftId, qint64 now);

private:
    const config::ServerConfig &m_config;
    // Per conversation, the newest inbound message already announced: the ingest writer says
    // how many messages are new, not which, and a delayed read may see later ones too.
    QHash<qint64, qint64> m_announcedInbound;
};

} // namespace sportello::agents
