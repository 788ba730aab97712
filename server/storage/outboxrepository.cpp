// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the outbox: enqueue once, claim, record answers and status webhooks.
#include "storage/outboxrepository.h"

#include "storage/sqlconnection.h"
#include "whatsapp/webhookpayload.h"

namespace sportello::storage {

namespace {
constexpr std::string_view kColumns =
    "id, phone_number_id, conversation_id, recipient, kind, purpose, author, idempotency_key, "
    "payload, status, status_rank, wamid, attempts, next_attempt_at, error_code, error_title, "
    "error_details, created_at, updated_at";

std::string select(std::string_view tail)
{
    return std::string("SELECT ") + std::string(kColumns) + " FROM outbox " + std::string(tail);
}
} // namespace

OutboxRepository::OutboxRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

OutboxEntry OutboxRepository::read(SqlStatement &query)
{
    OutboxEntry e;
    e.id = query.int64(0);
    e.phoneNumberId = query.text(1);
    e.conversationId = query.optionalInt64(2);
    e.recipient = query.text(3);
    e.kind = query.text(4);
    e.purpose = query.text(5);
    e.author = query.text(6);
    e.idempotencyKey = query.text(7);
    e.payload = query.bytes(8);
    e.status = deliveryStatusFromString(query.text(9)).value_or(DeliveryStatus::Queued);
    e.statusRank = int(query.int64(10));
    e.wamid = query.text(11);
    e.attempts = int(query.int64(12));
    e.nextAttemptAt = query.int64(13);
    if (!query.isNull(14))
        e.errorCode = int(query.int64(14));
    e.errorTitle = query.text(15);
    e.errorDetails = query.text(16);
    e.createdAt = query.int64(17);
    e.updatedAt = query.int64(18);
    return e;
}

std::pair<qint64, bool> OutboxRepository::insert(const OutboxEntry &entry)
{
    auto &query = m_connection.prepare(
        "INSERT INTO outbox (phone_number_id, conversation_id, recipient, kind, purpose, author, "
        "idempotency_key, payload, status, status_rank, attempts, next_attempt_at, error_code, "
        "error_title, error_details, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (idempotency_key) DO NOTHING");
    query.bind(1, entry.phoneNumberId)
        .bindOptional(2, entry.conversationId)
        .bind(3, entry.recipient)
        .bind(4, entry.kind)
        .bind(5, entry.purpose)
        .bind(6, entry.author)
        .bind(7, entry.idempotencyKey)
        .bind(8, entry.payload)
        .bind(9, toString(entry.status))
        .bind(10, deliveryRank(entry.status))
        .bind(11, entry.nextAttemptAt)
        .bindOptional(12, entry.errorCode ? std::optional<qint64>(*entry.errorCode) : std::nullopt)
        .bindOptional(13, entry.errorTitle)
        .bindOptional(14, entry.errorDetails)
        .bind(15, entry.createdAt)
        .bind(16, entry.updatedAt);
    if (query.exec() > 0)
        return {m_connection.lastInsertId(), true};
    auto &existing = m_connection.prepare("SELECT id FROM outbox WHERE idempotency_key = ?");
    existing.bind(1, entry.idempotencyKey);
    return {existing.firstInt64(), false};
}

std::optional<OutboxEntry> OutboxRepository::byId(qint64 id)
{
    static const std::string sql = select("WHERE id = ?");
    auto &query = m_connection.prepare(sql);
    query.bind(1, id);
    std::optional<OutboxEntry> result;
    if (query.step())
        result = read(query);
    query.reset();
    return result;
}

QList<OutboxEntry> OutboxRepository::work(int limit)
{
    // The head of each recipient's line only: later messages to the same customer wait for
    // it (order is preserved), and one busy customer cannot starve everyone else.
    static const std::string sql =
        select("WHERE id IN (SELECT MIN(id) FROM outbox WHERE status IN ('queued', 'sending') "
               "GROUP BY phone_number_id, recipient) ORDER BY id LIMIT ?");
    auto &query = m_connection.prepare(sql);
    query.bind(1, limit);
    QList<OutboxEntry> result;
    while (query.step())
        result.append(read(query));
    query.reset();
    return result;
}

QList<OutboxEntry> OutboxRepository::forConversation(qint64 conversationId)
{
    static const std::string sql = select("WHERE conversation_id = ? ORDER BY id");
    auto &query = m_connection.prepare(sql);
    query.bind(1, conversationId);
    QList<OutboxEntry> result;
    while (query.step())
        result.append(read(query));
    query.reset();
    return result;
}

bool OutboxRepository::markSending(qint64 id, qint64 now)
{
    return m_connection
               .prepare("UPDATE outbox SET status = 'sending', attempts = attempts + 1, "
                        "updated_at = ? WHERE id = ? AND status = 'queued'")
               .bind(1, now)
               .bind(2, id)
               .exec() > 0;
}

bool OutboxRepository::markAccepted(qint64 id, const QString &wamid, qint64 now)
{
    // A status webhook may have overtaken the HTTP answer: then only the wamid is new.
    return m_connection
               .prepare("UPDATE outbox SET wamid = COALESCE(wamid, ?), "
                        "status = CASE WHEN status_rank < 1 THEN 'accepted' ELSE status END, "
                        "status_rank = MAX(status_rank, 1), error_code = NULL, error_title = "
                        "NULL, error_details = NULL, updated_at = ? WHERE id = ?")
               .bindOptional(1, wamid)
               .bind(2, now)
               .bind(3, id)
               .exec() > 0;
}

bool OutboxRepository::scheduleRetry(qint64 id, qint64 nextAttemptAt, std::optional<int> errorCode,
                                     const QString &title, const QString &details, qint64 now)
{
    return m_connection
               .prepare("UPDATE outbox SET status = 'queued', next_attempt_at = ?, error_code = "
                        "?, error_title = ?, error_details = ?, updated_at = ? "
                        "WHERE id = ? AND status = 'sending'")
               .bind(1, nextAttemptAt)
               .bindOptional(2, errorCode ? std::optional<qint64>(*errorCode) : std::nullopt)
               .bindOptional(3, title)
               .bindOptional(4, details)
               .bind(5, now)
               .bind(6, id)
               .exec() > 0;
}

bool OutboxRepository::markFinal(qint64 id, DeliveryStatus status, std::optional<int> errorCode,
                                 const QString &title, const QString &details, qint64 now)
{
    return m_connection
               .prepare("UPDATE outbox SET status = ?, error_code = ?, error_title = ?, "
                        "error_details = ?, updated_at = ? "
                        "WHERE id = ? AND status IN ('queued', 'sending')")
               .bind(1, toString(status))
               .bindOptional(2, errorCode ? std::optional<qint64>(*errorCode) : std::nullopt)
               .bindOptional(3, title)
               .bindOptional(4, details)
               .bind(5, now)
               .bind(6, id)
               .exec() > 0;
}

int OutboxRepository::requeueStaleSending(qint64 olderThan, qint64 now)
{
    return m_connection
        .prepare("UPDATE outbox SET status = 'queued', next_attempt_at = ?, updated_at = ? "
                 "WHERE status = 'sending' AND updated_at < ?")
        .bind(1, now)
        .bind(2, now)
        .bind(3, olderThan)
        .exec();
}

std::optional<OutboxStatusChange>
OutboxRepository::applyRemoteStatus(const QString &wamid, std::optional<qint64> outboxId,
                                    DeliveryStatus status, std::optional<int> errorCode,
                                    const QString &title, const QString &details, qint64 now)
{
    // 131047 reported late (as a failed status) means the same as when the API answers it:
    // the window was closed and an agent must pick a template.
    const DeliveryStatus stored = (status == DeliveryStatus::Failed && errorCode == 131047)
                                      ? DeliveryStatus::NeedsTemplate
                                      : status;
    const int rank = deliveryRank(status);
    auto &query = m_connection.prepare(
        "UPDATE outbox SET status = ?, status_rank = ?, wamid = COALESCE(wamid, ?), "
        "error_code = COALESCE(?, error_code), error_title = COALESCE(?, error_title), "
        "error_details = COALESCE(?, error_details), updated_at = ? "
        "WHERE (wamid = ? OR (wamid IS NULL AND id = ?)) AND status_rank < ? "
        "AND status NOT IN ('refused') RETURNING id, conversation_id");
    query.bind(1, toString(stored))
        .bind(2, rank)
        .bind(3, wamid)
        .bindOptional(4, errorCode ? std::optional<qint64>(*errorCode) : std::nullopt)
        .bindOptional(5, title)
        .bindOptional(6, details)
        .bind(7, now)
        .bind(8, wamid)
        .bind(9, outboxId.value_or(-1))
        .bind(10, rank);
    std::optional<OutboxStatusChange> change;
    if (query.step())
        change = OutboxStatusChange{query.int64(0), stored, query.optionalInt64(1)};
    query.reset();
    return change;
}

std::optional<OutboxStatusChange>
OutboxRepository::applyStatusEvent(const whatsapp::StatusEvent &event,
                                   std::optional<qint64> outboxId, qint64 now)
{
    if (!event.status)
        return std::nullopt;
    const whatsapp::GraphErrorInfo error =
        event.errors.isEmpty() ? whatsapp::GraphErrorInfo{} : event.errors.first();
    return applyRemoteStatus(event.wamid, outboxId, *event.status,
                             event.errors.isEmpty() ? std::nullopt : std::optional<int>(error.code),
                             error.title, error.explanation(), now);
}

qint64 OutboxRepository::countMessages()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM outbox WHERE kind <> 'mark_read'");
    return query.firstInt64();
}

qint64 OutboxRepository::countWork()
{
    auto &query =
        m_connection.prepare("SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'sending')");
    return query.firstInt64();
}

} // namespace sportello::storage
