// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for conversation_labels: the tags agents put on conversations.
#include "storage/labelrepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

LabelRepository::LabelRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QStringList LabelRepository::labels(qint64 conversationId)
{
    auto &query = m_connection.prepare(
        "SELECT label FROM conversation_labels WHERE conversation_id = ? ORDER BY label");
    query.bind(1, conversationId);
    QStringList result;
    while (query.step())
        result.append(query.text(0));
    query.reset();
    return result;
}

QHash<qint64, QStringList> LabelRepository::all()
{
    auto &query = m_connection.prepare(
        "SELECT conversation_id, label FROM conversation_labels ORDER BY conversation_id, label");
    QHash<qint64, QStringList> result;
    while (query.step())
        result[query.int64(0)].append(query.text(1));
    query.reset();
    return result;
}

bool LabelRepository::add(qint64 conversationId, const QString &label, qint64 now)
{
    return m_connection
               .prepare("INSERT INTO conversation_labels (conversation_id, label, created_at) "
                        "VALUES (?, ?, ?) ON CONFLICT (conversation_id, label) DO NOTHING")
               .bind(1, conversationId)
               .bind(2, label)
               .bind(3, now)
               .exec() > 0;
}

bool LabelRepository::remove(qint64 conversationId, const QString &label)
{
    return m_connection
               .prepare("DELETE FROM conversation_labels WHERE conversation_id = ? AND label = ?")
               .bind(1, conversationId)
               .bind(2, label)
               .exec() > 0;
}

} // namespace sportello::storage
