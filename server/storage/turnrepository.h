// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for turns: the record that a group of customer messages was processed.
#pragma once

#include <QString>

namespace sportello::storage {

class SqlConnection;

class TurnRepository
{
public:
    explicit TurnRepository(SqlConnection &connection);

    qint64 insert(qint64 conversationId, qint64 firstInboundId, int messageCount,
                  const QString &route, const QString &language, qint64 now);
    qint64 count();

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage
