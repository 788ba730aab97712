// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for what the console shows: conversation summaries, queues, counts, thread entries.
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "domain/inboxqueue.h"
#include "protocol/conversationsummary.h"
#include "protocol/queuecounts.h"
#include "protocol/threadentry.h"
#include "storage/conversationkey.h"

namespace sportello::storage {

class SqlConnection;
class SqlStatement;

// Read-only. Summaries come without businessName (the config knows it, not the database).
// `now` (ms) decides whether the 24h window is still open.
//
// A conversation's inbound messages are found by (business, sender key), with every key the
// customer was known by (their BSUID and their phone number): inbound_messages predate the
// conversation row and are not linked to it.
class ConversationViewRepository
{
public:
    // Shared counts (mine = 0) and, per assigned agent, their open conversations.
    struct CountsByAgent
    {
        protocol::QueueCounts shared;
        QHash<QString, int> mine;

        protocol::QueueCounts forUser(const QString &username) const;
    };

    explicit ConversationViewRepository(SqlConnection &connection);

    std::optional<protocol::ConversationSummary> summary(qint64 conversationId, qint64 now);
    // Newest first (updated_at); `before` pages on updated_at (ms). `user` is who asks (mine).
    QList<protocol::ConversationSummary> queue(InboxQueue queue, const QString &user, int limit,
                                               std::optional<qint64> before, qint64 now);
    // Every conversation that is not closed and the `closedLimit` most recently closed.
    QList<protocol::ConversationSummary> snapshot(int closedLimit, qint64 now);
    CountsByAgent counts();

    // Thread entries (inbound, outbound except read receipts, notes and system events) with
    // `at` before `before` (ms; nullopt: the newest), at most `limit`, oldest first.
    QList<protocol::ThreadEntry> entries(qint64 conversationId, std::optional<qint64> before,
                                         int limit);
    // The private notes of a conversation, oldest first.
    QList<protocol::ThreadEntry> notes(qint64 conversationId);
    std::optional<protocol::ThreadEntry> inboundEntry(qint64 inboundId);
    std::optional<protocol::ThreadEntry> outboundEntry(qint64 outboxId);
    std::optional<protocol::ThreadEntry> eventEntry(qint64 eventId);
    // The `count` newest inbound messages of a conversation with an id above `afterId`,
    // oldest first (for announcing freshly stored messages).
    QList<protocol::ThreadEntry> newestInbound(qint64 conversationId, qint64 afterId, int count);
    // The newest inbound message id of a conversation (0 if none): "read up to here".
    qint64 newestInboundId(qint64 conversationId);
    // The wamid of a thread entry ("in:12", "out:7") of this conversation, for replying to it;
    // empty when there is no such message.
    QString wamidOf(qint64 conversationId, const QString &entryId);
    // True when `turnId` is the conversation's first turn (the turn that created it).
    bool isFirstTurn(qint64 conversationId, qint64 turnId);
    // The conversation customer `key` writes in, if it exists yet.
    std::optional<qint64> conversationFor(const ConversationKey &key);

private:
    struct Keys
    {
        QString phoneNumberId;
        QString contactKey;
        QString waId;
    };
    std::optional<Keys> keysOf(qint64 conversationId);
    QList<protocol::ConversationSummary> readSummaries(SqlStatement &query, qint64 now);
    // The understanding of each turn rides on the turn's last customer message.
    void attachUnderstandings(qint64 conversationId, const QList<std::pair<int, qint64>> &rows,
                              QList<protocol::ThreadEntry> &entries);
    void fillLabels(QList<protocol::ConversationSummary> &summaries);
    QString entryIdForOutboundWamid(const QString &wamid);
    QString entryIdForInboundWamid(const QString &wamid);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
