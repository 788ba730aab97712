// SPDX-License-Identifier: LicenseRef-Sportello
// Conversation summaries and thread entries as the console receives them, and their events.
#pragma once

#include <optional>

#include <QList>

#include "agents/hub/hubevent.h"
#include "protocol/conversationsummary.h"
#include "protocol/draftinfo.h"
#include "protocol/threadentry.h"

namespace sportello::config {
struct ServerConfig;
}
namespace sportello::storage {
class SqlConnection;
struct Draft;
} // namespace sportello::storage

namespace sportello::agents {

// Reads through storage::ConversationViewRepository and adds what only the configuration
// knows (the business's name). Used on the hub's worker thread.
class ConversationViews
{
public:
    ConversationViews(storage::SqlConnection &connection, const config::ServerConfig &config);

    std::optional<protocol::ConversationSummary> summary(qint64 conversationId, qint64 now);
    void addBusinessNames(QList<protocol::ConversationSummary> &summaries) const;

    // conversation.updated with the state as stored now; nullopt if the conversation is gone.
    std::optional<HubEvent> updated(qint64 conversationId, qint64 now, bool created = false);

    static QJsonObject summaryJson(const protocol::ConversationSummary &summary,
                                   bool created = false);
    static HubEvent messageNew(qint64 conversationId, const protocol::ThreadEntry &entry);
    static HubEvent messageStatus(qint64 conversationId, const protocol::ThreadEntry &entry);
    static HubEvent turnUnderstood(qint64 conversationId, qint64 inboundId,
                                   const protocol::TurnUnderstanding &understanding);
    static protocol::DraftInfo draftInfo(const storage::Draft &draft);

private:
    storage::SqlConnection &m_connection;
    const config::ServerConfig &m_config;
};

} // namespace sportello::agents
