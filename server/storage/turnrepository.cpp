// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for turns: the record that a group of customer messages was processed.
#include "storage/turnrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

TurnRepository::TurnRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

qint64 TurnRepository::insert(qint64 conversationId, qint64 firstInboundId, int messageCount,
                              const QString &route, const QString &language, qint64 now)
{
    m_connection
        .prepare("INSERT INTO turns (conversation_id, first_inbound_id, message_count, route, "
                 "language, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, conversationId)
        .bind(2, firstInboundId)
        .bind(3, messageCount)
        .bind(4, route)
        .bindOptional(5, language)
        .bind(6, now)
        .exec();
    return m_connection.lastInsertId();
}

qint64 TurnRepository::count()
{
    auto &query = m_connection.prepare("SELECT COUNT(*) FROM turns");
    return query.firstInt64();
}

} // namespace sportello::storage
