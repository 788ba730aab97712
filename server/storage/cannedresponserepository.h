// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for canned responses: the saved replies agents insert into the composer.
#pragma once

#include <optional>

#include <QList>

#include "protocol/cannedresponse.h"

namespace sportello::storage {

class SqlConnection;

class CannedResponseRepository
{
public:
    explicit CannedResponseRepository(SqlConnection &connection);

    QList<protocol::CannedResponse> list(); // by title, then id
    std::optional<protocol::CannedResponse> find(qint64 id);
    // id 0 adds one; otherwise updates that one. Returns the id, or nullopt when the id to
    // update does not exist.
    std::optional<qint64> save(const protocol::CannedResponse &canned, qint64 now);
    bool remove(qint64 id);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
