// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for what the console shows: conversation summaries, queues, counts, thread entries.
#include "storage/conversationviewrepository.h"

#include <algorithm>
#include <limits>

#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/labelrepository.h"
#include "storage/sqlconnection.h"
#include "storage/turnrepository.h"
#include "whatsapp/outboundpreview.h"
#include "whatsapp/webhookparser.h"

namespace sportello::storage {

namespace {
constexpr qint64 kWindowSeconds = 24 * 60 * 60;

// One row per conversation. The newest inbound message, outbound message (read receipts are
// not messages) and note are joined by id; the caller picks whichever is newest. The
// subqueries use the indexes inbound_window, outbox_by_conversation and
// conversation_events_by_conversation.
const std::string &summarySelect()
{
    static const std::string customerRows =
        "FROM inbound_messages i WHERE i.phone_number_id = c.phone_number_id AND i.sender_key IN "
        "(ct.contact_key, ct.wa_id)";
    static const std::string sql =
        "SELECT c.id, c.phone_number_id, ct.profile_name, ct.wa_id, ct.user_id, ct.language, "
        "ct.opted_out, c.owner, c.assigned_agent, c.escalation_reason, c.created_at, "
        "c.updated_at, (SELECT MAX(i.wa_timestamp) " +
        customerRows + "), (SELECT COUNT(*) " + customerRows +
        " AND i.id > c.seen_inbound_id), EXISTS (SELECT 1 FROM drafts d WHERE "
        "d.conversation_id = c.id AND d.state = 'pending'), li.body_text, li.type, li.received_at, "
        "lo.payload, lo.created_at, ln.detail, ln.created_at, c.last_intent, c.last_sentiment, "
        "c.angry, c.urgent "
        "FROM conversations c JOIN contacts ct ON ct.id = c.contact_id "
        "LEFT JOIN inbound_messages li ON li.id = (SELECT MAX(i.id) " +
        customerRows +
        ") "
        "LEFT JOIN outbox lo ON lo.id = (SELECT MAX(o.id) FROM outbox o WHERE "
        "o.conversation_id = c.id AND o.kind != 'mark_read') "
        "LEFT JOIN conversation_events ln ON ln.id = (SELECT MAX(e.id) FROM conversation_events "
        "e WHERE e.conversation_id = c.id AND e.kind = 'note') ";
    return sql;
}

// PROTOCOL.md, QueueName.
constexpr std::string_view kPendingDraft =
    "EXISTS (SELECT 1 FROM drafts d WHERE d.conversation_id = c.id AND d.state = 'pending')";

std::string queueSql(InboxQueue queue)
{
    std::string where;
    switch (queue) {
    case InboxQueue::NeedsReview:
        where = "c.owner != 'closed' AND " + std::string(kPendingDraft);
        break;
    case InboxQueue::Escalated:
        where = "c.owner = 'pending_human' AND COALESCE(c.assigned_agent, '') = ''";
        break;
    case InboxQueue::Mine:
        where = "c.owner != 'closed' AND c.assigned_agent = ?3";
        break;
    case InboxQueue::Open:
        where = "c.owner != 'closed'";
        break;
    case InboxQueue::Closed:
        where = "c.owner = 'closed'";
        break;
    }
    return summarySelect() + "WHERE " + where +
           " AND (?1 IS NULL OR c.updated_at < ?1) ORDER BY c.updated_at DESC, c.id DESC "
           "LIMIT ?2";
}

bool isMedia(const QString &type)
{
    return type == u"image" || type == u"document" || type == u"audio" || type == u"video" ||
           type == u"sticker";
}

QString inboundPreview(const QString &text, const QString &type)
{
    // Media without a caption, locations without a name...: the type says what it was.
    return text.isEmpty() ? u'[' + type + u']' : text;
}
} // namespace

protocol::QueueCounts
ConversationViewRepository::CountsByAgent::forUser(const QString &username) const
{
    protocol::QueueCounts counts = shared;
    counts.mine = mine.value(username);
    return counts;
}

ConversationViewRepository::ConversationViewRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QList<protocol::ConversationSummary> ConversationViewRepository::readSummaries(SqlStatement &query,
                                                                               qint64 now)
{
    QList<protocol::ConversationSummary> result;
    while (query.step()) {
        protocol::ConversationSummary s;
        s.id = query.int64(0);
        s.phoneNumberId = query.text(1);
        s.customerName = query.text(2);
        s.waId = query.text(3);
        s.userId = query.text(4);
        s.language = query.text(5);
        s.optedOut = query.int64(6) != 0;
        s.owner = conversationOwnerFromString(query.text(7)).value_or(ConversationOwner::Bot);
        s.assignedAgent = query.text(8);
        s.escalationReason = query.text(9);
        s.createdAt = query.int64(10);
        s.updatedAt = query.int64(11);
        if (!query.isNull(12)) {
            const qint64 closesAt = (query.int64(12) + kWindowSeconds) * 1000;
            s.windowExpiresAt = closesAt > now ? closesAt : 0;
        }
        s.unread = int(query.int64(13));
        s.pendingDraft = query.int64(14) != 0;
        s.lastIntent = query.text(22);
        s.lastSentiment = query.text(23);
        s.angry = query.int64(24) != 0;
        s.urgent = query.int64(25) != 0;

        // Whichever of the newest inbound, outbound and note is newest.
        if (!query.isNull(17)) {
            s.lastMessageAt = query.int64(17);
            s.lastMessageText = inboundPreview(query.text(15), query.text(16));
            s.lastMessageDirection = QStringLiteral("in");
        }
        if (!query.isNull(19) && query.int64(19) >= s.lastMessageAt) {
            s.lastMessageAt = query.int64(19);
            s.lastMessageText = whatsapp::OutboundPreview::read(query.bytes(18)).text;
            s.lastMessageDirection = QStringLiteral("out");
        }
        if (!query.isNull(21) && query.int64(21) >= s.lastMessageAt) {
            s.lastMessageAt = query.int64(21);
            s.lastMessageText = query.text(20);
            s.lastMessageDirection = QStringLiteral("note");
        }
        // Customer messages waiting for the pipeline have not touched the row yet.
        s.updatedAt = std::max(s.updatedAt, s.lastMessageAt);
        result.append(std::move(s));
    }
    query.reset();
    return result;
}

void ConversationViewRepository::fillLabels(QList<protocol::ConversationSummary> &summaries)
{
    LabelRepository labels(m_connection);
    if (summaries.size() > 50) {
        const auto all = labels.all();
        for (auto &summary : summaries)
            summary.labels = all.value(summary.id);
        return;
    }
    for (auto &summary : summaries)
        summary.labels = labels.labels(summary.id);
}

std::optional<protocol::ConversationSummary> ConversationViewRepository::summary(qint64 id,
                                                                                 qint64 now)
{
    static const std::string sql = summarySelect() + "WHERE c.id = ?";
    auto &query = m_connection.prepare(sql);
    query.bind(1, id);
    auto summaries = readSummaries(query, now);
    if (summaries.isEmpty())
        return std::nullopt;
    fillLabels(summaries);
    return summaries.first();
}

QList<protocol::ConversationSummary>
ConversationViewRepository::queue(InboxQueue queue, const QString &user, int limit,
                                  std::optional<qint64> before, qint64 now)
{
    static const std::string sqls[] = {queueSql(InboxQueue::NeedsReview),
                                       queueSql(InboxQueue::Escalated), queueSql(InboxQueue::Mine),
                                       queueSql(InboxQueue::Open), queueSql(InboxQueue::Closed)};
    auto &query = m_connection.prepare(sqls[int(queue)]);
    query.bindOptional(1, before).bind(2, limit);
    if (queue == InboxQueue::Mine)
        query.bind(3, user);
    auto summaries = readSummaries(query, now);
    fillLabels(summaries);
    return summaries;
}

QList<protocol::ConversationSummary> ConversationViewRepository::snapshot(int closedLimit,
                                                                          qint64 now)
{
    static const std::string open =
        summarySelect() + "WHERE c.owner != 'closed' ORDER BY c.updated_at DESC";
    static const std::string closed =
        summarySelect() + "WHERE c.owner = 'closed' ORDER BY c.updated_at DESC LIMIT ?";
    auto &openQuery = m_connection.prepare(open);
    auto summaries = readSummaries(openQuery, now);
    auto &closedQuery = m_connection.prepare(closed);
    closedQuery.bind(1, closedLimit);
    summaries.append(readSummaries(closedQuery, now));
    fillLabels(summaries);
    return summaries;
}

ConversationViewRepository::CountsByAgent ConversationViewRepository::counts()
{
    CountsByAgent counts;
    static const std::string shared =
        "SELECT COALESCE(SUM(c.owner != 'closed' AND " + std::string(kPendingDraft) +
        "), 0), COALESCE(SUM(c.owner = 'pending_human' AND COALESCE(c.assigned_agent, '') = ''), "
        "0), COALESCE(SUM(c.owner != 'closed'), 0), COALESCE(SUM(c.owner = 'closed'), 0) "
        "FROM conversations c";
    auto &query = m_connection.prepare(shared);
    if (query.step()) {
        counts.shared.needsReview = int(query.int64(0));
        counts.shared.escalated = int(query.int64(1));
        counts.shared.open = int(query.int64(2));
        counts.shared.closed = int(query.int64(3));
    }
    query.reset();
    auto &mine = m_connection.prepare(
        "SELECT assigned_agent, COUNT(*) FROM conversations WHERE owner != 'closed' AND "
        "assigned_agent IS NOT NULL AND assigned_agent != '' GROUP BY assigned_agent");
    while (mine.step())
        counts.mine.insert(mine.text(0), int(mine.int64(1)));
    mine.reset();
    return counts;
}

std::optional<ConversationViewRepository::Keys> ConversationViewRepository::keysOf(qint64 id)
{
    auto &query = m_connection.prepare(
        "SELECT c.phone_number_id, ct.contact_key, ct.wa_id FROM conversations c "
        "JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = ?");
    query.bind(1, id);
    std::optional<Keys> keys;
    if (query.step())
        keys = Keys{query.text(0), query.text(1), query.text(2)};
    query.reset();
    return keys;
}

QList<protocol::ThreadEntry>
ConversationViewRepository::entries(qint64 conversationId, std::optional<qint64> before, int limit)
{
    const auto keys = keysOf(conversationId);
    if (!keys)
        return {};
    // Ids and times first, newest first; the entries are then read one by one (a page is at
    // most a few hundred rows, each an index lookup).
    auto &query = m_connection.prepare(
        "SELECT src, id FROM ("
        "SELECT 0 AS src, i.id AS id, i.received_at AS at FROM inbound_messages i "
        "WHERE i.phone_number_id = ?1 AND i.sender_key IN (?2, ?3) "
        "UNION ALL SELECT 1, o.id, o.created_at FROM outbox o "
        "WHERE o.conversation_id = ?4 AND o.kind != 'mark_read' "
        "UNION ALL SELECT 2, e.id, e.created_at FROM conversation_events e "
        "WHERE e.conversation_id = ?4) "
        "WHERE ?5 IS NULL OR at < ?5 ORDER BY at DESC, src DESC, id DESC LIMIT ?6");
    query.bind(1, keys->phoneNumberId)
        .bind(2, keys->contactKey)
        .bindOptional(3, keys->waId)
        .bind(4, conversationId)
        .bindOptional(5, before)
        .bind(6, limit);
    QList<std::pair<int, qint64>> rows;
    while (query.step())
        rows.append({int(query.int64(0)), query.int64(1)});
    query.reset();

    QList<protocol::ThreadEntry> result;
    result.reserve(rows.size());
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        std::optional<protocol::ThreadEntry> entry;
        switch (it->first) {
        case 0:
            entry = inboundEntry(it->second);
            break;
        case 1:
            entry = outboundEntry(it->second);
            break;
        default:
            entry = eventEntry(it->second);
            break;
        }
        if (entry)
            result.append(std::move(*entry));
    }
    attachUnderstandings(conversationId, rows, result);
    return result;
}

