// SPDX-License-Identifier: LicenseRef-Sportello
// Conversation summaries and thread entries as the console receives them, and their events.
#include "agents/hub/conversationviews.h"

#include "config/serverconfig.h"
#include "protocol/payloadcodec.h"
#include "storage/conversationviewrepository.h"
#include "storage/draft.h"

namespace sportello::agents {

ConversationViews::ConversationViews(storage::SqlConnection &connection,
                                     const config::ServerConfig &config)
    : m_connection(connection)
    , m_config(config)
{
}

std::optional<protocol::ConversationSummary> ConversationViews::summary(qint64 conversationId,
                                                                        qint64 now)
{
    auto summary = storage::ConversationViewRepository(m_connection).summary(conversationId, now);
    if (summary) {
        if (const auto *business = m_config.business(summary->phoneNumberId))
            summary->businessName = business->name;
    }
    return summary;
}

void ConversationViews::addBusinessNames(QList<protocol::ConversationSummary> &summaries) const
{
    for (auto &summary : summaries) {
        if (const auto *business = m_config.business(summary.phoneNumberId))
            summary.businessName = business->name;
    }
}

std::optional<HubEvent> ConversationViews::updated(qint64 conversationId, qint64 now, bool created)
{
    const auto current = summary(conversationId, now);
    if (!current)
        return std::nullopt;
    return HubEvent{QStringLiteral("conversation.updated"), summaryJson(*current, created)};
}

QJsonObject ConversationViews::summaryJson(const protocol::ConversationSummary &summary,
                                           bool created)
{
    QJsonObject json = protocol::PayloadCodec::toJson(summary);
    if (created)
        json.insert(QStringLiteral("created"), true);
    return json;
}

HubEvent ConversationViews::messageNew(qint64 conversationId, const protocol::ThreadEntry &entry)
{
    return {QStringLiteral("message.new"),
            QJsonObject{{QStringLiteral("conversation_id"), conversationId},
                        {QStringLiteral("entry"), protocol::PayloadCodec::toJson(entry)}}};
}

HubEvent ConversationViews::messageStatus(qint64 conversationId, const protocol::ThreadEntry &entry)
{
    return {QStringLiteral("message.status"),
            QJsonObject{{QStringLiteral("conversation_id"), conversationId},
                        {QStringLiteral("entry_id"), entry.id},
                        {QStringLiteral("status"), toString(entry.status)},
                        {QStringLiteral("error_code"), entry.errorCode},
                        {QStringLiteral("error_title"), entry.errorTitle}}};
}

HubEvent ConversationViews::turnUnderstood(qint64 conversationId, qint64 inboundId,
                                           const protocol::TurnUnderstanding &understanding)
{
    return {QStringLiteral("turn.understood"),
            QJsonObject{
                {QStringLiteral("conversation_id"), conversationId},
                {QStringLiteral("entry_id"), QStringLiteral("in:%1").arg(inboundId)},
                {QStringLiteral("understanding"), protocol::PayloadCodec::toJson(understanding)}}};
}

protocol::DraftInfo ConversationViews::draftInfo(const storage::Draft &draft)
{
    protocol::DraftInfo info;
    info.id = draft.id;
    info.conversationId = draft.conversationId;
    info.text = draft.text;
    info.intent = draft.intent;
    info.confidence = draft.confidence;
    info.sources = draft.sources;
    info.state = draft.state;
    info.createdAt = draft.createdAt;
    return info;
}

} // namespace sportello::agents
