// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for conversations and their events.
#include "storage/conversationrepository.h"

#include "storage/sqlconnection.h"
#include "storage/storageerror.h"

namespace sportello::storage {

namespace {
constexpr std::string_view kSelect =
    "SELECT id, phone_number_id, contact_id, owner, assigned_agent, last_inbound_at, created_at, "
    "updated_at FROM conversations ";

Conversation readConversation(SqlStatement &query)
{
    Conversation c;
    c.id = query.int64(0);
    c.phoneNumberId = query.text(1);
    c.contactId = query.int64(2);
    c.owner = conversationOwnerFromString(query.text(3)).value_or(ConversationOwner::Bot);
    c.assignedAgent = query.text(4);
    c.lastInboundAt = query.optionalInt64(5);
    c.createdAt = query.int64(6);
    c.updatedAt = query.int64(7);
    return c;
}
} // namespace

ConversationRepository::ConversationRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

Conversation ConversationRepository::ensureFor(const Contact &contact, qint64 now)
{
    m_connection
        .prepare("INSERT INTO conversations (phone_number_id, contact_id, owner, created_at, "
                 "updated_at) VALUES (?, ?, 'bot', ?, ?) ON CONFLICT (contact_id) DO NOTHING")
        .bind(1, contact.phoneNumberId)
        .bind(2, contact.id)
        .bind(3, now)
        .bind(4, now)
        .exec();
    auto conversation = forContact(contact.id);
    if (!conversation)
        throw StorageError(QStringLiteral("conversation of contact %1 vanished").arg(contact.id));
    return *conversation;
}

std::optional<Conversation> ConversationRepository::byId(qint64 id)
{
    static const std::string sql = std::string(kSelect) + "WHERE id = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, id);
    std::optional<Conversation> result;
    if (query.step())
        result = readConversation(query);
    query.reset();
    return result;
}

std::optional<Conversation> ConversationRepository::forContact(qint64 contactId)
{
    static const std::string sql = std::string(kSelect) + "WHERE contact_id = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, contactId);
    std::optional<Conversation> result;
    if (query.step())
        result = readConversation(query);
    query.reset();
    return result;
}

void ConversationRepository::setOwner(qint64 id, ConversationOwner owner,
                                      const QString &assignedAgent, qint64 now)
{
    m_connection
        .prepare("UPDATE conversations SET owner = ?, assigned_agent = ?, updated_at = ? "
                 "WHERE id = ?")
        .bind(1, toString(owner))
        .bindOptional(2, assignedAgent)
        .bind(3, now)
        .bind(4, id)
        .exec();
}

void ConversationRepository::noteInbound(qint64 id, qint64 waTimestamp, qint64 now)
{
    m_connection
        .prepare("UPDATE conversations SET last_inbound_at = MAX(COALESCE(last_inbound_at, 0), ?), "
                 "updated_at = ? WHERE id = ?")
        .bind(1, waTimestamp)
        .bind(2, now)
        .bind(3, id)
        .exec();
}

void ConversationRepository::setEscalationReason(qint64 id, const QString &reason)
{
    m_connection.prepare("UPDATE conversations SET escalation_reason = ? WHERE id = ?")
        .bindOptional(1, reason)
        .bind(2, id)
        .exec();
}

void ConversationRepository::setLastUnderstanding(qint64 id, const QString &intent,
                                                  const QString &sentiment, bool angry, bool urgent)
{
    m_connection
        .prepare("UPDATE conversations SET last_intent = ?, last_sentiment = ?, angry = ?, "
                 "urgent = ? WHERE id = ?")
        .bindOptional(1, intent)
        .bindOptional(2, sentiment)
        .bind(3, angry)
        .bind(4, urgent)
        .bind(5, id)
        .exec();
}

void ConversationRepository::markSeen(qint64 id, qint64 inboundId)
{
    m_connection
        .prepare("UPDATE conversations SET seen_inbound_id = MAX(seen_inbound_id, ?) WHERE id = ?")
        .bind(1, inboundId)
        .bind(2, id)
        .exec();
}

void ConversationRepository::setClosedAt(qint64 id, std::optional<qint64> closedAt)
{
    m_connection.prepare("UPDATE conversations SET closed_at = ? WHERE id = ?")
        .bindOptional(1, closedAt)
        .bind(2, id)
        .exec();
}

void ConversationRepository::touch(qint64 id, qint64 now)
{
    m_connection.prepare("UPDATE conversations SET updated_at = MAX(updated_at, ?) WHERE id = ?")
        .bind(1, now)
        .bind(2, id)
        .exec();
}

qint64 ConversationRepository::addEvent(const ConversationEvent &event)
{
    m_connection
        .prepare("INSERT INTO conversation_events (conversation_id, kind, detail, actor, "
                 "created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, event.conversationId)
        .bind(2, event.kind)
        .bindOptional(3, event.detail)
        .bindOptional(4, event.actor)
        .bind(5, event.createdAt)
        .exec();
    return m_connection.lastInsertId();
}

QList<ConversationEvent> ConversationRepository::events(qint64 conversationId)
{
    auto &query = m_connection.prepare("SELECT id, conversation_id, kind, detail, actor, "
                                       "created_at FROM conversation_events "
                                       "WHERE conversation_id = ? ORDER BY id");
    query.bind(1, conversationId);
    QList<ConversationEvent> result;
    while (query.step()) {
        result.append({query.int64(0), query.int64(1), query.text(2), query.text(3), query.text(4),
                       query.int64(5)});
    }
    query.reset();
    return result;
}

qint64 ConversationRepository::countWithOwner(ConversationOwner owner)
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM conversations WHERE owner = ?");
    query.bind(1, toString(owner));
    return query.firstInt64();
}

} // namespace sportello::storage
