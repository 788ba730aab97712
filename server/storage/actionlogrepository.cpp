// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for agent_actions: the replies of console actions by (user, request id).
#include "storage/actionlogrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

ActionLogRepository::ActionLogRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

std::optional<StoredAction> ActionLogRepository::find(qint64 userId, const QString &requestId)
{
    auto &query = m_connection.prepare("SELECT type, reply_json, created_at FROM agent_actions "
                                       "WHERE user_id = ? AND request_id = ?");
    query.bind(1, userId).bind(2, requestId);
    std::optional<StoredAction> result;
    if (query.step())
        result = StoredAction{query.text(0), query.bytes(1), query.int64(2)};
    query.reset();
    return result;
}

bool ActionLogRepository::store(qint64 userId, const QString &requestId, const QString &type,
                                const QByteArray &replyJson, qint64 now)
{
    return m_connection
               .prepare("INSERT INTO agent_actions (user_id, request_id, type, reply_json, "
                        "created_at) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT (user_id, request_id) DO NOTHING")
               .bind(1, userId)
               .bind(2, requestId)
               .bind(3, type)
               .bind(4, replyJson)
               .bind(5, now)
               .exec() > 0;
}

int ActionLogRepository::purgeOlderThan(qint64 cutoff)
{
    return m_connection.prepare("DELETE FROM agent_actions WHERE created_at < ?")
        .bind(1, cutoff)
        .exec();
}

} // namespace sportello::storage
