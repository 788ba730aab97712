// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for inbound_messages: durable intake and the pending queue the pipeline drains.
#include "storage/inboundrepository.h"

#include "domain/messagetype.h"
#include "storage/sqlconnection.h"
#include "whatsapp/webhookpayload.h"

namespace sportello::storage {

InboundRepository::InboundRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

bool InboundRepository::insert(const whatsapp::InboundMessage &message, qint64 receivedAt)
{
    auto &query = m_connection.prepare(
        "INSERT INTO inbound_messages (phone_number_id, wamid, sender_key, wa_id, user_id, "
        "profile_name, type, body_text, context_wamid, wa_timestamp, received_at, raw_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (wamid) DO NOTHING");
    query.bind(1, message.phoneNumberId)
        .bind(2, message.wamid)
        .bind(3, message.senderKey())
        .bindOptional(4, message.fromWaId)
        .bindOptional(5, message.fromUserId)
        .bindOptional(6, message.profileName)
        .bind(7, message.typeName.isEmpty() ? toString(message.type) : message.typeName)
        .bindOptional(8, message.text)
        .bindOptional(9, message.contextWamid)
        .bind(10, message.timestamp)
        .bind(11, receivedAt)
        .bind(12, message.rawJson);
    return query.exec() > 0;
}

QList<PendingConversation> InboundRepository::pendingConversations()
{
    auto &query = m_connection.prepare(
        "SELECT phone_number_id, sender_key, MAX(received_at), COUNT(*) FROM inbound_messages "
        "WHERE state = 0 GROUP BY phone_number_id, sender_key");
    QList<PendingConversation> result;
    while (query.step()) {
        result.append({{query.text(0), query.text(1)}, query.int64(2), int(query.int64(3))});
    }
    query.reset();
    return result;
}

QList<StoredInbound> InboundRepository::pendingFor(const ConversationKey &key, int limit)
{
    auto &query = m_connection.prepare(
        "SELECT id, phone_number_id, wamid, sender_key, wa_id, user_id, profile_name, type, "
        "body_text, context_wamid, wa_timestamp, received_at, raw_json FROM inbound_messages "
        "WHERE state = 0 AND phone_number_id = ? AND sender_key = ? "
        "ORDER BY wa_timestamp, id LIMIT ?");
    query.bind(1, key.phoneNumberId).bind(2, key.senderKey).bind(3, limit);
    QList<StoredInbound> result;
    while (query.step()) {
        StoredInbound row;
        row.id = query.int64(0);
        row.phoneNumberId = query.text(1);
        row.wamid = query.text(2);
        row.senderKey = query.text(3);
        row.waId = query.text(4);
        row.userId = query.text(5);
        row.profileName = query.text(6);
        row.type = query.text(7);
        row.bodyText = query.text(8);
        row.contextWamid = query.text(9);
        row.waTimestamp = query.int64(10);
        row.receivedAt = query.int64(11);
        row.rawJson = query.bytes(12);
        result.append(std::move(row));
    }
    query.reset();
    return result;
}

bool InboundRepository::markProcessed(qint64 inboundId, qint64 turnId)
{
    return m_connection
               .prepare(
                   "UPDATE inbound_messages SET state = 1, turn_id = ? WHERE id = ? AND state = 0")
               .bind(1, turnId)
               .bind(2, inboundId)
               .exec() > 0;
}

std::optional<qint64> InboundRepository::lastCustomerTimestamp(const ConversationKey &key)
{
    auto &query = m_connection.prepare("SELECT MAX(wa_timestamp) FROM inbound_messages "
                                       "WHERE phone_number_id = ? AND sender_key = ?");
    query.bind(1, key.phoneNumberId).bind(2, key.senderKey);
    std::optional<qint64> result;
    if (query.step())
        result = query.optionalInt64(0);
    query.reset();
    return result;
}

std::optional<qint64> InboundRepository::lastCustomerTimestamp(const QString &phoneNumberId,
                                                               const QStringList &senderKeys)
{
    std::optional<qint64> newest;
    for (const QString &key : senderKeys) {
        if (key.isEmpty())
            continue;
        const auto t = lastCustomerTimestamp(ConversationKey{phoneNumberId, key});
        if (t && (!newest || *t > *newest))
            newest = t;
    }
    return newest;
}

qint64 InboundRepository::countStored()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM inbound_messages");
    return query.firstInt64();
}

qint64 InboundRepository::countPending()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM inbound_messages WHERE state = 0");
    return query.firstInt64();
}

bool InboundRepository::isProcessed(const QString &wamid)
{
    auto &query = m_connection.prepare("SELECT state FROM inbound_messages WHERE wamid = ?");
    query.bind(1, wamid);
    const bool processed = query.step() && query.int64(0) == 1;
    query.reset();
    return processed;
}

} // namespace sportello::storage
