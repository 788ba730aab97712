// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for the outbox: enqueue once, claim, record answers and status webhooks.
#pragma once

#include <optional>

#include <QList>

#include "storage/outboxentry.h"

namespace sportello::whatsapp {
struct StatusEvent;
}

namespace sportello::storage {

class SqlConnection;

struct OutboxStatusChange
{
    qint64 id = 0;
    DeliveryStatus status = DeliveryStatus::Queued;
    std::optional<qint64> conversationId;
};

class OutboxRepository
{
public:
    explicit OutboxRepository(SqlConnection &connection);

    // Inserts unless the idempotency key exists; returns the row id and whether it is new.
    std::pair<qint64, bool> insert(const OutboxEntry &entry);

    std::optional<OutboxEntry> byId(qint64 id);
    // For each (business, recipient) with rows to send or in flight, its oldest such row.
    QList<OutboxEntry> work(int limit);
    QList<OutboxEntry> forConversation(qint64 conversationId);

    // Each transition only applies from the state the caller saw; false means somebody else
    // (usually a status webhook that overtook the HTTP answer) already moved the row on.
    bool markSending(qint64 id, qint64 now);
    // wamid may be empty (read receipts; a 2xx we could not read).
    bool markAccepted(qint64 id, const QString &wamid, qint64 now);
    bool scheduleRetry(qint64 id, qint64 nextAttemptAt, std::optional<int> errorCode,
                       const QString &title, const QString &details, qint64 now);
    bool markFinal(qint64 id, DeliveryStatus status, std::optional<int> errorCode,
                   const QString &title, const QString &details, qint64 now);
    // Requeues rows left in `sending` by a crash, once `olderThan` has passed without any
    // status webhook claiming them.
    int requeueStaleSending(qint64 olderThan, qint64 now);

    // A status webhook: applies when it ranks above the current state. The row is found by
    // wamid, or by our id (biz_opaque_callback_data) when the HTTP answer never reached us.
    std::optional<OutboxStatusChange>
    applyRemoteStatus(const QString &wamid, std::optional<qint64> outboxId, DeliveryStatus status,
                      std::optional<int> errorCode, const QString &title, const QString &details,
                      qint64 now);

    // The same for a parsed status webhook: its status and first error; nullopt for statuses
    // Sportello does not track (e.g. "deleted") or when nothing changed.
    std::optional<OutboxStatusChange> applyStatusEvent(const whatsapp::StatusEvent &event,
                                                       std::optional<qint64> outboxId, qint64 now);

    qint64 countMessages();
    qint64 countWork();

private:
    OutboxEntry read(class SqlStatement &query);

    SqlConnection &m_connection;
};

} // namespace sportello::storage