void ConversationViewRepository::attachUnderstandings(qint64 conversationId,
                                                      const QList<std::pair<int, qint64>> &rows,
                                                      QList<protocol::ThreadEntry> &entries)
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const auto &[source, id] : rows) {
        if (source == 0) {
            first = std::min(first, id);
            last = std::max(last, id);
        }
    }
    if (last == 0)
        return;
    const auto understandings =
        TurnRepository(m_connection).understandingsFor(conversationId, first, last);
    if (understandings.isEmpty())
        return;
    QHash<QString, qsizetype> byEntryId;
    for (qsizetype i = 0; i < entries.size(); ++i)
        byEntryId.insert(entries.at(i).id, i);
    for (const auto &[inboundId, understanding] : understandings) {
        const auto it = byEntryId.constFind(QStringLiteral("in:%1").arg(inboundId));
        if (it != byEntryId.constEnd())
            entries[*it].understanding = understanding;
    }
}

QList<protocol::ThreadEntry> ConversationViewRepository::notes(qint64 conversationId)
{
    auto &query = m_connection.prepare("SELECT id FROM conversation_events "
                                       "WHERE conversation_id = ? AND kind = 'note' ORDER BY id");
    query.bind(1, conversationId);
    QList<qint64> ids;
    while (query.step())
        ids.append(query.int64(0));
    query.reset();
    QList<protocol::ThreadEntry> result;
    for (const qint64 id : std::as_const(ids)) {
        if (auto entry = eventEntry(id))
            result.append(std::move(*entry));
    }
    return result;
}

