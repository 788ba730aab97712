// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for agent_actions: the replies of console actions by (user, request id).
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "storage/storedaction.h"

namespace sportello::storage {

class SqlConnection;

// The request id is the idempotency key of an action (PROTOCOL.md). The reply is stored in
// the same transaction as the action's effects, so an action is either done and answered or
// neither, and a console replaying its queue after a reconnect never acts twice.
class ActionLogRepository
{
public:
    explicit ActionLogRepository(SqlConnection &connection);

    std::optional<StoredAction> find(qint64 userId, const QString &requestId);
    // False when a reply for this request id was stored before (it is kept).
    bool store(qint64 userId, const QString &requestId, const QString &type,
               const QByteArray &replyJson, qint64 now);
    // Replies older than `cutoff` (ms); returns how many were removed.
    int purgeOlderThan(qint64 cutoff);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
