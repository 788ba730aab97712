// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for inbound_messages: durable intake and the pending queue the pipeline drains.
#pragma once

#include <optional>

#include <QList>
#include <QStringList>

#include "storage/conversationkey.h"
#include "storage/storedinbound.h"

namespace sportello::whatsapp {
struct InboundMessage;
}

namespace sportello::storage {

class SqlConnection;

struct PendingConversation
{
    ConversationKey key;
    qint64 lastReceivedAt = 0; // ms, newest pending message
    int count = 0;
};

class InboundRepository
{
public:
    explicit InboundRepository(SqlConnection &connection);

    // False when the wamid was stored before (a redelivery).
    bool insert(const whatsapp::InboundMessage &message, qint64 receivedAt);

    QList<PendingConversation> pendingConversations();
    // Pending messages of one conversation in the order the customer sent them.
    QList<StoredInbound> pendingFor(const ConversationKey &key, int limit = 200);
    // False when the message was no longer pending.
    bool markProcessed(qint64 inboundId, qint64 turnId);

    // Newest messages[].timestamp (seconds) from this customer: the 24h window's start.
    std::optional<qint64> lastCustomerTimestamp(const ConversationKey &key);
    // The same over every key the customer was known by (phone number and BSUID).
    std::optional<qint64> lastCustomerTimestamp(const QString &phoneNumberId,
                                                const QStringList &senderKeys);

    qint64 countStored();
    qint64 countPending();
    bool isProcessed(const QString &wamid);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
