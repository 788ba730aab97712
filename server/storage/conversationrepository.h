// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for conversations and their events.
#pragma once

#include <optional>

#include <QList>

#include "storage/contact.h"
#include "storage/conversation.h"
#include "storage/conversationevent.h"

namespace sportello::storage {

class SqlConnection;

class ConversationRepository
{
public:
    explicit ConversationRepository(SqlConnection &connection);

    Conversation ensureFor(const Contact &contact, qint64 now);
    std::optional<Conversation> byId(qint64 id);
    std::optional<Conversation> forContact(qint64 contactId);
    void setOwner(qint64 id, ConversationOwner owner, const QString &assignedAgent, qint64 now);
    // Keeps the newest customer timestamp (seconds); late, older messages do not move it back.
    void noteInbound(qint64 id, qint64 waTimestamp, qint64 now);
    // The console's state beside ownership (schema 0002): why the conversation waits for a
    // human (empty clears it), up to which inbound message agents have read it (never moves
    // back), and when it was closed (nullopt on reopen).
    void setEscalationReason(qint64 id, const QString &reason);
    // The newest turn's reading (schema 0003), for the conversation list.
    void setLastUnderstanding(qint64 id, const QString &intent, const QString &sentiment,
                              bool angry, bool urgent);
    void markSeen(qint64 id, qint64 inboundId);
    void setClosedAt(qint64 id, std::optional<qint64> closedAt);
    // Something happened (a note, a label, an agent's message): the conversation moves up in
    // the console's lists, which are ordered by updated_at.
    void touch(qint64 id, qint64 now);
    qint64 addEvent(const ConversationEvent &event);
    QList<ConversationEvent> events(qint64 conversationId);
    qint64 countWithOwner(ConversationOwner owner);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
