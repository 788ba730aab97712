// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for canned responses: the saved replies agents insert into the composer.
#include "storage/cannedresponserepository.h"

#include "storage/sqlconnection.h"

namespace sportello::storage {

namespace {
protocol::CannedResponse readCanned(SqlStatement &query)
{
    protocol::CannedResponse canned;
    canned.id = query.int64(0);
    canned.title = query.text(1);
    canned.text = query.text(2);
    canned.language = query.text(3);
    return canned;
}
} // namespace

CannedResponseRepository::CannedResponseRepository(SqlConnection &connection)
    : m_connection(connection)
{
}

QList<protocol::CannedResponse> CannedResponseRepository::list()
{
    auto &query = m_connection.prepare("SELECT id, title, text, language FROM canned_responses "
                                       "ORDER BY title COLLATE NOCASE, id");
    QList<protocol::CannedResponse> result;
    while (query.step())
        result.append(readCanned(query));
    query.reset();
    return result;
}

std::optional<protocol::CannedResponse> CannedResponseRepository::find(qint64 id)
{
    auto &query =
        m_connection.prepare("SELECT id, title, text, language FROM canned_responses WHERE id = ?");
    query.bind(1, id);
    std::optional<protocol::CannedResponse> result;
    if (query.step())
        result = readCanned(query);
    query.reset();
    return result;
}

std::optional<qint64> CannedResponseRepository::save(const protocol::CannedResponse &canned,
                                                     qint64 now)
{
    if (canned.id == 0) {
        m_connection
            .prepare("INSERT INTO canned_responses (title, text, language, created_at, "
                     "updated_at) VALUES (?, ?, ?, ?, ?)")
            .bind(1, canned.title)
            .bind(2, canned.text)
            .bindOptional(3, canned.language)
            .bind(4, now)
            .bind(5, now)
            .exec();
        return m_connection.lastInsertId();
    }
    const int changed =
        m_connection
            .prepare("UPDATE canned_responses SET title = ?, text = ?, language = ?, "
                     "updated_at = ? WHERE id = ?")
            .bind(1, canned.title)
            .bind(2, canned.text)
            .bindOptional(3, canned.language)
            .bind(4, now)
            .bind(5, canned.id)
            .exec();
    if (changed == 0)
        return std::nullopt;
    return canned.id;
}

bool CannedResponseRepository::remove(qint64 id)
{
    return m_connection.prepare("DELETE FROM canned_responses WHERE id = ?").bind(1, id).exec() > 0;
}

} // namespace sportello::storage