std::optional<protocol::ThreadEntry> ConversationViewRepository::inboundEntry(qint64 inboundId)
{
    auto &query = m_connection.prepare("SELECT type, body_text, received_at, context_wamid, "
                                       "raw_json FROM inbound_messages WHERE id = ?");
    query.bind(1, inboundId);
    if (!query.step()) {
        query.reset();
        return std::nullopt;
    }
    protocol::ThreadEntry entry;
    entry.id = QStringLiteral("in:%1").arg(inboundId);
    entry.kind = protocol::ThreadEntryKind::Inbound;
    entry.type = query.text(0);
    entry.text = query.text(1);
    entry.at = query.int64(2);
    entry.author = QStringLiteral("customer");
    const QString contextWamid = query.text(3);
    QByteArray raw;
    if (isMedia(entry.type))
        raw = query.bytes(4);
    query.reset();

    if (!raw.isEmpty()) {
        whatsapp::WebhookParser parser;
        const auto parsed = parser.parseMessage(raw);
        if (const auto *message = std::get_if<whatsapp::InboundMessage>(&parsed);
            message && message->media) {
            entry.caption = message->media->caption;
            entry.fileName = message->media->filename;
            entry.mimeType = message->media->mimeType;
        }
    }
    if (!contextWamid.isEmpty())
        entry.replyTo = entryIdForOutboundWamid(contextWamid);
    return entry;
}

