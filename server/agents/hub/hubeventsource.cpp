// SPDX-License-Identifier: LicenseRef-Sportello
// Turns what the rest of the server did into console events.
#include "agents/hub/hubeventsource.h"

#include <QSet>

#include "agents/hub/conversationviews.h"
#include "protocol/payloadcodec.h"
#include "storage/conversationviewrepository.h"
#include "storage/draftrepository.h"
#include "storage/outboxrepository.h"

namespace sportello::agents {

HubEventSource::HubEventSource(const config::ServerConfig &config)
    : m_config(config)
{
}

WorkResult HubEventSource::process(storage::SqlConnection &connection, const SourceBatch &batch,
                                   qint64 now)
{
    WorkResult result;
    auto take = [&result](WorkResult part) {
        result.events.append(part.events);
        result.countsChanged = result.countsChanged || part.countsChanged;
    };
    if (!batch.inbound.isEmpty())
        take(inboundStored(connection, batch.inbound.values(), now));
    for (const auto &turn : batch.turns)
        take(turnProcessed(connection, turn, now));
    if (!batch.outbox.isEmpty())
        take(outboxChanged(connection, batch.outbox, now));
    for (const qint64 draftId : batch.drafts)
        take(draftCreated(connection, draftId, now));

    // One conversation.updated per conversation, where its last one was.
    QHash<qint64, qsizetype> last;
    QSet<qint64> created;
    for (qsizetype i = 0; i < result.events.size(); ++i) {
        const auto &event = result.events[i];
        if (event.type != u"conversation.updated")
            continue;
        const qint64 id = qint64(event.data.value(QLatin1StringView("id")).toDouble());
        last.insert(id, i);
        if (event.data.value(QLatin1StringView("created")).toBool())
            created.insert(id);
    }
    QList<HubEvent> events;
    events.reserve(result.events.size());
    for (qsizetype i = 0; i < result.events.size(); ++i) {
        HubEvent &event = result.events[i];
        if (event.type == u"conversation.updated") {
            const qint64 id = qint64(event.data.value(QLatin1StringView("id")).toDouble());
            if (last.value(id) != i)
                continue;
            if (created.contains(id))
                event.data.insert(QStringLiteral("created"), true);
        }
        events.append(std::move(event));
    }
    result.events = std::move(events);
    return result;
}

WorkResult HubEventSource::inboundStored(storage::SqlConnection &connection,
                                         const QList<storage::PendingConversation> &conversations,
                                         qint64 now)
{
    WorkResult result;
    storage::ConversationViewRepository view(connection);
    ConversationViews views(connection, m_config);
    for (const auto &pending : conversations) {
        const auto conversationId = view.conversationFor(pending.key);
        if (!conversationId)
            continue;
        const auto entries = view.newestInbound(
            *conversationId, m_announcedInbound.value(*conversationId), std::max(1, pending.count));
        if (entries.isEmpty())
            continue;
        for (const auto &entry : entries)
            result.events.append(ConversationViews::messageNew(*conversationId, entry));
        m_announcedInbound.insert(*conversationId, entries.constLast().id.mid(3).toLongLong());
        if (auto updated = views.updated(*conversationId, now))
            result.events.append(*updated);
    }
    return result;
}

WorkResult HubEventSource::turnProcessed(storage::SqlConnection &connection,
                                         const pipeline::TurnResult &turn, qint64 now)
{
    WorkResult result;
    if (turn.failed || turn.messageCount == 0 || turn.conversationId == 0)
        return result;
    storage::ConversationViewRepository view(connection);
    for (const qint64 outboxId : turn.outboxIds) {
        if (auto entry = view.outboundEntry(outboxId))
            result.events.append(ConversationViews::messageNew(turn.conversationId, *entry));
    }
    if (turn.understanding) {
        result.events.append(ConversationViews::turnUnderstood(
            turn.conversationId, turn.lastInboundId, *turn.understanding));
    }
    const bool created = view.isFirstTurn(turn.conversationId, turn.turnId);
    if (auto updated =
            ConversationViews(connection, m_config).updated(turn.conversationId, now, created))
        result.events.prepend(*updated);
    result.countsChanged = true;
    return result;
}

WorkResult HubEventSource::outboxChanged(storage::SqlConnection &connection,
                                         const QList<qint64> &outboxIds, qint64 now)
{
    WorkResult result;
    storage::ConversationViewRepository view(connection);
    storage::OutboxRepository outbox(connection);
    QList<qint64> touched;
    QSet<qint64> seen;
    for (const qint64 outboxId : outboxIds) {
        if (seen.contains(outboxId))
            continue;
        seen.insert(outboxId);
        const auto row = outbox.byId(outboxId);
        if (!row || !row->isMessage() || !row->conversationId)
            continue;
        if (auto entry = view.outboundEntry(outboxId)) {
            result.events.append(ConversationViews::messageStatus(*row->conversationId, *entry));
            if (!touched.contains(*row->conversationId))
                touched.append(*row->conversationId);
        }
    }
    ConversationViews views(connection, m_config);
    for (const qint64 conversationId : std::as_const(touched)) {
        if (auto updated = views.updated(conversationId, now))
            result.events.append(*updated);
    }
    return result;
}

WorkResult HubEventSource::draftCreated(storage::SqlConnection &connection, qint64 draftId,
                                        qint64 now)
{
    WorkResult result;
    const auto draft = storage::DraftRepository(connection).byId(draftId);
    if (!draft || draft->state != u"pending")
        return result;
    result.events.append({QStringLiteral("draft.pending"),
                          protocol::PayloadCodec::toJson(ConversationViews::draftInfo(*draft))});
    if (auto updated = ConversationViews(connection, m_config).updated(draft->conversationId, now))
        result.events.append(*updated);
    result.countsChanged = true;
    return result;
}

} // namespace sportello::agents
