// SPDX-License-Identifier: LicenseRef-Sportello
// Runs the pipeline over one conversation's pending messages and stores the effects.
#include "pipeline/turnprocessor.h"

#include <memory>

#include <QDateTime>

#include "config/serverconfig.h"
#include "domain/messagetype.h"
#include "outbox/outbox.h"
#include "pipeline/pipelinelog.h"
#include "pipeline/turn.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/inboundrepository.h"
#include "storage/sqlconnection.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/turnrepository.h"
#include "whatsapp/webhookparser.h"

namespace sportello::pipeline {

TurnProcessor::TurnProcessor(storage::Database &database, const config::ServerConfig &config,
                             const outbox::Outbox &outbox, const Pipeline &pipeline)
    : m_database(database)
    , m_config(config)
    , m_outbox(outbox)
    , m_pipeline(pipeline)
{
}

TurnResult TurnProcessor::process(const storage::ConversationKey &key)
{
    return process(QList<storage::ConversationKey>{key}).first();
}

QList<TurnResult> TurnProcessor::process(const QList<storage::ConversationKey> &keys)
{
    auto &connection = m_database.connection();
    QList<TurnResult> results;
    std::vector<PreparedTurn> prepared;
    prepared.reserve(size_t(keys.size()));
    for (const auto &key : keys) {
        TurnResult result;
        result.key = key;
        results.append(result);
        prepared.push_back(prepare(connection, key, results.last()));
    }

    // One write transaction for the whole batch: under load, the write lock is taken a few
    // times a second instead of once per turn, and pages shared by the turns are written once.
    // Each turn's effects are complete in themselves, so when the ingest writer (which holds
    // webhook acknowledgements) asks for the lock, the batch commits what it has and goes on
    // in a new transaction after it.
    auto tx = std::make_unique<storage::Transaction>(connection);
    QList<qsizetype> stale;
    for (qsizetype i = 0; i < qsizetype(prepared.size()); ++i) {
        if (prepared[size_t(i)].rows.isEmpty())
            continue;
        if (!apply(connection, prepared[size_t(i)], results[i]))
            stale.append(i);
        if (connection.priorityWriterWaiting() && i + 1 < qsizetype(prepared.size())) {
            tx->commit();
            tx = std::make_unique<storage::Transaction>(connection);
        }
    }
    tx->commit();

    // Someone changed a customer's state while the pipeline ran: decide again on fresh data
    // rather than act on a stale view.
    for (const qsizetype i : stale)
        results[i] = process(results[i].key);
    for (const auto &result : std::as_const(results)) {
        if (result.messageCount > 0) {
            qCDebug(lcPipeline, "turn %lld: %d message(s) from %s routed %s", result.turnId,
                    result.messageCount, qUtf8Printable(result.key.senderKey),
                    qUtf8Printable(result.route));
        }
    }
    return results;
}

TurnProcessor::PreparedTurn TurnProcessor::prepare(storage::SqlConnection &connection,
                                                   const storage::ConversationKey &key,
                                                   TurnResult &result) const
{
    PreparedTurn prepared;
    prepared.key = key;
    prepared.now = QDateTime::currentMSecsSinceEpoch();

    // Read and decide outside any write transaction, so that slow stages never hold the
    // database's write lock against the ingestion path.
    storage::InboundRepository inbound(connection);
    const QList<storage::StoredInbound> rows = inbound.pendingFor(key);
    if (rows.isEmpty())
        return prepared;

    const auto *business = m_config.business(key.phoneNumberId);
    if (!business) {
        // The business was removed from the config while messages waited: keep them pending
        // (nothing is lost) and say so once per attempt.
        result.failed = true;
        result.error = QStringLiteral("business %1 is no longer configured").arg(key.phoneNumberId);
        return prepared;
    }
    prepared.rows = rows;

    Turn &turn = prepared.turn;
    turn.config = &m_config;
    turn.business = business;
    turn.now = prepared.now;
    whatsapp::WebhookParser parser;
    for (const auto &row : rows) {
        TurnMessage message;
        message.stored = row;
        auto parsed = parser.parseMessage(row.rawJson);
        if (auto *typed = std::get_if<whatsapp::InboundMessage>(&parsed)) {
            message.message = std::move(*typed);
        } else {
            // Stored rows were parsed once already; this only happens if the parser changed.
            message.message.wamid = row.wamid;
            message.message.typeName = row.type;
            message.message.type = messageTypeFromString(row.type);
            message.message.text = row.bodyText;
            message.message.timestamp = row.waTimestamp;
        }
        message.message.phoneNumberId = row.phoneNumberId;
        message.message.fromWaId = row.waId;
        message.message.fromUserId = row.userId;
        message.message.profileName = row.profileName;
        turn.messages.append(std::move(message));
    }
    for (const auto &row : rows) {
        if (!row.profileName.isEmpty())
            prepared.profileName = row.profileName;
        if (!row.waId.isEmpty())
            prepared.waId = row.waId;
    }

    storage::ContactRepository contacts(connection);
    if (auto known = contacts.findForKey(key.phoneNumberId, key.senderKey, prepared.waId)) {
        turn.contact = *known;
        if (auto conversation = storage::ConversationRepository(connection).forContact(known->id)) {
            turn.conversation = *conversation;
            turn.previousLanguage =
                storage::TurnRepository(connection).lastLanguage(conversation->id);
        }
    } else {
        turn.contact.phoneNumberId = key.phoneNumberId;
        turn.contact.contactKey = key.senderKey;
        turn.contact.waId = prepared.waId;
        turn.contact.userId = rows.last().userId;
        turn.contact.profileName = prepared.profileName;
    }
    turn.language = turn.contact.language;

    m_pipeline.run(turn);
    return prepared;
}

bool TurnProcessor::apply(storage::SqlConnection &connection, PreparedTurn &prepared,
                          TurnResult &result) const
{
    Turn &turn = prepared.turn;
    const auto &key = prepared.key;
    const auto &rows = prepared.rows;
    const auto &newest = rows.last();
    const qint64 now = prepared.now;
    storage::InboundRepository inbound(connection);
    storage::ContactRepository contacts(connection);
    storage::ConversationRepository conversations(connection);

    // Effects, in the order a reader of the conversation log would expect them.
    const bool optedOutBefore = turn.contact.optedOut;
    const ConversationOwner ownerBefore = turn.conversation.owner;
    turn.contact = contacts.resolve(key.phoneNumberId, key.senderKey, prepared.waId, newest.userId,
                                    prepared.profileName, now);
    turn.conversation = conversations.ensureFor(turn.contact, now);
    if (turn.contact.optedOut != optedOutBefore || turn.conversation.owner != ownerBefore)
        return false;

    qint64 newestTimestamp = 0;
    for (const auto &row : rows)
        newestTimestamp = std::max(newestTimestamp, row.waTimestamp);
    conversations.noteInbound(turn.conversation.id, newestTimestamp, now);

    if (turn.setOptedOut) {
        contacts.setOptedOut(turn.contact.id, *turn.setOptedOut, now);
        turn.contact.optedOut = *turn.setOptedOut;
        turn.contact.optedOutAt = *turn.setOptedOut ? std::optional<qint64>(now) : std::nullopt;
        conversations.addEvent(
            {0, turn.conversation.id,
             *turn.setOptedOut ? QStringLiteral("opted_out") : QStringLiteral("opted_in"),
             turn.routeReason, QStringLiteral("customer"), now});
    }
    if (turn.setOptOutAskedAt) {
        contacts.setOptOutAskedAt(turn.contact.id, *turn.setOptOutAskedAt);
        turn.contact.optOutAskedAt = *turn.setOptOutAskedAt;
        if (*turn.setOptOutAskedAt)
            turn.contact.optOutLastAskedAt = *turn.setOptOutAskedAt;
    }
    if (!turn.language.isEmpty() && turn.language != turn.contact.language)
        contacts.setLanguage(turn.contact.id, turn.language, now);
    if (turn.newOwner && *turn.newOwner != turn.conversation.owner) {
        conversations.setOwner(turn.conversation.id, *turn.newOwner, QString(), now);
        // Agents see why the conversation waits for them; a conversation given back to the
        // bot has no reason to be escalated any more.
        if (*turn.newOwner == ConversationOwner::PendingHuman)
            conversations.setEscalationReason(turn.conversation.id, turn.routeReason);
        else if (*turn.newOwner == ConversationOwner::Bot)
            conversations.setEscalationReason(turn.conversation.id, QString());
        conversations.addEvent({0, turn.conversation.id, QStringLiteral("owner_changed"),
                                toString(turn.conversation.owner) + QStringLiteral(" -> ") +
                                    toString(*turn.newOwner) + QStringLiteral(": ") +
                                    turn.routeReason,
                                QStringLiteral("bot"), now});
        result.ownerChanged = true;
    }

    const QString recipient = newest.waId.isEmpty() ? key.senderKey : newest.waId;
    const QString turnKey = rows.first().wamid;
    if (!turn.replies.isEmpty() &&
        m_config.outbox.markRead == config::OutboxSection::MarkRead::OnReply) {
        bool typing = false;
        for (const auto &reply : std::as_const(turn.replies))
            typing = typing || reply.typing;
        auto receipt =
            m_outbox.enqueueMarkRead(connection, key, turn.conversation.id, recipient, newest.wamid,
                                     typing && m_config.outbox.typingIndicator, now);
        if (receipt.created)
            result.outboxIds.append(receipt.outboxId);
    }
    for (const auto &reply : std::as_const(turn.replies)) {
        outbox::OutboundRequest request;
        request.customer = key;
        request.conversationId = turn.conversation.id;
        request.message.to = recipient;
        request.message.replyToWamid = reply.replyToWamid;
        request.message.content = reply.content;
        request.purpose = reply.purpose;
        request.author = reply.author;
        request.idempotencyKey = QStringLiteral("turn:") + turnKey + u':' + reply.key;
        auto enqueued = m_outbox.enqueue(connection, request, now);
        if (enqueued.created) {
            result.outboxIds.append(enqueued.outboxId);
            result.outboxStatuses.append(enqueued.status);
        }
    }

    storage::TurnRepository turns(connection);
    result.turnId = turns.insert(turn.conversation.id, rows.first().id, int(rows.size()),
                                 turn.route, turn.language, now);
    if (!turn.understanding.isEmpty()) {
        turns.setUnderstanding(result.turnId, newest.id, turn.understanding);
        conversations.setLastUnderstanding(turn.conversation.id, turn.understanding.intent,
                                           turn.understanding.sentiment, turn.understanding.angry,
                                           turn.understanding.urgent);
        result.understanding = turn.understanding;
        result.lastInboundId = newest.id;
    }
    if (turn.draft) {
        // A turn redone after a crash starts from the same first message: its draft is stored
        // once, like its replies are sent once.
        storage::DraftRepository drafts(connection);
        if (const auto existing = drafts.idForTurnStartingAt(rows.first().id)) {
            result.draftId = *existing;
        } else {
            storage::Draft draft;
            draft.conversationId = turn.conversation.id;
            draft.turnId = result.turnId;
            draft.text = turn.draft->text;
            draft.intent = turn.draft->intent;
            draft.confidence = turn.draft->confidence;
            draft.sources = turn.draft->sources;
            draft.createdAt = now;
            result.draftId = drafts.insert(draft);
        }
    }
    for (const auto &row : rows) {
        if (!inbound.markProcessed(row.id, result.turnId)) {
            throw storage::StorageError(
                QStringLiteral("message %1 was processed concurrently").arg(row.wamid));
        }
    }
    result.conversationId = turn.conversation.id;
    result.messageCount = int(rows.size());
    result.route = turn.route;
    return true;
}

} // namespace sportello::pipeline