std::optional<protocol::ThreadEntry> ConversationViewRepository::outboundEntry(qint64 outboxId)
{
    auto &query = m_connection.prepare(
        "SELECT kind, payload, created_at, status, error_code, error_title, error_details, author "
        "FROM outbox WHERE id = ?");
    query.bind(1, outboxId);
    if (!query.step()) {
        query.reset();
        return std::nullopt;
    }
    protocol::ThreadEntry entry;
    entry.id = QStringLiteral("out:%1").arg(outboxId);
    entry.kind = protocol::ThreadEntryKind::Outbound;
    entry.type = query.text(0);
    if (entry.type == u"mark_read") { // a read receipt, not a message
        query.reset();
        return std::nullopt;
    }
    const auto preview = whatsapp::OutboundPreview::read(query.bytes(1));
    entry.text = preview.text;
    entry.at = query.int64(2);
    entry.status = deliveryStatusFromString(query.text(3)).value_or(DeliveryStatus::Queued);
    entry.errorCode = int(query.int64(4));
    // The details say what to do ("the 24-hour window closed at ...: send a template"); the
    // title is Meta's short name or our gate code.
    const QString details = query.text(6);
    entry.errorTitle = details.isEmpty() ? query.text(5) : details;
    entry.author = query.text(7);
    query.reset();
    if (!preview.replyToWamid.isEmpty())
        entry.replyTo = entryIdForInboundWamid(preview.replyToWamid);
    return entry;
}

std::optional<protocol::ThreadEntry> ConversationViewRepository::eventEntry(qint64 eventId)
{
    auto &query = m_connection.prepare(
        "SELECT kind, detail, actor, created_at FROM conversation_events WHERE id = ?");
    query.bind(1, eventId);
    if (!query.step()) {
        query.reset();
        return std::nullopt;
    }
    protocol::ThreadEntry entry;
    entry.id = QStringLiteral("ev:%1").arg(eventId);
    entry.type = query.text(0);
    entry.kind =
        entry.type == u"note" ? protocol::ThreadEntryKind::Note : protocol::ThreadEntryKind::System;
    entry.text = query.text(1);
    entry.author = query.text(2);
    entry.at = query.int64(3);
    query.reset();
    return entry;
}

