// SPDX-License-Identifier: LicenseRef-Sportello
// The console's reads (PROTOCOL.md, "Reading"): lists, threads, templates.
#include "agents/hub/conversationreads.h"

#include <QJsonArray>

#include "agents/hub/conversationviews.h"
#include "config/serverconfig.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"
#include "storage/conversationrepository.h"
#include "storage/conversationviewrepository.h"
#include "storage/draftrepository.h"

namespace sportello::agents {

namespace {

using protocol::Envelope;
using protocol::PayloadCodec;
using protocol::RequestCodec;

WorkResult notFound(qint64 conversationId)
{
    return WorkResult::failure(
        QStringLiteral("not_found"), QStringLiteral("data.conversation_id"),
        QStringLiteral("conversation %1 does not exist").arg(conversationId));
}

template <typename T>
QJsonArray jsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(PayloadCodec::toJson(value));
    return array;
}

} // namespace

WorkResult ConversationReads::list(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data =
        RequestCodec::parse<protocol::ListConversationsRequest>(request, &result.error);
    if (!data)
        return result;
    auto summaries =
        storage::ConversationViewRepository(context.connection)
            .queue(data->queue, context.user.username, data->limit,
                   data->before > 0 ? std::optional<qint64>(data->before) : std::nullopt,
                   context.now);
    ConversationViews(context.connection, context.config).addBusinessNames(summaries);
    QJsonArray conversations;
    for (const auto &summary : std::as_const(summaries))
        conversations.append(ConversationViews::summaryJson(summary));
    result.reply = QJsonObject{{QStringLiteral("conversations"), conversations}};
    return result;
}

WorkResult ConversationReads::open(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::ConversationRequest>(request, &result.error);
    if (!data)
        return result;
    ConversationViews views(context.connection, context.config);
    auto summary = views.summary(data->conversationId, context.now);
    if (!summary)
        return notFound(data->conversationId);

    storage::ConversationViewRepository repository(context.connection);
    if (summary->unread > 0) {
        // Unread counts what no agent has seen: opening it clears it for everyone.
        storage::ConversationRepository(context.connection)
            .markSeen(summary->id, repository.newestInboundId(summary->id));
        summary = views.summary(summary->id, context.now);
        result.events.append(
            {QStringLiteral("conversation.updated"), ConversationViews::summaryJson(*summary)});
    }
    QList<protocol::DraftInfo> drafts;
    const auto pending = storage::DraftRepository(context.connection).pendingFor(summary->id);
    for (const auto &draft : pending)
        drafts.append(ConversationViews::draftInfo(draft));
    result.reply = QJsonObject{
        {QStringLiteral("conversation"), ConversationViews::summaryJson(*summary)},
        {QStringLiteral("entries"),
         jsonArray(repository.entries(summary->id, std::nullopt, kOpenEntries))},
        {QStringLiteral("drafts"), jsonArray(drafts)},
        {QStringLiteral("notes"), jsonArray(repository.notes(summary->id))},
    };
    return result;
}

WorkResult ConversationReads::history(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::HistoryRequest>(request, &result.error);
    if (!data)
        return result;
    if (!storage::ConversationRepository(context.connection).byId(data->conversationId))
        return notFound(data->conversationId);
    const auto entries =
        storage::ConversationViewRepository(context.connection)
            .entries(data->conversationId,
                     data->before > 0 ? std::optional<qint64>(data->before) : std::nullopt,
                     data->limit);
    result.reply = QJsonObject{{QStringLiteral("entries"), jsonArray(entries)}};
    return result;
}

WorkResult ConversationReads::templates(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::ConversationRequest>(request, &result.error);
    if (!data)
        return result;
    const auto conversation =
        storage::ConversationRepository(context.connection).byId(data->conversationId);
    if (!conversation)
        return notFound(data->conversationId);
    QList<protocol::TemplateInfo> templates;
    if (const auto *business = context.config.business(conversation->phoneNumberId)) {
        for (const auto &definition : business->templates) {
            templates.append({definition.name, definition.language, definition.category,
                              definition.headerParameters, definition.bodyParameters,
                              definition.buttonParameters});
        }
    }
    result.reply = QJsonObject{{QStringLiteral("templates"), jsonArray(templates)}};
    return result;
}

} // namespace sportello::agents