QList<protocol::ThreadEntry> ConversationViewRepository::newestInbound(qint64 conversationId,
                                                                       qint64 afterId, int count)
{
    const auto keys = keysOf(conversationId);
    if (!keys)
        return {};
    auto &query = m_connection.prepare(
        "SELECT id FROM inbound_messages WHERE phone_number_id = ? AND sender_key IN (?, ?) "
        "AND id > ? ORDER BY id DESC LIMIT ?");
    query.bind(1, keys->phoneNumberId)
        .bind(2, keys->contactKey)
        .bindOptional(3, keys->waId)
        .bind(4, afterId)
        .bind(5, count);
    QList<qint64> ids;
    while (query.step())
        ids.prepend(query.int64(0));
    query.reset();
    QList<protocol::ThreadEntry> result;
    for (const qint64 id : std::as_const(ids)) {
        if (auto entry = inboundEntry(id))
            result.append(std::move(*entry));
    }
    return result;
}

qint64 ConversationViewRepository::newestInboundId(qint64 conversationId)
{
    const auto keys = keysOf(conversationId);
    if (!keys)
        return 0;
    auto &query = m_connection.prepare("SELECT MAX(id) FROM inbound_messages "
                                       "WHERE phone_number_id = ? AND sender_key IN (?, ?)");
    query.bind(1, keys->phoneNumberId).bind(2, keys->contactKey).bindOptional(3, keys->waId);
    return query.firstInt64();
}

QString ConversationViewRepository::wamidOf(qint64 conversationId, const QString &entryId)
{
    bool ok = false;
    const qint64 id = entryId.mid(entryId.indexOf(u':') + 1).toLongLong(&ok);
    if (!ok)
        return {};
    QString wamid;
    if (entryId.startsWith(QStringLiteral("in:"))) {
        const auto keys = keysOf(conversationId);
        if (!keys)
            return {};
        auto &query = m_connection.prepare("SELECT wamid FROM inbound_messages WHERE id = ? AND "
                                           "phone_number_id = ? AND sender_key IN (?, ?)");
        query.bind(1, id).bind(2, keys->phoneNumberId).bind(3, keys->contactKey);
        query.bindOptional(4, keys->waId);
        if (query.step())
            wamid = query.text(0);
        query.reset();
    } else if (entryId.startsWith(QStringLiteral("out:"))) {
        auto &query = m_connection.prepare("SELECT wamid FROM outbox WHERE id = ? AND "
                                           "conversation_id = ? AND kind != 'mark_read'");
        query.bind(1, id).bind(2, conversationId);
        if (query.step())
            wamid = query.text(0);
        query.reset();
    }
    return wamid;
}

bool ConversationViewRepository::isFirstTurn(qint64 conversationId, qint64 turnId)
{
    auto &query = m_connection.prepare("SELECT MIN(id) FROM turns WHERE conversation_id = ?");
    query.bind(1, conversationId);
    return query.firstInt64() == turnId;
}

std::optional<qint64> ConversationViewRepository::conversationFor(const ConversationKey &key)
{
    // A message that carries only the phone number may belong to a contact since re-keyed to
    // its BSUID: the sender key doubles as the phone number to look for.
    const auto contact =
        ContactRepository(m_connection).findForKey(key.phoneNumberId, key.senderKey, key.senderKey);
    if (!contact)
        return std::nullopt;
    const auto conversation = ConversationRepository(m_connection).forContact(contact->id);
    if (!conversation)
        return std::nullopt;
    return conversation->id;
}

QString ConversationViewRepository::entryIdForOutboundWamid(const QString &wamid)
{
    auto &query = m_connection.prepare("SELECT id FROM outbox WHERE wamid = ?");
    query.bind(1, wamid);
    const qint64 id = query.firstInt64();
    return id > 0 ? QStringLiteral("out:%1").arg(id) : QString();
}

QString ConversationViewRepository::entryIdForInboundWamid(const QString &wamid)
{
    auto &query = m_connection.prepare("SELECT id FROM inbound_messages WHERE wamid = ?");
    query.bind(1, wamid);
    const qint64 id = query.firstInt64();
    return id > 0 ? QStringLiteral("in:%1").arg(id) : QString();
}

} // namespace sportello::storage
